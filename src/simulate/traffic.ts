// The request log of a scenario, as data: steady traffic minute by minute over the export's
// range, the storm's failures placed exactly (every in-scope request of a storm minute, or an
// exact share of them; one or two at a quiet edge), and a little background noise kept away
// from the incident so what "failed during the outage" means is never in doubt.

import type { Rng } from './random.js';
import type { OutagePlan, RequestPlan } from './scenario-types.js';

/** A route the service answers, with its share of traffic. */
export interface Route {
  route: string;
  method: string;
  weight: number;
  /** Part of the API behind a Hosting rewrite (fails in a rewrite storm). */
  api: boolean;
  /** A concrete path for the route. */
  path(rng: Rng): string;
}

const fixed = (p: string) => () => p;

/** API routes (a Cloud Run service, or /api/** behind Hosting). */
export const API_ROUTES: readonly Route[] = [
  { route: '/api/orders', method: 'GET', weight: 3, api: true, path: fixed('/api/orders') },
  { route: '/api/orders/:id', method: 'GET', weight: 3, api: true, path: (rng) => `/api/orders/${rng.int(1000, 9999)}` },
  { route: '/api/checkout', method: 'POST', weight: 2, api: true, path: fixed('/api/checkout') },
  { route: '/api/session', method: 'GET', weight: 3, api: true, path: fixed('/api/session') },
  { route: '/api/profile', method: 'GET', weight: 2, api: true, path: fixed('/api/profile') },
];

/** Pages Hosting serves itself, whatever the rewrite says. */
export const STATIC_ROUTES: readonly Route[] = [
  { route: '/', method: 'GET', weight: 2, api: false, path: fixed('/') },
  { route: '/login', method: 'GET', weight: 1, api: false, path: fixed('/login') },
  { route: '/orders', method: 'GET', weight: 1, api: false, path: fixed('/orders') },
];

const SCANNER_PATHS = ['/wp-login.php', '/.env', '/.git/config', '/xmlrpc.php', '/phpinfo.php'];

/** What the traffic generator needs to know. */
export interface TrafficInput {
  fromMs: number;
  toMs: number;
  routes: readonly Route[];
  outage: Omit<OutagePlan, 'windows'> & { windows: Array<{ startMinute: number; endMinute: number; quietStart: boolean; quietEnd: boolean }> };
  /** Quiet periods (no background noise): around the incident. */
  noNoise: { fromMs: number; toMs: number };
  /** Which revision served at an instant (Cloud Run). */
  servingAt?: (ms: number) => string;
}

/** The request log and the storm windows as placed (exact first and last failing instants). */
export function generateTraffic(rng: Rng, input: TrafficInput): { requests: RequestPlan[]; windows: OutagePlan['windows'] } {
  const requests: RequestPlan[] = [];
  const totalWeight = input.routes.reduce((s, r) => s + r.weight, 0);
  for (let minute = input.fromMs; minute < input.toMs; minute += 60_000) {
    const count = rng.int(10, 15);
    for (let i = 0; i < count; i++) {
      let roll = rng.next() * totalWeight;
      const route = input.routes.find((r) => (roll -= r.weight) < 0) ?? input.routes[0];
      if (!route) continue;
      const ms = minute + rng.int(0, 59_999);
      const ok = route.method === 'POST' ? 201 : !route.api && rng.chance(0.2) ? 304 : 200;
      requests.push({ ms, method: route.method, path: route.path(rng), route: route.route, status: ok, storm: false });
    }
  }
  requests.sort((a, b) => a.ms - b.ms);
  const { outage } = input;
  const inScope = (r: RequestPlan) => (outage.scope === 'all' ? true : outage.scope === 'route' ? r.route === outage.route : r.route.startsWith('/api/'));
  const placed: OutagePlan['windows'] = [];
  for (const window of outage.windows) {
    const startMinuteMs = window.startMinute;
    const endMinuteMs = window.endMinute;
    const minuteScope = (m: number) => requests.filter((r) => r.ms >= m && r.ms < m + 60_000 && inScope(r));
    let startMs = startMinuteMs + rng.int(0, 4_000);
    let endMs = endMinuteMs + rng.int(55_000, 59_999);
    const first = minuteScope(startMinuteMs);
    const quietStart = window.quietStart && first.length >= 3;
    if (quietStart) startMs = (first[first.length - rng.int(1, 2)] as RequestPlan).ms;
    const last = minuteScope(endMinuteMs);
    const quietEnd = window.quietEnd && last.length >= 3;
    if (quietEnd) endMs = (last[rng.int(0, 1)] as RequestPlan).ms;
    for (let m = startMinuteMs; m <= endMinuteMs; m += 60_000) {
      const candidates = minuteScope(m).filter((r) => r.ms >= startMs && r.ms <= endMs);
      const edge = (m === startMinuteMs && quietStart) || (m === endMinuteMs && quietEnd);
      const failing = edge || outage.share >= 1 ? candidates : rng.shuffle(candidates).slice(0, Math.max(1, Math.round(outage.share * candidates.length)));
      for (const r of failing) {
        r.status = outage.status;
        r.storm = true;
      }
    }
    const failed = requests.filter((r) => r.storm && r.ms >= startMs && r.ms <= endMs);
    placed.push({ startMs: failed[0]?.ms ?? startMs, endMs: failed[failed.length - 1]?.ms ?? endMs, quietStart, quietEnd });
  }
  addNoise(rng, requests, input);
  requests.sort((a, b) => a.ms - b.ms);
  if (input.servingAt) for (const r of requests) r.revision = input.servingAt(r.ms);
  return { requests, windows: placed };
}

// Scanner sweeps (404s on paths that never existed) and a rare 500, away from the incident.
function addNoise(rng: Rng, requests: RequestPlan[], input: TrafficInput): void {
  const quiet = (ms: number) => ms >= input.noNoise.fromMs && ms <= input.noNoise.toMs;
  const draw = (): number | undefined => {
    for (let i = 0; i < 10; i++) {
      const ms = rng.int(input.fromMs, input.toMs - 1);
      if (!quiet(ms)) return ms;
    }
    return undefined;
  };
  for (let sweep = rng.int(0, 2); sweep > 0; sweep--) {
    let ms = draw();
    if (ms === undefined) continue;
    for (const path of rng.shuffle(SCANNER_PATHS).slice(0, rng.int(2, 4))) {
      requests.push({ ms, method: 'GET', path, route: path, status: 404, storm: false });
      ms += rng.int(100, 900);
    }
  }
  const apiRoutes = input.routes.filter((r) => r.api);
  for (let n = rng.int(0, 2); n > 0; n--) {
    const ms = draw();
    const route = apiRoutes.length > 0 ? rng.pick(apiRoutes) : undefined;
    if (ms !== undefined && route) requests.push({ ms, method: route.method, path: route.path(rng), route: route.route, status: 500, storm: false });
  }
}
