// Opinion and intent ("We believe…", "We will add…"): no record can settle it, so it is all
// the sentence says, unless the sentence also names something a record holds.

import { nonStatement, SAYS_NOTHING } from '../detect/modality.js';
import { OPINION_PATTERNS } from '../patterns.js';
import type { Rule } from './rule.js';
import { draft, type Draft, type SentenceFacts } from './sentence-facts.js';

/** An opinion or intent that names nothing recordable (a build, a PR, a time): people, files and services are fine. */
function opinionClaims(f: SentenceFacts): Draft[] {
  // A plan, counterfactual, norm, apology, question or procedure states no fact, whatever it names.
  const why = nonStatement(f.text, f.sentence.section);
  if (why) return SAYS_NOTHING.has(why) ? [] : [draft(f, 'opinion', 'not-a-statement', { negated: false })];
  if (!OPINION_PATTERNS.some((p) => p.test(f.text))) return [];
  const hasRecordable = f.entities.some((e) => !['actor', 'file', 'service'].includes(e.value.type)) || f.times.length > 0;
  if (hasRecordable) return [];
  return [draft(f, 'opinion', 'opinion-or-intent', { negated: false })];
}

/** Reads opinion and intent; the registry reads it first, and a sentence it reads makes no other claim. */
export const opinionRule: Rule<'opinion'> = {
  kind: 'opinion',
  read: opinionClaims,
  examples: {
    reads: [
      { text: 'We believe the new routing is the right long-term design.', claims: [{ kind: 'opinion', negated: false }] },
      { text: 'We will add more monitoring.', claims: [{ kind: 'opinion' }] },
      { text: 'In hindsight, we should have paged the on-call engineer sooner.', claims: [{ kind: 'opinion', actor: 'on-call' }] },
      { text: 'Action item: add an alert on 404 rates.', claims: [{ kind: 'opinion' }] },
      // A plan states no past fact even when it names a time: nothing has happened to check.
      { text: 'We will deploy the fix at 10:00.', claims: [{ kind: 'opinion', negated: false }] },
    ],
    doesNotRead: [
      // A time or a build is something a record holds: the sentence is checked, not set aside.
      'We believe build 4f1c2a9e was the culprit.',
      'We think the rollback at 10:20 fixed it.',
      'The team worked well together.',
    ],
  },
};
