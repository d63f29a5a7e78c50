// Reads a file as a stream of byte chunks, turning file-system failures into InputErrors a
// person can act on.

import { createReadStream } from 'node:fs';
import { InputError } from '../../errors.js';

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** An fs error as an InputError naming the file ("builds.json: no such file"); other errors pass through. */
export function fileSystemError(file: string, error: unknown): unknown {
  if (error instanceof InputError || !(error instanceof Error)) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (typeof code !== 'string') return error;
  return new InputError(FS_REASONS[code] ?? `cannot read the file (${code})`, file);
}

/** Yields the file's bytes in chunks; the file is closed when the caller stops early. */
export async function* readChunks(file: string): AsyncGenerator<Buffer> {
  const stream = createReadStream(file);
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (error) {
    throw fileSystemError(file, error);
  } finally {
    stream.destroy();
  }
}
