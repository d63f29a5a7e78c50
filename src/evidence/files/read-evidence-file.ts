// Reads one evidence file: detect its format from the first record, then let that format's
// adapter read every record. The file is opened once and streamed, never loaded whole.

import { stat } from 'node:fs/promises';
import { InputError } from '../../errors.js';
import type { FileRecord, SourceData } from '../source.js';
import { fileSystemError } from './read-chunks.js';
import { readRecords } from './read-records.js';
import { detectFileAdapter } from './registry.js';

const EXPECTED_FORMATS =
  'expected gcloud builds list JSON, gcloud run revisions list JSON, Firebase Hosting releases.list JSON ' + 'or Cloud Logging entries (JSON array or NDJSON)';

/** Reads an evidence file of any supported format into events; bad input is an InputError naming the file. */
export async function readEvidenceFile(file: string): Promise<SourceData> {
  await assertRegularFile(file);
  const stream = readRecords(file);
  const iterator = stream[Symbol.asyncIterator]();
  const first = await iterator.next();
  // readRecords throws on a file without records, so a first record is always there.
  if (first.done) throw new InputError('empty file: no records', file);
  const adapter = detectFileAdapter(first.value.value);
  if (!adapter) {
    await iterator.return?.();
    throw new InputError(`unknown evidence format: ${EXPECTED_FORMATS}`, file);
  }
  const data = await adapter.read(file, prepend(first.value, iterator));
  data.report.warnings.push(...stream.notes);
  return data;
}

async function assertRegularFile(file: string): Promise<void> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new InputError('is a directory, not a file', file);
    // Files and pipes (`--evidence <(gcloud builds list --format=json)`); not sockets or devices.
    if (!info.isFile() && !info.isFIFO()) throw new InputError('is not a regular file or a pipe', file);
  } catch (error) {
    throw fileSystemError(file, error);
  }
}

/** The records again from the first, continuing the same open iterator (the file is not reopened). */
async function* prepend(first: FileRecord, rest: AsyncIterator<FileRecord>): AsyncGenerator<FileRecord> {
  try {
    yield first;
    for (;;) {
      const next = await rest.next();
      if (next.done) return;
      yield next.value;
    }
  } finally {
    // An adapter that stops early (or throws) closes the file.
    await rest.return?.();
  }
}
