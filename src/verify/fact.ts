// Facts the detector read but no rule interprets: unverifiable, naming what was read, so a
// reader sees which sentences pmcheck could not check and why (issue 6, "nothing checkable is silent").

import type { ReadFact } from '../types.js';
import type { Checker } from './checker.js';
import { unverifiable } from './verdict.js';

const ARTICLE: Record<ReadFact['kind'], string> = {
  time: 'a time',
  date: 'a date',
  'relative-time': 'a relative time',
  duration: 'a duration',
  quantity: 'a quantity',
  identifier: 'an identifier',
  actor: 'an actor',
  action: 'an action',
};

/** "a time 13:42, an actor “an engineer”, an action “drained the queue”". */
export function describeRead(read: readonly ReadFact[]): string {
  return read.map((f) => `${ARTICLE[f.kind]} “${f.text}”${f.as && f.as !== f.text && !f.as.includes('T') ? ` (${f.as})` : ''}`).join(', ');
}

export const factChecker: Checker = {
  kind: 'fact',
  description: 'Reports checkable facts no rule interprets as unverifiable, naming what was read.',
  sources: [],
  check: (claim) => unverifiable(claim, `read ${describeRead(claim.read ?? [])}; no check interprets this sentence, so no record was asked`),
};
