// Calendar dates as reports write them in titles, headings, table cells and front matter:
// "2026-06-09", "June 9, 2026", "9 June 2026", "Tue, Jun 9th 2026", and "June 9" when the
// year is known from elsewhere. Recognition only: arithmetic belongs to date-fns later on.

/** Month names and abbreviations → month number. Capitalised, so the verb "may" is not a month. */
export const MONTHS: Readonly<Record<string, number>> = {
  January: 1,
  Jan: 1,
  February: 2,
  Feb: 2,
  March: 3,
  Mar: 3,
  April: 4,
  Apr: 4,
  May: 5,
  June: 6,
  Jun: 6,
  July: 7,
  Jul: 7,
  August: 8,
  Aug: 8,
  September: 9,
  Sept: 9,
  Sep: 9,
  October: 10,
  Oct: 10,
  November: 11,
  Nov: 11,
  December: 12,
  Dec: 12,
};

/** Alternation of every month spelling, longest first so "June" wins over "Jun". */
export const MONTH_PATTERN = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const ORDINAL = '(?:st|nd|rd|th)?';

/** Date shapes, most specific first. Each names its groups year, month (number or name) and day. */
const FULL_DATE_PATTERNS: readonly RegExp[] = [
  /(?<![\d-])(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})(?![\d-])/,
  new RegExp(String.raw`\b(?<month>${MONTH_PATTERN})\.?\s+(?<day>\d{1,2})${ORDINAL}(?:,\s*|\s+)(?<year>\d{4})\b`),
  new RegExp(String.raw`\b(?<day>\d{1,2})${ORDINAL}\s+(?<month>${MONTH_PATTERN})\.?,?\s+(?<year>\d{4})\b`),
];

/** Year-less shapes ("June 9", "9 June"), read only when the document's year is known. */
const YEARLESS_DATE_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\b(?<month>${MONTH_PATTERN})\.?\s+(?<day>\d{1,2})${ORDINAL}(?![\d:])\b`),
  new RegExp(String.raw`\b(?<day>\d{1,2})${ORDINAL}\s+(?<month>${MONTH_PATTERN})\b`),
];

/** A date found in a piece of text. */
export interface FoundDate {
  /** YYYY-MM-DD. */
  iso: string;
  /** Where the date was written in the text, and what was written. */
  index: number;
  written: string;
}

/** Formats a calendar date as YYYY-MM-DD, or undefined when no such day exists (June 31). */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fromMatch(match: RegExpExecArray, fallbackYear: number | undefined): FoundDate | undefined {
  const groups = match.groups ?? {};
  const monthText = groups.month ?? '';
  const month = /^\d+$/.test(monthText) ? Number(monthText) : MONTHS[monthText];
  const year = groups.year ? Number(groups.year) : fallbackYear;
  if (month === undefined || year === undefined) return undefined;
  const iso = isoDate(year, month, Number(groups.day));
  return iso ? { iso, index: match.index, written: match[0] } : undefined;
}

/**
 * Finds the first calendar date written in the text. Year-less dates ("June 9") count only
 * when `fallbackYear` is given (the year of the document's date).
 */
export function findDate(text: string, fallbackYear?: number): FoundDate | undefined {
  let best: FoundDate | undefined;
  const consider = (patterns: readonly RegExp[], year: number | undefined): void => {
    for (const pattern of patterns) {
      const match = pattern.exec(text);
      const found = match ? fromMatch(match, year) : undefined;
      if (found && (!best || found.index < best.index)) best = found;
    }
  };
  consider(FULL_DATE_PATTERNS, undefined);
  if (fallbackYear !== undefined) {
    const full = best;
    consider(YEARLESS_DATE_PATTERNS, fallbackYear);
    // A full date is never shadowed by its own year-less prefix ("June 9" inside "June 9, 2026").
    if (full && best && best !== full && full.index <= best.index + best.written.length) best = full;
  }
  return best;
}

/**
 * Normalises a front-matter date to YYYY-MM-DD without shifting zones: text is read as
 * written; a Date (what YAML 1.1 timestamps become) by its UTC calendar fields, which for a
 * date-only timestamp is the day that was written.
 */
export function normaliseDate(value: unknown): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    return isoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value === 'string') return findDate(value)?.iso;
  return undefined;
}
