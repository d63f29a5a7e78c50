// Written times → instant ranges. chrono-node reads the expression; @date-fns/tz does the
// zone arithmetic (DST included). We only trust what chrono *knows* from the text; every
// missing part comes from the context, in the order DESIGN.md gives.

import * as chrono from 'chrono-node';
import type { Component, ParsedComponents } from 'chrono-node';
import { TZDate } from '@date-fns/tz';
import type { TimeRef } from '../types.js';
import { writesDayFirst, ZONE_ABBREVIATIONS, ZONE_SUFFIX_PATTERN } from '../parse/zones.js';
import { weekdayDate } from './detect/when.js';
import { APPROXIMATE_WORDS } from './patterns.js';

/** What a sentence's times are read against: the zone and date in force, and why. */
export interface TimeContext {
  zone: string;
  zoneOrigin: string;
  /** YYYY-MM-DD, when one is known. */
  date?: string;
  dateOrigin: string;
}

/** A time found in a sentence, with where it stands in the text. */
export interface FoundTime {
  ref: TimeRef;
  index: number;
  length: number;
  /** For a range written as one expression ("from 09:48 to 10:21", "09:48–10:21"): its end. */
  rangeEnd?: TimeRef;
}

// chrono also reads "for 33 minutes" as "33 minutes from now"; only a written clock is a time.
export const CLOCK = /\d{1,2}[:.]\d{2}|\d\s*(?:am|pm)\b|\d\s*[ap]\.m\.|\bnoon\b|\bmidnight\b/i;

const approximateBefore = new RegExp(`(?:${APPROXIMATE_WORDS.map(escapeRegExp).join('|')})\\s*$`, 'i');

