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
const SUMMARY_PATTERN =
  escapeRegExp(SUMMARY_START) + '(\\r?\\n)(?:(?!<!-- pmcheck:)[\\s\\S])*?' + escapeRegExp(SUMMARY_END) + '\\1';
// The evidence block may hold the summary block (see formatMarkdown), never another evidence delimiter.
const EVIDENCE_PATTERN =
  '(\\r?\\n)\\2' +
  escapeRegExp(EVIDENCE_START) +
  '\\2(?:(?!<!-- pmcheck:evidence:)[\\s\\S])*?' +
  escapeRegExp(EVIDENCE_END) +
  '\\2';
const ANNOTATION = new RegExp(`${MARKER_PATTERN}|${SUMMARY_PATTERN}|${EVIDENCE_PATTERN}`, 'g');

/**
 * Removes everything formatMarkdown inserted, in one left-to-right pass, so that
 * `stripAnnotations(formatMarkdown(report, source)) === source` for every source that
 * holds no complete annotation of its own (the pipeline strips those before parsing).
 */
export function stripAnnotations(annotated: string): string {
  return annotated.replace(ANNOTATION, '');
}
