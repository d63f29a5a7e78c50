// Shared helpers for the parse-stage tests: read a sentence back out of its source, and
// compute line/column independently of the code under test.

import type { Document, Point, Sentence } from '../../src/types.js';

/** The source text a sentence's position covers. */
export function written(document: Document, sentence: Pick<Sentence, 'position'>): string {
  return document.source.slice(sentence.position.start.offset, sentence.position.end.offset);
}

/** Line and column of an offset, computed by splitting the text (a second, independent method). */
export function pointAt(source: string, offset: number): Point {
  const lines = source.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1, offset };
}

/** The sentence whose text is exactly `text`; fails loudly when there is none. */
export function sentence(document: Document, text: string): Sentence {
  const found = document.sentences.find((candidate) => candidate.text === text);
  if (!found) throw new Error(`no sentence "${text}" in ${JSON.stringify(document.sentences.map((s) => s.text))}`);
  return found;
}

/** Every sentence's text, in order. */
export function texts(document: Document): string[] {
  return document.sentences.map((s) => s.text);
}
