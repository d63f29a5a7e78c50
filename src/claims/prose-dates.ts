// Dates written in the prose date the clock times near them, three ways:
// - a sentence's own date ("On March 3rd 2019, at 21:40 …") dates that sentence;
// - a line that is only a date ("July 18, 2024", "**Day 2 — Wednesday 9 April**",
//   "Sequence of events on 21 August 2024 (UTC):") dates what follows it in its section,
//   as a heading would, until the next such line;
// - a date written in a sentence carries on to the rest of its paragraph, and to later
//   paragraphs and sections only while the story moves forward from it: a time it dates
//   must fall within half a day after the last time read on it (or, on the day before, within
//   half a day before it: "Recovery: 15 July 01:10" … "from 18:42"). Statements in separate
//   paragraphs are often unrelated ("resolved at 00:03 on November 23" says nothing of
//   "errors began at 23:19" below it), and a day-long jump means the date no longer holds.
// A date without a year takes the year the document writes elsewhere, else the context's.

import { format, parseISO, subDays } from 'date-fns';
import type { Document, Sentence } from '../types.js';
import { writesDayFirst } from '../parse/zones.js';
import { findDates } from './detect/when.js';

/** The date in force for a sentence, and why. */
export interface ProseDate {
  date: string;
  origin: string;
  /** True when the sentence writes the date itself, or a date line above it in its section does: it wins over its section's date. */
  own: boolean;
  /** Set for a date carried past its paragraph: it holds only for times in [from, until) (ms since epoch). */
  window?: { from: number; until: number };
  /** With a window: the day before, for times up to half a day before the last one read ("Recovery: 15 July 01:10" … "from 18:42"). */
  dayBefore?: ProseDate;
}

// How far a carried date may reach: a story moves on within half a day, and may step back a little.
const AHEAD_MS = 12 * 3_600_000;
const BEHIND_MS = 2 * 3_600_000;
// What may stand around a date on a line that is only a date.
const DATE_LINE_FILLER =
  /\b(?:day \d+|on|of|the|timeline|sequence|events?|what happened|incident|starting|updates?|utc|gmt|local time|all times?(?: are)?(?: in)?)\b|\([^)]*\)|[\p{P}\p{S}\d]/giu;

interface Carried {
  date: string;
  origin: string;
  section: string;
  endLine: number;
  /** A date line: it dates the rest of its section whatever the paragraph. */
  line: boolean;
  /** The latest instant read on this date, once a time has been. */
  anchor?: number;
}

/** Carries dates written in the prose forward, in document order. */
export class ProseDates {
  private readonly year?: number;
  private readonly reference?: string;
  private readonly dayFirst: boolean;
  private carried?: Carried;

  constructor(doc: Document, contextDate: string | undefined, zone: string) {
    this.year = contextDate ? Number(contextDate.slice(0, 4)) : yearWritten(doc);
    if (contextDate) this.reference = contextDate;
    this.dayFirst = writesDayFirst(zone);
  }

  /** The date for `sentence` (whose text, ids blanked, is `text`); call in document order, then `read` with its times. */
  of(sentence: Sentence, text: string): ProseDate | undefined {
    const section = sentence.section.join('\u0000');
    const { start, end } = sentence.position;
    const written = findDates(text, this.year, this.reference, this.dayFirst).find((d) => d.value);
    if (written?.value) {
      const shown = sentence.text.slice(written.index, written.index + written.length);
      const origin = `the date written on line ${start.line} (“${shown}”)`;
      this.carried = { date: written.value, origin, section, endLine: end.line, line: isDateLine(text, written) };
      return { date: written.value, origin, own: true };
    }
    const carried = this.carried;
    // A date line dates its section only; another written date may reach the next section while the story moves forward.
    if (carried?.line && carried.section !== section) this.carried = undefined;
    if (!this.carried || !carried || sentence.container === 'heading') return undefined;
    // A blank line (or more) between the sentences ends the paragraph.
    const sameParagraph = start.line <= carried.endLine + 1 && carried.section === section;
    carried.endLine = end.line;
    // With no time read on it yet ("On March 3rd 2019 the database became unavailable."), there is nothing to move forward from.
    if (carried.line || sameParagraph || carried.anchor === undefined) return { date: carried.date, origin: carried.origin, own: carried.line };
    const dayBefore: ProseDate = {
      date: format(subDays(parseISO(carried.date), 1), 'yyyy-MM-dd'),
      origin: `the day before ${carried.origin}`,
      own: false,
      window: { from: carried.anchor - AHEAD_MS, until: carried.anchor },
    };
    return {
      date: carried.date,
      origin: carried.origin,
      own: false,
      window: { from: carried.anchor - BEHIND_MS, until: carried.anchor + AHEAD_MS },
      dayBefore,
    };
  }

  /** Records the instants a sentence's times were read as, on the date `of` gave (or undefined when it was not used). */
  read(used: ProseDate | undefined, instants: readonly string[]): void {
    if (!used || !this.carried || instants.length === 0) return;
    const latest = Math.max(...instants.map((i) => Date.parse(i)));
    this.carried.anchor = Math.max(this.carried.anchor ?? latest, latest);
  }
}

/** True when a date is all the line says ("July 18, 2024", "Day 1 — Tuesday 8 April"): no clock, a few words at most. */
function isDateLine(text: string, date: { index: number; length: number }): boolean {
  if (/\d{1,2}[:.]\d\d|\d\s*[ap]\.?m\b/i.test(text)) return false;
  const rest = (text.slice(0, date.index) + ' ' + text.slice(date.index + date.length)).replace(DATE_LINE_FILLER, ' ');
  const words = rest.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  // A weekday beside the date ("Tuesday 8 April") is part of it.
  return words.filter((w) => !/^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(w)).length <= 1;
}

/** A year the document writes in a date anywhere ("# Availability report: October 2023"). */
function yearWritten(doc: Document): number | undefined {
  for (const s of doc.sentences) {
    const m = /\b(?:19|20)\d\d\b/.exec(
      findDates(s.text)
        .map((d) => d.text)
        .join(' '),
    );
    if (m) return Number(m[0]);
  }
  return undefined;
}
