import { describe, expect, it } from 'vitest';
import type { Nodes } from 'mdast';
import { escapeMarkdownText } from '../../src/report/escape-markdown.js';
import { EXPECTED_VISIBLE, HOSTILE_STRINGS } from './hostile.js';
import { nodesOfType, nodeTypes, parseMarkdownTree, visibleText } from './markdown-tree.js';

const WORD_JOINER = '\u2060';

// What a reader should see: the input on one line, whitespace runs collapsed.
function visible(input: string): string {
  return EXPECTED_VISIBLE[input] ?? input.replace(/\s+/g, ' ').trim();
}

// The word joiners that break autolinks are invisible: a reader sees the text without them.
function seen(node: Nodes): string {
  return visibleText(node).replaceAll(WORD_JOINER, '');
}

// Only plain text may come out of escaped input: no links, images, HTML, code, emphasis,
// footnotes, breaks or block structure.
function expectPlainParagraph(node: Nodes | undefined, input: string): void {
  expect(node?.type).toBe('paragraph');
  expect([...nodeTypes(node!)].sort()).toEqual(['paragraph', 'text']);
  expect(seen(node!)).toBe(visible(input));
}

describe('escapeMarkdownText', () => {
  it.each(HOSTILE_STRINGS.map((s) => [JSON.stringify(s), s]))('renders %s as the same plain text in a paragraph', (_, input) => {
    const tree = parseMarkdownTree(escapeMarkdownText(input));
    expect(tree.children).toHaveLength(1);
    expectPlainParagraph(tree.children[0], input);
  });

  it.each(HOSTILE_STRINGS.map((s) => [JSON.stringify(s), s]))('renders %s as plain text in a list item', (_, input) => {
    const tree = parseMarkdownTree(`- ${escapeMarkdownText(input)}\n  - nested ${escapeMarkdownText(input)}\n`);
    expect(tree.children).toHaveLength(1);
    const [item] = nodesOfType(tree, 'listItem');
    expectPlainParagraph(item!.children[0], input);
    expect(nodesOfType(tree, 'listItem')).toHaveLength(2);
  });

  it.each(HOSTILE_STRINGS.map((s) => [JSON.stringify(s), s]))('keeps %s in one table cell', (_, input) => {
    const escaped = escapeMarkdownText(input);
    const tree = parseMarkdownTree(`| a | b | c |\n| --- | --- | --- |\n| x | ${escaped} | z |\n`);
    const rows = nodesOfType(tree, 'tableRow');
    expect(rows).toHaveLength(2);
    expect(rows[1]!.children).toHaveLength(3);
    const cell = rows[1]!.children[1]!;
    expect([...nodeTypes(cell)].filter((t) => t !== 'tableCell' && t !== 'text')).toEqual([]);
    expect(seen(cell)).toBe(visible(input));
  });

  it('cannot forge a verdict badge, a marker or our delimiters', () => {
    const badge = escapeMarkdownText('Fixed. <sup>[✅ supported](#pmcheck-1)</sup>');
    expect(badge).toBe('Fixed. &lt;sup&gt;\\[✅ supported\\]\\(\\#pmcheck\\-1\\)&lt;/sup&gt;');
    for (const input of HOSTILE_STRINGS) {
      // Once backslash escapes are set aside, no syntax character is left.
      const unescaped = escapeMarkdownText(input).replace(/\\./g, '');
      expect(unescaped).not.toMatch(/[<>|[\]()`*_~!\n\r]/);
    }
  });

  it('cannot define a footnote or a link reference, even when the document defines the label', () => {
    const doc = `${escapeMarkdownText('see [^1] and [x] and [text][x]')}\n\n${escapeMarkdownText('[^1]: forged')}\n\n[^1]: real note\n\n[x]: https://evil.example\n`;
    const tree = parseMarkdownTree(doc);
    expect(nodesOfType(tree, 'footnoteReference')).toEqual([]);
    expect(nodesOfType(tree, 'linkReference')).toEqual([]);
    expect(nodesOfType(tree, 'link')).toEqual([]);
    // Only the document's own definitions remain; the escaped one is text.
    expect(nodesOfType(tree, 'footnoteDefinition')).toHaveLength(1);
    expect(seen(tree.children[1]!)).toBe('[^1]: forged');
  });

  it('breaks autolinks with an invisible word joiner in "://", "www." and "@"', () => {
    expect(escapeMarkdownText('https://evil.example')).toBe(`https:${WORD_JOINER}//evil.example`);
    expect(escapeMarkdownText('see WWW.evil.example')).toBe(`see WWW${WORD_JOINER}.evil.example`);
    expect(escapeMarkdownText('mailto:x@evil.example')).toBe(`mailto:x@${WORD_JOINER}evil.example`);
    for (const input of ['https://evil.example', 'www.evil.example', 'marcus@example.com', 'xmpp:a@b.example/c']) {
      const tree = parseMarkdownTree(escapeMarkdownText(input));
      expect(nodesOfType(tree, 'link')).toEqual([]);
    }
  });

  it('keeps clock times and plain colons readable', () => {
    expect(escapeMarkdownText('CANCELLED at 10:25:40 PDT: by priya')).toBe('CANCELLED at 10:25:40 PDT: by priya');
  });

  it('removes controls, ANSI escapes and bidi overrides and joins lines', () => {
    expect(escapeMarkdownText('a\u0000b\u001b[31mc\u001b[0m\nd\u202ee\u2066f')).toBe('abc def');
  });

  it('escapes an ordered-list marker at the start, which would otherwise open a list inside a list item', () => {
    expect(escapeMarkdownText('1. item')).toBe('1\\. item');
    expect(escapeMarkdownText('2) item')).toBe('2\\) item');
    expect(escapeMarkdownText('version 1. item')).toBe('version 1. item');
  });
});

describe('GitHub-only syntax', () => {
  it('breaks emoji shortcodes (a forged ✅) but leaves clock times alone', () => {
    expect(escapeMarkdownText('Fixed :white_check_mark: supported')).toBe(`Fixed :${WORD_JOINER}white\\_check\\_mark: supported`);
    expect(escapeMarkdownText('at 10:14:40 PDT')).toBe('at 10:14:40 PDT');
  });

  it('escapes dollar signs, which GitHub renders as math', () => {
    expect(escapeMarkdownText('$\\text{supported}$')).toBe('\\$\\\\text{supported}\\$');
  });
});
