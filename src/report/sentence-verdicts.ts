// Groups checked claims by the sentence they came from. Several claims can share a
// sentence; the sentence shows the worst of their verdicts (DESIGN.md, "Verdicts").

import type { CheckedClaim, CheckReport, VerdictValue } from '../types.js';
import { worseVerdict } from '../verdict-order.js';

export { VERDICTS_WORST_FIRST, worseVerdict } from '../verdict-order.js';

/** One distinct reason given for a sentence, with the verdict of the claim(s) that gave it. */
export interface SentenceReason {
  verdict: VerdictValue;
  reason: string;
}

/**
 * A sentence with claims, and what its claims' verdicts add up to. Its place is the claims'
 * (earliest start, latest end); `verdict` is the worst among them; `evidence` their
 * citations in claim order, each once.
 */
export interface SentenceVerdict
  extends Pick<CheckedClaim, 'sentenceId' | 'text' | 'section' | 'line' | 'column' | 'endLine' | 'endColumn' | 'offset' | 'endOffset' | 'verdict' | 'evidence'> {
  /** True when the claims do not all share one verdict. */
  mixed: boolean;
  /** The sentence's claims, in report order. */
  claims: CheckedClaim[];
  /** Reasons in claim order, each (verdict, reason) pair once; empty reasons, and reasons another one repeats in full, left out. */
  reasons: SentenceReason[];
}

/** Groups the report's claims by sentence, in document order, each with its worst verdict. */
export function sentenceVerdicts(report: CheckReport): SentenceVerdict[] {
  const groups = new Map<string, CheckedClaim[]>();
  for (const claim of report.claims) {
    const group = groups.get(claim.sentenceId);
    if (group) group.push(claim);
    else groups.set(claim.sentenceId, [claim]);
  }
  const sentences = [...groups.values()].map(toSentenceVerdict);
  // Map keeps first-seen order, so a stable sort by offset only fixes claims listed out of order.
  return sentences.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset);
}

function toSentenceVerdict(claims: CheckedClaim[]): SentenceVerdict {
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
    section: first.section,
    line: start.line,
    column: start.column,
    endLine: end.endLine,
    endColumn: end.endColumn,
    offset: start.offset,
    endOffset: end.endOffset,
    verdict,
    mixed: claims.some((claim) => claim.verdict !== first.verdict),
    claims,
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
