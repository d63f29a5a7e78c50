// How long and how many: durations in any unit ("4+ hours", "1 h 22 min", "1.7s", "eight
// days and eleven hours") and counts in any unit ("2.4B requests", "60 thousand sensors",
// "250 000 writes", "31 of 44 regions", "one in four requests").

import { findVerbs } from './nlp.js';
import { NUMBER_WORD } from './number-words.js';

/** A span of the sentence. */
export interface Span {
  index: number;
  length: number;
  text: string;
}

const BOUND =
  '(?:(?:about|around|roughly|approximately|nearly|almost|over|under|just|only|exactly|more than|less than|fewer than|up to|at least|at most|a little over|a little under|just over|just under|older than|newer than|~)\\s*)?';
const AMOUNT = `(?:(?:\\d+(?:\\.\\d+)?\\+?|${NUMBER_WORD}|an?)(?: and a half)?|a few|several|a couple of|half an?)`;
const LONG_UNIT = '(?:milliseconds?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)';
const SHORT_UNIT = '(?:ms|s|m|min|h|hr|d)';
const PART = `${AMOUNT}\\s*-?\\s*${LONG_UNIT}\\b|\\d+(?:\\.\\d+)?\\+?\\s?${SHORT_UNIT}\\b`;
const DURATION = new RegExp(
  `${BOUND}(?:${PART})(?:(?:\\s*,\\s*|\\s+and\\s+|\\s+)(?:${PART}))*|\\bthe (?:following|next|whole|entire) (?:hour|day|week|night)\\b`,
  'gi',
);

/** Finds durations: a number (or words) and a unit of time, compounds included. */
export function findDurations(text: string): Span[] {
  // "500s", "502s": status codes in the plural, not seconds.
  return [...text.matchAll(DURATION)].filter((m) => !/^[1-5]\d\ds$/.test(m[0])).map((m) => ({ index: m.index, length: m[0].length, text: m[0] }));
}

const DIGITS = '(?:\\d{1,3}(?:(?:,|\\u00a0| )\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s?(?:[kKMB]|million|billion|thousand)\\b)?';
const COUNT = `(?:${DIGITS}|(?:${NUMBER_WORD})\\b)`;
const NUMBERED = new RegExp(
  [
    `${BOUND}(?<![\\w#./:!@-])${DIGITS}\\s*%(?:\\s+of\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?[\\w-]+)?`,
    `\\b(?:one|\\d+) in (?:\\d+|${NUMBER_WORD})(?:\\s+[a-z][\\w-]*){0,2}`,
    `(?<![\\w#./:!@-])${COUNT} of (?:its |the |our |their )?(?:${COUNT})(?:\\s+[a-z][\\w-]*){0,2}`,
    `${BOUND}(?<![\\w#./:!@-])(?:all |zero |a dozen |dozens of )?${COUNT}(?![\\w.:/-])(?:\\s+[a-z][\\w-]*){0,2}`,
  ].join('|'),
  'gi',
);
// Numbers that are not counts: years, HTTP status codes, severity and priority levels, "Day 2".
const NOT_A_COUNT = /^(?:(?:19|20)\d\d|[1-5]\d\d(?:s)?)$/;
const NOT_A_COUNT_BEFORE =
  /(?:\b(?:HTTP|status|code|returned|returning|return|SEV|P|day|step|phase|wave|stage|version|v|port|page|part|round)\s*-?$|\b[A-Z]{2,}-$)/i;
const NOT_A_COUNT_AFTER = /^(?:s\b|xx|\s*(?:errors?|responses?|status))/i;
const PRONOUN_ONE = /^(?:one|a|an)\b/i;
// The unit is the noun after the number ("41 tickets", "3 affected regions"): words after it
// from here on belong to the rest of the sentence ("41 tickets from …", "40 customers contacted").
const NOT_A_UNIT_WORD =
  /^(?:from|to|in|on|at|by|for|with|during|after|before|since|until|over|under|into|of|and|or|but|that|which|who|were|was|are|is|had|have|has|been|be|did|do|the|a|an|this|these|those|it|its|we|they|our)$/i;

/** The quantity without the words after its unit that belong to the rest of the sentence (from `verbAt` on, when a verb stands there). */
function trimUnit(raw: string, verbAt = Infinity): string {
  if (verbAt < raw.length) raw = raw.slice(0, verbAt).trimEnd();
  const m = /((?:\s+[a-z][\w-]*){1,2})$/.exec(raw);
  if (!m || raw.includes('%')) return raw;
  const words = m[1]!.trim().split(/\s+/);
  // In "3 of the regions" and "one in four requests" the words run up to the unit already.
  const ratio = / in | of /.test(raw.slice(0, m.index));
  const kept: string[] = [];
  for (const w of words) {
    if (!ratio && NOT_A_UNIT_WORD.test(w)) break;
    kept.push(w);
  }
  // A trailing -ed/-ing word after a noun is the sentence's verb ("customers contacted"), not the unit.
  if (kept.length === 2 && /(?:ed|ing)$/i.test(kept[1]!)) kept.pop();
  return raw.slice(0, m.index) + (kept.length ? ` ${kept.join(' ')}` : '');
}

/** Finds counts in any unit, shares and ratios; not years, status codes or levels. */
export function findQuantities(text: string): Span[] {
  const out: Span[] = [];
  const verbs = NUMBERED.test(text) ? findVerbs(text) : [];
  NUMBERED.lastIndex = 0;
  for (const m of text.matchAll(NUMBERED)) {
    const raw = m[0];
    const number = /\d[\d,. ]*\d|\d/.exec(raw)?.[0] ?? '';
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + raw.length);
    if (!/%| in | of /.test(raw)) {
      if (number && NOT_A_COUNT.test(number.trim()) && !/\d\s+\w/.test(raw.trim())) continue;
      if (
        number &&
        /^[1-5]\d\d$/.test(number.trim()) &&
        (NOT_A_COUNT_BEFORE.test(before) || NOT_A_COUNT_AFTER.test(raw.slice(raw.indexOf(number) + number.length)))
      )
        continue;
      if (number && NOT_A_COUNT_BEFORE.test(before)) continue;
      if (!number && PRONOUN_ONE.test(raw.replace(/^\W+/, ''))) continue;
      // "the two", "these three themes": a number word after a determiner points back at things, it does not count them.
      if (!number && /\b(?:the|these|those|both|its|their|our)\s+$/i.test(before)) continue;
      if (number && /^(?:19|20)\d\d\b/.test(raw.trim())) continue;
    }
    if (/^[:.]\d/.test(after)) continue;
    const verb = verbs.find((v) => v.index > m.index && v.index < m.index + raw.length);
    const kept = trimUnit(raw, verb ? verb.index - m.index : Infinity);
    out.push({ index: m.index, length: kept.length, text: kept });
  }
  return out;
}
