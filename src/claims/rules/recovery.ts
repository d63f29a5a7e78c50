// Recovery ("build X restored service", "the outage ended when build X went live", "Marcus's
// rollback restored service"): what the sentence credits with ending the outage. A recovery
// that credits nothing ("service was restored at 10:26") is when the outage ended.

import { ANAPHORA_BUILD, OUTAGE_EDGE } from '../patterns.js';
import type { Rule } from './rule.js';
import {
  CHANGE_TYPES,
  DEPLOYABLE_TYPES,
  draft,
  entityOf,
  firstTime,
  timeNear,
  timeOwnedBy,
  type Draft,
  type Memory,
  type SentenceFacts,
} from './sentence-facts.js';

const RECOVERY_LINK = /\b(?:when|after|once|as soon as|and then|and)\b/i;

/** A recovery credited to a rollback or to a named (or "the build") deployable or change. */
function recoveryClaims(f: SentenceFacts, memory: Readonly<Memory>): Draft[] {
  const byRollback = f.predicates.some((p) => p.predicate === 'rolled-back');
  const credited = byRollback
    ? undefined
    : (entityOf(f, DEPLOYABLE_TYPES) ?? entityOf(f, CHANGE_TYPES) ?? (ANAPHORA_BUILD.test(f.text) ? memory.build : undefined));
  const restored = f.predicates.find((p) => p.predicate === 'restored');
  if (!restored) {
    // "The outage ended when build X went live", "After the rollback, errors stopped at 10:21".
    const ended = OUTAGE_EDGE.ended.exec(f.masked);
    if (!ended || !RECOVERY_LINK.test(f.text) || !(byRollback || credited)) return [];
    return [
      draft(f, 'recovery', byRollback ? 'recovery-by-rollback' : 'recovery-by-entity', {
        subject: credited,
        predicate: 'restored',
        ...(byRollback ? { variant: 'by-rollback' as const } : {}),
        time: timeOwnedBy(f, ended) ?? firstTime(f),
      }),
    ];
  }
  // "Service was restored at 10:26", crediting nothing: that is when the outage ended.
  if (!byRollback && !credited) {
    const time = timeNear(f, restored.index);
    return time && !restored.negated ? [draft(f, 'time', 'outage-ended', { predicate: 'ended', time })] : [];
  }
  const subject = credited;
  return [
    draft(f, 'recovery', byRollback ? 'recovery-by-rollback' : subject ? 'recovery-by-entity' : 'recovery', {
      subject,
      predicate: 'restored',
      ...(byRollback ? { variant: 'by-rollback' as const } : {}),
      negated: restored.negated,
      time: timeNear(f, restored.index),
    }),
  ];
}

/** Reads what restored service; also reads an uncredited "restored at T" as the outage's end (a `time` claim). */
export const recoveryRule: Rule<'recovery'> = {
  kind: 'recovery',
  read: recoveryClaims,
  examples: {
    reads: [
      { text: 'Recovery build 4f1c2a9e restored service at 10:14.', claims: [{ kind: 'recovery', subject: '4f1c2a9e', predicate: 'restored', time: '10:14' }] },
      {
        text: "Marcus's rollback of the Hosting release to version 3c8e1a7f0d2b9e44 at 10:20 restored service.",
        claims: [{ kind: 'recovery', variant: 'by-rollback', subject: null, actor: 'marcus', time: '10:20' }],
      },
      { text: 'The outage ended when build 4f1c2a9e went live.', claims: [{ kind: 'recovery', subject: '4f1c2a9e', predicate: 'restored' }] },
      { text: 'After the rollback, errors stopped at 10:21.', claims: [{ kind: 'recovery', variant: 'by-rollback', time: '10:21' }] },
      { text: 'Build 4f1c2a9e did not restore service.', claims: [{ kind: 'recovery', subject: '4f1c2a9e', negated: true }] },
      // "The build" is the build named before.
      {
        text: 'The fix was deployed by build 4f1c2a9e.\nThe build restored service at 10:14.',
        claims: [{ kind: 'recovery', subject: '4f1c2a9e', time: '10:14' }],
      },
      // Crediting nothing, it says when the outage ended: a `time` claim, no recovery.
      { text: 'Service was restored at 10:26.', claims: [{ kind: 'time', predicate: 'ended', time: '10:26' }] },
    ],
    doesNotRead: [
      // An outage's end with nothing credited.
      'The outage ended at 10:21.',
      'No service was restored.',
    ],
  },
};
