// Markdown report → Document: its sentences in document order with exact positions, the
// section and section date of each, and the report's declared date, zone and title.

import type { Heading, List, ListItem, Paragraph, Root, RootContent, Table } from 'mdast';
import type { Declared, Document, LeadingTime, Sentence, SentenceContainer, Warning } from '../types.js';
import { matchLeadingTime } from './clock-times.js';
import { findDate } from './dates.js';
import { readFrontMatter, type FrontMatter } from './front-matter.js';
import { createLocator, type Locate } from './location.js';
import { parseMarkdown } from './markdown.js';
import { charactersPosition, plainTextOf, positionOf, sentenceText, type PlainText } from './plain-text.js';
import { segmentSentences, trimRange } from './segment.js';
import { readTable } from './tables.js';
import { findZoneDeclaration, resolveZone, ZONE_SUFFIX_PATTERN } from './zones.js';

/** What encloses a block while walking: the container its paragraphs report, and an inherited leading time. */
interface Context {
  container: SentenceContainer;
  leadingTime?: LeadingTime;
}

/** A heading that is still open: it holds every block until a heading of the same or a higher level. */
interface OpenSection {
  depth: number;
  text: string;
  date?: string;
}

type Draft = Omit<Sentence, 'id'>;

/** Text of a heading without markup, whitespace collapsed. */
function headingText(heading: Heading, source: string): string {
  const plain = plainTextOf(heading.children, source);
  return sentenceText(plain, [0, plain.text.length]);
}

/** Visits every heading in document order, including those inside lists and quotes. */
function headingsOf(node: Root | RootContent, found: Heading[] = []): Heading[] {
  if (node.type === 'heading') found.push(node);
  else if ('children' in node) for (const child of node.children) headingsOf(child, found);
  return found;
}

/** The report's title and date, read before the walk so that year-less headings ("June 9") can borrow the year. */
function titleAndDate(
  headings: Heading[],
  source: string,
  frontMatter: FrontMatter,
  locate: Locate,
): { title?: string; date?: Declared<string>; fromHeading?: boolean } {
  const written = headings.map((heading) => ({
    depth: heading.depth,
    text: headingText(heading, source),
    line: locate(heading.position?.start.offset ?? 0).line,
  }));
  const titleHeading = written.find((heading) => heading.depth === 1);
  const title = titleHeading?.text || frontMatter.title;
  // Front matter > a date in the title > the first heading that holds a date.
  let date = frontMatter.date;
  const titleDate = titleHeading ? findDate(titleHeading.text) : undefined;
  if (!date && titleHeading && titleDate) date = { value: titleDate.iso, origin: `line ${titleHeading.line}: title "${titleHeading.text}"` };
  for (const heading of date ? [] : written) {
    const found = findDate(heading.text);
    if (found) {
      const fromHeading = { value: found.iso, origin: `line ${heading.line}: heading "${heading.text}"` };
      return { ...(title ? { title } : {}), date: fromHeading, fromHeading: true };
    }
  }
  return { ...(title ? { title } : {}), ...(date ? { date } : {}) };
}

// A line that states the incident's date: "Date: 2024-10-08", "Incident date: March 3, 2019".
const DATE_LABEL = /^\s*(?:incident\s+)?date(?:\s+of\s+(?:the\s+)?incident)?\s*:/i;

// Zones a text names: an IANA id anywhere ("US/Pacific"), an abbreviation right after a clock time ("09:12 CET", "1:52pm PT").
const IANA_NAME = /\b[A-Z][A-Za-z]+\/[A-Z][A-Za-z_]+(?:\/[A-Z][A-Za-z_]+)?\b/g;
const CLOCK_ZONE = new RegExp(String.raw`\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s*\(?(${ZONE_SUFFIX_PATTERN})\b`, 'gi');

/** The zones a sentence names, resolved, with how each was written. */
function zonesNamed(text: string): Array<{ zone: string; written: string }> {
  const out: Array<{ zone: string; written: string }> = [];
  for (const m of text.matchAll(IANA_NAME)) {
    const zone = resolveZone(m[0]);
    if (zone) out.push({ zone, written: m[0] });
  }
  for (const m of text.matchAll(CLOCK_ZONE)) {
    const zone = resolveZone(m[1]!);
    if (zone && /^[A-Z]/.test(m[1]!)) out.push({ zone, written: m[1]! });
  }
  return out;
}

