// Groups checked claims by the sentence they came from. Several claims can share a
// sentence; the sentence shows the worst of their verdicts (DESIGN.md, "Verdicts").

import type { CheckedClaim, CheckReport, Citation, VerdictValue } from '../types.js';

/** Verdicts from worst to best: the order summaries list them in. */
export const VERDICTS_WORST_FIRST: readonly VerdictValue[] = ['contradicted', 'unsupported', 'unverifiable', 'supported'];

/** One distinct reason given for a sentence, with the verdict of the claim(s) that gave it. */
export interface SentenceReason {
  verdict: VerdictValue;
  reason: string;
}

/** A sentence with claims, and what its claims' verdicts add up to. */
export interface SentenceVerdict {
  sentenceId: string;
  text: string;
  section: string[];
  /** Start of the sentence (earliest claim start) and end (latest claim end), as the claims give them. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  offset: number;
  endOffset: number;
  /** The worst verdict among the sentence's claims. */
  verdict: VerdictValue;
  /** True when the claims do not all share one verdict. */
  mixed: boolean;
  /** The sentence's claims, in report order. */
  claims: CheckedClaim[];
  /** Reasons in claim order, each (verdict, reason) pair once; empty reasons, and reasons another one repeats in full, left out. */
  reasons: SentenceReason[];
  /** Citations in claim order, each once. */
  evidence: Citation[];
}

/** The worse of two verdicts: contradicted > unsupported > unverifiable > supported. */
export function worseVerdict(a: VerdictValue, b: VerdictValue): VerdictValue {
  return VERDICTS_WORST_FIRST.indexOf(a) <= VERDICTS_WORST_FIRST.indexOf(b) ? a : b;
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
