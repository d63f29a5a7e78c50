// Sentence boundaries in a block's plain text. parse-english does the first cut; the rules
// below repair what it gets wrong on post-mortems (DESIGN.md, "Known traps"): it joins
// sentences across a line break after "May 6.", splits after "approx." and keeps "10:05 a.m.
// Dana…" together. Boundaries decide which claims share a verdict, so every rule is tested.

import { ParseEnglish } from 'parse-english';
import type { Root as NlcstRoot } from 'nlcst';
import { isBeforeNumber, isMayBeFinal, isNeverFinal } from './abbreviations.js';
import { ZONE_ABBREVIATIONS, ZONE_SUFFIX_PATTERN } from './zones.js';

/** A half-open range [start, end) of indices into a text. */
export type Range = readonly [number, number];

const parser = new ParseEnglish();

/** Sentence ranges as parse-english sees them. */
function englishSentences(text: string, from: number, to: number): Range[] {
  const tree: NlcstRoot = parser.parse(text.slice(from, to));
  const ranges: Range[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const child of paragraph.children) {
      if (child.type !== 'SentenceNode' || !child.position) continue;
      const start = child.position.start.offset;
      const end = child.position.end.offset;
      if (start !== undefined && end !== undefined) ranges.push([from + start, from + end]);
    }
  }
  return ranges;
}

/** The whitespace-free word that ends at `end` (exclusive). */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && !/\s/.test(text[start - 1] ?? '')) start--;
  return text.slice(start, end);
}

/** The whitespace-free word that starts at `start`. */
function wordAfter(text: string, start: number): string {
  let end = start;
  while (end < text.length && !/\s/.test(text[end] ?? '')) end++;
  return text.slice(start, end);
}

