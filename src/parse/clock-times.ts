// Clock times at the head of timeline entries: "10:24", "14:05 UTC", "[10:05]",
// "2026-06-09 09:40 PDT", "09:48–10:20", "~10:05". Only recognition: what the time means
// is decided by the claims stage, with the document's date and zone.

import { MONTH_PATTERN } from './dates.js';
import { ZONE_SUFFIX_PATTERN } from './zones.js';

// AM/PM in either case: "3:05 PM" as well as "3:05 pm".
const MERIDIEM = String.raw`[aApP]\.?[mM]\.?`;
const CLOCK = String.raw`(?:\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:\s?${MERIDIEM})?|\d{1,2}\s?${MERIDIEM})`;
const CLOCK_RANGE = String.raw`${CLOCK}(?:\s*(?:[–—-]|to)\s*${CLOCK})?`;
const DATE_PREFIX = String.raw`(?:\d{4}-\d{2}-\d{2}(?:T|\s+)|\d{1,2}[-/]\d{1,2}\s+|(?:${MONTH_PATTERN})\.?\s+\d{1,2},?(?:\s+\d{4})?\s+)`;
/** A time as a timeline writes it, with an optional date before and zone after. */
const TIME_EXPRESSION = String.raw`~?\s?${DATE_PREFIX}?${CLOCK_RANGE}(?:\s?${ZONE_SUFFIX_PATTERN})?(?![A-Za-z0-9])`;

/** A table cell that holds nothing but a time. */
const CLOCK_CELL = new RegExp(String.raw`^\s*${TIME_EXPRESSION}\s*$`);

/**
 * The head of a timeline list item: the time, optionally in brackets, then a separator
 * (—, –, -, :) or, without one, a capitalised word ("10:05 Build started").
 */
const LEADING_TIME = new RegExp(
  String.raw`^\s*(?<open>[\[(])?\s*(?<time>${TIME_EXPRESSION})(?:\s*(?<close>[\])]))?` + String.raw`(?<separator>\s*(?:—|–|--?|:)\s*|\s+(?=\p{Lu}))?`,
  'u',
);

/** True when a table cell holds only a time ("10:24", "14:05:10 UTC", "2026-06-09 09:40"). */
export function isClockCell(text: string): boolean {
  return CLOCK_CELL.test(text);
}

/** Where a leading time sits in a list item's text, and where the item's own words begin. */
export interface LeadingTimeMatch {
  /** Start and end (exclusive) of the time in the text, brackets and separator excluded. */
  timeStart: number;
  timeEnd: number;
  /** Index where the item's sentences begin, after the separator. */
  contentStart: number;
}

/** Finds a time at the start of a list item's text ("09:14 — PR #88 merged", "[10:05] …", "14:05 UTC: …"). */
export function matchLeadingTime(text: string): LeadingTimeMatch | undefined {
  const match = LEADING_TIME.exec(text);
  const groups = match?.groups;
  if (!match || !groups?.time) return undefined;
  const bracketed = groups.open !== undefined && groups.close !== undefined;
  if ((groups.open !== undefined) !== (groups.close !== undefined)) return undefined;
  const end = match.index + match[0].length;
  // Without a separator or brackets, "10:05" must end the item or be followed by a capital.
  if (!bracketed && groups.separator === undefined && end < text.length && text.slice(end).trim() !== '') return undefined;
  const timeStart = match[0].indexOf(groups.time) + match.index;
  const leading = groups.time.length - groups.time.trimStart().length;
  return {
    timeStart: timeStart + leading,
    timeEnd: timeStart + groups.time.trimEnd().length,
    contentStart: end,
  };
}
