// Dates written in the prose date the clock times near them: "On March 3rd 2019, at 21:40 …"
// dates that sentence and the rest of its paragraph ("The command was stopped at 9:20 AM").
// When the report gives no date of its own (front matter, "Date:" line), the written date
// also carries on through its section: without it every later clock time would be dropped.
// Where the report does give one, a date written in one paragraph does not re-date the
// next: statements in separate paragraphs are often unrelated ("resolved at 00:03 on
// November 23" says nothing of the paragraph after it). A date without a year takes the
// year the document writes elsewhere, else the context's.

import type { Document, Sentence } from '../types.js';
import { findDates } from './detect/when.js';

/** The date in force for a sentence, and why. */
export interface ProseDate {
  date: string;
  origin: string;
  /** True when the sentence writes the date itself (it wins over its section's date). */
  own: boolean;
}

/** Carries the last date written in the prose forward, within its section, in document order. */
export class ProseDates {
  private readonly year?: number;
  private readonly acrossParagraphs: boolean;
  private carried?: { date: string; origin: string; section: string; endLine: number };

  constructor(doc: Document, contextDate?: string) {
    this.year = contextDate ? Number(contextDate.slice(0, 4)) : yearWritten(doc);
    this.acrossParagraphs = contextDate === undefined;
  }

  /** The date for `sentence` (whose text, ids blanked, is `text`); call in document order. */
  of(sentence: Sentence, text: string): ProseDate | undefined {
    const section = sentence.section.join('\u0000');
    const written = findDates(text, this.year).find((d) => d.value);
    const { start, end } = sentence.position;
    if (written?.value) {
      const origin = `the date written on line ${start.line} (“${sentence.text.slice(written.index, written.index + written.length)}”)`;
      this.carried = { date: written.value, origin, section, endLine: end.line };
      return { date: written.value, origin, own: true };
    }
    const carried = this.carried;
    // A blank line (or more) between the sentences ends the paragraph.
    const sameParagraph = carried !== undefined && start.line <= carried.endLine + 1 && sentence.container !== 'heading';
    if (!carried || carried.section !== section || !(sameParagraph || this.acrossParagraphs)) {
      this.carried = undefined;
      return undefined;
    }
    carried.endLine = end.line;
    return { date: carried.date, origin: carried.origin, own: false };
  }
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
