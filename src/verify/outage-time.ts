// time: when the outage began or ended, against the outage windows of the request logs.

import type { OutageWindow } from '../types.js';
import { instantMs } from '../evidence/timestamps.js';
import type { Checker } from './checker.js';
import { localTime } from './local-time.js';
import { timeMatches } from './match.js';
import { contradicted, supported, unsupported, unverifiable } from './verdict.js';

export const outageTimeChecker: Checker = {
  kind: 'time',
  description: 'Checks when the outage began or ended against the outage windows found in request logs.',
  sources: ['cloud-logging'],
  check(claim, ev, ctx) {
    if (!claim.time) return unverifiable(claim, 'the sentence gives no time to check');
    if (!ev.hasRequestLogs()) return unverifiable(claim, ev.whyMissing('cloud-logging', 'request logs are needed to tell when errors began and ended'));
    const windows = ev.outageWindows();
    if (windows.length === 0) return unsupported(claim, 'the request logs show no outage window');
    const edge = (w: OutageWindow) => (claim.predicate === 'began' ? w.start : w.end);
    const t = instantMs(claim.time.start);
    const window = [...windows].sort((a, b) => Math.abs(instantMs(edge(a)) - t) - Math.abs(instantMs(edge(b)) - t))[0]!;
    const what = claim.predicate === 'began' ? 'errors began' : 'errors stopped';
    const story = `request logs: ${what} at ${localTime(edge(window), ctx.zone)} (${window.failed} of ${window.total} requests failed between ${localTime(window.start, ctx.zone)} and ${localTime(window.end, ctx.zone)})`;
    if (timeMatches(claim.time, edge(window), ctx.config)) return supported(claim, story, [window.citation]);
    return contradicted(claim, `${story}, not at ${claim.time.text}`, [window.citation]);
  },
};
