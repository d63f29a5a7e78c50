// Impact ("1,204 requests failed", "about 12% of checkout requests returned 5xx errors",
// "requests returned 404s"): how many requests or users failed, of which requests, or that
// the outage happened at all.

import { readScope } from '../scope.js';
import type { Rule } from './rule.js';
import { draft, type Draft, type SentenceFacts } from './sentence-facts.js';

/** Failed-request counts and shares with their scope; or, with no number and no time, that requests failed at all. */
function impactClaims(f: SentenceFacts): Draft[] {
  const requests = f.quantities.filter((q) => q.value.unit === 'requests').map((q) => q.value);
  const others = f.quantities.filter((q) => q.value.unit === 'users' || q.value.unit === 'percent').map((q) => q.value);
  // Which requests the share or count is about ("of checkout requests"), and shares in words ("half of").
  const { scope, share } = readScope(f.text);
  if (share && !others.some((q) => q.unit === 'percent')) others.push(share);
  const failing = /\b(?:fail(?:ed|ing)?|errors?|errored|returned (?:a )?(?:404|5\d\d)s?|404s?|5\d\ds?|5xxs?|affected|impacted|saw errors)\b/i.test(f.text);
  if (
    requests.length === 0 &&
    others.length === 0 &&
    f.times.length === 0 &&
    f.durations.length === 0 &&
    !f.leadingTime &&
    /\b(?:returned|served|failed with|threw)\s+(?:[\w-]+\s+)?(?:404|5\d\d|5xx|errors?)s?\b/i.test(f.text)
  ) {
    return [draft(f, 'impact', 'outage-occurred', { predicate: 'failed', variant: 'occurred' })];
  }
  if (requests.length + others.length === 0 || !failing) return [];
  return [
    draft(f, 'impact', requests.length > 0 ? 'failed-requests' : 'affected', {
      quantities: [...requests, ...others],
      predicate: 'failed',
      ...(scope ? { scope } : {}),
    }),
  ];
}

/** Reads the outage's impact on requests and users. */
export const impactRule: Rule<'impact'> = {
  kind: 'impact',
  read: impactClaims,
  examples: {
    reads: [
      { text: '1,204 requests failed with 404 between 09:48 and 10:21.', claims: [{ kind: 'impact', predicate: 'failed', quantities: [[1204, 'requests']] }] },
      { text: 'About 12% of checkout requests returned 5xx errors.', claims: [{ kind: 'impact', quantities: [[12, 'percent']] }] },
      { text: 'The outage affected 2,000 users.', claims: [{ kind: 'impact', quantities: [[2000, 'users']] }] },
      // No number and no time: that requests failed at all.
      { text: 'API requests to portal.example.com returned 404s.', claims: [{ kind: 'impact', variant: 'occurred', predicate: 'failed' }] },
    ],
    doesNotRead: [
      // Counts and shares that are not failures.
      'We served 3 million requests that day.',
      'The dashboard shows 12% CPU usage.',
      'Errors are expected during deploys.',
    ],
  },
};
