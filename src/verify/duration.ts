// duration: how long the outage lasted, against the outage windows of the request logs.

import { minutesBetween } from '../evidence/timestamps.js';
import type { Checker } from './checker.js';
import { localTime, spanText } from './local-time.js';
import { durationMatches } from './match.js';
import { contradicted, supported, unsupported, unverifiable } from './verdict.js';

export const durationChecker: Checker = {
  kind: 'duration',
  description: 'Checks how long the outage lasted, within max(2 minutes, 10%) unless stated exactly.',
  sources: ['cloud-logging'],
  check(claim, ev, ctx) {
    const written = claim.duration;
    if (!written) return unverifiable(claim, 'the sentence gives no duration to check');
    if (!ev.hasRequestLogs()) return unverifiable(claim, ev.whyMissing('cloud-logging', 'request logs are needed to measure the outage'));
    const windows = ev.outageWindows();
    if (windows.length === 0) return unsupported(claim, 'the request logs show no outage window');
    // The outage a report speaks of is its longest window unless a time says otherwise.
    const window = [...windows].sort((a, b) => minutesBetween(b.start, b.end) - minutesBetween(a.start, a.end))[0]!;
    const actual = minutesBetween(window.start, window.end);
    const story = `request logs show failures from ${localTime(window.start, ctx.zone)} to ${localTime(window.end, ctx.zone)} (${spanText(actual)}, ${window.failed} of ${window.total} requests failed)`;
    if (durationMatches(written.minutes, actual, written.exact, written.approximate)) return supported(claim, story, [window.citation]);
    return contradicted(claim, `${story}, not ${written.text}`, [window.citation]);
  },
};
