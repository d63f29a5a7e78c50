import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/report/json.js';
import { sampleReport } from './sample-report.js';

// The documented shape (DESIGN.md, "JSON output (schemaVersion 1)"): these keys, in this order.
const TOP_KEYS = ['schemaVersion', 'report', 'timezone', 'summary', 'sources', 'claims'];
const SUMMARY_KEYS = ['sentences', 'claims', 'supported', 'contradicted', 'unsupported', 'unverifiable'];
const SOURCE_KEYS = ['id', 'kind', 'events'];
const CLAIM_KEYS = ['id', 'kind', 'text', 'line', 'column', 'endLine', 'endColumn', 'verdict', 'reason', 'evidence'];
const CITATION_KEYS = ['source', 'ref', 'time', 'summary', 'location'];

type Json = Record<string, unknown>;

function startsWithKeys(value: unknown, keys: string[]): void {
  expect(Object.keys(value as Json).slice(0, keys.length)).toEqual(keys);
}

describe('formatJson', () => {
  const report = sampleReport();
  const text = formatJson(report);
  const parsed = JSON.parse(text) as Json;

  it('is pretty-printed with two spaces and ends in a newline', () => {
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "report": ')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  it('keeps the documented keys in the documented order, adding fields only after them', () => {
    startsWithKeys(parsed, TOP_KEYS);
    expect(Object.keys(parsed.summary as Json)).toEqual(SUMMARY_KEYS);
    for (const source of parsed.sources as Json[]) startsWithKeys(source, SOURCE_KEYS);
    for (const claim of parsed.claims as Json[]) {
      startsWithKeys(claim, CLAIM_KEYS);
      for (const citation of claim.evidence as Json[]) {
        const expected = 'time' in citation ? CITATION_KEYS : CITATION_KEYS.filter((k) => k !== 'time');
        expect(Object.keys(citation)).toEqual(expected);
      }
    }
  });

  it('carries the report values unchanged', () => {
    expect(parsed.schemaVersion).toBe(1);
    expect(parsed.report).toBe('postmortems/portal-outage.md');
    expect(parsed.timezone).toBe('America/Los_Angeles');
    expect(parsed.summary).toEqual(report.summary);
    const claims = parsed.claims as Json[];
    expect(claims).toHaveLength(7);
    const c3 = claims.find((c) => c.id === 'c3')!;
    const source = report.claims.find((c) => c.id === 'c3')!;
    expect(c3).toMatchObject({
      kind: 'recovery',
      text: source.text,
      line: 8,
      column: source.column,
      endLine: 8,
      endColumn: source.endColumn,
      verdict: 'contradicted',
      reason: source.reason,
      sentenceId: 's3',
      section: ['Portal outage', 'Summary'],
    });
    expect(c3.evidence).toEqual(source.evidence);
  });

  it('leaves out a citation time that is not known, rather than writing null', () => {
    const c2 = (parsed.claims as Json[]).find((c) => c.id === 'c2')!;
    const [outage] = c2.evidence as Json[];
    expect(outage).toEqual({
      source: 'cloud-logging',
      ref: 'outage:portal-prod',
      summary: '404s on /api/** from 09:48:10 to 10:20:58 PDT',
      location: 'requests.ndjson',
    });
    expect(text).not.toContain('null');
  });

  it('reports a failed source with its error, and parse warnings', () => {
    const failed = (parsed.sources as Json[]).find((s) => s.id === 'revisions.json')!;
    expect(failed).toMatchObject({ kind: 'cloud-run', events: 0, error: 'record 3: missing metadata.name' });
    expect(parsed.warnings).toEqual([{ message: 'HTML block not analysed', line: 3, column: 1 }]);
  });

  it('escapes hostile text as JSON strings', () => {
    const hostile = sampleReport();
    hostile.claims[0]!.reason = 'done"}\n\u001b[31m,"verdict":"supported"';
    const back = JSON.parse(formatJson(hostile)) as Json;
    expect((back.claims as Json[])[0]!.reason).toBe(hostile.claims[0]!.reason);
  });
});
