// What the audit handlers share: the validated AuditLog payload, the facts a handler reads
// from it, and how facts become an EvidenceEvent (summary from fields, never free text).

import { z } from 'zod';
import type { EventType, EvidenceEvent } from '../../types.js';
import { validateField, type LogEntry, type RecordContext } from './log-entry.js';
import type { Timestamp } from '../timestamps.js';

const text = z.string().nullish();

const auditPayloadSchema = z.looseObject({
  '@type': z.string(),
  serviceName: text,
  methodName: text,
  resourceName: text,
  status: z.looseObject({ code: z.number().int().nullish(), message: text }).nullish(),
  authenticationInfo: z.looseObject({ principalEmail: text }).nullish(),
  request: z.unknown().optional(),
  response: z.unknown().optional(),
});

/** The AuditLog fields pmcheck reads. */
export type AuditPayload = z.infer<typeof auditPayloadSchema>;

/** One audit entry being read. */
export interface AuditRecord {
  ctx: RecordContext;
  entry: LogEntry;
  time: Timestamp;
  payload: AuditPayload;
}

/** What a handler found in an audit entry, before it becomes an event. */
export interface AuditFacts {
  type: EventType;
  /** The method's last segment: CancelBuild, ReplaceService, CreateRelease. */
  method: string;
  /** "ok", "error <code>", REQUESTED, READY, NOT_READY, DEPLOY, ROLLBACK… */
  status: string;
  actor?: string;
  service?: string;
  target?: string;
  refersTo?: string;
  /** For Cloud Run updates: the container image of the template (a redeploy of an old image is a rollback). */
  image?: string;
  /** Free text from the record (a release message, a condition message): hostile, never in the summary. */
  message?: string;
  /** Identifiers beyond the entry's insertId, most specific first. */
  keys: string[];
}

/** A handler's verdict on an entry: an event's facts, or a reason it was ignored (counted in a warning). */
export type AuditOutcome = { facts: AuditFacts } | { ignored: string };

/** True when the entry's protoPayload is a Cloud Audit Log. */
export function isAuditLog(entry: LogEntry): boolean {
  return entry.protoPayload?.['@type']?.endsWith('google.cloud.audit.AuditLog') ?? false;
}

/** Validates the AuditLog fields pmcheck reads. */
export function readAuditPayload(entry: LogEntry, ctx: RecordContext): AuditPayload {
  return validateField(auditPayloadSchema, entry.protoPayload, 'protoPayload', ctx);
}

/** The last segment of a dotted method name ("google.cloud.run.v1.Services.ReplaceService" → "ReplaceService"). */
export function shortMethod(methodName: string | null | undefined): string {
  return (methodName ?? '').split('.').pop() || '(no method)';
}

/** "ok", or "error <gRPC code>" when the call failed. */
export function callStatus(payload: AuditPayload): string {
  const code = payload.status?.code;
  return code ? `error ${code}` : 'ok';
}

/** True when the status is a failed call. */
export function isFailure(status: string): boolean {
  return status.startsWith('error ');
}

/** The principal who made the call, when the entry names one. */
export function principal(payload: AuditPayload): string | undefined {
  return payload.authenticationInfo?.principalEmail || undefined;
}

/** The path segment after `collection` in a resource name ("projects/p/builds/ID", "builds" → "ID"). */
export function segmentAfter(name: string | null | undefined, collection: string): string | undefined {
  const parts = (name ?? '').split('/');
  const at = parts.indexOf(collection);
  return at >= 0 ? parts[at + 1] || undefined : undefined;
}

/** The last path segment of a resource name. */
export function lastSegment(name: string): string {
  return name.split('/').pop() ?? name;
}

/** The event's id: the insertId, or log name and time when the entry has none. */
export function auditEventId(record: AuditRecord): string {
  return record.entry.insertId || `${record.entry.logName ?? 'log'}@${record.time.text}`;
}

/** Builds the event for an audit entry from its facts. */
export function auditEvent(record: AuditRecord, facts: AuditFacts): EvidenceEvent {
  const id = auditEventId(record);
  const summary = summarizeAudit(facts);
  const keys = [...new Set([id, ...facts.keys.filter(Boolean)])];
  return {
    id,
    source: 'cloud-logging',
    type: facts.type,
    time: record.time.text,
    keys,
    status: facts.status,
    summary,
    ...(facts.actor ? { actor: facts.actor } : {}),
    ...(facts.service ? { service: facts.service } : {}),
    ...(facts.target ? { target: facts.target } : {}),
    ...(facts.refersTo ? { refersTo: facts.refersTo } : {}),
    ...(facts.image ? { image: facts.image } : {}),
    ...(facts.message ? { message: facts.message } : {}),
    citation: {
      source: 'cloud-logging',
      ref: id,
      time: record.time.text,
      summary,
      location: `${record.ctx.file}#${record.ctx.record.index}`,
    },
  };
}

/** One line describing the facts, built only from fields. */
export function summarizeAudit(facts: AuditFacts): string {
  const by = ` by ${facts.actor ?? 'an unnamed principal'}`;
  let line: string;
  switch (facts.type) {
    case 'build-cancel':
      line = `CancelBuild of build ${facts.refersTo ?? '(id not recorded)'}${by}`;
      break;
    case 'build':
      line = `${facts.method} requested build ${facts.refersTo ?? '(id not recorded)'}${by}`;
      break;
    case 'release':
    case 'rollback':
      line = `Hosting ${facts.type === 'rollback' ? 'ROLLBACK' : 'release'} of ${facts.target ?? 'an unnamed version'} on site ${facts.service ?? '(unknown)'}${by}`;
      break;
    case 'service-update':
      line =
        facts.status === 'READY' || facts.status === 'NOT_READY'
          ? `${facts.refersTo ?? facts.service ?? '(unknown)'} ${facts.status === 'READY' ? 'became Ready' : 'is not Ready'} (system event)`
          : `${facts.method} of service ${facts.service ?? '(unknown)'}${by}${facts.target ? `: traffic ${facts.target}` : ''}`;
      break;
    default:
      line = `${facts.method}${by}`;
  }
  if (isFailure(facts.status)) line += ` failed (${facts.status})`;
  if (facts.status === 'started') line += ' started (no completion entry)';
  return line;
}