/** Walks the blocks of a report and collects its sentences, warnings and zone declarations. */
class ReportReader {
  readonly drafts: Draft[] = [];
  readonly warnings: Warning[] = [];
  /** The zone the document declares: front matter (set before the walk), else its first prose declaration. */
  declaredZone?: Declared<string>;
  /** A date the prose declares: a "Date:" line, or the line that declares the zone ("All times US/Eastern, 2 June 2024"). */
  declaredDate?: Declared<string>;
  /** The first zone a timeline header names: the document's zone only when nothing else declares one. */
  private firstHeaderZone?: Declared<string>;
  /** Every zone the text names ("…, US/Pacific.", "14:05 CET"), first mention each: one alone is the document's when nothing declares one. */
  private readonly namedZones = new Map<string, Declared<string>>();
  private readonly sections: OpenSection[] = [];

  constructor(
    private readonly source: string,
    private readonly locate: Locate,
    private readonly fallbackYear: number | undefined,
  ) {}

  private get section(): string[] {
    return this.sections.map((section) => section.text);
  }

  /** The document's zone: declared (front matter, prose) > the first table header's. */
  get timezone(): Declared<string> | undefined {
    const [only, ...others] = this.namedZones.values();
    return this.declaredZone ?? this.firstHeaderZone ?? (only && others.length === 0 ? only : undefined);
  }

  private get sectionDate(): string | undefined {
    for (let index = this.sections.length - 1; index >= 0; index--) {
      const date = this.sections[index]?.date;
      if (date) return date;
    }
    return undefined;
  }

  private warn(message: string, node: RootContent): void {
    const start = node.position?.start;
    this.warnings.push(start ? { message, line: start.line, column: start.column } : { message });
  }

  private push(draft: Draft): void {
    this.drafts.push(draft);
    const line = draft.position.start.line;
    const declared = findZoneDeclaration(draft.text);
    if (!this.declaredDate && (declared || DATE_LABEL.test(draft.text))) {
      const found = findDate(draft.text, this.fallbackYear);
      if (found) this.declaredDate = { value: found.iso, origin: `line ${line}: "${draft.text.trim()}"` };
    }
    for (const named of zonesNamed(draft.text)) {
      if (!this.namedZones.has(named.zone))
        this.namedZones.set(named.zone, { value: named.zone, origin: `line ${line}: the only zone the report names ("${named.written}")` });
    }
    // The first declaration in document order wins; front matter, read first, beats them all.
    if (!this.declaredZone && declared) this.declaredZone = { value: declared.zone, origin: `line ${line}: "${declared.phrase}"` };
  }

  block(node: RootContent, context: Context): void {
    switch (node.type) {
      case 'heading':
        return this.heading(node);
      case 'paragraph':
        return this.paragraph(node, context);
      case 'list':
        return this.list(node, context);
      case 'listItem':
        return this.listItem(node, context);
      case 'table':
        return this.table(node, context);
      case 'blockquote':
      case 'footnoteDefinition':
        for (const child of node.children) this.block(child, { ...context, container: 'paragraph' });
        return;
      // Not prose: code, front matter (read separately), rules and link definitions hold no claims.
      case 'code':
      case 'yaml':
      case 'thematicBreak':
      case 'definition':
        return;
      case 'html':
        // A comment is invisible to every reader of the report, so it holds no claim anyone reads.
        if (/^<!--[\s\S]*-->\s*$/.test(node.value)) return;
        return this.warn('HTML block not analysed: claims inside it are not checked', node);
      default: {
        // remark-frontmatter's toml node is not in mdast's type map, hence the widening.
        const type: string = node.type;
        const message =
          type === 'toml'
            ? 'TOML front matter not read: declare date and timezone in YAML front matter (---)'
            : `${type} not analysed: claims inside it are not checked`;
        return this.warn(message, node);
      }
    }
  }

  private heading(node: Heading): void {
    while ((this.sections[this.sections.length - 1]?.depth ?? 0) >= node.depth) this.sections.pop();
    const plain = plainTextOf(node.children, this.source);
    const range = trimRange(plain.text, [0, plain.text.length]);
    const text = sentenceText(plain, range);
    const date = findDate(text, this.fallbackYear)?.iso;
    this.sections.push(date ? { depth: node.depth, text, date } : { depth: node.depth, text });
    if (text === '') return;
    this.push(this.draft(text, plain, range, 'heading', undefined));
  }

