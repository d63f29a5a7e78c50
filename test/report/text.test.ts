import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatText } from '../../src/report/text.js';
import type { CheckReport } from '../../src/types.js';
import { HOSTILE_STRINGS } from './hostile.js';
import { reportWithClaims, sampleReport, withSentences } from './sample-report.js';

const ESC = '\u001b';

function hostileReport(): CheckReport {
  const report = sampleReport();
  const attack = HOSTILE_STRINGS.join(' ');
  for (const claim of report.claims) {
    claim.reason = `${claim.reason} ${attack}`;
    claim.text = `${claim.text} ${HOSTILE_STRINGS[30]}`;
    claim.section = [...claim.section, `sec\u001b[2J\r\u202etion`];
    claim.evidence = claim.evidence.map((c) => ({ ...c, ref: `${c.ref}\u001b]0;x\u0007`, summary: attack, location: `${c.location}\n\u001b[1A` }));
  }
  report.sources[0]!.id = 'builds.json\u001b[8m';
  report.sources[4]!.error = 'bad\r\n\u001b[31mrecord\u009b0m';
  report.report = 'pm\u202e.md';
  return withSentences(report);
}

describe('formatText', () => {
  const plain = formatText(sampleReport(), { color: false });

  it('matches the golden output for the sample report', () => {
    expect(plain).toBe(readFileSync(new URL('./golden/small.txt', import.meta.url), 'utf8'));
  });

  it('groups claim sentences by section path, in document order', () => {
    const headings = plain.split('\n').filter((line) => line.startsWith('Portal outage'));
    expect(headings).toEqual(['Portal outage › Summary', 'Portal outage › Timeline', 'Portal outage › Impact']);
    const timeline = plain.slice(plain.indexOf('› Timeline'), plain.indexOf('› Impact'));
    expect(timeline).toContain('L14  ✓ supported     The agent started recovery build 4f1c2a9e.');
    expect(timeline).toContain('L15  ? unsupported   Marcus rolled back the Hosting release.');
    expect(timeline).not.toContain('33 minutes');
  });

  it('shows a sentence with two claims once, with the worse verdict and both reasons', () => {
    const lines = plain.split('\n');
    const at = lines.findIndex((line) => line.includes('Service was restored by build'));
    expect(lines.filter((line) => line.includes('Service was restored by build'))).toHaveLength(1);
    expect(lines[at]).toBe('  L8   ✗ contradicted  Service was restored by build 4f1c2a9e at 10:21.');
    expect(lines[at + 1]).toBe('       ✓ errors stopped at 10:20:58 PDT, within 2 minutes of 10:21');
    expect(lines[at + 2]).toMatch(/^ {7}✗ build 4f1c2a9e was CANCELLED/);
    expect(lines[at + 4]).toBe('         cloud-build 4f1c2a9e… 2026-06-09T17:14:41Z build CANCELLED (builds.json#1)');
  });

  it('ends with the sources, one summary line and the coverage line', () => {
    expect(plain).toContain('  revisions.json   cloud-run         0 events  error: record 3: missing metadata.name\n');
    expect(
      plain.endsWith(
        '\n10 sentences, 7 claims: 4 supported, 1 contradicted, 1 unsupported, 1 unverifiable\n' +
          'Coverage: 5 of 6 factual sentences checked against evidence (1 unverifiable or not checked)\n',
      ),
    ).toBe(true);
  });

  it('shortens long sentences to about 100 characters', () => {
    const report = sampleReport();
    report.claims[0]!.text = `${'word '.repeat(40)}end.`;
    const line = formatText(withSentences(report), { color: false })
      .split('\n')
      .find((l) => l.includes('word word'))!;
    const sentence = line.slice(line.indexOf('word'));
    expect(Array.from(sentence).length).toBeLessThanOrEqual(100);
    expect(sentence.endsWith('word…')).toBe(true);
  });

  it('writes no ANSI escapes without colour, and colours verdicts with it', () => {
    expect(plain).not.toContain(ESC);
    const colored = formatText(sampleReport(), { color: true });
    expect(colored).toContain(`${ESC}[31m✗ contradicted`);
    expect(colored).toContain(`${ESC}[33m? unsupported`);
    expect(colored).toContain(`${ESC}[90m~ unverifiable`);
    expect(colored).toContain(`${ESC}[32m✓ supported`);
    expect(colored.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain);
  });

  it('strips control characters, ANSI escapes and bidi overrides from report and evidence text', () => {
    const out = formatText(hostileReport(), { color: false });
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(out).toContain('sec tion');
    expect(out).toContain('red link');
    expect(out).toContain('error: bad  record');
    // Every reason and citation stays on its own line: nothing in the text breaks a line.
    const lines = out.split('\n');
    expect(lines.filter((l) => l.includes('Fixed. <sup>')).length).toBe(7 + 6);

    const colored = formatText(hostileReport(), { color: true });
    // With colour on, the only escapes are our own SGR sequences.
    expect(colored.replace(/\u001b\[(?:1|2|22|31|32|33|39|90)m/g, '')).not.toContain(ESC);
  });

  it('says so when there are no claims', () => {
    const report = withSentences({ ...sampleReport(), claims: [] });
    expect(formatText(report, { color: false })).toContain('No claims found.');
  });

  it('reports coverage: how many factual sentences were checked against evidence, and how many were not', () => {
    const lastLine = (report: CheckReport) => formatText(report, { color: false }).trimEnd().split('\n').at(-1);
    // The sample: six sentences state facts; the hedged one about users is only unverifiable.
    expect(sampleReport().summary.coverage).toEqual({ factualSentences: 6, checkedSentences: 5 });
    expect(lastLine(sampleReport())).toBe('Coverage: 5 of 6 factual sentences checked against evidence (1 unverifiable or not checked)');
    const report = sampleReport();
    report.summary.coverage = { factualSentences: 17, checkedSentences: 14 };
    expect(lastLine(report)).toBe('Coverage: 14 of 17 factual sentences checked against evidence (3 unverifiable or not checked)');
    report.summary.coverage = { factualSentences: 17, checkedSentences: 17 };
    expect(lastLine(report)).toBe('Coverage: 17 of 17 factual sentences checked against evidence');
  });

  it('says so when no sentence states a checkable fact', () => {
    const none = withSentences({ ...sampleReport(), claims: [] });
    expect(none.summary.coverage).toEqual({ factualSentences: 0, checkedSentences: 0 });
    expect(formatText(none, { color: false })).toMatch(/\nNo claims found\.\n[^]*\nCoverage: no sentence states a checkable fact\n$/);
    // Opinions are claims, but not checkable facts.
    const opinions = reportWithClaims(
      sampleReport()
        .claims.slice(0, 2)
        .map((c) => ({ ...c, kind: 'opinion' as const, verdict: 'unverifiable' as const })),
    );
    expect(opinions.summary.coverage.factualSentences).toBe(0);
    expect(formatText(opinions, { color: false }).endsWith('\nCoverage: no sentence states a checkable fact\n')).toBe(true);
  });

  it('prints the coverage the report carries, in colour and without, and works none out itself', () => {
    const report = sampleReport();
    report.summary.coverage = { factualSentences: 1, checkedSentences: 0 };
    const line = 'Coverage: 0 of 1 factual sentence checked against evidence (1 unverifiable or not checked)\n';
    expect(formatText(report, { color: false }).endsWith(`\n${line}`)).toBe(true);
    expect(formatText(report, { color: true }).endsWith(`\n${line}`)).toBe(true);
  });

  it('shows the sentence verdicts the report carries: it works none out from the claims', () => {
    const report = sampleReport();
    // The pipeline says s2 is contradicted though its one claim is supported: the formatter shows what it is given.
    const s2 = report.sentences.find((s) => s.sentenceId === 's2')!;
    report.sentences = [{ ...s2, verdict: 'contradicted', reasons: [{ verdict: 'contradicted', reason: 'as the pipeline decided' }] }];
    const out = formatText(report, { color: false });
    expect(out).toContain('  L8  ✗ contradicted  The agent merged PR #214 at 09:40.\n      as the pipeline decided\n');
    expect(out).toContain('as the pipeline decided');
    expect(out).not.toContain('Service was restored by build');
    expect(out).not.toContain('✓ supported');
  });
});