/** True when parse-english cut between two sentences that belong together. */
function shouldJoin(text: string, previous: Range, next: Range): boolean {
  // No space between them: a path, version, email or SHA that was cut at a dot.
  if (previous[1] === next[0] && !/\s/.test(text[previous[1] - 1] ?? ' ') && !/\s/.test(text[next[0]] ?? ' ')) return true;
  const last = wordBefore(text, previous[1]);
  if (isNeverFinal(last)) return true;
  if (isBeforeNumber(last) && /^[\d#]/.test(text.slice(next[0], next[1]))) return true;
  if (isMayBeFinal(last) && continuesTime(wordAfter(text, next[0]))) return true;
  return false;
}

const DAY_OR_MONTH =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)$/;

/** True when the word after "10:05 a.m." goes on with the time ("PDT", "AWST", "Saturday", "March") rather than starting a sentence. */
function continuesTime(nextWord: string): boolean {
  const next = nextWord.replace(/^["'“‘([]+/, '').replace(/[^\p{L}\p{N}]+$/u, '');
  return (next.toUpperCase() === next && ZONE_ABBREVIATIONS[next] !== undefined) || DAY_OR_MONTH.test(next);
}

/**
 * A boundary candidate inside a sentence: terminal punctuation, optional closing quotes or
 * brackets, whitespace, then a capital letter or digit (possibly behind an opening quote).
 */
const CANDIDATE = /[.!?…]+["'”’)\]]*(\s+)(?=["'“‘([]?[\p{Lu}\d])/gu;

/** True when the candidate boundary after `word` (ending in punctuation) starts a new sentence. */
function shouldSplit(word: string, gap: string, nextWord: string): boolean {
  const endsWithDot = /\.["'”’)\]]*$/.test(word);
  const core = word.replace(/["'”’)\]]+$/, '');
  if (endsWithDot && isNeverFinal(core)) return false;
  if (endsWithDot && isBeforeNumber(core) && /^[\d#]/.test(nextWord)) return false;
  // One sentence per line: a line break after terminal punctuation ends the sentence.
  if (gap.includes('\n') || gap.includes('\r')) return true;
  // "… on May 6. The outage began": parse-english reads "6." as an ordinal.
  if (/\d[.!?]$/.test(core)) return true;
  // "10:05 a.m. Dana rolled back" — but not "10:05 a.m. PDT".
  if (isMayBeFinal(core)) return !continuesTime(nextWord);
  return false;
}

/** Splits a sentence range where parse-english missed a boundary. */
function splitMissed(text: string, range: Range): Range[] {
  const pieces: Range[] = [];
  let start = range[0];
  const body = text.slice(range[0], range[1]);
  for (const match of body.matchAll(CANDIDATE)) {
    const gap = match[1] ?? '';
    const punctuationEnd = range[0] + match.index + match[0].length - gap.length;
    const nextStart = punctuationEnd + gap.length;
    if (nextStart >= range[1]) continue;
    if (!shouldSplit(wordBefore(text, punctuationEnd), gap, wordAfter(text, nextStart))) continue;
    pieces.push([start, punctuationEnd]);
    start = nextStart;
  }
  pieces.push([start, range[1]]);
  return pieces;
}

// A line that starts its own entry even without punctuation before it: a chat line ("[13:51]
// @pagerbot: …", "dana 14:02 > …", "@dana: …"), a timestamped line, or a "Label: value" line
// after another one. Hard-wrapped prose goes on in lower case and is not split.
const LINE_HEAD = /^(?:\[?\d{1,2}[:.]\d\d\b|@[\w.-]+:|[\w.-]+ \[?\d{1,2}[:.]\d\d\]? ?(?:[>:—–-]|[AaPp][Mm]\b))/;
const LABEL_LINE = /^[A-Z][\w ()/-]{0,40}:\s/;
// A bullet typed as a character rather than markdown ("• 11:40 pushed…", pasted from chat or a doc).
const GLYPH_BULLET = /^[•·▪◦‣●○■□➤►→]\s/u;
// A chat message header on its own line, a name of up to three words and the time it was sent:
// it starts an entry, and its message goes on from it (the message's actor and time).
const CHAT_HEADER = /^[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}\s+\[?\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?\]?$/;
// A line that ends on a time or a date, unpunctuated, is a heading line ("**Resolved** — Mar 12 at
// 07:58pm AEDT"): the capitalised line after it starts a new sentence.
// A paragraph's first line of one to three words, unpunctuated ("Resolved", "Update 2"): a status-page label.
const SHORT_LABEL = /^[A-Z][\w-]*(?: [\w-]+){0,2}$/;
const ENDS_ON_TIME = new RegExp(String.raw`(?:\d{1,2}[:.]\d\d|\d\s*[ap]\.?m\.?|(?:19|20)\d\d)(?:\s*\(?(?:${ZONE_SUFFIX_PATTERN})\)?)?$`, 'i');

/** Splits a range at line breaks that start a new entry (chat lines, timestamped lines, label lines). */
function splitLines(text: string, range: Range): Range[] {
  const pieces: Range[] = [];
  let start = range[0];
  let lineStart = range[0];
  for (let i = range[0]; i < range[1]; i++) {
    if (text[i] !== '\n') continue;
    const next = text.slice(i + 1, range[1]).replace(/^[ \t]+/, '');
    const previousLine = text.slice(lineStart, i).trim();
    const firstLine = lineStart === range[0];
    lineStart = i + 1;
    const head =
      LINE_HEAD.test(next) ||
      GLYPH_BULLET.test(next) ||
      CHAT_HEADER.test(next.split('\n')[0]!.trim()) ||
      (LABEL_LINE.test(next) && LABEL_LINE.test(previousLine)) ||
      ((ENDS_ON_TIME.test(previousLine) || (firstLine && SHORT_LABEL.test(previousLine))) && /^[A-Z]/.test(next));
    if (!head || text.slice(start, i).trim() === '') continue;
    pieces.push([start, i]);
    start = i + 1;
  }
  pieces.push([start, range[1]]);
  return pieces;
}

/** Narrows a range to exclude leading and trailing whitespace. */
export function trimRange(text: string, range: Range): Range {
  let [start, end] = range;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return [start, end];
}

/**
 * Splits text[from, to) into sentence ranges, trimmed of whitespace, in order. Ranges with no
 * letter or digit (a stray "—") are dropped.
 */
export function segmentSentences(text: string, from = 0, to = text.length): Range[] {
  const first = englishSentences(text, from, to);
  if (first.length === 0 && text.slice(from, to).trim() !== '') first.push([from, to]);
  const joined: Range[] = [];
  for (const range of first) {
    const previous = joined[joined.length - 1];
    if (previous && shouldJoin(text, previous, range)) joined[joined.length - 1] = [previous[0], range[1]];
    else joined.push(range);
  }
  return joined
    .flatMap((range) => splitMissed(text, range))
    .flatMap((range) => splitLines(text, range))
    .map((range) => trimRange(text, range))
    .filter(([start, end]) => /[\p{L}\p{N}]/u.test(text.slice(start, end)));
}
