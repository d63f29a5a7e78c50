// --config FILE: JSON validated strictly; every problem reported at once, with its path.

import { readFile, stat } from 'node:fs/promises';
import { configSchema, defaultConfig, type Config } from '../config.js';
import { InputError } from '../errors.js';

/** Reads and validates a configuration file; without one, the defaults. */
export async function loadConfig(path: string | undefined): Promise<Config> {
  if (path === undefined) return defaultConfig();
  let text: string;
  try {
    const info = await stat(path);
    if (!info.isFile() && !info.isFIFO()) throw new InputError(`is not a regular file or a pipe (--config)`, path);
    text = await readFile(path, 'utf8');
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file (--config)' : `cannot read (--config): ${code ?? 'unknown error'}`, path);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const at = /position (\d+)/.exec((err as Error).message);
    const line = at ? text.slice(0, Number(at[1])).split('\n').length : undefined;
    throw new InputError(`invalid JSON: ${(err as Error).message.split('\n')[0]}`, path, line);
  }
  const result = configSchema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`);
    throw new InputError(`invalid configuration: ${problems.join('; ')}`, path);
  }
  return result.data;
}
