// When something happened, other than a clock time: dates written in prose, labels and
// headings, and times relative to another event ("three minutes later"). Clock times are
// read by ../time.ts, which resolves them.

import * as chrono from 'chrono-node';
import { format, getDay, getDaysInMonth, parseISO, previousDay, setDate, subMonths, type Day } from 'date-fns';
import { NUMBER_WORD } from './number-words.js';

/** A date found in a sentence: where, and its value when the day is known. */
export interface FoundDate {
  index: number;
  length: number;
  text: string;
  /** YYYY-MM-DD when day, month and year are known (the year from `year` when the text has none). */
  value?: string;
}

// chrono reads "2019 March 3" as two things; this shape comes first.
const YEAR_FIRST =
  /\b(20\d\d|19\d\d) (Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?) (\d{1,2})\b/g;
// A date names a month or a weekday, or is written in digits with separators; "after an hour" is not one.
const DATE_WORD =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?)\b|\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2}\/\d{2,4}/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_YEAR =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|March|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?) (?:19|20)\d\d\b/g;
const DAY_OF_MONTH = /\b(?:on )?the (\d{1,2})(?:st|nd|rd|th)\b/gi;
const WEEKDAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/g;
const WEEKDAYS = ['Sun', 'Mon', 'Tues', 'Wednes', 'Thurs', 'Fri', 'Satur'];
// Day first with dots, as German, Russian and Scandinavian reports write it: "14.08.2025", and
// a night's range "14.–15.08.2025" dated by its first day.
const SLASHED = /(?<![\d/.])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d\d))?(?![\d/])/g;
const DOTTED = /(?<![\d.])(\d{1,2})\.(?:\s*[–-]\s*\d{1,2}\.(\d{1,2})|(\d{1,2}))\.((?:19|20)\d\d)(?![\d.])/g;

/**
 * The date a weekday or a day of the month names, read as the report does: the latest such
 * day on or before `reference` (reports are written after the incident) — "Thursday", "the
 * 18th", "Monday the 3rd" (the latest month's 3rd that fell on a Monday). YYYY-MM-DD, or undefined.
 */
export function weekdayDate(reference: string, weekday: number | undefined, dayOfMonth?: number): string | undefined {
  const ref = parseISO(reference);
  if (dayOfMonth === undefined) {
    if (weekday === undefined) return undefined;
    return format(getDay(ref) === weekday ? ref : previousDay(ref, weekday as Day), 'yyyy-MM-dd');
  }
  for (let back = 0; back < 12; back++) {
    const month = subMonths(ref, back);
    if (getDaysInMonth(month) < dayOfMonth) continue;
    const candidate = setDate(month, dayOfMonth);
    if (candidate <= ref && (weekday === undefined || getDay(candidate) === weekday)) return format(candidate, 'yyyy-MM-dd');
  }
  return undefined;
}

/**
 * Finds dates without a clock time ("March 3rd 2019", "2024-10-08", "Tuesday 8 April", "the 9th",
 * "14.08.2025"); a weekday or a day of the month alone is dated from `reference`, and
 * "02/04/2025" is read day first when `dayFirst`.
 */
export function findDates(text: string, year?: number, reference?: string, dayFirst = false): FoundDate[] {
  const found: FoundDate[] = [];
  const taken = (i: number, n: number) => found.some((d) => i < d.index + d.length && i + n > d.index);
  for (const m of text.matchAll(YEAR_FIRST)) {
    const month = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1;
    found.push({ index: m.index, length: m[0].length, text: m[0], value: ymd(Number(m[1]), month, Number(m[3])) });
  }
  // Where the day comes first, "02/04/2025" is the 2nd of April; chrono would read it month first.
  if (dayFirst) {
    for (const m of text.matchAll(SLASHED)) {
      const [day, month] = [Number(m[1]), Number(m[2])];
      const y = m[3] ? (m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3])) : year;
      if (day <= 31 && month >= 1 && month <= 12) found.push({ index: m.index, length: m[0].length, text: m[0], ...(y ? { value: ymd(y, month, day) } : {}) });
    }
  }
  for (const m of text.matchAll(DOTTED)) {
    const [day, month] = [Number(m[1]), Number(m[2] ?? m[3])];
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12)
      found.push({ index: m.index, length: m[0].length, text: m[0], value: ymd(Number(m[4]), month, day) });
  }
  const ref = new Date(Date.UTC(year ?? 2000, 0, 1, 12));
  for (const r of chrono.parse(text, { instant: ref, timezone: 0 })) {
    const c = r.start;
    if (!c.isCertain('day') && !c.isCertain('weekday')) continue;
    // A bare number chrono took for a day ("in 5") is not a date; neither are relative words.
    if (!DATE_WORD.test(r.text)) continue;
    if (/\b(?:today|tomorrow|yesterday|now|ago|later|next|last|this)\b/i.test(r.text)) continue;
    const span = dateSpan(r.text);
    const index = r.index + span.offset;
    if (span.text.trim() === '' || taken(index, span.text.length)) continue;
    const y = c.isCertain('year') ? c.get('year') : year;
    let value = c.isCertain('day') && c.isCertain('month') && y ? ymd(y, c.get('month')!, c.get('day')!) : undefined;
    // "on Thursday", "Monday the 3rd": the weekday before the report's date.
    if (!value && !c.isCertain('month') && c.isCertain('weekday') && reference) {
      const nth = /\bthe (\d{1,2})(?:st|nd|rd|th)\b/i.exec(text.slice(r.index, r.index + r.text.length + 12))?.[1];
      value = weekdayDate(reference, c.get('weekday')!, nth ? Number(nth) : undefined);
    }
    found.push({ index, length: span.text.length, text: span.text, ...(value ? { value } : {}) });
  }
  for (const m of text.matchAll(DAY_OF_MONTH)) {
    if (taken(m.index, m[0].length)) continue;
    // "on Tuesday the 18th", "the 9th": the latest such day on or before the report's date.
    const weekday = WEEKDAYS.findIndex((w) => new RegExp(`\\b${w}day\\s+$`, 'i').test(text.slice(Math.max(0, m.index - 12), m.index)));
    const value = reference ? weekdayDate(reference, weekday >= 0 ? weekday : undefined, Number(m[1])) : undefined;
    found.push({ index: m.index, length: m[0].length, text: m[0], ...(value ? { value } : {}) });
  }
  for (const re of [MONTH_YEAR, WEEKDAY]) {
    for (const m of text.matchAll(re)) if (!taken(m.index, m[0].length)) found.push({ index: m.index, length: m[0].length, text: m[0] });
  }
  return found.sort((a, b) => a.index - b.index);
}

