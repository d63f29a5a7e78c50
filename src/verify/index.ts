// verify: (Claim, Evidence) → Verdict, through the registry.

import type { Claim, Verdict } from '../types.js';
import type { Evidence } from '../evidence/evidence.js';
import type { VerifyContext } from './checker.js';
import { CHECKERS } from './registry.js';
import { unverifiable } from './verdict.js';

export type { VerifyContext } from './checker.js';
export { worstOf } from './verdict.js';

/** Checks one claim with the checker for its kind; a checker's own failure is unverifiable, not a crash. */
export function verifyClaim(claim: Claim, evidence: Evidence, ctx: VerifyContext): Verdict {
  const checker = CHECKERS[claim.kind];
  // A checker that does not read `negated` would judge "was not X" as if it said "was X".
  if (claim.negated && !checker.negation) return unverifiable(claim, `negated ${claim.kind} claims ("not", "never") are not checked yet`);
  try {
    return checker.check(claim, evidence, ctx);
  } catch (err) {
    return unverifiable(claim, `internal error while checking (please report it): ${(err as Error).message}`);
  }
}
