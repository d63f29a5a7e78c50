import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/report/json.js';
import { sampleReport } from './sample-report.js';
import type { CheckReport } from '../../src/types.js';

// The documented shape (DESIGN.md, "JSON output (schemaVersion 1)"): these keys, in this order.
const TOP_KEYS = ['schemaVersion', 'report', 'timezone', 'summary', 'sources', 'claims'];
const SUMMARY_KEYS = ['sentences', 'claims', 'supported', 'contradicted', 'unsupported', 'unverifiable'];
const SOURCE_KEYS = ['id', 'kind', 'events'];
const CLAIM_KEYS = ['id', 'kind', 'text', 'line', 'column', 'endLine', 'endColumn', 'verdict', 'reason', 'evidence'];
const CITATION_KEYS = ['source', 'ref', 'time', 'summary', 'location'];
// Added since (schemaVersion stays 1), after the keys above.
const ADDED_TOP_KEYS = ['warnings', 'sentences'];
const SENTENCE_KEYS = ['line', 'column', 'endLine', 'endColumn', 'text', 'verdict', 'claims'];

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
    expect(Object.keys(parsed)).toEqual([...TOP_KEYS, ...ADDED_TOP_KEYS]);
    expect(Object.keys(parsed.summary as Json)).toEqual([...SUMMARY_KEYS, 'coverage']);
    expect(Object.keys((parsed.summary as Json).coverage as Json)).toEqual(['factualSentences', 'checkedSentences']);
    for (const sentence of parsed.sentences as Json[]) startsWithKeys(sentence, SENTENCE_KEYS);
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
    expect((parsed.summary as Json).coverage).toEqual({ factualSentences: 6, checkedSentences: 5 });
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

  it('lists every claim sentence once, in document order, with the worst verdict of its claims and their ids', () => {
    const sentences = parsed.sentences as Json[];
    expect(sentences.map((s) => [s.sentenceId, s.verdict, s.claims])).toEqual([
      ['s2', 'supported', ['c1']],
      ['s3', 'contradicted', ['c2', 'c3']],
      ['s6', 'supported', ['c4']],
      ['s7', 'unsupported', ['c5']],
      ['s9', 'supported', ['c6']],
      ['s10', 'unverifiable', ['c7']],
    ]);
    const c3 = report.claims.find((c) => c.id === 'c3')!;
    expect(sentences[1]).toEqual({
      line: 8,
      column: c3.column,
      endLine: 8,
      endColumn: c3.endColumn,
      text: 'Service was restored by build 4f1c2a9e at 10:21.',
      verdict: 'contradicted',
      claims: ['c2', 'c3'],
      sentenceId: 's3',
      section: ['Portal outage', 'Summary'],
    });
  });

  it('writes the sentences and coverage the report carries: it works none out from the claims', () => {
    const given: CheckReport = { ...sampleReport(), sentences: [{ ...sampleReport().sentences[0]!, verdict: 'contradicted', claims: ['c9'] }] };
    given.summary = { ...given.summary, coverage: { factualSentences: 41, checkedSentences: 40 } };
    const back = JSON.parse(formatJson(given)) as Json;
    expect((back.sentences as Json[]).map((s) => [s.verdict, s.claims])).toEqual([['contradicted', ['c9']]]);
    expect((back.summary as Json).coverage).toEqual({ factualSentences: 41, checkedSentences: 40 });
  });

  it('escapes hostile text as JSON strings', () => {
    const hostile = sampleReport();
    hostile.claims[0]!.reason = 'done"}\n\u001b[31m,"verdict":"supported"';
    const back = JSON.parse(formatJson(hostile)) as Json;
    expect((back.claims as Json[])[0]!.reason).toBe(hostile.claims[0]!.reason);
  });
});
