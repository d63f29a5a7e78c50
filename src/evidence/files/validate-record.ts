// Checks one record against its format's zod schema and reports a mismatch the way a person
// fixes it: "builds.json:37: record 2: status: expected one of SUCCESS, FAILURE, …, found "DONE"".

import type { z } from 'zod';
import { InputError } from '../../errors.js';
import type { FileRecord } from '../source.js';

/** Validates a record; throws an InputError naming the file, line, record index and field on a mismatch. */
export function validateRecord<S extends z.ZodType>(schema: S, record: FileRecord, file: string): z.output<S> {
  const result = schema.safeParse(record.value, { reportInput: true });
  if (result.success) return result.data;
  const [issue, ...others] = result.error.issues;
  const more = others.length ? ` (and ${others.length} more problem${others.length > 1 ? 's' : ''})` : '';
  const where = issue && issue.path.length ? `${fieldPath(issue.path)}: ` : '';
  const reason = issue ? describeIssue(issue) : 'does not match the expected shape';
  return failRecord(record, file, `${where}${reason}${more}`);
}

/** Throws an InputError about one record ("builds.json:37: record 2: <problem>"). */
export function failRecord(record: FileRecord, file: string, problem: string): never {
  throw new InputError(`record ${record.index}: ${problem}`, file, record.line);
}

/** "metadata.labels["serving.knative.dev/service"]", "steps[1].args". */
function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_@$][\w@$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const input: unknown = issue.input;
  const found = input === undefined ? 'missing' : `found ${describeValue(input)}`;
  switch (issue.code) {
    case 'invalid_value':
      return `expected ${issue.values.length === 1 ? String(issue.values[0]) : `one of ${issue.values.join(', ')}`}, ${found}`;
    case 'invalid_type':
      return input === undefined ? `missing (expected ${issue.expected})` : `expected ${issue.expected}, ${found}`;
    default:
      return `${issue.message}, ${found}`;
  }
}

/** A short, escaped rendering of a value for a message (the value may come from hostile text). */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  // JSON.stringify gives undefined only for what parsed JSON never holds (functions, symbols).
  const text = JSON.stringify(value) ?? `a ${typeof value}`;
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
