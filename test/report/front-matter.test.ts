// One markdown reader for parse and report (src/parse/markdown.ts): the annotated report
// keeps front matter, YAML (`---`) or TOML (`+++`), at the very top and byte for byte, with
// the summary after it and after the title.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { formatMarkdown, stripAnnotations } from '../../src/report/markdown.js';
import { summaryOffset } from '../../src/report/markdown-placement.js';
import { SAMPLE_SOURCE, sampleReport } from './sample-report.js';

const SUMMARY = '<!-- pmcheck:summary:start -->';
const YAML = '---\ndate: 2026-06-09\n---\n';
const TOML = '+++\ndate = 2026-06-09\ntitle = "Portal outage"\n+++\n';
const BODY = SAMPLE_SOURCE.slice(YAML.length);

function annotate(source: string): string {
  return formatMarkdown(sampleReport(source), source);
}

describe.each([
  ['YAML', YAML, 'yaml'],
  ['TOML', TOML, 'toml'],
])('an annotated report with %s front matter', (_, frontMatter, nodeType) => {
  const source = frontMatter + BODY;
  const annotated = annotate(source);

  it('keeps the front matter at the very top, byte for byte, and puts the summary after it and the title', () => {
    expect(annotated.slice(0, frontMatter.length)).toBe(frontMatter);
    expect(annotated.slice(frontMatter.length)).toMatch(/^# Portal outage\n<!-- pmcheck:summary:start -->\n/);
    expect(stripAnnotations(annotated)).toBe(source);
  });

  it('still reads as front matter, unchanged, in the annotated output', () => {
    const [first] = parseMarkdown(annotated).children;
    expect(first?.type).toBe(nodeType);
    const { start, end } = first!.position!;
    expect(annotated.slice(start.offset, end.offset)).toBe(frontMatter.trimEnd());
  });

  it('puts the summary right after the front matter when no title follows it', () => {
    const untitled = frontMatter + BODY.replace('# Portal outage\n', '');
    const out = annotate(untitled);
    expect(out.startsWith(`${frontMatter}${SUMMARY}\n`)).toBe(true);
    expect(stripAnnotations(out)).toBe(untitled);
  });

  it('does the same with CRLF line endings', () => {
    const crlf = source.replaceAll('\n', '\r\n');
    const out = annotate(crlf);
    expect(out.startsWith(`${frontMatter.replaceAll('\n', '\r\n')}# Portal outage\r\n${SUMMARY}\r\n`)).toBe(true);
    expect(stripAnnotations(out)).toBe(crlf);
  });

  it('places the summary from the tree the parse stage reads', () => {
    const tree = parseMarkdown(source);
    expect(tree.children[0]?.type).toBe(nodeType);
    expect(summaryOffset(source, tree)).toBe(source.indexOf('## Summary') - 1);
  });
});

describe('the markdown processor configuration', () => {
  it('is built in one place: no other source file configures unified or remark-frontmatter', () => {
    const src = join(import.meta.dirname, '../../src');
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const configuring = files.filter((f) => /\bunified\(\)|from 'remark-(?:parse|gfm|frontmatter)'/.test(readFileSync(join(src, f), 'utf8')));
    expect(configuring.map((f) => relative(src, join(src, f)))).toEqual(['parse/markdown.ts']);
  });
});
