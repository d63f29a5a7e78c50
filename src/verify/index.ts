// verify: (Claim, Evidence) → Verdict, through the registry.

import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import type { Claim, TimeRef, Verdict } from '../types.js';
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
    if (
      verdict.verdict === 'contradicted' &&
      claim.time &&
      evidence.distanceToNearestRecord(claim.time.start) > SUSPECT_DISTANCE_MS &&
      !contradictedWithoutTime(claim, evidence, ctx)
    ) {
      const neighbour = onNeighbouringDay(claim, claim.time, evidence, ctx);
      if (neighbour) return neighbour;
      return unsupported(
        claim,
        `${verdict.reason}; but "${claim.time.text}" resolves to ${claim.time.start} (date from ${claim.time.dateOrigin}), more than ${SUSPECT_DISTANCE_MS / 3_600_000} hours from every record given: check the report's date before trusting this`,
        verdict.evidence,
      );
    }
    // A time the report writes but gives no date for was not checked: the rest cannot make it "supported".
    if (verdict.verdict === 'supported' && claim.unresolvedTime) {
      return unverifiable(
        claim,
        `${verdict.reason}; but "${claim.unresolvedTime}" could not be checked: the report gives no date for it (add \`date:\` to its front matter)`,
        verdict.evidence,
      );
    }
    return verdict;
  } catch (err) {
    return unverifiable(claim, `internal error while checking (please report it): ${(err as Error).message}`);
  }
}

/** True when the claim is contradicted even with its time left out: the contradiction does not rest on the time. */
function contradictedWithoutTime(claim: Claim, evidence: Evidence, ctx: VerifyContext): boolean {
  const { time: _time, ...untimed } = claim;
  return CHECKERS[claim.kind].check(untimed, evidence, ctx).verdict === 'contradicted';
}

/**
 * A time that only borrowed its date from the report, read on the day before or after: when
 * that puts it among the records and the claim then holds, it is supported, saying so. (Only
 * ever to support: a contradiction on a guessed day would rest on the guess.)
 */
function onNeighbouringDay(claim: Claim, time: TimeRef, evidence: Evidence, ctx: VerifyContext): Verdict | undefined {
  if (time.dateOrigin.startsWith('the expression')) return undefined;
  for (const days of [1, -1]) {
    const shift = (iso: string) => addDays(new TZDate(Date.parse(iso), time.zone), days).toISOString();
    const moved: TimeRef = { ...time, start: new Date(shift(time.start)).toISOString(), end: new Date(shift(time.end)).toISOString() };
    if (evidence.distanceToNearestRecord(moved.start) > SUSPECT_DISTANCE_MS) continue;
    const verdict = CHECKERS[claim.kind].check({ ...claim, time: moved }, evidence, ctx);
    if (verdict.verdict !== 'supported') continue;
    const day = moved.start.slice(0, 10);
    return {
      ...verdict,
      reason: `${verdict.reason} ("${time.text}" read on ${day}, the day ${days > 0 ? 'after' : 'before'} the report's date, which puts it more than 12 hours from every record)`,
    };
  }
  return undefined;
}
