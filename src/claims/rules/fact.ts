// Nothing checkable is silent: a sentence whose facts no other rule interprets still makes a
// claim, which names what the detector read ("a time 13:42, an actor 'an engineer', an
// action 'deployed'"), so the report shows it unverifiable instead of saying nothing.

import type { ReadFact } from '../../types.js';
import type { DetectedFact } from '../detect/index.js';
import type { Rule } from './rule.js';
import { draft, type Draft, type SentenceFacts } from './sentence-facts.js';

/** The facts as a claim carries them: kind, words, and what each was read as. */
export function readFacts(facts: readonly DetectedFact[]): ReadFact[] {
  return facts.map((f) => {
    const as = f.action ?? f.type ?? f.value ?? f.instant;
    return { kind: f.kind, text: f.text, ...(as ? { as } : {}) };
  });
}

/** A claim of the facts detected in the sentence, when there are any. */
function factClaims(f: SentenceFacts): Draft[] {
  if (f.detected.length === 0) return [];
  // The time the sentence is about, so the report shows what it was read as (a timeline row's own time first).
  const time = f.leadingTime ?? f.times[0]?.ref;
  return [draft(f, 'fact', 'detected-facts', { read: readFacts(f.detected), negated: false, ...(time ? { time } : {}) })];
}

/** Reads what no other rule did; the registry reads it after every other rule, and only when none read the sentence. */
export const factRule: Rule<'fact'> = {
  kind: 'fact',
  read: factClaims,
  examples: {
    reads: [
      { text: 'At 13:42 an engineer on the storage team drained the queue.', claims: [{ kind: 'fact' }] },
      { text: 'Over three million API calls reached the Identity service.', claims: [{ kind: 'fact' }] },
      { text: 'Release 4.81.2 of kestrel-dns reached 212 PoPs.', claims: [{ kind: 'fact' }] },
    ],
    doesNotRead: [
      // States nothing checkable, or a plan, a norm or an apology.
      'We take full responsibility.',
      'We will add a synthetic check that fetches from each origin every 30 seconds.',
      'We are sorry for the 40 minutes of disruption this caused.',
      // Another rule read it.
      'Errors began at 09:48.',
    ],
  },
};
