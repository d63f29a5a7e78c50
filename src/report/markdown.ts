// Annotated markdown: the author's report, byte for byte, with three kinds of insertion —
// a summary block near the top, a verdict marker after each claim sentence, and an
// evidence section at the end. Anything we did not write goes through escapeMarkdownText.

import type { Citation, CheckedSentence, CheckReport, SourceReport, VerdictValue } from '../types.js';
// The parse stage's reader, not a configuration of our own: both stages must see the same tree.
import { parseMarkdown } from '../parse/markdown.js';
import { VERDICTS_WORST_FIRST } from '../verdict-order.js';
import { escapeMarkdownText } from './escape-markdown.js';
import { coverageText } from './coverage-text.js';
import { anchorId, BADGES, evidenceBlock, markerText, summaryBlock, summaryBlockLines } from './markdown-annotations.js';
import { atomicInlineSpans, markerOffset, summaryOffset, type InlineSpan } from './markdown-placement.js';
import { shortenText } from './shorten-text.js';

export { imitationLines, stripAnnotations, stripOwnAnnotations, type StrippedReport } from './markdown-annotations.js';

const SENTENCE_WIDTH = 100;

interface Insertion {
  at: number;
  text: string;
}

interface Marked {
  n: number;
  sentence: CheckedSentence;
}

/**
 * Annotates `source` (the report as read) with the verdicts of `report`. Placement: the
 * summary goes after any front matter and after a leading level-1 heading; markers go
 * right after their sentence; the evidence section is appended. New lines use the
 * report's line ending (CRLF when it has any).
 */
export function formatMarkdown(report: CheckReport, source: string): string {
  const tree = parseMarkdown(source);
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const marked = placeMarkers(report, source, atomicInlineSpans(tree));
  const summary = summaryLines(report, marked);
  const summaryAt = summaryOffset(source, tree);

  const insertions: Insertion[] = [];
  if (summaryAt !== undefined) insertions.push({ at: summaryAt, text: summaryBlock(summary, eol) });
  for (const { at, n, sentence } of marked) insertions.push({ at, text: markerText(n, sentence.verdict) });
  // With no line start to put it at, the summary leads the evidence section instead.
  const tail = summaryAt === undefined ? ['', ...summaryBlockLines(summary)] : [];
  insertions.push({ at: source.length, text: evidenceBlock([...tail, ...evidenceLines(marked, lineOf(source))], eol) });
  return applyInsertions(source, insertions);
}

/** Markers in document order of where they go, numbered from 1. */
function placeMarkers(report: CheckReport, source: string, spans: InlineSpan[]): (Marked & { at: number })[] {
  return report.sentences
    .map((sentence) => {
      if (!(sentence.endOffset >= 0 && sentence.endOffset <= source.length)) {
        throw new RangeError(
          `internal error: sentence ${sentence.sentenceId} ends at offset ${sentence.endOffset}, outside the report (${source.length} characters); please report this`,
        );
      }
      return { sentence, at: markerOffset(spans, sentence.endOffset) };
    })
    .sort((a, b) => a.at - b.at || a.sentence.offset - b.sentence.offset)
    .map((placed, i) => ({ ...placed, n: i + 1 }));
}

// Insertions are sorted stably: at one offset, the summary block comes before markers.
function applyInsertions(source: string, insertions: Insertion[]): string {
  const sorted = [...insertions].sort((a, b) => a.at - b.at);
  let out = '';
  let from = 0;
  for (const { at, text } of sorted) {
    out += source.slice(from, at) + text;
    from = at;
  }
  return out + source.slice(from);
}

function summaryLines(report: CheckReport, marked: Marked[]): string[] {
  const count = (verdict: VerdictValue) => marked.filter((m) => m.sentence.verdict === verdict).length;
  const rows = VERDICTS_WORST_FIRST.map((verdict) => `| ${BADGES[verdict]} ${verdict} | ${count(verdict)} |`);
  const sources = report.sources.length ? report.sources.map(sourceText).join('; ') : 'none';
  return [
    '',
    '| pmcheck verdict | sentences |',
    '| --- | ---: |',
    ...rows,
    '',
    `**Coverage:** ${coverageText(report.summary.coverage)}.`,
    '',
    `Checked by pmcheck: ${report.summary.claims} claims in ${marked.length} of ${report.summary.sentences} sentences. ` +
      `Time zone: ${escapeMarkdownText(report.timezone)}. Sources: ${sources}.`,
    '',
  ];
}

function sourceText(source: SourceReport): string {
  const events = `${source.events} event${source.events === 1 ? '' : 's'}`;
  const state = source.error === undefined ? events : `failed: ${escapeMarkdownText(source.error)}`;
  return `${escapeMarkdownText(source.id)} (${escapeMarkdownText(source.kind)}, ${state})`;
}

function evidenceLines(marked: Marked[], line: (offset: number) => number): string[] {
  const lines = ['', '## pmcheck evidence', ''];
  if (marked.length === 0) lines.push('No claims were found.', '');
  for (const { n, sentence } of marked) lines.push(...entryLines(n, sentence, line(sentence.offset)), '');
  return lines;
}

/** Line numbers in the report without annotations, so a re-run on annotated output says the same. */
function lineOf(source: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

function entryLines(n: number, sentence: CheckedSentence, line: number): string[] {
  const text = escapeMarkdownText(shortenText(sentence.text.trim(), SENTENCE_WIDTH));
  const lines = [`<a id="${anchorId(n)}"></a>**${n}. ${BADGES[sentence.verdict]} ${sentence.verdict}**, line ${line}: “${text}”`, ''];
  for (const { verdict, reason } of sentence.reasons) {
    // With mixed verdicts, each reason says which verdict it stands for.
    const badge = sentence.mixed ? `${BADGES[verdict]} ` : '';
    lines.push(`- ${badge}${escapeMarkdownText(reason)}`);
  }
  if (sentence.evidence.length) {
    lines.push('- Evidence:');
    for (const citation of sentence.evidence) lines.push(`  - ${citationText(citation)}`);
  }
  return lines;
}

/** "cloud-build 4f1c2a9e-… at 2026-06-09T17:14:41Z — build CANCELLED (builds.json#1)", escaped. */
function citationText(citation: Citation): string {
  const time = citation.time === undefined ? '' : ` at ${escapeMarkdownText(citation.time)}`;
  return (
    `${escapeMarkdownText(citation.source)} ${escapeMarkdownText(citation.ref)}${time} — ` +
    `${escapeMarkdownText(citation.summary)} (${escapeMarkdownText(citation.location)})`
  );
}
