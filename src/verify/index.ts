// verify: (Claim, Evidence) → Verdict, through the registry.

import type { Claim, Verdict } from '../types.js';
import type { Evidence } from '../evidence/evidence.js';
import type { VerifyContext } from './checker.js';
import { CHECKERS } from './registry.js';
import { unsupported, unverifiable } from './verdict.js';

/** A written time this far from every record is on the wrong day more often than it is false. */
const SUSPECT_DISTANCE_MS = 12 * 3_600_000;

export type { VerifyContext } from './checker.js';
export { worstOf } from './verdict.js';

/** Checks one claim with the checker for its kind; a checker's own failure is unverifiable, not a crash. */
export function verifyClaim(claim: Claim, evidence: Evidence, ctx: VerifyContext): Verdict {
  const checker = CHECKERS[claim.kind];
  // A checker that does not read `negated` would judge "was not X" as if it said "was X".
  if (claim.negated && !checker.negation) return unverifiable(claim, `negated ${claim.kind} claims ("not", "never") are not checked yet`);
  try {
    const verdict = checker.check(claim, evidence, ctx);
    // A written time that lands far from every record most likely sits on the wrong day (a
    // wrong or missing date, a timeline past midnight): suspect, not proof of a false claim.
    if (verdict.verdict === 'contradicted' && claim.time && evidence.distanceToNearestRecord(claim.time.start) > SUSPECT_DISTANCE_MS) {
      return unsupported(
        claim,
        `${verdict.reason}; but "${claim.time.text}" resolves to ${claim.time.start} (date from ${claim.time.dateOrigin}), more than ${SUSPECT_DISTANCE_MS / 3_600_000} hours from every record given: check the report's date before trusting this`,
        verdict.evidence,
      );
    }
    // A time the report writes but gives no date for was not checked: the rest cannot make it "supported".
    if (verdict.verdict === 'supported' && claim.unresolvedTime) {
      return unverifiable(claim, `${verdict.reason}; but "${claim.unresolvedTime}" could not be checked: the report gives no date for it (add \`date:\` to its front matter)`, verdict.evidence);
    }
    return verdict;
  } catch (err) {
    return unverifiable(claim, `internal error while checking (please report it): ${(err as Error).message}`);
  }
}
