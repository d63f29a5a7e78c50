// The exact text pmcheck inserts into an annotated report, and its inverse. Every
// insertion has one fixed shape, so stripAnnotations can remove exactly what
// formatMarkdown added, newlines included, and nothing else.

import type { VerdictValue } from '../types.js';

export const SUMMARY_START = '<!-- pmcheck:summary:start -->';
export const SUMMARY_END = '<!-- pmcheck:summary:end -->';
export const EVIDENCE_START = '<!-- pmcheck:evidence:start -->';
export const EVIDENCE_END = '<!-- pmcheck:evidence:end -->';
const MARKER_OPEN = ' <!--pmcheck:m--><sup>';
const MARKER_CLOSE = '</sup><!--/pmcheck:m-->';

/** The badge shown for each verdict, in markers, the summary table and the evidence section. */
export const BADGES: Readonly<Record<VerdictValue, string>> = {
  supported: '✅',
  contradicted: '❌',
  unsupported: '⚠️',
  unverifiable: '❔',
};

/** The HTML id of marker `n`'s evidence entry. */
export function anchorId(n: number): string {
  return `pmcheck-${n}`;
}

/** The inline marker put right after a claim sentence: one line, no `|`, safe in a table cell. */
export function markerText(n: number, verdict: VerdictValue): string {
  return `${MARKER_OPEN}[${BADGES[verdict]} ${verdict}](#${anchorId(n)})${MARKER_CLOSE}`;
}

/** The lines of the summary block: its delimiters around `lines`. */
export function summaryBlockLines(lines: string[]): string[] {
  return [SUMMARY_START, ...lines, SUMMARY_END];
}

/** The summary block as inserted at a line start: its lines, each with its line ending. */
export function summaryBlock(lines: string[], eol: string): string {
  return summaryBlockLines(lines).join(eol) + eol;
}

/** The evidence section appended to the report: a blank line before it, then its delimited lines. */
export function evidenceBlock(lines: string[], eol: string): string {
  return eol + eol + [EVIDENCE_START, ...lines, EVIDENCE_END].join(eol) + eol;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const MARKER_PATTERN =
  escapeRegExp(`${MARKER_OPEN}[`) +
  `(?:${Object.entries(BADGES)
    .map(([verdict, badge]) => escapeRegExp(`${badge} ${verdict}`))
    .join('|')})` +
  escapeRegExp('](#pmcheck-') +
  '[1-9][0-9]*' +
  escapeRegExp(`)${MARKER_CLOSE}`);
// Block bodies cannot contain "<!-- pmcheck:" (everything we did not write is escaped), so
// a block match never runs across a stray delimiter that was in the report.
const SUMMARY_PATTERN = escapeRegExp(SUMMARY_START) + '(\\r?\\n)(?:(?!<!-- pmcheck:)[\\s\\S])*?' + escapeRegExp(SUMMARY_END) + '\\1';
// The evidence block may hold the summary block (see formatMarkdown), never another evidence delimiter.
const EVIDENCE_PATTERN = '(\\r?\\n)\\2' + escapeRegExp(EVIDENCE_START) + '\\2(?:(?!<!-- pmcheck:evidence:)[\\s\\S])*?' + escapeRegExp(EVIDENCE_END) + '\\2';
const ANNOTATION = new RegExp(`${MARKER_PATTERN}|${SUMMARY_PATTERN}|${EVIDENCE_PATTERN}`, 'g');

/**
 * Removes everything formatMarkdown inserted, in one left-to-right pass, so that
 * `stripAnnotations(formatMarkdown(report, source)) === source` for every source that
 * holds no complete annotation of its own (the pipeline strips those before parsing).
 */
export function stripAnnotations(annotated: string): string {
  return annotated.replace(ANNOTATION, '');
}

/** A report with earlier annotations removed, and the way back to positions in the file as given. */
export interface StrippedReport {
  text: string;
  /** Offset in the file as given of an offset in `text` (for an end offset, pass `end: true`). */
  toOriginal(offset: number, end?: boolean): number;
  /** True when a complete annotated report of ours was recognised and stripped. */
  stripped: boolean;
}

// EVIDENCE_PATTERN's backreference is group 2 (group 1 is the summary's); an empty group 1 keeps it so.
const EVIDENCE_AT_END = new RegExp(`()${EVIDENCE_PATTERN}$`);
const ANCHOR = /<a id="pmcheck-([1-9][0-9]*)"><\/a>/g;

/**
 * Strips earlier annotations only from a complete annotated report of ours: the evidence
 * section closes the file and every marker has its entry there. Anything less is the
 * author's own text (perhaps imitating ours) and is checked as written.
 */
export function stripOwnAnnotations(report: string): StrippedReport {
  const identity: StrippedReport = { text: report, toOriginal: (o) => o, stripped: false };
  const evidence = EVIDENCE_AT_END.exec(report);
  if (!evidence) return identity;
  const anchors = new Set([...evidence[0].matchAll(ANCHOR)].map((m) => m[1]));
  const spans: Array<[number, number]> = [];
  for (const m of report.matchAll(ANNOTATION)) spans.push([m.index, m.index + m[0].length]);
  const markers = [...report.slice(0, evidence.index).matchAll(new RegExp(MARKER_PATTERN, 'g'))];
  const numbers = markers.map((m) => /#pmcheck-([1-9][0-9]*)/.exec(m[0])?.[1]);
  if (numbers.length !== anchors.size || numbers.some((n) => !n || !anchors.has(n))) return identity;
  let text = '';
  let last = 0;
  const removedBefore: Array<[number, number]> = []; // [offset in text, total removed so far]
  let removed = 0;
  for (const [start, end] of spans) {
    text += report.slice(last, start);
    removed += end - start;
    removedBefore.push([text.length, removed]);
    last = end;
  }
  text += report.slice(last);
  const toOriginal = (offset: number, end = false): number => {
    const probe = end && offset > 0 ? offset - 1 : offset;
    let shift = 0;
    for (const [at, total] of removedBefore) if (at <= probe) shift = total;
    return offset + shift;
  };
  return { text, toOriginal, stripped: true };
}

/** 1-based lines of the file that hold text imitating pmcheck's annotations (left in place). */
export function imitationLines(text: string): number[] {
  const lines: number[] = [];
  const re = /<!--\s*\/?pmcheck|\(#pmcheck-\d+\)|id="pmcheck-\d+"/g;
  for (const m of text.matchAll(re)) {
    const line = text.slice(0, m.index).split('\n').length;
    if (!lines.includes(line)) lines.push(line);
  }
  return lines;
}
