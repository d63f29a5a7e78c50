// Sentence verdicts and coverage are pipeline data (src/sentence-verdicts.ts, called by
// check.ts): the worst verdict of a sentence's claims, and how many sentences evidence settled.

import { describe, expect, it } from 'vitest';
import { sentenceCoverage, sentenceVerdicts } from '../src/sentence-verdicts.js';
import type { CheckedClaim } from '../src/types.js';
import { worseVerdict } from '../src/verdict-order.js';
import { BUILD_CANCELLED, sampleReport } from './report/sample-report.js';

describe('sentenceVerdicts', () => {
  it('gives a sentence the worst verdict of its claims', () => {
    const sentences = sentenceVerdicts(sampleReport().claims);
    const restored = sentences.find((s) => s.sentenceId === 's3')!;
    expect(restored.verdict).toBe('contradicted');
    expect(restored.mixed).toBe(true);
    expect(restored.claims).toEqual(['c2', 'c3']);
  });

  it('orders verdicts contradicted > unsupported > unverifiable > supported', () => {
    expect(worseVerdict('supported', 'unverifiable')).toBe('unverifiable');
    expect(worseVerdict('unverifiable', 'unsupported')).toBe('unsupported');
    expect(worseVerdict('contradicted', 'unsupported')).toBe('contradicted');
    expect(worseVerdict('supported', 'supported')).toBe('supported');
  });

  it('lists one entry per sentence, in document order, even when claims come out of order', () => {
    const shuffled = [...sampleReport().claims].reverse();
    expect(sentenceVerdicts(shuffled).map((s) => s.sentenceId)).toEqual(['s2', 's3', 's6', 's7', 's9', 's10']);
  });

  it('combines reasons in claim order and cites each record once', () => {
    const restored = sentenceVerdicts(sampleReport().claims).find((s) => s.sentenceId === 's3')!;
    expect(restored.reasons.map((r) => r.verdict)).toEqual(['supported', 'contradicted']);
    expect(restored.evidence.map((c) => c.location)).toEqual(['requests.ndjson', 'builds.json#1', 'releases.json#0']);
  });

  it('merges repeated reasons and citations of claims in one sentence', () => {
    const base = sampleReport().claims.find((c) => c.id === 'c4')!;
    const twin: CheckedClaim = { ...base, id: 'c4b', evidence: [{ ...BUILD_CANCELLED }] };
    const sentences = sentenceVerdicts([base, twin]);
    expect(sentences).toHaveLength(1);
    expect(sentences[0]!.reasons).toHaveLength(1);
    expect(sentences[0]!.evidence).toHaveLength(1);
    expect(sentences[0]!.mixed).toBe(false);
  });

  it('spans the sentence from its earliest claim start to its latest claim end', () => {
    const base = sampleReport().claims.find((c) => c.id === 'c1')!;
    const later: CheckedClaim = { ...base, id: 'c1b', endOffset: base.endOffset + 5, endColumn: base.endColumn + 5 };
    const [sentence] = sentenceVerdicts([later, base]);
    expect(sentence!.offset).toBe(base.offset);
    expect(sentence!.endOffset).toBe(base.endOffset + 5);
    expect(sentence!.endColumn).toBe(base.endColumn + 5);
  });
});

describe('sentenceCoverage', () => {
  const claim = (id: string, sentenceId: string, kind: CheckedClaim['kind'], verdict: CheckedClaim['verdict']): CheckedClaim => ({
    ...sampleReport().claims[0]!,
    id,
    sentenceId,
    kind,
    verdict,
  });

  it('counts the sample: six sentences state facts, five of them were settled by evidence', () => {
    // s10 ("We believe no users were affected") is an impact claim no source could settle: unverifiable.
    expect(sentenceCoverage(sampleReport().claims)).toEqual({ factualSentences: 6, checkedSentences: 5 });
  });

  it('leaves out opinion-only sentences, and counts a sentence checked when any one of its claims was', () => {
    const claims = [
      claim('c1', 's1', 'opinion', 'unverifiable'),
      claim('c2', 's2', 'time', 'unverifiable'),
      claim('c3', 's3', 'deploy', 'unverifiable'),
      claim('c4', 's3', 'time', 'contradicted'),
      claim('c5', 's4', 'duration', 'unsupported'),
      claim('c6', 's5', 'opinion', 'unverifiable'),
      claim('c7', 's5', 'commit', 'supported'),
    ];
    expect(sentenceCoverage(claims)).toEqual({ factualSentences: 4, checkedSentences: 3 });
    expect(sentenceCoverage([])).toEqual({ factualSentences: 0, checkedSentences: 0 });
  });
});
