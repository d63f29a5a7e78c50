// Inline markdown → plain text, with a map from every plain-text character back to the
// source characters it came from. Sentence positions are read off this map, never found by
// searching the source for the text (which breaks on repeated phrases and on markup).

import type { Nodes, PhrasingContent } from 'mdast';
import type { Position } from '../types.js';
import type { Locate } from './location.js';
import type { Range } from './segment.js';

/** An inline container (emphasis, link, inline code…): its plain-text range and its source range, markup included. */
export interface InlineSpan {
  plainStart: number;
  plainEnd: number;
  sourceStart: number;
  sourceEnd: number;
}

/** Plain text of some inline content, mapped to the source. */
export interface PlainText {
  text: string;
  /** starts[i]: source offset where plain character i begins (its escape or reference included). */
  starts: number[];
  /** ends[i]: source offset just after plain character i. */
  ends: number[];
  spans: InlineSpan[];
}

const CONTAINERS = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);
const CHARACTER_REFERENCE = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/;

class PlainTextBuilder {
  readonly result: PlainText = { text: '', starts: [], ends: [], spans: [] };
  private readonly chars: string[] = [];

  constructor(private readonly source: string) {}

  push(char: string, start: number, end: number): void {
    this.chars.push(char);
    this.result.starts.push(start);
    this.result.ends.push(end);
  }

  get length(): number {
    return this.chars.length;
  }

  /**
   * Maps a node's decoded value onto its raw source slice [from, to). The value differs from
   * the slice only by escapes ("\*"), character references ("&amp;"), stripped indentation
   * and block-quote markers on continuation lines, and line endings turned to spaces (inline code).
   */
  align(value: string, from: number, to: number): void {
    const source = this.source;
    let index = 0;
    let offset = from;
    while (index < value.length) {
      const char = value[index] ?? '';
      const raw = source[offset];
      if (offset >= to || raw === undefined) {
        // Nothing left to align with: pin the rest to the end rather than invent offsets.
        this.push(char, to, to);
        index++;
        continue;
      }
      if (raw === '&') {
        const reference = CHARACTER_REFERENCE.exec(source.slice(offset, Math.min(to, offset + 40)));
        if (reference && !value.startsWith(reference[0], index)) {
          // A decoded reference: one character (two for an astral one) for the whole "&…;".
          const width = (value.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
          for (let k = 0; k < width; k++) this.push(value[index + k] ?? '', offset, offset + reference[0].length);
          index += width;
          offset += reference[0].length;
          continue;
        }
      }
      if (raw === char) {
        this.push(char, offset, offset + 1);
        index++;
        offset++;
      } else if (raw === '\\' && source[offset + 1] === char) {
        this.push(char, offset, offset + 2);
        index++;
        offset += 2;
      } else if (/\s/.test(char) && /\s/.test(raw)) {
        this.push(char, offset, offset + 1);
        index++;
        offset++;
      } else if (/\s/.test(raw) || raw === '>') {
        offset++;
      } else {
        // Unknown difference: keep both sides moving so later characters stay close.
        this.push(char, offset, offset + 1);
        index++;
        offset++;
      }
    }
  }

  finish(): PlainText {
    this.result.text = this.chars.join('');
    return this.result;
  }
}

function visit(node: Nodes, builder: PlainTextBuilder, source: string): void {
  const position = node.position;
  const start = position?.start.offset;
  const end = position?.end.offset;
  if (start === undefined || end === undefined) return;
  switch (node.type) {
    case 'text':
      builder.align(node.value, start, end);
      return;
    case 'inlineCode': {
      const plainStart = builder.length;
      let from = start;
      let to = end;
      while (from < to && source[from] === '`') from++;
      while (to > from && source[to - 1] === '`') to--;
      builder.align(node.value, from, to);
      builder.result.spans.push({ plainStart, plainEnd: builder.length, sourceStart: start, sourceEnd: end });
      return;
    }
    case 'break':
      builder.push('\n', start, end);
      return;
    case 'html':
      // An inline tag separates words ("one.<br>Two") but says nothing itself.
      builder.push(' ', start, end);
      return;
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      return;
    default:
      if ('children' in node) {
        const plainStart = builder.length;
        for (const child of node.children) visit(child, builder, source);
        if (CONTAINERS.has(node.type)) {
          builder.result.spans.push({ plainStart, plainEnd: builder.length, sourceStart: start, sourceEnd: end });
        }
      }
  }
}

/** Builds the plain text of inline content (a paragraph's, heading's or cell's children) with its source map. */
export function plainTextOf(children: readonly PhrasingContent[], source: string): PlainText {
  const builder = new PlainTextBuilder(source);
  for (const child of children) visit(child, builder, source);
  return builder.finish();
}

/**
 * The source span of plain-text range [start, end): from the first character's start to the
 * last character's end, widened over markup that opens exactly at the first character or
 * closes exactly at the last ("**Build** failed." starts at the asterisks).
 */
export function sourceSpan(plain: PlainText, range: Range): [number, number] {
  const [first, last] = range;
  let start = plain.starts[first] ?? 0;
  let end = plain.ends[last - 1] ?? start;
  for (const span of plain.spans) {
    if (span.plainStart === first && span.plainEnd <= last) start = Math.min(start, span.sourceStart);
    if (span.plainEnd === last && span.plainStart >= first) end = Math.max(end, span.sourceEnd);
  }
  return [start, end];
}

/** The exact source position of plain-text range [start, end), markup that wraps it included. */
export function positionOf(plain: PlainText, range: Range, locate: Locate): Position {
  const [start, end] = sourceSpan(plain, range);
  return { start: locate(start), end: locate(end) };
}

/** The exact source position of the characters in plain-text range [start, end), without widening over markup. */
export function charactersPosition(plain: PlainText, range: Range, locate: Locate): Position {
  const start = plain.starts[range[0]] ?? 0;
  const end = plain.ends[range[1] - 1] ?? start;
  return { start: locate(start), end: locate(end) };
}

/** A plain-text slice as a sentence's text: runs of whitespace (line breaks included) become one space. */
export function sentenceText(plain: PlainText, range: Range): string {
  return plain.text.slice(range[0], range[1]).replace(/\s+/g, ' ').trim();
}