  private paragraph(node: Paragraph, context: Context): void {
    this.sentencesOf(plainTextOf(node.children, this.source), 0, context.container, context.leadingTime);
  }

  private list(node: List, context: Context): void {
    for (const item of node.children) this.listItem(item, context);
  }

  private listItem(node: ListItem, context: Context): void {
    let leadingTime = context.leadingTime;
    node.children.forEach((child, index) => {
      if (child.type !== 'paragraph') {
        this.block(child, { container: 'paragraph', ...(leadingTime ? { leadingTime } : {}) });
        return;
      }
      const plain = plainTextOf(child.children, this.source);
      let from = 0;
      const head = index === 0 ? matchLeadingTime(plain.text) : undefined;
      if (head) {
        const range = [head.timeStart, head.timeEnd] as const;
        leadingTime = { text: sentenceText(plain, range), position: charactersPosition(plain, range, this.locate) };
        from = head.contentStart;
      }
      this.sentencesOf(plain, from, 'list-item', leadingTime);
    });
  }

  private table(node: Table, context: Context): void {
    const reading = readTable(node, this.source, this.locate, this.fallbackYear);
    // A header zone governs its own rows only; the document's zone comes from declarations (DESIGN.md).
    const zone: Declared<string> | undefined = reading.zone
      ? { value: reading.zone.zone, origin: `table header on line ${reading.zone.line}: "${reading.zone.header}"` }
      : undefined;
    this.firstHeaderZone ??= zone;
    for (const row of reading.rows) {
      const draft: Draft = { text: row.text, position: row.position, container: 'table-row', section: this.section };
      if (zone) draft.zone = zone;
      const leadingTime = row.leadingTime ?? context.leadingTime;
      if (leadingTime) draft.leadingTime = leadingTime;
      const date = row.date ?? this.sectionDate;
      if (date) draft.sectionDate = date;
      this.push(draft);
    }
  }

  private sentencesOf(plain: PlainText, from: number, container: SentenceContainer, leadingTime: LeadingTime | undefined): void {
    for (const range of segmentSentences(plain.text, from)) {
      this.push(this.draft(sentenceText(plain, range), plain, range, container, leadingTime));
    }
  }

  private draft(text: string, plain: PlainText, range: readonly [number, number], container: SentenceContainer, leadingTime: LeadingTime | undefined): Draft {
    const draft: Draft = { text, position: positionOf(plain, range, this.locate), container, section: this.section };
    if (leadingTime) draft.leadingTime = leadingTime;
    const date = this.sectionDate;
    if (date) draft.sectionDate = date;
    return draft;
  }
}

/**
 * Parses a markdown post-mortem into sentences with exact positions, plus its declared date,
 * zone and title. Throws InputError (file and line) for malformed front matter or an unknown zone.
 */
export function parseReport(path: string, source: string): Document {
  const tree = parseMarkdown(source);
  const locate = createLocator(source);
  const yamlNode = tree.children.find((node) => node.type === 'yaml');
  const frontMatter: FrontMatter = yamlNode && yamlNode.type === 'yaml' ? readFrontMatter(path, yamlNode.value, (yamlNode.position?.start.line ?? 1) + 1) : {};
  const { title, date: titleDate, fromHeading } = titleAndDate(headingsOf(tree), source, frontMatter, locate);
  const fallbackYear = titleDate ? Number(titleDate.value.slice(0, 4)) : undefined;

  const reader = new ReportReader(source, locate, fallbackYear);
  if (frontMatter.timezone) reader.declaredZone = frontMatter.timezone;
  for (const node of tree.children) reader.block(node, { container: 'paragraph' });
  if (reader.drafts.length === 0) reader.warnings.push({ message: 'no sentences found: the report has no prose, list or table text to check' });

  const document: Document = {
    path,
    source,
    sentences: reader.drafts.map((draft, index) => ({ id: `s${index + 1}`, ...draft })),
    warnings: reader.warnings,
  };
  if (reader.timezone) document.timezone = reader.timezone;
  // Front matter > the title's date > a date the prose declares > the first dated heading.
  const date = fromHeading ? (reader.declaredDate ?? titleDate) : (titleDate ?? reader.declaredDate);
  if (date) document.date = date;
  if (title) document.title = title;
  return document;
}
