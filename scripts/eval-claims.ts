// `npm run eval:claims`: measures the extract stage on the labelled claims corpus
// (fixtures/claims/, README there), per split: the detector's precision and recall per fact
// kind (by line), the lines wrongly flagged, time-resolution accuracy, claim kinds per line,
// and coverage. The blind split is measured and printed, never tuned on.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DetectedFact } from '../src/claims/detect/index.js';
import { readReport } from '../src/claims/extract.js';
import { parseReport } from '../src/parse/index.js';
import type { Claim, Document, Sentence } from '../src/types.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = join(root, 'fixtures/claims');

interface Fact {
  kind: string;
  text: string;
  instant?: string;
  precision?: 'second' | 'minute' | 'hour' | 'day';
}

interface Entry {
  id: string;
  markdown: string;
  context: { date?: string; zone?: string };
  lines: Array<{ line: number; facts: Fact[]; kinds?: string[] }>;
}

interface Row {
  labelled: number;
  found: number;
  both: number;
}

/** What one split measured. */
interface Tally {
  entries: number;
  factLines: number;
  plainLines: number;
  detected: number;
  detectedPlain: number;
  claimed: number;
  claimedPlain: number;
  checked: number;
  factKinds: Map<string, Row>;
  claimKinds: Map<string, Row>;
  times: number;
  timesRead: number;
  timesRight: number;
  /** With --misses: the lines behind the figures, for tuning (never printed for the blind split). */
  misses: string[];
}

const PRECISION_MS = { second: 1000, minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;
const showMisses = process.argv.includes('--misses');

function entriesOf(split: string): Entry[] {
  const dir = join(corpus, split);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as Entry),
    );
}

/** What pmcheck read on each line of an excerpt: the facts detected there, and the claims of sentences whose facts stand there. */
interface LineReading {
  facts: DetectedFact[];
  claims: Claim[];
}

function readExcerpt(entry: Entry): Map<number, LineReading> {
  const doc = parseReport(`${entry.id}.md`, entry.markdown);
  const zone = doc.timezone?.value ?? entry.context.zone ?? 'UTC';
  const date = doc.date?.value ?? entry.context.date;
  const origin = { zoneOrigin: doc.timezone?.origin ?? 'the corpus context', dateOrigin: doc.date?.origin ?? 'the corpus context' };
  // The facts as the extract stage read them: dated by the prose and placed on the timeline's days.
  const { claims, detected } = readReport(doc, { zone, ...(date ? { date } : {}), ...origin });
  const lines = new Map<number, LineReading>();
  const at = (line: number) => {
    const r = lines.get(line) ?? { facts: [], claims: [] };
    lines.set(line, r);
    return r;
  };
  for (const sentence of doc.sentences) {
    const facts = detected.get(sentence.id) ?? [];
    const factLines = new Set<number>(facts.length === 0 ? [sentence.position.start.line] : []);
    let cursor = 0;
    for (const f of facts) {
      const [line, next] = lineOfFact(doc, sentence, f, cursor);
      cursor = next;
      factLines.add(line);
      at(line).facts.push(f);
    }
    const mine = claims.filter((c) => c.sentenceId === sentence.id);
    for (const line of factLines) at(line).claims.push(...mine);
  }
  return lines;
}

/** The source line a fact is written on: its text searched for within the sentence's span, from `from` on (facts come in text order). */
function lineOfFact(doc: Document, sentence: Sentence, f: DetectedFact, from: number): [number, number] {
  const start = sentence.position.start.line;
  if (f.leading) return [sentence.leadingTime?.position.start.line ?? start, from];
  const span = doc.source.slice(sentence.position.start.offset, sentence.position.end.offset);
  const first = f.text.split(/\s+/)[0] ?? f.text;
  const hits = [span.indexOf(f.text, from), span.indexOf(first, from), span.indexOf(f.text), span.indexOf(first)];
  const at = hits.find((h) => h >= 0);
  if (at === undefined) return [start, from];
  return [start + (span.slice(0, at).match(/\n/g)?.length ?? 0), at];
}

