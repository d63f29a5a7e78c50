// The fields of a Cloud Logging LogEntry that pmcheck reads, validated with zod. Objects are
// loose (exports carry many more fields); a field we use with the wrong type is an InputError
// naming the file, the record index, its line and the field.

import { z } from 'zod';
import { InputError } from '../../errors.js';
import type { FileRecord } from '../source.js';
import { parseTimestamp, type Timestamp } from '../timestamps.js';

const text = z.string().nullish();

/** proto3 JSON writes int32 as a number but parsers also accept a decimal string. */
const STATUS_EXPECTED = 'expected an integer HTTP status';
const httpStatus = z.union([z.number().int(), z.string().regex(/^\d+$/, STATUS_EXPECTED)], { error: STATUS_EXPECTED });

const resourceSchema = z.looseObject({
  type: text,
  labels: z
    .looseObject({
      service_name: text,
      domain_name: text,
      site_name: text,
      host: text,
      build_id: text,
    })
    .nullish(),
});

/** The LogEntry fields pmcheck reads (request and audit logs). */
export const logEntrySchema = z.looseObject({
  logName: text,
  insertId: text,
  timestamp: text,
  receiveTimestamp: text,
  resource: resourceSchema.nullish(),
  httpRequest: z.looseObject({ requestUrl: text, requestMethod: text, status: httpStatus.nullish() }).nullish(),
  // Only `@type` here: other protoPayload types (App Engine RequestLog…) reuse field names
  // with other types, so the audit fields are validated once we know it is an AuditLog.
  protoPayload: z.looseObject({ '@type': text }).nullish(),
  operation: z.looseObject({ id: text, first: z.boolean().nullish(), last: z.boolean().nullish() }).nullish(),
});

/** A validated LogEntry. */
export type LogEntry = z.infer<typeof logEntrySchema>;

/** One record being read, for error messages and citations. */
export interface RecordContext {
  file: string;
  record: FileRecord;
}

/** Validates `value` against `schema`; the first problem becomes an InputError naming `field` + its path. */
export function validateField<S extends z.ZodType>(schema: S, value: unknown, field: string, ctx: RecordContext): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const issuePath = issue?.path ?? [];
  const path = [field, ...issuePath.map(String)].filter(Boolean).join('.');
  const found = preview(valueAt(value, issuePath));
  // zod says "Invalid input: expected string, received number"; we say what was found instead.
  const expected = (issue?.message ?? 'invalid value').replace(/^Invalid input: /, '').replace(/, received \w+$/, '');
  throw recordError(`${path || 'entry'}: ${expected}, found ${found}`, ctx);
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

// JSON text escapes control characters, so a hostile value cannot forge terminal output.
function preview(value: unknown): string {
  if (value === undefined) return 'nothing';
  // JSON.stringify gives undefined only for what parsed JSON never holds (functions, symbols).
  const json = JSON.stringify(value) ?? `a ${typeof value}`;
  return json.length > 40 ? `${json.slice(0, 40)}…` : json;
}

/** An InputError for the record in `ctx`: "file:line: record 12: message". */
export function recordError(message: string, ctx: RecordContext): InputError {
  return new InputError(`record ${ctx.record.index}: ${message}`, ctx.file, ctx.record.line);
}

/** A validated LogEntry with its timestamp parsed. */
export interface ReadEntry {
  entry: LogEntry;
  time: Timestamp;
}

/** Validates one record as a LogEntry and parses its timestamp (receiveTimestamp when it has none). */
export function readLogEntry(ctx: RecordContext): ReadEntry {
  const { value } = ctx.record;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw recordError('expected a LogEntry object', ctx);
  }
  const entry = validateField(logEntrySchema, value, '', ctx);
  const field = entry.timestamp ? 'timestamp' : 'receiveTimestamp';
  const raw = entry.timestamp ?? entry.receiveTimestamp;
  if (!raw) throw recordError('timestamp: missing (a LogEntry needs timestamp or receiveTimestamp)', ctx);
  const time = parseTimestamp(raw);
  if (!time) throw recordError(`${field}: expected an RFC 3339 timestamp, found ${JSON.stringify(raw.slice(0, 40))}`, ctx);
  return { entry, time };
}

/** True when the value looks like a LogEntry: an id or log name, a timestamp and some payload or resource. */
export function looksLikeLogEntry(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  const named = typeof v.logName === 'string' || typeof v.insertId === 'string';
  const timed = typeof v.timestamp === 'string';
  const payload = ['httpRequest', 'protoPayload', 'jsonPayload', 'textPayload', 'resource'].some((key) => v[key] !== undefined && v[key] !== null);
  return named && timed && payload;
}
