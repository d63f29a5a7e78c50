// The shape every checker has: metadata beside a pure function of a claim and the evidence.

import type { Config } from '../config.js';
import type { Claim, ClaimKind, SourceKind, Verdict } from '../types.js';
import type { Evidence } from '../evidence/evidence.js';

/** What a checker may know besides the claim and the evidence. */
export interface VerifyContext {
  config: Config;
  /** The zone reasons are written in. */
  zone: string;
  /** Lower-cased ids of every entity the report names, for "no *other* changes". */
  named: string[];
}

export interface Checker {
  kind: ClaimKind;
  /** One line for the docs: what the checker confirms and against what. */
  description: string;
  /** The sources it consults. */
  sources: SourceKind[];
  /** True when it checks negated claims ("was never deployed") itself; otherwise they are unverifiable. */
  negation?: boolean;
  check(claim: Claim, evidence: Evidence, ctx: VerifyContext): Verdict;
}