/** Finds the clock times (and dates with times) written in `text` and resolves each to a UTC range. */
export function findTimes(text: string, ctx: TimeContext): FoundTime[] {
  const found: FoundTime[] = writtenFormats(text, ctx);
  // What the written formats read is hidden from chrono.
  let rest = text;
  for (const t of found) rest = rest.slice(0, t.index) + ' '.repeat(t.length) + rest.slice(t.index + t.length);
  // The reference instant only matters for chrono's guesses, which we ignore.
  const results = chrono.parse(rest, { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 });
  for (const r of results) {
    if (!CLOCK.test(r.text)) continue;
    // "portal-api-00029-6am", "v2.14.30": a clock glued to a name or number is part of it.
    if (/[\w.-]$/.test(text.slice(0, r.index)) || /^(?:[\w-]|\.\d)/.test(text.slice(r.index + r.text.length))) continue;
    const before = text.slice(0, r.index);
    const approximate = approximateBefore.test(before) || /^(?:about|around|approximately|approx\.?|~)/i.test(r.text);
    const label = r.text.replace(/^(?:at|on|by|from|until|to)\s+/i, '');
    const named = namedZone(r.text);
    const dayFirst = writesDayFirst(ctx.zone) && AMBIGUOUS_NUMERIC_DATE.test(r.text);
    const ref = resolveComponents(r.start, label, approximate, ctx, named, dayFirst);
    if (!ref) continue;
    const item: FoundTime = { ref, index: r.index, length: r.text.length };
    const end = r.end ? resolveComponents(r.end, label, approximate, ctx, named, dayFirst) : undefined;
    if (end) item.rangeEnd = end;
    found.push(item);
  }
  return found.sort((a, b) => a.index - b.index);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const month = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const ZONE = `(?:\\s*(${ZONE_SUFFIX_PATTERN}))?`;

/** A way of writing a time that chrono does not read whole: its pattern, and the parts and zone a match gives. */
interface WrittenFormat {
  pattern: RegExp;
  read(m: RegExpMatchArray): { parts: TimeParts; zone?: string | undefined };
}

const zoneOf = (abbreviation?: string) => (abbreviation ? ZONE_ABBREVIATIONS[abbreviation.toUpperCase()] : undefined);

const WRITTEN_FORMATS: readonly WrittenFormat[] = [
  // "2022-11-29 17:50", "2022-11-30T01:15:07 UTC": chrono reads "2022-11-29 17:50 to 2022-11-30" as one time with a "−11" offset.
  {
    pattern: new RegExp(String.raw`(?<![\w.-])(\d{4})-(\d\d)-(\d\d)(?:[ T]|,\s*)(\d{1,2}):(\d\d)(?::(\d\d))?${ZONE}(?![\w:])`, 'g'),
    read: (m) => ({
      parts: { year: +m[1]!, month: +m[2]!, day: +m[3]!, hour: +m[4]!, minute: +m[5]!, ...(m[6] ? { second: +m[6] } : {}) },
      zone: zoneOf(m[7]),
    }),
  },
  // git's own date line: "Thu Jul 10 14:22:31 2025 +0200".
  {
    pattern:
      /(?<!\w)(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) {1,2}(\d{1,2}) (\d\d):(\d\d):(\d\d) (\d{4}) ([+-])(\d\d)(\d\d)(?!\w)/g,
    read: (m) => ({
      parts: {
        year: +m[6]!,
        month: month(m[1]!),
        day: +m[2]!,
        hour: +m[3]!,
        minute: +m[4]!,
        second: +m[5]!,
        offsetMinutes: (m[7] === '-' ? -1 : 1) * (+m[8]! * 60 + +m[9]!),
      },
    }),
  },
  // A military date-time group: "141745ZJUL25" is the 14th, 17:45 UTC, July 2025.
  {
    pattern: /(?<![\w.])(\d\d)([01]\d|2[0-3])([0-5]\d)Z(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(\d\d)(?!\w)/gi,
    read: (m) => ({ parts: { year: 2000 + +m[5]!, month: month(m[4]!), day: +m[1]!, hour: +m[2]!, minute: +m[3]!, offsetMinutes: 0 } }),
  },
  // Zulu clock times, "1412Z", and clocks with seconds glued to the Z, "09:38:52Z".
  {
    pattern: /(?<![\w:.])([01]\d|2[0-3]):?([0-5]\d)(?::([0-5]\d))?Z(?!\w)/g,
    read: (m) => ({ parts: { hour: +m[1]!, minute: +m[2]!, ...(m[3] ? { second: +m[3] } : {}), offsetMinutes: 0 } }),
  },
  // The hour-mark clock of Portuguese, French and Spanish writing: "10h32".
  {
    pattern: new RegExp(String.raw`(?<![\w.:])([01]?\d|2[0-3])h([0-5]\d)${ZONE}(?![\w:])`, 'g'),
    read: (m) => ({ parts: { hour: +m[1]!, minute: +m[2]! }, zone: zoneOf(m[3]) }),
  },
];
const RANGE_GAP = /^\s*(?:to|until|through|-|–|—)\s*$/i;

/** Times written in the shapes of WRITTEN_FORMATS, each read whole; two joined by "to" or a dash are a range. */
function writtenFormats(text: string, ctx: TimeContext): FoundTime[] {
  const matches = WRITTEN_FORMATS.flatMap((f) => [...text.matchAll(f.pattern)].map((m) => ({ m, f })));
  matches.sort((a, b) => a.m.index - b.m.index);
  const found: FoundTime[] = [];
  for (const { m, f } of matches) {
    const index = m.index;
    const previous = found[found.length - 1];
    if (previous && index < previous.index + previous.length) continue;
    const { parts, zone } = f.read(m);
    const ref = resolveParts(parts, m[0], false, zone ? { ...ctx, zone, zoneOrigin: 'the expression' } : ctx);
    if (!ref) continue;
    if (previous && !previous.rangeEnd && RANGE_GAP.test(text.slice(previous.index + previous.length, index))) {
      previous.rangeEnd = ref;
      previous.length = index + m[0].length - previous.index;
      continue;
    }
    found.push({ ref, index, length: m[0].length });
  }
  return found;
}

/** Resolves a leading timeline time ("10:24", "14:05 UTC", "2026-06-09 09:40 PDT"). */
export function resolveLeadingTime(text: string, ctx: TimeContext): TimeRef | undefined {
  return findTimes(text, ctx)[0]?.ref;
}

/**
 * The IANA zone of an abbreviation written after the time ("08:40 PST"), read the way a
 * document-level "All times are PST" is read: as the region's clock, daylight saving
 * included. chrono alone would take "PST" as a fixed −08:00 even in June.
 */
function namedZone(text: string): string | undefined {
  const word = /([A-Za-z]{1,5})\s*\)?\s*$/.exec(text)?.[1]?.toUpperCase();
  if (word && ZONE_ABBREVIATIONS[word]) return ZONE_ABBREVIATIONS[word];
  // "10:02 a.m. ET on Tuesday": the zone need not be the last word.
  const inside = [...text.matchAll(/\b[A-Z]{2,5}\b/g)].map((m) => ZONE_ABBREVIATIONS[m[0]]).filter((z) => z !== undefined);
  return inside.at(-1);
}

// "02/04/2025": chrono reads it month first; where reports write the day first, the two swap.
const AMBIGUOUS_NUMERIC_DATE = /(?<![\d/])(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|1[0-2])(?:\/\d{2,4})?(?![\d/])/;

/** Resolves what chrono knows for certain; everything else comes from the context. */
function resolveComponents(c: ParsedComponents, text: string, approximate: boolean, ctx: TimeContext, named?: string, dayFirst = false): TimeRef | undefined {
  const known = (k: Component): number | undefined => (c.isCertain(k) ? (c.get(k) ?? undefined) : undefined);
  // Bare numbers and dates without a clock time are not times of events.
  if (known('hour') === undefined) return undefined;
  if (known('minute') === undefined && known('meridiem') === undefined && !/\b(?:noon|midnight)\b/i.test(text)) return undefined;
  // "Wednesday 07:30", "8 p.m. on Thursday": the weekday before the report's date names the day.
  const weekday = known('day') === undefined && known('weekday') !== undefined && ctx.date ? weekdayDate(ctx.date, known('weekday')) : undefined;
  // Written in the text, this date anchors the timeline (../timeline-days.ts) as a full date does.
  if (weekday) ctx = { ...ctx, date: weekday, dateOrigin: `the expression (its weekday, on or before ${ctx.date})` };
  return resolveParts(
    {
      year: known('year'),
      month: dayFirst ? known('day') : known('month'),
      day: dayFirst ? known('month') : known('day'),
      hour: known('hour')!,
      minute: known('minute') ?? 0,
      second: known('second'),
      offsetMinutes: named ? undefined : known('timezoneOffset'),
    },
    text,
    approximate,
    named ? { ...ctx, zone: named, zoneOrigin: 'the expression' } : ctx,
  );
}

interface TimeParts {
  year?: number;
  month?: number;
  day?: number;
  hour: number;
  minute: number;
  second?: number;
  /** Offset written in the expression itself ("UTC", "PDT"), in minutes east of UTC. */
  offsetMinutes?: number;
}

function resolveParts(parts: TimeParts, text: string, approximate: boolean, ctx: TimeContext): TimeRef | undefined {
  let dateOrigin = ctx.dateOrigin;
  let ymd: [number, number, number] | undefined;
  if (parts.year !== undefined && parts.month !== undefined && parts.day !== undefined) {
    ymd = [parts.year, parts.month, parts.day];
    dateOrigin = 'the expression';
  } else if (parts.month !== undefined && parts.day !== undefined && ctx.date) {
    ymd = [Number(ctx.date.slice(0, 4)), parts.month, parts.day];
    dateOrigin = `the expression (year from ${ctx.dateOrigin})`;
  } else if (ctx.date) {
    ymd = [Number(ctx.date.slice(0, 4)), Number(ctx.date.slice(5, 7)), Number(ctx.date.slice(8, 10))];
  }
  if (!ymd) return undefined;
  const [y, m, d] = ymd;
  const second = parts.second ?? 0;
  const spanMs = parts.second !== undefined ? 1000 : 60_000;
  let startMs: number;
  let zone = ctx.zone;
  let zoneOrigin = ctx.zoneOrigin;
  if (parts.offsetMinutes !== undefined) {
    startMs = Date.UTC(y, m - 1, d, parts.hour, parts.minute, second) - parts.offsetMinutes * 60_000;
    zone = offsetZoneName(parts.offsetMinutes);
    zoneOrigin = 'the expression';
  } else {
    startMs = new TZDate(y, m - 1, d, parts.hour, parts.minute, second, ctx.zone).getTime();
  }
  // On the night clocks go back, 01:30 happens twice: the written time means either.
  const repeated = parts.offsetMinutes === undefined && sameWallClock(startMs, startMs + 3_600_000, ctx.zone);
  return {
    text,
    start: new Date(startMs).toISOString(),
    end: new Date(startMs + spanMs + (repeated ? 3_600_000 : 0)).toISOString(),
    zone,
    zoneOrigin,
    dateOrigin,
    approximate,
  };
}

/** True when two instants show the same wall-clock time in the zone (the repeated hour of a fall-back). */
function sameWallClock(aMs: number, bMs: number, zone: string): boolean {
  const a = new TZDate(aMs, zone);
  const b = new TZDate(bMs, zone);
  return a.getHours() === b.getHours() && a.getMinutes() === b.getMinutes() && a.getDate() === b.getDate();
}

/** "UTC" for 0, else "+05:30"-style fixed offsets that Intl and TZDate accept. */
function offsetZoneName(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
