// Output files are written whole or not at all: to a temporary file, then renamed.

import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname, basename, join, resolve } from 'node:path';
import { InputError } from '../errors.js';

/** Writes `text` to `path` atomically; refuses to overwrite the report being checked. */
export async function writeOutputFile(path: string, text: string, reportPath: string): Promise<void> {
  if (resolve(path) === resolve(reportPath)) throw new InputError('--output would overwrite the report being checked; choose another file', path);
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, text, 'utf8');
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw new InputError(`cannot write output: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, path);
  }
}
