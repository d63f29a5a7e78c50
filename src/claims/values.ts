// Value parsers for the extract stage: entities, counts and durations found in a sentence.
// Each returns where in the text it found the value, so rules can reason about order.

import type { DurationRef, Entity, Quantity } from '../types.js';
import { findPeople } from './detect/nlp.js';
import { APPROXIMATE_WORDS, DURATION_PATTERN, ENTITY_SHAPES, QUANTITY_SHAPES, SERVICE_NAME } from './patterns.js';

export interface Located<T> {
  value: T;
  index: number;
  length: number;
}

/** Finds every entity the sentence names, in text order, without overlaps (first shape wins). */
export function findEntities(text: string): Located<Entity>[] {
  const found: Located<Entity>[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (a: number, b: number) => taken.some(([s, e]) => a < e && b > s);
  for (const shape of ENTITY_SHAPES) {
    shape.pattern.lastIndex = 0;
    for (const m of text.matchAll(shape.pattern)) {
      // A shape may offer alternatives (a backticked name or a bare one): the id is whichever matched.
      const raw = m.slice(1).find((g) => g !== undefined && g !== '');
      if (!raw) continue;
      const start = m.index + m[0].indexOf(raw);
      const end = start + raw.length;
      if (overlaps(start, end)) continue;
      taken.push([start, end]);
      const id = shape.normalise ? shape.normalise(raw) : raw;
      found.push({ value: { type: shape.type, id, text: m[0].trim() }, index: start, length: raw.length });
    }
  }
  // Services named bare or in backticks, by their shape alone ("`portal-api-v2`", "checkout-web").
  for (const m of text.matchAll(SERVICE_NAME)) {
    const name = m[1] ?? m[2] ?? '';
    const start = m.index + m[0].indexOf(name);
    const end = start + name.length;
    if (name === '' || overlaps(start, end)) continue;
    taken.push([start, end]);
    found.push({ value: { type: 'service', id: name, text: name }, index: start, length: name.length });
  }
  // People by the names the text gives them ("Priya", "Marcus's rollback", "by Dana Ortiz"): the
  // evidence is asked about them in verify, so the same report reads the same with any evidence.
  for (const person of findPeople(text)) {
    const name = person.text.replace(/['’]s$/, '');
    const start = person.index;
    const end = start + name.length;
    if (overlaps(start, end)) continue;
    taken.push([start, end]);
    found.push({ value: { type: 'actor', id: name.toLowerCase(), text: person.text }, index: start, length: end - start });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Finds counts of files, lines and commits ("340 files", "+412/−28,745", "about 400 lines"). */
export function findQuantities(text: string): Located<Quantity>[] {
  const found: Located<Quantity>[] = [];
  const numberSpans: Array<[number, number]> = [];
  for (const shape of QUANTITY_SHAPES) {
    shape.pattern.lastIndex = 0;
    for (const m of text.matchAll(shape.pattern)) {
      const rawNumber = m[1] ?? '';
      const numStart = m.index + m[0].indexOf(rawNumber);
      if (numberSpans.some(([s, e]) => numStart >= s && numStart < e)) continue;
      numberSpans.push([numStart, numStart + rawNumber.length]);
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      const approximate = approximateBefore(before) || /^(?:about|around|~)/i.test(m[0]);
      const bound = /\b(?:more than|over|at least)\s*$/i.test(before) ? 'gt' : /\b(?:fewer than|less than|under|at most)\s*$/i.test(before) ? 'lt' : undefined;
      const quantity: Quantity = {
        value: Number(rawNumber.replace(/,/g, '')),
        unit: shape.unit(m),
        text: m[0].trim(),
        approximate,
      };
      if (bound) quantity.bound = bound;
      found.push({ value: quantity, index: m.index, length: m[0].length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Finds durations ("33 minutes", "1h 12m", "half an hour"). */
export function findDurations(text: string): Located<DurationRef>[] {
  const found: Located<DurationRef>[] = [];
  DURATION_PATTERN.lastIndex = 0;
  for (const m of text.matchAll(DURATION_PATTERN)) {
    let minutes: number;
    if (m[1] !== undefined) minutes = Number(m[1]) * 60 + (m[3] !== undefined ? Number(m[3]) : 0);
    else if (m[5] !== undefined) minutes = Number(m[5]);
    else minutes = /half/i.test(m[7] ?? '') ? 30 : 60;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    found.push({
      value: {
        text: m[0],
        minutes,
        approximate: approximateBefore(before) || /half an hour|an hour/i.test(m[0]),
        exact: /\bexactly\s*$/i.test(before),
      },
      index: m.index,
      length: m[0].length,
    });
  }
  return found;
}

function approximateBefore(before: string): boolean {
  const tail = before.toLowerCase().trimEnd();
  return APPROXIMATE_WORDS.some((w) => tail.endsWith(w) && (w === '~' || /(^|\W)$/.test(tail.slice(0, tail.length - w.length))));
}
