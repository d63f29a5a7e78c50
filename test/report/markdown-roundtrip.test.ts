import { describe, expect, it } from 'vitest';
import { formatMarkdown, stripAnnotations } from '../../src/report/markdown.js';
import type { CheckedClaim, CheckReport, VerdictValue } from '../../src/types.js';
import { HOSTILE_STRINGS } from './hostile.js';
import { reportWithClaims } from './sample-report.js';

// Pieces of markdown that stress the insertions: line endings of every kind, front matter
// and title lines, tables, code, links, and fragments of our own delimiters.
const FRAGMENTS = [
  '# Title',
  '## Section',
  'Title\n=====',
  '---',
  '+++',
  'date: 2026-06-09',
  'The build ran.',
  'It failed at 10:05.',
  ' ',
  '  ',
  '\n',
  '\n',
  '\n',
  '\r\n',
  '\n\n',
  '\r',
  '| time | event |',
  '| --- | --- |',
  '| 10:05 | deployed. |',
  '- item one.',
  '1. step.',
  '`code.`',
  '[link text.](https://x.example)',
  '<br>',
  '```\nfenced\n',
  '> quote.',
  '\\',
  'www.example.com',
  'a@b.example',
  '<!-- pmcheck:summary:start -->',
  '<!-- pmcheck:summary:end -->',
  '<!-- pmcheck:evidence:start -->',
  '<!-- pmcheck:evidence:end -->',
  ' <!--pmcheck:m-->',
  '<sup>[✅ supported](#pmcheck-1)</sup>',
  '<!--/pmcheck:m-->',
  '<!--',
  '-->',
  '😀',
  'ü',
];
const VERDICTS: VerdictValue[] = ['supported', 'contradicted', 'unsupported', 'unverifiable'];

// A small deterministic generator (mulberry32), so a failure can be replayed from its seed.
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

function randomSource(next: () => number): string {
  let source = next() < 0.3 ? pick(next, ['---\ntitle: x\n---\n', '---\r\ntitle: x\r\n---\r\n', '---\ntitle: x\n---']) : '';
  const count = Math.floor(next() * 30);
  for (let i = 0; i < count; i++) source += pick(next, FRAGMENTS);
  // What the pipeline does before parsing: strip annotations (until none is left).
  for (let stripped = stripAnnotations(source); stripped !== source; stripped = stripAnnotations(source)) source = stripped;
  return source;
}

function randomReport(next: () => number, source: string): CheckReport {
  const claims: CheckedClaim[] = [];
  const sentences = Math.floor(next() * 6);
  for (let s = 0; s < sentences; s++) {
    const a = Math.floor(next() * (source.length + 1));
    const b = Math.floor(next() * (source.length + 1));
    const [offset, endOffset] = a <= b ? [a, b] : [b, a];
    const perSentence = next() < 0.3 ? 2 : 1;
    for (let c = 0; c < perSentence; c++) {
      claims.push({
        id: `c${claims.length + 1}`,
        kind: 'time',
        text: source.slice(offset, endOffset) || pick(next, HOSTILE_STRINGS),
        sentenceId: `s${s + 1}`,
        section: [pick(next, HOSTILE_STRINGS)],
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        offset,
        endOffset,
        verdict: pick(next, VERDICTS),
        reason: pick(next, HOSTILE_STRINGS),
        evidence:
          next() < 0.5
            ? []
            : [{ source: 'git', ref: pick(next, HOSTILE_STRINGS), summary: pick(next, HOSTILE_STRINGS), location: pick(next, HOSTILE_STRINGS) }],
      });
    }
  }
  return reportWithClaims(claims);
}

describe('stripAnnotations(formatMarkdown(report, source)) === source', () => {
  it('holds for 400 generated reports (tables, CRLF, lone CR, front matter, no final newline, stray delimiters)', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const next = random(seed);
      const source = randomSource(next);
      const report = randomReport(next, source);
      const annotated = formatMarkdown(report, source);
      expect({ seed, stripped: stripAnnotations(annotated) }).toEqual({ seed, stripped: source });
      expect({ seed, again: formatMarkdown(report, stripAnnotations(annotated)) === annotated }).toEqual({ seed, again: true });
    }
  });
});
