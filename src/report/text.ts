// Terminal output: claim sentences grouped by section, each with its verdict, reasons and
// citations, then the sources, a one-line summary and the coverage line. Every string from
// the report or the evidence passes through sanitizeTerminalText before it is printed.

import type { Citation, CheckedSentence, CheckReport, SourceReport, VerdictValue } from '../types.js';
import { coverageText } from './coverage-text.js';
import { sanitizeTerminalText } from './sanitize-terminal.js';
import { shortenText } from './shorten-text.js';

export interface TextOptions {
  /** Colour verdicts with ANSI escapes (only when writing to a terminal that wants them). */
  color: boolean;
}

const SYMBOLS: Readonly<Record<VerdictValue, string>> = {
  supported: '✓',
  contradicted: '✗',
  unsupported: '?',
  unverifiable: '~',
};

const COLORS: Readonly<Record<VerdictValue, string>> = {
  supported: '\u001b[32m', // green
  contradicted: '\u001b[31m', // red
  unsupported: '\u001b[33m', // yellow
  unverifiable: '\u001b[90m', // grey
};
const RESET_COLOR = '\u001b[39m';
const BOLD = '\u001b[1m';
const DIM = '\u001b[2m';
const RESET_INTENSITY = '\u001b[22m';

const SENTENCE_WIDTH = 100;
// "✗ contradicted" and two spaces before the sentence.
const LABEL_WIDTH = Math.max(...Object.keys(SYMBOLS).map((v) => v.length)) + 4;
const NO_SECTION = '(before the first heading)';

/** Formats the report for a terminal; colours only when `options.color` is set. */
export function formatText(report: CheckReport, options: TextOptions): string {
  const style = stylist(options.color);
  const sentences = report.sentences;
  const lines: string[] = [`${clean(report.report)} (times in ${clean(report.timezone)})`, ''];
  if (sentences.length === 0) lines.push('No claims found.', '');
  const lineWidth = Math.max(0, ...sentences.map((s) => `L${s.line}`.length));
  for (const [section, group] of bySection(sentences)) {
    lines.push(style.bold(section));
    for (const sentence of group) lines.push(...sentenceLines(sentence, lineWidth, style));
    lines.push('');
  }
  lines.push(...sourceLines(report.sources, style));
  lines.push(...warningLines(report, style), summaryLine(report), coverageLine(report));
  return `${lines.join('\n')}\n`;
}

interface Stylist {
  verdict(verdict: VerdictValue, text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

function stylist(color: boolean): Stylist {
  if (!color) return { verdict: (_v, text) => text, bold: (text) => text, dim: (text) => text };
  return {
    verdict: (v, text) => `${COLORS[v]}${text}${RESET_COLOR}`,
    bold: (text) => `${BOLD}${text}${RESET_INTENSITY}`,
    dim: (text) => `${DIM}${text}${RESET_INTENSITY}`,
  };
}

function clean(text: string): string {
  return sanitizeTerminalText(text);
}

/** Sections in order of their first claim sentence. */
function bySection(sentences: CheckedSentence[]): Map<string, CheckedSentence[]> {
  const sections = new Map<string, CheckedSentence[]>();
  for (const sentence of sentences) {
    const name = sentence.section.length ? sentence.section.map(clean).join(' › ') : NO_SECTION;
    const group = sections.get(name);
    if (group) group.push(sentence);
    else sections.set(name, [sentence]);
  }
  return sections;
}

function sentenceLines(sentence: CheckedSentence, lineWidth: number, style: Stylist): string[] {
  const label = `${SYMBOLS[sentence.verdict]} ${sentence.verdict}`.padEnd(LABEL_WIDTH);
  const text = shortenText(clean(sentence.text).trim(), SENTENCE_WIDTH);
  const lines = [`  ${`L${sentence.line}`.padEnd(lineWidth)}  ${style.verdict(sentence.verdict, label)}${text}`];
  // Reasons line up with the verdict symbol, citations two columns further in.
  const reasonIndent = ' '.repeat(lineWidth + 4);
  const citationIndent = ' '.repeat(lineWidth + 6);
  for (const { verdict, reason } of sentence.reasons) {
    // With mixed verdicts, each reason says which verdict it stands for.
    const mark = sentence.mixed ? `${style.verdict(verdict, SYMBOLS[verdict])} ` : '';
    lines.push(`${reasonIndent}${mark}${clean(reason)}`);
  }
  for (const citation of sentence.evidence) lines.push(citationIndent + style.dim(citationText(citation)));
  return lines;
}

/** "cloud-build 4f1c2a9e… 2026-06-09T17:14:41Z build CANCELLED (builds.json#1)" */
function citationText(citation: Citation): string {
  const parts = [clean(citation.source), shortRef(clean(citation.ref))];
  if (citation.time !== undefined) parts.push(clean(citation.time));
  parts.push(clean(citation.summary), `(${clean(citation.location)})`);
  return parts.filter((part) => part !== '').join(' ');
}

// Build UUIDs and commit SHAs are recognisable by their first 8 hex digits; names are kept whole.
function shortRef(ref: string): string {
  return /^[0-9a-f][0-9a-f-]{12,}$/i.test(ref) ? `${ref.slice(0, 8)}…` : ref;
}

function sourceLines(sources: SourceReport[], style: Stylist): string[] {
  if (sources.length === 0) return ['Sources: none', ''];
  const idWidth = Math.max(...sources.map((s) => clean(s.id).length));
  const kindWidth = Math.max(...sources.map((s) => s.kind.length));
  const lines = [style.bold('Sources')];
  for (const source of sources) {
    let line = `  ${clean(source.id).padEnd(idWidth)}  ${clean(source.kind).padEnd(kindWidth)}  ${plural(source.events, 'event')}`;
    if (source.error !== undefined) line += `  ${style.verdict('unverifiable', `error: ${clean(source.error)}`)}`;
    lines.push(line);
    for (const warning of source.warnings) lines.push(`    warning: ${clean(warning)}`);
  }
  return [...lines, ''];
}

function warningLines(report: CheckReport, style: Stylist): string[] {
  if (report.warnings.length === 0) return [];
  const lines = report.warnings.map((w) => {
    const where = w.line === undefined ? '' : `line ${w.line}${w.column === undefined ? '' : `:${w.column}`}: `;
    return `  ${where}${clean(w.message)}`;
  });
  return [style.bold('Warnings'), ...lines, ''];
}

/** "41 sentences, 19 claims: 11 supported, 5 contradicted, 2 unsupported, 1 unverifiable" */
function summaryLine(report: CheckReport): string {
  const s = report.summary;
  return (
    `${plural(s.sentences, 'sentence')}, ${plural(s.claims, 'claim')}: ` +
    `${s.supported} supported, ${s.contradicted} contradicted, ${s.unsupported} unsupported, ${s.unverifiable} unverifiable`
  );
}

/** "Coverage: 5 of 6 factual sentences checked against evidence (1 unverifiable or not checked)" */
function coverageLine(report: CheckReport): string {
  return `Coverage: ${coverageText(report.summary.coverage)}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
