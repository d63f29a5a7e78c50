// GFM tables → one sentence per body row. A table with a time column is a timeline: the time
// cell becomes the row's leading time and the other cells its sentence. mdast-util-to-nlcst
// skips tables entirely (DESIGN.md), which is why rows are read here from mdast.

import type { Table, TableCell } from 'mdast';
import type { LeadingTime, Position } from '../types.js';
import { isClockCell } from './clock-times.js';
import { findDate } from './dates.js';
import type { Locate } from './location.js';
import { charactersPosition, plainTextOf, sentenceText, sourceSpan, type PlainText } from './plain-text.js';
import { trimRange, type Range } from './segment.js';
import { isDateHeader, readTimeHeader } from './zones.js';

/** One body row read as a sentence. */
export interface TableRowSentence {
  text: string;
  position: Position;
  leadingTime?: LeadingTime;
  /** YYYY-MM-DD from the row's date column. */
  date?: string;
}

/** A zone named by a timeline's time header ("Time (PDT)"). */
export interface HeaderZone {
  zone: string;
  header: string;
  offset: number;
  line: number;
}

/** What a table yields. */
export interface TableReading {
  rows: TableRowSentence[];
  zone?: HeaderZone;
  isTimeline: boolean;
}

/** Separator between the cells of a row in its sentence text. */
export const CELL_SEPARATOR = ' — ';

interface Cell {
  plain: PlainText;
  range: Range;
  text: string;
}

function readCell(cell: TableCell | undefined, source: string): Cell | undefined {
  if (!cell) return undefined;
  const plain = plainTextOf(cell.children, source);
  const range = trimRange(plain.text, [0, plain.text.length]);
  const text = sentenceText(plain, range);
  return text === '' ? undefined : { plain, range, text };
}

/** Index of the time column: a header that names time, or else a first column of clock times. */
function timeColumn(headers: (Cell | undefined)[], body: (Cell | undefined)[][]): number {
  const named = headers.findIndex((header) => header !== undefined && readTimeHeader(header.text).isTime);
  if (named !== -1) return named;
  const firstColumn = body.map((row) => row[0]).filter((cell): cell is Cell => cell !== undefined);
  return firstColumn.length > 0 && firstColumn.every((cell) => isClockCell(cell.text)) ? 0 : -1;
}

/** Reads a table's body rows as sentences; `fallbackYear` completes year-less dates ("June 9"). */
export function readTable(table: Table, source: string, locate: Locate, fallbackYear?: number): TableReading {
  const [headerRow, ...bodyRows] = table.children;
  const headers = (headerRow?.children ?? []).map((cell) => readCell(cell, source));
  const body = bodyRows.map((row) => row.children.map((cell) => readCell(cell, source)));
  const timeIndex = timeColumn(headers, body);
  const dateIndex = headers.findIndex((header, index) => index !== timeIndex && header !== undefined && isDateHeader(header.text));

  const reading: TableReading = { rows: [], isTimeline: timeIndex !== -1 };
  const timeHeader = headers[timeIndex];
  const headerZone = timeHeader ? readTimeHeader(timeHeader.text).zone : undefined;
  if (timeHeader && headerZone) {
    const [offset] = sourceSpan(timeHeader.plain, timeHeader.range);
    reading.zone = { zone: headerZone, header: timeHeader.text, offset, line: locate(offset).line };
  }

  for (const cells of body) {
    // A timeline row's sentence is everything but its time and date; other rows keep every cell.
    const content = cells.filter((cell, index): cell is Cell => cell !== undefined && (!reading.isTimeline || (index !== timeIndex && index !== dateIndex)));
    const first = content[0];
    const last = content[content.length - 1];
    if (!first || !last) continue;
    const row: TableRowSentence = {
      text: content.map((cell) => cell.text).join(CELL_SEPARATOR),
      position: {
        start: locate(sourceSpan(first.plain, first.range)[0]),
        end: locate(sourceSpan(last.plain, last.range)[1]),
      },
    };
    const time = reading.isTimeline ? cells[timeIndex] : undefined;
    if (time) row.leadingTime = { text: time.text, position: charactersPosition(time.plain, time.range, locate) };
    // The date column, or else a date written in the time cell ("2026-06-09 09:40").
    const dateCell = dateIndex === -1 ? undefined : cells[dateIndex];
    const date = dateCell ? findDate(dateCell.text, fallbackYear)?.iso : time ? findDate(time.text)?.iso : undefined;
    if (date) row.date = date;
    reading.rows.push(row);
  }
  return reading;
}
