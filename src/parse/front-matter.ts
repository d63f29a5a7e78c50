// YAML front matter: the report's declared zone, date and title. Anything malformed is an
// InputError pointing at the report's own line, not at a line inside the YAML block.

import { isMap, isScalar, parseDocument } from 'yaml';
import { InputError } from '../errors.js';
import type { Declared } from '../types.js';
import { findDate, normaliseDate } from './dates.js';
import { resolveZone } from './zones.js';

/** Keys (lower-cased) that declare the report's zone. */
export const ZONE_KEYS: readonly string[] = ['timezone', 'tz', 'time_zone', 'time-zone'];

/** What the front matter declares. */
export interface FrontMatter {
  timezone?: Declared<string>;
  date?: Declared<string>;
  title?: string;
}

/** Number of line feeds in text before `offset`. */
function linesBefore(text: string, offset: number): number {
  let count = 0;
  for (let index = 0; index < offset && index < text.length; index++) if (text.charCodeAt(index) === 10) count++;
  return count;
}

/**
 * Reads YAML front matter. `firstLine` is the report line of the YAML's first line (the line
 * after the opening `---`), so errors and origins name report lines.
 */
export function readFrontMatter(path: string, yaml: string, firstLine: number): FrontMatter {
  const document = parseDocument(yaml);
  const problem = document.errors[0];
  if (problem) {
    const line = firstLine + (problem.linePos?.[0].line ?? 1) - 1;
    const what = (problem.message.split('\n')[0] ?? '').replace(/\s+at line \d+, column \d+:?$/, '');
    throw new InputError(`front matter is not valid YAML: ${what}`, path, line);
  }
  const contents = document.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return {};
  if (!isMap(contents)) throw new InputError('front matter must be a YAML mapping (key: value lines)', path, firstLine);

  const result: FrontMatter = {};
  for (const pair of contents.items) {
    if (!isScalar(pair.key) || !isScalar(pair.value)) continue;
    const key = String(pair.key.value).toLowerCase();
    const line = firstLine + linesBefore(yaml, pair.key.range?.[0] ?? 0);
    const value: unknown = pair.value.value;
    // The scalar as written, so a timestamp is read in its own zone rather than shifted to UTC.
    const written = typeof value === 'string' ? value : (pair.value.source ?? String(value));
    if (ZONE_KEYS.includes(key)) {
      const zone = resolveZone(written);
      if (!zone) {
        throw new InputError(
          `front matter ${String(pair.key.value)} "${written}" is not a known time zone (expected an IANA name such as America/Los_Angeles, or an abbreviation such as PDT or UTC)`,
          path,
          line,
        );
      }
      result.timezone ??= { value: zone, origin: `front matter (line ${line})` };
    } else if (key === 'date') {
      const iso = findDate(written)?.iso ?? normaliseDate(value);
      if (!iso) {
        throw new InputError(`front matter date "${written}" is not a date (expected YYYY-MM-DD)`, path, line);
      }
      result.date = { value: iso, origin: `front matter (line ${line})` };
    } else if (key === 'title' && typeof value === 'string' && value.trim() !== '') {
      result.title = value.trim();
    }
  }
  return result;
}
