// Where annotations go in the author's markdown. Insertions land at original offsets;
// the document itself is never re-serialised (STYLE.md: no round trip through a stringifier).

import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { isFrontMatter } from '../parse/markdown.js';

/** A span of inline markdown that a marker must not be put inside. */
export interface InlineSpan {
  start: number;
  end: number;
}

// A marker inside link text would nest a link in a link, and inside a code span it would
// print as code: a sentence ending in one gets its marker after the whole construct.
const ATOMIC_INLINE = new Set(['link', 'linkReference', 'image', 'imageReference', 'inlineCode', 'html', 'footnoteReference']);

/** Spans of links, images, code spans and inline HTML, in document order. */
export function atomicInlineSpans(tree: Root): InlineSpan[] {
  const spans: InlineSpan[] = [];
  visit(tree, (node: Nodes) => {
    const { start, end } = node.position ?? {};
    if (ATOMIC_INLINE.has(node.type) && start?.offset !== undefined && end?.offset !== undefined) {
      spans.push({ start: start.offset, end: end.offset });
    }
  });
  return spans;
}

/** Where the marker of a sentence ending at `endOffset` goes: there, or after the construct that offset falls inside. */
export function markerOffset(spans: InlineSpan[], endOffset: number): number {
  let at = endOffset;
  for (const span of spans) if (span.start < endOffset && endOffset < span.end) at = Math.max(at, span.end);
  return at;
}

/**
 * Where the summary block goes: the start of the line after the front matter (YAML or TOML), or
 * after the first heading when the document (after any front matter) starts with a level-1
 * heading; the start of the document otherwise. Undefined when that line would be past the
 * end (the document is only a title or front matter, with no final newline): the summary
 * then goes in the evidence section at the end.
 */
export function summaryOffset(source: string, tree: Root): number | undefined {
  const [first, second] = tree.children;
  let after: number | undefined;
  let next = first;
  if (isFrontMatter(first)) {
    after = first.position?.end.offset;
    next = second;
  }
  if (next?.type === 'heading' && next.depth === 1) after = next.position?.end.offset ?? after;
  if (after === undefined) return 0;
  const newline = source.indexOf('\n', after);
  return newline === -1 ? undefined : newline + 1;
}
