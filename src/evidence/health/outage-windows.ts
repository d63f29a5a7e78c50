// Outage windows: runs of minutes whose error ratio is well above the service's baseline
// (DESIGN.md, "Monitoring: outage windows"). Thresholds come from OutageConfig.

import type { OutageConfig } from '../../config.js';
import type { HealthBucket, OutageWindow } from '../../types.js';
import { compareTimestamps, minuteText } from '../timestamps.js';
import { mergeBuckets, minuteOf } from './buckets.js';

export { healthAt, mergeBuckets } from './buckets.js';

interface Minute {
  minute: number;
  total: number;
  failed: number;
  firstFailure?: string;
  lastFailure?: string;
}

type MinuteState = 'failing' | 'healthy' | 'thin';

/** The outage windows in the buckets, per service, ordered by start; `location` names where the buckets came from. */
export function outageWindows(buckets: readonly HealthBucket[], config: OutageConfig, location: string): OutageWindow[] {
  const byService = new Map<string, Minute[]>();
  for (const bucket of mergeBuckets(buckets)) {
    const minute = minuteOf(bucket.minute);
    if (minute === undefined) continue;
    const series = byService.get(bucket.service) ?? [];
    series.push({ ...bucket, minute });
    byService.set(bucket.service, series);
  }
  const windows = [...byService].flatMap(([service, series]) => serviceWindows(service, fillMinutes(series), config, location));
  return windows.sort((a, b) => compareTimestamps(a.start, b.start) || (a.service < b.service ? -1 : 1));
}

// Minutes without any bucket had no requests: make them explicit so the series is continuous.
function fillMinutes(sorted: Minute[]): Minute[] {
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return [];
  const byMinute = new Map(sorted.map((m) => [m.minute, m]));
  const filled: Minute[] = [];
  for (let minute = first.minute; minute <= last.minute; minute++) {
    filled.push(byMinute.get(minute) ?? { minute, total: 0, failed: 0 });
  }
  return filled;
}

function serviceWindows(service: string, series: Minute[], config: OutageConfig, location: string): OutageWindow[] {
  const judged = (m: Minute) => m.total >= config.minRequestsPerMinute;
  const ratio = (m: Minute) => m.failed / m.total;
  const firstCandidate = series.findIndex((m) => judged(m) && ratio(m) >= config.minErrorRatio);
  if (firstCandidate === -1) return [];
  // Baseline: the MEDIAN error ratio of the judged minutes before the first candidate. A pooled
  // ratio is dominated by the busiest minutes and pulled up by one burst of errors (a deploy
  // blip, a crawler); the median describes a typical minute. When the export starts in trouble
  // there is nothing before to learn from: the median of all judged minutes keeps a service
  // that errs at the same rate throughout from becoming one long outage.
  const before = series.slice(0, firstCandidate).filter(judged);
  const baseline = median((before.length > 0 ? before : series.filter(judged)).map(ratio));
  // Capped at 1 so a service with a high baseline can still fail: at 30% baseline errors,
  // 5× would ask for 150%, but every request failing is still an outage.
  const threshold = Math.min(1, Math.max(config.minErrorRatio, config.baselineFactor * baseline));
  const state = (m: Minute): MinuteState => (!judged(m) ? 'thin' : ratio(m) >= threshold ? 'failing' : 'healthy');

  const windows: OutageWindow[] = [];
  let lastIndex = -1;
  let run: { from: number; to: number; failing: number } | undefined;
  let gap = 0;
  // The storm's first and last failed requests are its edges, even in a minute too quiet to
  // pass the threshold: the adjacent minutes that still fail above the baseline belong to it.
  const edgeOfStorm = (m: Minute) => m.failed > 0 && (m.total < config.minRequestsPerMinute || ratio(m) > 2 * baseline);
  const close = () => {
    if (run && run.failing >= config.minFailingMinutes) {
      let from = run.from;
      let to = run.to;
      const floor = windows.length > 0 ? lastIndex : -1;
      while (from - 1 > floor && edgeOfStorm(series[from - 1]!)) from -= 1;
      while (to + 1 < series.length && edgeOfStorm(series[to + 1]!) && state(series[to + 1]!) !== 'failing') to += 1;
      windows.push(toWindow(service, series.slice(from, to + 1), baseline, location));
      lastIndex = to;
    }
    run = undefined;
  };
  series.forEach((m, i) => {
    const s = state(m);
    // A thin minute (too little traffic to judge) neither breaks nor extends a run: during a
    // storm the failing service often sees little traffic, and that must not split the outage.
    if (s === 'thin') return;
    if (s === 'healthy') {
      if (run && ++gap > config.maxGapMinutes) close();
      return;
    }
    if (run) {
      run.to = i;
      run.failing += 1;
    } else {
      run = { from: i, to: i, failing: 1 };
    }
    gap = 0;
  });
  close();
  return windows;
}

function toWindow(service: string, minutes: Minute[], baselineRatio: number, location: string): OutageWindow {
  const first = minutes[0];
  const last = minutes[minutes.length - 1];
  // Windows start and end on failing minutes, which always have at least one failure.
  const start = first?.firstFailure ?? minuteText(first?.minute ?? 0);
  const end = last?.lastFailure ?? minuteText((last?.minute ?? 0) + 1);
  const failed = minutes.reduce((sum, m) => sum + m.failed, 0);
  const total = minutes.reduce((sum, m) => sum + m.total, 0);
  return {
    service,
    start,
    end,
    failed,
    total,
    baselineRatio,
    citation: {
      source: 'cloud-logging',
      ref: `${service} outage window`,
      time: end,
      summary: `${failed} of ${total} requests failed from ${start} to ${end} (error ratio before: ${(baselineRatio * 100).toFixed(1)}%)`,
      location,
    },
  };
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
