// The one markdown reader of pmcheck, for the parse stage and the report stage alike:
// CommonMark plus GFM and front matter in YAML (`---`, read) or TOML (`+++`, warned about).
// Both stages must see the same tree, or a marker or the summary lands in the wrong place.

import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Front matter kinds the reader recognises, as remark-frontmatter names them (and the node types they become). */
export const FRONT_MATTER_KINDS = ['yaml', 'toml'] as const;

/** The processor configuration, frozen so that no stage can add a plugin to it for everyone. */
export const markdownProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, [...FRONT_MATTER_KINDS])
  .freeze();

/** Parses markdown into an mdast tree whose positions are offsets into `source`. */
export function parseMarkdown(source: string): Root {
  return markdownProcessor.parse(source);
}

/** True for the node front matter becomes (`yaml` or `toml`); mdast's type map lists only `yaml`. */
export function isFrontMatter<T extends { type: string }>(node: T | undefined): node is T {
  return node !== undefined && (FRONT_MATTER_KINDS as readonly string[]).includes(node.type);
}
