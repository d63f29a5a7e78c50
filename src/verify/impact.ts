// impact: "About 130 API requests failed" — counts of failed requests against the outage
// windows of the request logs; a scoped share or count ("of checkout requests") against the
// requests of that scope only (impact-scope.ts).

import type { Checker } from './checker.js';
import { scopedImpact } from './impact-scope.js';
import { localTime } from './local-time.js';
import { quantityMatches, shareBounds, shareMatches, upperText } from './match.js';
import { contradicted, supported, unsupported, unverifiable } from './verdict.js';

export const impactChecker: Checker = {
  kind: 'impact',
  description: 'Checks counts of failed requests against the failed requests in the outage windows of the request logs.',
  sources: ['cloud-logging'],
  check(claim, ev, ctx) {
    const count = claim.quantities.find((q) => q.unit === 'requests');
    const share = claim.quantities.find((q) => q.unit === 'percent');
    if (!count && !share && claim.variant !== 'occurred')
      return unverifiable(claim, 'only failed-request counts and shares are checked; request logs do not count users');
    if (!ev.hasRequestLogs()) return unverifiable(claim, ev.whyMissing('cloud-logging', 'request logs are needed to count failed requests'));
    const windows = ev.outageWindows();
    if (windows.length === 0) return unsupported(claim, 'the request logs show no outage window');
    const measured = count ?? share;
    if (claim.scope && measured) return scopedImpact(claim, claim.scope, measured, windows, ev, ctx);
    if (share && !count) {
      const failedAll = windows.reduce((n, w) => n + w.failed, 0);
      const totalAll = windows.reduce((n, w) => n + w.total, 0);
      const [actual, upper] = shareBounds(
        failedAll,
        totalAll,
        windows.reduce((n, w) => n + (w.edgeUnfailed ?? 0), 0),
      );
      const story = `request logs show ${actual.toFixed(1)}% of requests failing during the outage (${failedAll} of ${totalAll}${upperText(actual, upper)})`;
      return shareMatches(share, actual, upper)
        ? supported(
            claim,
            story,
            windows.map((w) => w.citation),
          )
        : contradicted(
            claim,
            `${story}, not ${share.text}`,
            windows.map((w) => w.citation),
          );
    }
    if (!count) {
      const w = windows[0]!;
      return supported(
        claim,
        `request logs show ${w.failed} of ${w.total} requests to ${w.service} failing between ${localTime(w.start, ctx.zone)} and ${localTime(w.end, ctx.zone)}`,
        windows.map((x) => x.citation),
      );
    }
    const failed = windows.reduce((n, w) => n + w.failed, 0);
    const spans = windows.map((w) => `${localTime(w.start, ctx.zone)}–${localTime(w.end, ctx.zone)}`).join(', ');
    const story = `request logs show ${failed.toLocaleString('en-US')} failed requests during the outage (${spans})`;
    const evidence = windows.map((w) => w.citation);
    return quantityMatches(count, failed) ? supported(claim, story, evidence) : contradicted(claim, `${story}, not ${count.text}`, evidence);
  },
};
