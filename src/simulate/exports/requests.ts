// requests.ndjson: request log entries, one LogEntry per line, oldest first — Cloud Run's
// run.googleapis.com/requests (resource cloud_run_revision, with the serving revision) or
// Firebase Hosting's webrequests (resource firebase_domain).

import type { Rng } from '../random.js';
import type { RequestPlan, Scenario } from '../scenario-types.js';
import { rfc3339 } from './timestamps.js';

const AGENTS = [
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:139.0) Gecko/20100101 Firefox/139.0',
];

/** The requests.ndjson text for a scenario. */
export function requestsExport(s: Scenario, rng: Rng): string {
  const lines: string[] = [];
  const run = s.platform === 'cloud-run';
  const logName = run ? `projects/${s.project}/logs/run.googleapis.com%2Frequests` : `projects/${s.project}/logs/firebasehosting.googleapis.com%2Fwebrequests`;
  for (const r of s.requests) lines.push(JSON.stringify(entry(s, r, rng, run, logName)));
  return `${lines.join('\n')}\n`;
}

function entry(s: Scenario, r: RequestPlan, rng: Rng, run: boolean, logName: string): Record<string, unknown> {
  const severity = r.status >= 500 ? 'ERROR' : r.status >= 400 ? 'WARNING' : 'INFO';
  const httpRequest: Record<string, unknown> = {
    latency: `${(r.status >= 500 ? rng.int(800, 3000) : rng.int(10, 300)) / 1000}s`,
    protocol: run ? 'HTTP/1.1' : 'HTTP/2',
    remoteIp: `203.0.113.${rng.int(2, 250)}`,
    requestMethod: r.method,
    requestUrl: `https://${s.host}${r.path}`,
    responseSize: String(r.status === 304 ? 0 : rng.int(120, 5000)),
    status: r.status,
    userAgent: rng.pick(AGENTS),
  };
  const base: Record<string, unknown> = {
    httpRequest,
    insertId: rng.hex(16),
    logName,
    receiveTimestamp: rfc3339(r.ms + rng.int(200, 1500), 9, rng),
    severity,
    timestamp: rfc3339(r.ms, 6, rng),
  };
  if (run) {
    httpRequest['serverIp'] = '216.239.32.53';
    base['resource'] = {
      type: 'cloud_run_revision',
      labels: { configuration_name: s.service, location: s.region, project_id: s.project, revision_name: r.revision ?? '', service_name: s.service },
    };
    base['labels'] = { instanceId: `00${rng.hex(30)}` };
    base['trace'] = `projects/${s.project}/traces/${rng.hex(32)}`;
  } else {
    base['resource'] = { type: 'firebase_domain', labels: { domain_name: s.host, project_id: s.project } };
  }
  return base;
}