// A clock before the date ("12:03 am on November 23", "09:40 UTC, March 3").
const LEADING_CLOCK = /^(?:at\s+)?\d{1,2}(?::\d\d(?:\s*[ap]\.?m\.?)?|\s*[ap]\.?m\.?)(?:\s+[A-Z]{2,5}\b)?\s*(?:,\s*)?/i;

/** The date part of a chrono match that may carry a clock ("Mar 19, 17:48" → "Mar 19", "12:03 am on Nov 23" → "Nov 23"). */
function dateSpan(text: string): { offset: number; text: string } {
  const clockFirst = LEADING_CLOCK.exec(text)?.[0].length ?? 0;
  const lead = clockFirst + (/^(?:on|from|since|by)\s+/i.exec(text.slice(clockFirst))?.[0].length ?? 0);
  const rest = text.slice(lead);
  const clock = /[\s,T@-]*(?:at\s+)?\d{1,2}[:.]\d\d.*$|\s+(?:at\s+)?\d{1,2}\s*(?:am|pm)\b.*$/i.exec(rest);
  return { offset: lead, text: clock ? rest.slice(0, clock.index) : rest };
}

function ymd(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A time stated relative to another moment: "five minutes later", "within the hour of the page". */
export interface FoundRelative {
  index: number;
  length: number;
  text: string;
  /** What it is relative to, as written ("the first alert", "the withdrawal"), when written. */
  anchor?: string;
}

const AMOUNT = `(?:(?:about|around|roughly|nearly|almost|over|just|some|approximately|only|~)\\s+)?(?:\\d+(?:\\.\\d+)?|${NUMBER_WORD}|a few|a couple of|several|half an?|an?)\\s*-?\\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)`;
const RELATIVE = new RegExp(
  [
    `\\b${AMOUNT}\\s+(?:later|earlier|afterwards?|before|after|into|prior to)(?:\\s+(?:the\\s+)?(?:[\\w:-]+\\s+){0,3}?(?:[\\w:-]+))?`,
    `\\b(?:within|after|in under|in less than)\\s+${AMOUNT}(?:\\s+of\\s+(?:the\\s+)?[\\w-]+(?:\\s+[\\w-]+){0,2})?`,
    '\\bwithin (?:the|an|a) (?:hour|minute|day)\\b',
    '\\b(?:shortly|soon|immediately|moments|minutes|hours) (?:after|before|later|afterwards)(?:\\s+(?:the\\s+)?[\\w-]+)?',
    '\\b(?:the (?:previous|prior|following|next) (?:evening|night|morning|afternoon|day|week|hour)|earlier that (?:day|morning|evening)|later that (?:day|morning|evening|night)|that (?:evening|night|morning|afternoon)|overnight)\\b',
  ].join('|'),
  'gi',
);
// Relative phrases that describe how long, not when ("for five minutes after" is still relative).
const ANCHOR = /\b(?:after|before|into|of|prior to)\s+(.+)$/i;

/** Finds times relative to another moment. */
export function findRelativeTimes(text: string): FoundRelative[] {
  const out: FoundRelative[] = [];
  for (const m of text.matchAll(RELATIVE)) {
    const anchor = ANCHOR.exec(m[0])?.[1];
    out.push({ index: m.index, length: m[0].length, text: m[0], ...(anchor ? { anchor } : {}) });
  }
  return out;
}