function measure(entries: Entry[], keepMisses: boolean): Tally {
  const t: Tally = {
    entries: entries.length,
    factLines: 0,
    plainLines: 0,
    detected: 0,
    detectedPlain: 0,
    claimed: 0,
    claimedPlain: 0,
    checked: 0,
    factKinds: new Map(),
    claimKinds: new Map(),
    times: 0,
    timesRead: 0,
    timesRight: 0,
    misses: [],
  };
  const row = (m: Map<string, Row>, k: string) => {
    const r = m.get(k) ?? { labelled: 0, found: 0, both: 0 };
    m.set(k, r);
    return r;
  };
  const tallyKinds = (m: Map<string, Row>, labelled: Set<string>, found: Set<string>) => {
    for (const k of labelled) row(m, k).labelled += 1;
    for (const k of found) row(m, k).found += 1;
    for (const k of labelled) if (found.has(k)) row(m, k).both += 1;
  };
  for (const entry of entries) {
    const reading = readExcerpt(entry);
    const source = entry.markdown.split('\n');
    for (const label of entry.lines) {
      const r = reading.get(label.line) ?? { facts: [], claims: [] };
      const claims = r.claims.filter((c) => c.kind !== 'opinion');
      const note = (what: string) => keepMisses && t.misses.push(`${entry.id}:${label.line} ${what}\n    ${source[label.line - 1]}`);
      if (label.facts.length > 0) {
        t.factLines += 1;
        if (r.facts.length > 0) t.detected += 1;
        else note('no fact detected');
        if (claims.length > 0) t.claimed += 1;
        if (claims.some((c) => (c.kind as string) !== 'fact')) t.checked += 1;
      } else {
        t.plainLines += 1;
        if (r.facts.length > 0) {
          t.detectedPlain += 1;
          note(`flagged: ${r.facts.map((f) => `${f.kind} "${f.text}"`).join(', ')}`);
        }
        if (claims.length > 0) {
          t.claimedPlain += 1;
          note(`claimed: ${claims.map((c) => `${c.kind}/${c.pattern}`).join(', ')}`);
        }
      }
      const labelledKinds = new Set(label.facts.map((f) => f.kind));
      const foundKinds = new Set<string>(r.facts.map((f) => f.kind));
      tallyKinds(t.factKinds, labelledKinds, foundKinds);
      if (label.facts.length > 0) {
        for (const k of foundKinds)
          if (!labelledKinds.has(k))
            note(
              `${k} not labelled: ${r.facts
                .filter((f) => f.kind === k)
                .map((f) => `"${f.text}"`)
                .join(', ')}`,
            );
        for (const k of labelledKinds)
          if (!foundKinds.has(k))
            note(
              `${k} missed: ${label.facts
                .filter((f) => f.kind === k)
                .map((f) => `"${f.text}"`)
                .join(', ')}`,
            );
      }
      tallyKinds(t.claimKinds, new Set(label.kinds ?? []), new Set(claims.map((c) => c.kind)));
      for (const f of label.facts) {
        if (f.kind !== 'time' || !f.instant) continue;
        t.times += 1;
        const resolved = [
          ...claims.flatMap((c) => (c.time ? [c.time.start] : [])),
          ...r.facts.flatMap((d) => [d.instant, d.until].filter((i) => i !== undefined)),
        ];
        if (resolved.length === 0) {
          note(`time not resolved: "${f.text}"`);
          continue;
        }
        t.timesRead += 1;
        const want = Date.parse(f.instant);
        const span = PRECISION_MS[f.precision ?? 'minute'];
        if (resolved.some((iso) => Math.abs(Date.parse(iso) - want) < span)) t.timesRight += 1;
        else note(`time wrong: "${f.text}" want ${f.instant}, read ${resolved.join(' ')}`);
      }
    }
  }
  return t;
}

const pct = (n: number, d: number) => (d === 0 ? '   –  ' : `${((n / d) * 100).toFixed(1).padStart(5)}%`);
const ratio = (n: number, d: number) => `${pct(n, d)}  (${n}/${d})`;

function table(title: string, m: Map<string, Row>): string[] {
  const rows = [`  ${title.padEnd(15)} labelled  found  both  precision  recall`];
  for (const [k, r] of [...m].sort((a, b) => b[1].labelled - a[1].labelled)) {
    rows.push(
      `  ${k.padEnd(14)} ${String(r.labelled).padStart(9)} ${String(r.found).padStart(6)} ${String(r.both).padStart(5)}     ${pct(r.both, r.found)}  ${pct(r.both, r.labelled)}`,
    );
  }
  return rows;
}

function report(split: string, t: Tally): string {
  const rows = [
    `${split}: ${t.entries} excerpts, ${t.factLines + t.plainLines} lines (${t.factLines} stating checkable facts, ${t.plainLines} stating none)`,
    `  detection recall (fact lines with a fact found)   ${ratio(t.detected, t.factLines)}`,
    `  lines wrongly flagged (no fact, a fact found)     ${ratio(t.detectedPlain, t.plainLines)}`,
    `  claims: fact lines with a claim                   ${ratio(t.claimed, t.factLines)}`,
    `  claims: lines wrongly flagged (no fact, a claim)  ${ratio(t.claimedPlain, t.plainLines)}`,
    `  coverage (fact lines a rule interprets, to check) ${ratio(t.checked, t.factLines)}`,
    `  time accuracy (resolved within its precision)     ${ratio(t.timesRight, t.timesRead)}; ${t.times - t.timesRead} labelled times not resolved`,
    '  detection by fact kind, per line:',
    ...table('fact kind', t.factKinds),
    '  claims by kind, per line:',
    ...table('claim kind', t.claimKinds),
  ];
  return rows.join('\n');
}

const splits = readdirSync(corpus, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort((a, b) => (a === 'blind' ? 1 : b === 'blind' ? -1 : a.localeCompare(b)))
  // `--split tuning` measures one split only (while tuning, the blind figures are not looked at).
  .filter((s) => !process.argv.includes('--split') || process.argv[process.argv.indexOf('--split') + 1] === s);
const out: string[] = [];
for (const split of splits) {
  // The blind split's lines are never printed: its figures only.
  const t = measure(entriesOf(split), showMisses && split !== 'blind');
  out.push(report(split, t));
  if (t.misses.length > 0) out.push(t.misses.join('\n'));
}
process.stdout.write(`${out.join('\n\n')}\n`);
