// The markdown reader: CommonMark plus GFM tables and YAML (and TOML, to warn about it) front matter.

import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

/** Parses markdown into an mdast tree whose positions are offsets into `source`. */
export function parseMarkdown(source: string): Root {
  return processor.parse(source);
}
