// Builders for real-shaped Cloud Logging entries (EVIDENCE-FORMATS §5.1, §1.6, §2.6) and a
// record stream like the file reader's, for the adapter tests.

import type { FileRecord } from '../../../src/evidence/source.js';

/** Streams values as FileRecords (index = position, line = position + 1, as NDJSON would). */
export async function* recordsOf(values: unknown[]): AsyncGenerator<FileRecord> {
  for (const [index, value] of values.entries()) yield { value, index, line: index + 1 };
}

let counter = 0;
function nextInsertId(): string {
  counter += 1;
  return `ins${counter.toString(16).padStart(8, '0')}`;
}

/** A Firebase Hosting web request log entry for portal.example.com. */
export function hostingRequest(timestamp: string, status: number, path: string): Record<string, unknown> {
  return {
    httpRequest: {
      cacheLookup: true,
      latency: '0.012345678s',
      protocol: 'HTTP/2',
      remoteIp: '198.51.100.20',
      requestMethod: 'GET',
      requestSize: '412',
      requestUrl: `https://portal.example.com${path}`,
      responseSize: '1270',
      serverIp: '199.36.158.100',
      status,
      userAgent: 'Mozilla/5.0',
    },
    insertId: nextInsertId(),
    logName: 'projects/portal-prod/logs/firebasehosting.googleapis.com%2Fwebrequests',
    receiveTimestamp: timestamp,
    resource: { type: 'firebase_domain', labels: { project_id: 'portal-prod', domain_name: 'portal.example.com', site_name: 'portal-prod' } },
    severity: status >= 500 ? 'ERROR' : status >= 400 ? 'WARNING' : 'INFO',
    timestamp,
  };
}

/** A Cloud Run request log entry (`run.googleapis.com%2Frequests`). */
export function runRequest(timestamp: string, status: number, path: string, service = 'portal-api'): Record<string, unknown> {
  return {
    httpRequest: {
      latency: '0.110604s',
      protocol: 'HTTP/1.1',
      remoteIp: '198.51.100.82',
      requestMethod: 'GET',
      requestSize: '327',
      requestUrl: `https://${service}-abcdefghij-uc.a.run.app${path}`,
      responseSize: '67',
      status,
    },
    insertId: nextInsertId(),
    labels: { instanceId: '0069c7a9887544eefac3a648639e78fce573cf3ef4ce1929c7758a2c196cb71d4' },
    logName: 'projects/portal-prod/logs/run.googleapis.com%2Frequests',
    receiveTimestamp: timestamp,
    resource: {
      type: 'cloud_run_revision',
      labels: { configuration_name: service, location: 'us-central1', project_id: 'portal-prod', revision_name: `${service}-00041-dab`, service_name: service },
    },
    severity: status >= 500 ? 'ERROR' : 'INFO',
    timestamp,
  };
}

/** An Admin Activity audit entry with the given protoPayload fields. */
export function auditEntry(timestamp: string, payload: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    insertId: nextInsertId(),
    logName: 'projects/portal-prod/logs/cloudaudit.googleapis.com%2Factivity',
    protoPayload: { '@type': 'type.googleapis.com/google.cloud.audit.AuditLog', status: {}, ...payload },
    receiveTimestamp: timestamp,
    severity: 'NOTICE',
    timestamp,
    ...extra,
  };
}

/** A deterministic pseudo-random shuffle (so "any order" tests are reproducible). */
export function shuffled<T>(values: T[], seed = 7): T[] {
  const out = [...values];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
