// The Cloud Logging file adapter: `gcloud logging read --format=json` arrays (newest first)
// and NDJSON / API exports (oldest first). Request logs become per-minute health buckets,
// audit logs become events. Entries are streamed and never kept: only aggregates are.

import type { FileAdapter, FileRecord, SourceData } from '../source.js';
import { AuditEvents } from './audit-events.js';
import { isAuditLog, readAuditPayload } from './audit-record.js';
import { looksLikeLogEntry, readLogEntry } from './log-entry.js';
import { RequestHealth, defaultRequestHealthLimits, type RequestHealthLimits } from './request-health.js';
import { normalizeRequestPath, requestService } from './request-target.js';
import { compareInstants, type Timestamp } from '../timestamps.js';

/** Reads a Cloud Logging export; `limits` bounds the memory kept for request paths. */
export async function readCloudLoggingExport(
  file: string,
  records: AsyncIterable<FileRecord>,
  limits: RequestHealthLimits = defaultRequestHealthLimits,
): Promise<SourceData> {
  const health = new RequestHealth(limits);
  const audit = new AuditEvents();
  let earliest: Timestamp | undefined;
  let latest: Timestamp | undefined;
  let entries = 0;
  let others = 0;
  for await (const record of records) {
    const ctx = { file, record };
    const { entry, time } = readLogEntry(ctx);
    entries += 1;
    if (!earliest || compareInstants(time.instant, earliest.instant) < 0) earliest = time;
    if (!latest || compareInstants(time.instant, latest.instant) > 0) latest = time;
    const status = entry.httpRequest?.status;
    if (status !== undefined && status !== null) {
      const url = entry.httpRequest?.requestUrl ?? '';
      health.add(requestService(entry), normalizeRequestPath(url), Number(status), time, entry.httpRequest?.requestMethod);
    } else if (isAuditLog(entry)) {
      audit.add({ ctx, entry, time, payload: readAuditPayload(entry, ctx) });
    } else {
      others += 1;
    }
  }
  const requests = health.finish();
  const audits = audit.finish();
  const warnings = [...requests.warnings, ...audits.warnings];
  if (others > 0) {
    warnings.push(`${others} of ${entries} entries are neither request logs nor audit logs (application or platform logs) and were skipped`);
  }
  if (entries === 0) warnings.push('the file holds no log entries');
  return {
    report: {
      id: file,
      kind: 'cloud-logging',
      events: audits.events.length,
      ...(earliest && latest ? { coverage: { start: earliest.text, end: latest.text } } : {}),
      warnings,
    },
    events: audits.events,
    health: requests.buckets,
  };
}

/** Cloud Logging LogEntry exports: request logs → health buckets, audit logs → events. */
export const cloudLoggingAdapter: FileAdapter = {
  kind: 'cloud-logging',
  format: 'Cloud Logging entries (gcloud logging read JSON or NDJSON)',
  detect: looksLikeLogEntry,
  read: (file, records) => readCloudLoggingExport(file, records),
};
