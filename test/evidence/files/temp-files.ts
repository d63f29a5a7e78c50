// A temporary directory per test file, for evidence files written by the tests themselves.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** Creates a temp dir removed after the test file; returns a writer that gives each file's path. */
export function tempFiles(prefix: string): { dir: string; write: (name: string, content: string | Buffer) => string } {
  const dir = mkdtempSync(join(tmpdir(), `pmcheck-${prefix}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    write(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
  };
}

/** JSON of a value, pretty-printed as gcloud prints it. */
export function pretty(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** NDJSON: one compact JSON value per line. */
export function ndjson(values: unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join('\n') + '\n';
}
