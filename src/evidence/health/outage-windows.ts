// Outage windows: runs of minutes whose error ratio is well above the service's baseline
// (DESIGN.md, "Monitoring: outage windows"). Thresholds come from OutageConfig.

import type { OutageConfig } from '../../config.js';
import type { HealthBucket, OutageWindow, RouteHealth } from '../../types.js';
import { compareTimestamps, minuteText } from '../timestamps.js';
import { mergeBuckets, minuteOf } from './buckets.js';

export { healthAt, mergeBuckets } from './buckets.js';

interface Minute {
  minute: number;
  total: number;
  failed: number;
  firstFailure?: string;
  lastFailure?: string;
  routes?: RouteHealth[];
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

/** A failing run on the service's minute axis, and the baseline its series was judged against. */
interface Run {
  from: number;
  to: number;
  baseline: number;
}

/**
 * The service's windows: failing runs of the whole service, and of each of its routes (an
 * outage of one route can be a small share of the service's traffic and look like noise at
 * the service level), united; each widened over the storm's quiet edge minutes.
 */
function serviceWindows(service: string, series: Minute[], config: OutageConfig, location: string): OutageWindow[] {
  const routes = routeSeries(series);
  // A route sees a fraction of the service's traffic: each of its minutes is judged on fewer
  // requests, but a run of them must hold as many failures as the service's minimum run would.
  const routeConfig = { ...config, minRequestsPerMinute: 1 };
  const enough = config.minRequestsPerMinute * config.minFailingMinutes;
  const runs = [...failingRuns(series, config), ...routes.flatMap((route) => failingRuns(route, routeConfig).filter((r) => failedIn(route, r) >= enough))];
  const united = unite(runs, config.maxGapMinutes);
  // The service's own baseline describes it; a route's counts only where the service shows none.
  const serviceBaseline = seriesBaseline(series, config);
  const routeEdges = routes.map((route) => ({ route, baseline: seriesBaseline(route, routeConfig) }));
  const widened: Run[] = [];
  let floor = -1;
  for (const [i, run] of united.entries()) {
    const baseline = serviceBaseline ?? run.baseline;
    // The storm's first and last failed requests are its edges, even in a minute too quiet to
    // pass the threshold: the adjacent minutes that still fail above the baseline belong to it.
    const edgeOfStorm = (m: number) =>
      stormMinute(series[m]!, baseline, config) || routeEdges.some((r) => r.baseline !== undefined && stormMinute(r.route[m]!, r.baseline, config));
    let { from, to } = run;
    while (from - 1 > floor && edgeOfStorm(from - 1)) from -= 1;
    const next = united[i + 1]?.from ?? series.length;
    while (to + 1 < next && edgeOfStorm(to + 1)) to += 1;
    // Runs whose storm minutes meet, with no healthy minute between, are one storm.
    const last = widened[widened.length - 1];
    if (last && from <= last.to + 1) last.to = to;
    else widened.push({ from, to, baseline });
    floor = to;
  }
  return widened.map((run) => toWindow(service, series.slice(run.from, run.to + 1), run.baseline, location));
}

function failedIn(series: Minute[], run: Run): number {
  return series.slice(run.from, run.to + 1).reduce((n, m) => n + m.failed, 0);
}

/** A minute of the storm: some failures, and either too few requests to judge or a ratio above twice the baseline. */
function stormMinute(m: Minute, baseline: number, config: OutageConfig): boolean {
  return m.failed > 0 && (m.total < config.minRequestsPerMinute || m.failed / m.total > 2 * baseline);
}

/** Per-route series on the service's minute axis, for routes that failed at all. */
function routeSeries(series: Minute[]): Minute[][] {
  const keys = new Set<string>();
  for (const m of series) for (const r of m.routes ?? []) if (r.failed > 0) keys.add(`${r.method} ${r.route}`);
  return [...keys].map((key) =>
    series.map((m) => {
      const r = m.routes?.find((x) => `${x.method} ${x.route}` === key);
      return { minute: m.minute, total: r?.total ?? 0, failed: r?.failed ?? 0 };
    }),
  );
}

/** Baseline of a series: the median error ratio of the judged minutes before its first candidate minute. */
function seriesBaseline(series: Minute[], config: OutageConfig): number | undefined {
  const judged = (m: Minute) => m.total >= config.minRequestsPerMinute;
  const ratio = (m: Minute) => m.failed / m.total;
  const firstCandidate = series.findIndex((m) => judged(m) && ratio(m) >= config.minErrorRatio);
  if (firstCandidate === -1) return undefined;
  // The MEDIAN error ratio of the judged minutes before the first candidate. A pooled ratio is
  // dominated by the busiest minutes and pulled up by one burst of errors (a deploy blip, a
  // crawler); the median describes a typical minute. When the export starts in trouble there is
  // nothing before to learn from: the median of all judged minutes keeps a service that errs at
  // the same rate throughout from becoming one long outage.
  const before = series.slice(0, firstCandidate).filter(judged);
  return median((before.length > 0 ? before : series.filter(judged)).map(ratio));
}

/** Runs of failing minutes in one series (a service, or one of its routes). */
function failingRuns(series: Minute[], config: OutageConfig): Run[] {
  const baseline = seriesBaseline(series, config);
  if (baseline === undefined) return [];
  const judged = (m: Minute) => m.total >= config.minRequestsPerMinute;
  // Capped at 1 so a service with a high baseline can still fail: at 30% baseline errors,
  // 5× would ask for 150%, but every request failing is still an outage.
  const threshold = Math.min(1, Math.max(config.minErrorRatio, config.baselineFactor * baseline));
  const state = (m: Minute): MinuteState => (!judged(m) ? 'thin' : m.failed / m.total >= threshold ? 'failing' : 'healthy');
  const runs: Run[] = [];
  let run: { from: number; to: number; failing: number } | undefined;
  let gap = 0;
  const close = () => {
    if (run && run.failing >= config.minFailingMinutes) runs.push({ from: run.from, to: run.to, baseline });
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
  return runs;
}

/** Runs that overlap or lie within the allowed gap of each other, merged; the service-level baseline kept when there is one. */
function unite(runs: Run[], maxGap: number): Run[] {
  const sorted = [...runs].sort((a, b) => a.from - b.from);
  const united: Run[] = [];
  for (const run of sorted) {
    const last = united[united.length - 1];
    if (last && run.from <= last.to + maxGap + 1) {
      last.to = Math.max(last.to, run.to);
      last.baseline = Math.min(last.baseline, run.baseline);
    } else united.push({ ...run });
  }
  return united;
}

function toWindow(service: string, minutes: Minute[], baselineRatio: number, location: string): OutageWindow {
  const first = minutes[0];
  const last = minutes[minutes.length - 1];
  // Windows start and end on failing minutes, which always have at least one failure.
  const start = first?.firstFailure ?? minuteText(first?.minute ?? 0);
  const end = last?.lastFailure ?? minuteText((last?.minute ?? 0) + 1);
  const failed = minutes.reduce((sum, m) => sum + m.failed, 0);
  const total = minutes.reduce((sum, m) => sum + m.total, 0);
  const edges = first === last ? [first] : [first, last];
  const edgeUnfailed = edges.reduce((sum, m) => sum + (m ? m.total - m.failed : 0), 0);
  return {
    service,
    start,
    end,
    failed,
    total,
    baselineRatio,
    edgeUnfailed,
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
