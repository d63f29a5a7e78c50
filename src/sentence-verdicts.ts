// Sentence verdicts are pipeline data (DESIGN.md): check.ts groups the checked claims by
// the sentence they came from, once, and every formatter reads the result. Several claims
// can share a sentence; the sentence carries the worst of their verdicts.

import type { CheckedClaim, CheckedSentence, Coverage, SentenceReason, VerdictValue } from './types.js';
import { worseVerdict } from './verdict-order.js';

/** Verdicts that mean evidence settled the claim, one way or the other. */
const CHECKED_AGAINST_EVIDENCE: readonly VerdictValue[] = ['supported', 'contradicted', 'unsupported'];

/** Groups claims by sentence, in document order, each with its worst verdict. */
export function sentenceVerdicts(claims: readonly CheckedClaim[]): CheckedSentence[] {
  const sentences = bySentence(claims).map(toCheckedSentence);
  // Map keeps first-seen order, so a stable sort by offset only fixes claims listed out of order.
  return sentences.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset);
}

/**
 * Sentences stating checkable facts (a claim that is not an opinion), and how many of them
 * were checked against evidence (a claim that is supported, contradicted or unsupported).
 */
export function sentenceCoverage(claims: readonly CheckedClaim[]): Coverage {
  const factual = bySentence(claims).filter((group) => group.some((claim) => claim.kind !== 'opinion'));
  const checked = factual.filter((group) => group.some((claim) => CHECKED_AGAINST_EVIDENCE.includes(claim.verdict)));
  return { factualSentences: factual.length, checkedSentences: checked.length };
}

function bySentence(claims: readonly CheckedClaim[]): CheckedClaim[][] {
  const groups = new Map<string, CheckedClaim[]>();
  for (const claim of claims) {
    const group = groups.get(claim.sentenceId);
    if (group) group.push(claim);
    else groups.set(claim.sentenceId, [claim]);
  }
  return [...groups.values()];
}

function toCheckedSentence(claims: CheckedClaim[]): CheckedSentence {
  const first = claims[0]!;
  let start = first;
  let end = first;
  let verdict = first.verdict;
  for (const claim of claims) {
    if (claim.offset < start.offset) start = claim;
    if (claim.endOffset > end.endOffset) end = claim;
    verdict = worseVerdict(verdict, claim.verdict);
  }
  return {
    sentenceId: first.sentenceId,
    text: first.text,
    section: [...first.section],
    line: start.line,
    column: start.column,
    endLine: end.endLine,
    endColumn: end.endColumn,
    offset: start.offset,
    endOffset: end.endOffset,
    verdict,
    claims: claims.map((claim) => claim.id),
    mixed: claims.some((claim) => claim.verdict !== first.verdict),
    reasons: withoutRepeats(
      distinct(
        claims.filter((claim) => claim.reason.trim() !== '').map((claim) => ({ verdict: claim.verdict, reason: claim.reason })),
        (r) => `${r.verdict}\u0000${r.reason}`,
      ),
    ),
    evidence: distinct(
      claims.flatMap((claim) => claim.evidence),
      (c) => [c.source, c.ref, c.time ?? '', c.summary, c.location].join('\u0000'),
    ),
  };
}

/** Drops a reason that another reason of the same verdict already says in full (it starts with it). */
function withoutRepeats(reasons: SentenceReason[]): SentenceReason[] {
  return reasons.filter((r) => !reasons.some((o) => o !== r && o.verdict === r.verdict && o.reason.length > r.reason.length && o.reason.startsWith(r.reason)));
}

function distinct<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
