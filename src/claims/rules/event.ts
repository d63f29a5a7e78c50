// Timed events that are not outage edges ("At 09:17 an engineer pushed a config change",
// "14:40 Incident closed"): a time and an action, when no other rule has read the sentence.

import type { ActionClass, Predicate } from '../../types.js';
import { ACTION_PHRASES } from '../patterns.js';
import type { Rule } from './rule.js';
import { SENTENCE_NEGATION, draft, firstTime, type Draft, type SentenceFacts } from './sentence-facts.js';

/** Verbs whose action is a class of timed event when no other rule has read the sentence. */
const EVENT_OF_PREDICATE: Partial<Record<Predicate, ActionClass>> = {
  deployed: 'deploy',
  merged: 'merge',
  reverted: 'revert',
  'rolled-back': 'rollback',
  cancelled: 'cancel',
};

/** "At 09:17 an engineer pushed a config change", "14:40 Incident closed": a time and an action. */
function eventClaims(f: SentenceFacts): Draft[] {
  const time = firstTime(f);
  if (!time && !f.unresolvedTime) return [];
  const phrase = ACTION_PHRASES.find((p) => p.pattern.test(f.masked));
  const verb = f.predicates.find((p) => EVENT_OF_PREDICATE[p.predicate] !== undefined);
  const action = phrase?.action ?? (verb ? EVENT_OF_PREDICATE[verb.predicate] : undefined);
  if (!action) return [];
  return [draft(f, 'event', `event-${action}`, { action, ...(time ? { time } : {}), negated: verb?.negated ?? SENTENCE_NEGATION.test(f.text) }, verb)];
}

/** Reads timed events; the registry reads it last, and only when no other rule read the sentence. */
export const eventRule: Rule<'event'> = {
  kind: 'event',
  read: eventClaims,
  examples: {
    reads: [
      { text: 'At 09:17 an engineer pushed a config change.', claims: [{ kind: 'event', action: 'config-change', time: '09:17' }] },
      { text: '14:40 Incident closed.', claims: [{ kind: 'event', action: 'incident-closed', time: '14:40' }] },
      { text: '- **10:05** — Alert fired for portal-api.', claims: [{ kind: 'event', action: 'alert', time: '10:05' }] },
      { text: 'We rolled out the new config at 10:00.', claims: [{ kind: 'event', action: 'deploy', time: '10:00' }] },
    ],
    doesNotRead: [
      // A time without an action, an action without a time.
      'At 10:05 we had lunch.',
      'The alert fired.',
      // Another rule read it: a deploy claim, not an event.
      'At 10:14 build 4f1c2a9e was cancelled.',
    ],
  },
};
