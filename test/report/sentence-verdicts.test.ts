import { describe, expect, it } from 'vitest';
import { sentenceVerdicts, worseVerdict } from '../../src/report/sentence-verdicts.js';
import type { CheckedClaim, CheckReport } from '../../src/types.js';
import { BUILD_CANCELLED, sampleReport } from './sample-report.js';

describe('sentenceVerdicts', () => {
  it('gives a sentence the worst verdict of its claims', () => {
    const sentences = sentenceVerdicts(sampleReport());
    const restored = sentences.find((s) => s.sentenceId === 's3')!;
    expect(restored.verdict).toBe('contradicted');
    expect(restored.mixed).toBe(true);
    expect(restored.claims.map((c) => c.id)).toEqual(['c2', 'c3']);
  });

  it('orders verdicts contradicted > unsupported > unverifiable > supported', () => {
    expect(worseVerdict('supported', 'unverifiable')).toBe('unverifiable');
    expect(worseVerdict('unverifiable', 'unsupported')).toBe('unsupported');
    expect(worseVerdict('contradicted', 'unsupported')).toBe('contradicted');
    expect(worseVerdict('supported', 'supported')).toBe('supported');
  });

  it('lists one entry per sentence, in document order, even when claims come out of order', () => {
    const report = sampleReport();
    const shuffled: CheckReport = { ...report, claims: [...report.claims].reverse() };
    expect(sentenceVerdicts(shuffled).map((s) => s.sentenceId)).toEqual(['s2', 's3', 's6', 's7', 's9', 's10']);
  });

  it('combines reasons in claim order and cites each record once', () => {
    const restored = sentenceVerdicts(sampleReport()).find((s) => s.sentenceId === 's3')!;
    expect(restored.reasons.map((r) => r.verdict)).toEqual(['supported', 'contradicted']);
    expect(restored.evidence.map((c) => c.location)).toEqual(['requests.ndjson', 'builds.json#1', 'releases.json#0']);
  });

  it('merges repeated reasons and citations of claims in one sentence', () => {
    const base = sampleReport().claims.find((c) => c.id === 'c4')!;
    const twin: CheckedClaim = { ...base, id: 'c4b', evidence: [{ ...BUILD_CANCELLED }] };
    const sentences = sentenceVerdicts({ ...sampleReport(), claims: [base, twin] });
    expect(sentences).toHaveLength(1);
    expect(sentences[0]!.reasons).toHaveLength(1);
    expect(sentences[0]!.evidence).toHaveLength(1);
    expect(sentences[0]!.mixed).toBe(false);
  });

  it('spans the sentence from its earliest claim start to its latest claim end', () => {
    const base = sampleReport().claims.find((c) => c.id === 'c1')!;
    const later: CheckedClaim = { ...base, id: 'c1b', endOffset: base.endOffset + 5, endColumn: base.endColumn + 5 };
    const [sentence] = sentenceVerdicts({ ...sampleReport(), claims: [later, base] });
    expect(sentence!.offset).toBe(base.offset);
    expect(sentence!.endOffset).toBe(base.endOffset + 5);
    expect(sentence!.endColumn).toBe(base.endColumn + 5);
  });
});
