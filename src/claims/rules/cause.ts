// Causes ("The root cause was a missing rewrite target", "errors were due to a bad rewrite"):
// a causal sentence, checked against the timeline. The outage's own effects are impact, not cause.

import { CAUSE_PATTERN } from '../patterns.js';
import type { Rule } from './rule.js';
import { draft, type Draft, type SentenceFacts } from './sentence-facts.js';

// "To analyse the root cause, …", "the impact this caused", "the disruption it caused": causal words that name no cause.
const NO_CAUSE_NAMED =
  /\b(?:(?:analy[sz]e|understand|find|determine|investigate|identify|explain|establish|get to)\s+(?:the\s+)?root cause|(?:impact|disruption|inconvenience|trouble|problems?|pain|stress)\s+(?:this|it|that)\s+(?:has\s+|may have\s+)?caused|because of this\b)/i;
const EFFECT_OF_OUTAGE = /\b(?:outage|incident|disruption|downtime|errors?|failures?|storm)\s+(?:\w+\s+)?(?:caused|led to|resulted in)\s+(?!by\b)/i;

/** A causal phrase, unless what caused is the outage itself. */
function causeClaims(f: SentenceFacts): Draft[] {
  if (!CAUSE_PATTERN.test(f.text)) return [];
  // "The outage caused 69 failed requests": the outage is what caused, an impact, not a cause of it.
  if (EFFECT_OF_OUTAGE.test(f.text) || NO_CAUSE_NAMED.test(f.text)) return [];
  return [draft(f, 'cause', 'cause', { predicate: 'caused' })];
}

/** Reads what the report says caused the outage. */
export const causeRule: Rule<'cause'> = {
  kind: 'cause',
  read: causeClaims,
  examples: {
    reads: [
      { text: 'The root cause was a missing rewrite target.', claims: [{ kind: 'cause', predicate: 'caused' }] },
      { text: 'Errors were due to a bad rewrite in firebase.json.', claims: [{ kind: 'cause' }] },
      { text: 'The outage was caused by PR #214.', claims: [{ kind: 'cause' }] },
      { text: 'Because the rewrite pointed at portal-api-v2, every request returned 404.', claims: [{ kind: 'cause' }] },
    ],
    doesNotRead: [
      // The outage's effects; a person's reason mid-sentence.
      'The outage caused 69 failed requests.',
      'The incident resulted in 12 minutes of downtime.',
      'Priya cancelled the build because she thought it was a duplicate.',
    ],
  },
};
