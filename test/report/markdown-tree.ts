// Reads markdown the way a renderer would (CommonMark + GFM + front matter, micromark),
// so tests can check what annotated output renders as, not just what bytes it holds.

import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export function parseMarkdownTree(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter).parse(markdown);
}

/** Every node of the given type, in document order. */
export function nodesOfType<T extends Nodes['type']>(tree: Nodes, type: T): Extract<Nodes, { type: T }>[] {
  const found: Extract<Nodes, { type: T }>[] = [];
  visit(tree, type, (node) => {
    found.push(node as Extract<Nodes, { type: T }>);
  });
  return found;
}

/** The visible text of a node: text, inline code and link text, concatenated. */
export function visibleText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(visibleText).join('');
  return '';
}

/** Every node type below `node`. */
export function nodeTypes(node: Nodes): Set<string> {
  const types = new Set<string>();
  visit(node, (n) => {
    types.add(n.type);
  });
  return types;
}
