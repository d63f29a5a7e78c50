// Every claim kind has its interpretation rule, or is marked as read by none: a kind missing
// here fails to type-check (as src/verify/registry.ts does for checkers). RULE_ORDER is the
// order the rules read a sentence in, which decides what a sentence claims: keep it explicit.

import type { ClaimKind } from '../../types.js';
import { absenceRule } from './absence.js';
import { approvalRule } from './approval.js';
import { causeRule } from './cause.js';
import { changeSizeRule } from './change-size.js';
import { commitRule } from './commit.js';
import { deployRule } from './deploy.js';
import { durationRule } from './duration.js';
import { eventRule } from './event.js';
import { factRule } from './fact.js';
import { impactRule } from './impact.js';
import { opinionRule } from './opinion.js';
import { outageTimeRule } from './outage-time.js';
import { recoveryRule } from './recovery.js';
import { rollbackRule } from './rollback.js';
import type { NoRule, Rule } from './rule.js';

export { isRule, type ExpectedClaim, type NoRule, type ReadsExample, type Rule, type RuleExamples } from './rule.js';
export type { Draft, Memory, SentenceFacts } from './sentence-facts.js';

/** The rule for each claim kind, or why none reads it yet. */
export const RULES = {
  deploy: deployRule,
  recovery: recoveryRule,
  rollback: rollbackRule,
  time: outageTimeRule,
  duration: durationRule,
  'change-size': changeSizeRule,
  commit: commitRule,
  absence: absenceRule,
  approval: approvalRule,
  impact: impactRule,
  attribution: { kind: 'attribution', noRule: 'no rule reads who a report blames yet' },
  cause: causeRule,
  opinion: opinionRule,
  event: eventRule,
  fact: factRule,
} satisfies { [K in ClaimKind]: Rule<K> | NoRule<K> };

/** The order rules read a sentence in. */
export interface RuleOrder {
  /** Read first, in this order: the first that reads anything is all the sentence claims. */
  alone: readonly Rule[];
  /** Then every one of these, their claims concatenated in this order. */
  together: readonly Rule[];
  /** Read only when none of the above read anything, in this order: the first that reads anything is all the sentence claims. */
  otherwise: readonly Rule[];
}

/** Opinion, then absence, each ending the sentence; then the others together; then a timed event if nothing else, then the facts detected. */
export const RULE_ORDER: RuleOrder = {
  alone: [RULES.opinion, RULES.absence],
  together: [
    RULES['change-size'],
    RULES.recovery,
    RULES.time,
    RULES.duration,
    RULES.impact,
    RULES.deploy,
    RULES.rollback,
    RULES.commit,
    RULES.approval,
    RULES.cause,
  ],
  // A timed action no other rule reads is still a claim: a timeline event; failing that, what was detected.
  otherwise: [RULES.event, RULES.fact],
};
