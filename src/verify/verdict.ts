// Building verdicts. `supported` refuses to exist without a citation: the rule "no
// supported without evidence" is enforced here, once, rather than trusted to each checker.

import type { Citation, Claim, EvidenceEvent, SourceReport, Verdict } from '../types.js';
import { worstOf } from '../verdict-order.js';

export { worstOf };

/** A confirmed claim; without citations it becomes unverifiable, never supported. */
export function supported(claim: Claim, reason: string, evidence: Citation[]): Verdict {
  if (evidence.length === 0) return unverifiable(claim, `${reason} (but no record was cited, so it is not confirmed)`);
  return { claimId: claim.id, verdict: 'supported', reason, evidence };
}

/** Evidence refutes the claim. */
export function contradicted(claim: Claim, reason: string, evidence: Citation[]): Verdict {
  return { claimId: claim.id, verdict: 'contradicted', reason, evidence };
}

/** The needed source was consulted and settles nothing. */
export function unsupported(claim: Claim, reason: string, evidence: Citation[] = []): Verdict {
  return { claimId: claim.id, verdict: 'unsupported', reason, evidence };
}

/** No source of the needed kind, a failed source, or a sentence no record can settle. */
export function unverifiable(claim: Claim, reason: string, evidence: Citation[] = []): Verdict {
  return { claimId: claim.id, verdict: 'unverifiable', reason, evidence };
}

/** Citations of events, without repeats. */
export function cite(...events: Array<EvidenceEvent | undefined>): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const e of events) {
    if (!e) continue;
    const key = `${e.citation.source}|${e.citation.ref}|${e.citation.location}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e.citation);
  }
  return out;
}

/** Several partial findings about one claim, folded into one verdict (worst value wins). */
export function combine(claim: Claim, parts: Verdict[]): Verdict {
  if (parts.length === 0) return unverifiable(claim, 'nothing in the sentence could be checked');
  if (parts.length === 1) return parts[0]!;
  const verdict = worstOf(parts.map((p) => p.verdict));
  const lead = parts.filter((p) => p.verdict === verdict);
  const rest = parts.filter((p) => p.verdict !== verdict);
  const reason = [...lead, ...rest].map((p) => p.reason).join('; ');
  const evidence: Citation[] = [];
  const seen = new Set<string>();
  for (const c of parts.flatMap((p) => p.evidence)) {
    const key = `${c.source}|${c.ref}|${c.location}`;
    if (!seen.has(key)) {
      seen.add(key);
      evidence.push(c);
    }
  }
  return { claimId: claim.id, verdict, reason, evidence };
}

/** A citation of a whole source, for claims of absence: "we looked here and found none". */
export function sourceCitation(report: SourceReport, summary: string): Citation {
  return {
    source: report.kind,
    ref: report.id,
    ...(report.coverage ? { time: report.coverage.end } : {}),
    summary,
    location: report.id,
  };
}

/** Citations of every source of a kind that was searched, for "there is no such record" verdicts. */
export function searched(ev: { sourcesOf(kind: SourceReport['kind']): SourceReport[] }, kind: SourceReport['kind'], what: string): Citation[] {
  return ev.sourcesOf(kind).map((s) => sourceCitation(s, `${s.events} records searched for ${what}`));
}
