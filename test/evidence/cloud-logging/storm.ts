// The Firebase case as request logs: two hours of normal traffic on portal.example.com, a
// 33-minute storm of 404s on /api/** (paths that served 200 before), scanner 404s on paths
// that never existed, and one rare 500.

import { hostingRequest } from './entries.js';

export const STORM_START = '2026-06-09T16:48:10.123456789Z';
export const STORM_END = '2026-06-09T17:20:58.987654321Z';
export const RARE_500 = '2026-06-09T16:20:31.500000000Z';

const STATIC = ['/', '/dashboard', '/assets/app.3f9a1c.js', '/favicon.ico'];
const API = [
  '/api/orders?page=2',
  '/api/orders/1234',
  '/api/session',
  '/api/users/5b0c6f5e-0d6e-4e0b-9a43-1f2f0e4c8b90/profile',
  '/api/orders/98765',
  '/api/session?refresh=1',
  '/api/invoices/64a7f0c2e1b9d3a5c7e9f1b3',
  '/api/orders',
];
const SCANNER = ['/wp-login.php', '/.env', '/admin/config.php', '/.git/config', '/phpmyadmin/', '/xmlrpc.php'];

const BASE = Date.parse('2026-06-09T16:00:00Z');

/** Every generated timestamp has nine fractional digits, so they compare as text. */
function at(minute: number, second: number, nanos: number): string {
  return new Date(BASE + minute * 60_000 + second * 1000).toISOString().replace('.000Z', `.${String(nanos).padStart(9, '0')}Z`);
}

const inStorm = (time: string) => time >= STORM_START && time <= STORM_END;

/** The storm scenario's entries, oldest first (as an NDJSON export would have them). */
export function stormEntries(): Record<string, unknown>[] {
  const entries: Record<string, unknown>[] = [];
  for (let minute = 0; minute < 120; minute++) {
    for (let k = 0; k < 12; k++) {
      const time = at(minute, k * 5, minute * 100 + k + 1);
      const isStatic = k % 3 === 0;
      const path = isStatic ? STATIC[(minute + k) % STATIC.length]! : API[(minute + k) % API.length]!;
      entries.push(hostingRequest(time, !isStatic && inStorm(time) ? 404 : 200, path));
    }
    // Scanners probe a few times an hour, and hard in one minute; they find nothing.
    if (minute % 9 === 4) entries.push(hostingRequest(at(minute, 33, 250_000_000), 404, SCANNER[minute % SCANNER.length]!));
    if (minute === 30 || minute === 55) {
      SCANNER.forEach((path, i) => entries.push(hostingRequest(at(minute, 40 + i, 0), 404, path)));
    }
  }
  entries.push(hostingRequest(STORM_START, 404, '/api/orders/77'));
  entries.push(hostingRequest(STORM_END, 404, '/api/session'));
  entries.push(hostingRequest(RARE_500, 500, '/api/orders'));
  return entries.sort((a, b) => ((a.timestamp as string) < (b.timestamp as string) ? -1 : 1));
}

/** What the storm should measure, counted straight from the entries. */
export function stormExpectation(entries: Record<string, unknown>[]): { failed: number; total: number } {
  const times = entries.map((e) => {
    const request = e.httpRequest as { status: number; requestUrl: string };
    return { time: e.timestamp as string, status: request.status, api: request.requestUrl.includes('/api/') };
  });
  const firstMinute = STORM_START.slice(0, 16);
  const lastMinute = STORM_END.slice(0, 16);
  const inWindow = times.filter((t) => t.time.slice(0, 16) >= firstMinute && t.time.slice(0, 16) <= lastMinute);
  return {
    total: inWindow.length,
    failed: inWindow.filter((t) => t.status === 404 && t.api).length,
  };
}
