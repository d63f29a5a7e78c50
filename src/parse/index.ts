// The parse stage: report bytes → text → Document (sentences with exact positions, sections,
// declared date and zone). Everything the later stages and the tests need is exported here.

import type { Document } from '../types.js';
import { decodeReport } from './decode.js';
import { parseReport } from './report.js';

export { decodeReport, firstInvalidUtf8Byte } from './decode.js';
export { parseReport } from './report.js';
export { parseMarkdown, markdownProcessor, isFrontMatter, FRONT_MATTER_KINDS } from './markdown.js';
export { createLocator, type Locate } from './location.js';
export { segmentSentences, trimRange, type Range } from './segment.js';
export { plainTextOf, positionOf, charactersPosition, sourceSpan, sentenceText, type PlainText, type InlineSpan } from './plain-text.js';
export { readTable, CELL_SEPARATOR, type TableReading, type TableRowSentence, type HeaderZone } from './tables.js';
export { readFrontMatter, ZONE_KEYS, type FrontMatter } from './front-matter.js';
export { matchLeadingTime, isClockCell, type LeadingTimeMatch } from './clock-times.js';
export { findDate, normaliseDate, isoDate, MONTHS, MONTH_PATTERN, type FoundDate } from './dates.js';
export {
  ZONE_ABBREVIATIONS,
  ZONE_DECLARATIONS,
  TIME_HEADER_WORDS,
  DATE_HEADER_WORDS,
  resolveZone,
  findZoneDeclaration,
  readTimeHeader,
  isDateHeader,
  type ZoneDeclaration,
  type TimeHeader,
} from './zones.js';
export { NEVER_FINAL, BEFORE_NUMBER, MAY_BE_FINAL, isNeverFinal, isBeforeNumber, isMayBeFinal, type AbbreviationRule } from './abbreviations.js';

/** Decodes a report's bytes and parses it: what the CLI calls with a file it has read. */
export function loadReport(path: string, bytes: Uint8Array): Document {
  return parseReport(path, decodeReport(path, bytes));
}
