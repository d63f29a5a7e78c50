// Rollbacks ("Marcus rolled back the Hosting release to version X", "traffic was shifted
// back to revision R"): undoing a deploy, with the version it went back to when named.

import type { Rule } from './rule.js';
import { draft, entityOf, timeNear, type Draft, type SentenceFacts } from './sentence-facts.js';

/** A rollback verb, or "reverted" said of a serving target (which undoes a deploy, not a commit). */
function rollbackClaims(f: SentenceFacts): Draft[] {
  const servingTarget = entityOf(f, new Set(['version', 'release', 'revision']));
  // "Dana reverted the Hosting release to version X" undoes a deploy, not a commit.
  const p = f.predicates.find((x) => x.predicate === 'rolled-back') ?? (servingTarget ? f.predicates.find((x) => x.predicate === 'reverted') : undefined);
  if (!p) return [];
  return [
    draft(
      f,
      'rollback',
      'rollback',
      { predicate: 'rolled-back', negated: p.negated, time: timeNear(f, p.index), subject: entityOf(f, new Set(['version', 'release', 'revision'])) },
      p,
    ),
  ];
}

/** Reads rollbacks of deploys. */
export const rollbackRule: Rule<'rollback'> = {
  kind: 'rollback',
  read: rollbackClaims,
  examples: {
    reads: [
      {
        text: 'Marcus rolled back the Hosting release to version 3c8e1a7f0d2b9e44 at 10:20.',
        claims: [{ kind: 'rollback', predicate: 'rolled-back', subject: '3c8e1a7f0d2b9e44', actor: 'marcus', time: '10:20' }],
      },
      {
        text: 'Traffic was shifted back to portal-api-00041-dab by Priya at 10:19.',
        claims: [{ kind: 'rollback', subject: 'portal-api-00041-dab', actor: 'priya', time: '10:19' }],
      },
      { text: 'Dana reverted the Hosting release to version 3c8e1a7f0d2b9e44.', claims: [{ kind: 'rollback', subject: '3c8e1a7f0d2b9e44', actor: 'dana' }] },
      { text: 'We did not roll back.', claims: [{ kind: 'rollback', subject: null, negated: true }] },
    ],
    doesNotRead: [
      // Reverting a change is a commit; rolling out is a deploy.
      'PR #312 reverted PR #214.',
      'We rolled out the new config at 10:00.',
      'Marcus reverted the rewrite.',
    ],
  },
};
