// How long the outage lasted ("The outage lasted 12 minutes", "users saw errors for about 33
// minutes"): a duration said of the outage, not of any other work.

import { OUTAGE_NOUNS } from '../patterns.js';
import type { Rule } from './rule.js';
import { draft, type Draft, type SentenceFacts } from './sentence-facts.js';

/** The first duration of a sentence about the outage, or one that says something "lasted". */
function durationClaims(f: SentenceFacts): Draft[] {
  const d = f.durations[0];
  if (!d) return [];
  if (!OUTAGE_NOUNS.test(f.text) && !/\blast(?:ed|ing)\b/i.test(f.text)) return [];
  return [draft(f, 'duration', 'outage-duration', { duration: d.value, predicate: 'lasted' })];
}

/** Reads the outage's duration. */
export const durationRule: Rule<'duration'> = {
  kind: 'duration',
  read: durationClaims,
  examples: {
    reads: [
      { text: 'The outage lasted 12 minutes.', claims: [{ kind: 'duration', predicate: 'lasted', minutes: 12 }] },
      { text: 'Users saw errors for about 33 minutes.', claims: [{ kind: 'duration', minutes: 33 }] },
      { text: 'The incident lasted 33 minutes, from 09:48 to 10:21.', claims: [{ kind: 'duration', minutes: 33 }] },
      { text: 'The incident resulted in 12 minutes of downtime.', claims: [{ kind: 'duration', minutes: 12 }] },
    ],
    doesNotRead: [
      // Durations of work, not of the outage.
      'The fix took 3 hours to write.',
      'The build ran for 12 minutes.',
      'The meeting took 30 minutes.',
    ],
  },
};
