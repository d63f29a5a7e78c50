// Reviews and approvals ("PR #214 was approved by Dana", "merged without review"): whether a
// change was approved, and by whom.

import type { Rule } from './rule.js';
import { CHANGE_TYPES, draft, entityOf, timeNear, type Draft, type SentenceFacts } from './sentence-facts.js';

/** The first approval verb, negated or not, about the PR or commit named. */
function approvalClaims(f: SentenceFacts): Draft[] {
  const p = f.predicates.find((x) => x.predicate === 'approved');
  if (!p) return [];
  return [draft(f, 'approval', 'approval', { predicate: 'approved', negated: p.negated, time: timeNear(f, p.index), subject: entityOf(f, CHANGE_TYPES) }, p)];
}

/** Reads approvals and their absence. */
export const approvalRule: Rule<'approval'> = {
  kind: 'approval',
  read: approvalClaims,
  examples: {
    reads: [
      { text: 'PR #214 was approved by Dana.', claims: [{ kind: 'approval', predicate: 'approved', subject: '214', actor: 'dana', negated: false }] },
      { text: 'Priya approved PR #214 at 09:38.', claims: [{ kind: 'approval', subject: '214', actor: 'priya', time: '09:38' }] },
      { text: 'PR #214 was merged without review.', claims: [{ kind: 'approval', subject: '214', negated: true }] },
      { text: 'The change was reviewed and approved.', claims: [{ kind: 'approval', subject: null }] },
    ],
    doesNotRead: [
      // Review as a rule or a process, not an approval that happened.
      'Reviews are required for all PRs.',
      'PR #214 was merged at 09:40.',
      'The agent pushed the fix.',
    ],
  },
};
