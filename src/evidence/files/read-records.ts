// Streams the records of a JSON or NDJSON evidence file in bounded memory (see
// record-splitter.ts for which values count as records).

import { TextDecoder } from 'node:util';
import { InputError } from '../../errors.js';
import type { FileRecord } from '../source.js';
import { readChunks } from './read-chunks.js';
import { RecordSplitter } from './record-splitter.js';

/** The records of one file, plus notes about the file as a whole that reading turned up. */
export interface RecordStream extends AsyncIterable<FileRecord> {
  /** Filled while reading: for instance that a list response is one page of a longer list. */
  readonly notes: string[];
}

/** Streams the records of a JSON array, NDJSON, REST list response or single-object file; errors are InputErrors. */
export function readRecords(file: string): RecordStream {
  const notes: string[] = [];
  return {
    notes,
    [Symbol.asyncIterator]: () => streamRecords(file, notes),
  };
}

async function* streamRecords(file: string, notes: string[]): AsyncGenerator<FileRecord> {
  const splitter = new RecordSplitter(file, notes);
  // fatal: a byte sequence that is not UTF-8 means binary data, not text to guess at.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  for await (const chunk of readChunks(file)) {
    if (first) checkLeadingBytes(file, chunk);
    first = false;
    yield* splitter.feed(decode(file, decoder, chunk));
  }
  const rest = decode(file, decoder, undefined);
  yield* splitter.feed(rest);
  yield* splitter.finish();
}

function decode(file: string, decoder: TextDecoder, chunk: Buffer | undefined): string {
  try {
    return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
  } catch {
    throw new InputError('not a UTF-8 text file (binary data?): expected JSON or NDJSON', file);
  }
}

/** Recognises the encodings people end up with by accident, to say what to do about them. */
function checkLeadingBytes(file: string, chunk: Buffer): void {
  const [a, b] = [chunk[0], chunk[1]];
  if (a === 0x1f && b === 0x8b) {
    throw new InputError('gzip-compressed data: decompress it first (gunzip), then pass the JSON file', file);
  }
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) {
    throw new InputError('UTF-16 text (as PowerShell redirection writes): save it as UTF-8', file);
  }
  if (chunk.subarray(0, 4096).includes(0)) {
    throw new InputError('binary data (NUL bytes): expected JSON or NDJSON text', file);
  }
}
