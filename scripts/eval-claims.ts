// `npm run eval:claims`: measures the extract stage on the labelled claims corpus
// (fixtures/claims/, README there): per split, detection recall and the share of lines
// wrongly flagged, precision and recall per claim kind, and time-resolution accuracy. The
// blind split is measured and printed, never tuned on.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractClaims } from '../src/claims/extract.js';
import { parseReport } from '../src/parse/index.js';
import type { Claim } from '../src/types.js';

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

/** What one split measured. */
interface Tally {
  entries: number;
  factLines: number;
  factLinesRead: number;
  plainLines: number;
  plainLinesFlagged: number;
  perKind: Map<string, { labelled: number; found: number; both: number }>;
  times: number;
  timesRead: number;
  timesRight: number;
}

const PRECISION_MS = { second: 1000, minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;

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

/** The claims of an excerpt by the line their sentence starts on. */
function claimsByLine(entry: Entry): Map<number, Claim[]> {
  const doc = parseReport(`${entry.id}.md`, entry.markdown);
  const zone = doc.timezone?.value ?? entry.context.zone ?? 'UTC';
  const date = doc.date?.value ?? entry.context.date;
  const claims = extractClaims(doc, {
    zone,
    zoneOrigin: doc.timezone?.origin ?? 'the corpus context',
    ...(date ? { date } : {}),
    dateOrigin: doc.date?.origin ?? 'the corpus context',
    knownActors: [],
    knownServices: [],
  });
  const lineOf = new Map(doc.sentences.map((s) => [s.id, s.position.start.line]));
  const byLine = new Map<number, Claim[]>();
  for (const c of claims) {
    const line = lineOf.get(c.sentenceId) ?? 0;
    byLine.set(line, [...(byLine.get(line) ?? []), c]);
  }
  return byLine;
}

function measure(entries: Entry[]): Tally {
  const t: Tally = {
    entries: entries.length,
    factLines: 0,
    factLinesRead: 0,
    plainLines: 0,
    plainLinesFlagged: 0,
    perKind: new Map(),
    times: 0,
    timesRead: 0,
    timesRight: 0,
  };
  const kind = (k: string) => {
    const row = t.perKind.get(k) ?? { labelled: 0, found: 0, both: 0 };
    t.perKind.set(k, row);
    return row;
  };
  for (const entry of entries) {
    const byLine = claimsByLine(entry);
    for (const label of entry.lines) {
      const claims = (byLine.get(label.line) ?? []).filter((c) => c.kind !== 'opinion');
      if (label.facts.length > 0) {
        t.factLines += 1;
        if (claims.length > 0) t.factLinesRead += 1;
      } else {
        t.plainLines += 1;
        if (claims.length > 0) t.plainLinesFlagged += 1;
      }
      const labelled = new Set(label.kinds ?? []);
      const found = new Set(claims.map((c) => c.kind));
      for (const k of labelled) kind(k).labelled += 1;
      for (const k of found) kind(k).found += 1;
      for (const k of labelled) if (found.has(k as Claim['kind'])) kind(k).both += 1;
      for (const f of label.facts) {
        if (f.kind !== 'time' || !f.instant) continue;
        t.times += 1;
        const resolved = claims.flatMap((c) => (c.time ? [c.time.start] : []));
        if (resolved.length === 0) continue;
        t.timesRead += 1;
        const want = Date.parse(f.instant);
        const span = PRECISION_MS[f.precision ?? 'minute'];
        if (resolved.some((iso) => Math.abs(Date.parse(iso) - want) < span)) t.timesRight += 1;
      }
    }
  }
  return t;
}

const pct = (n: number, d: number) => (d === 0 ? '   –  ' : `${((n / d) * 100).toFixed(1).padStart(5)}%`);

function report(split: string, t: Tally): string {
  const rows = [
    `${split}: ${t.entries} excerpts, ${t.factLines + t.plainLines} lines (${t.factLines} stating checkable facts, ${t.plainLines} stating none)`,
    `  detection recall (fact lines with a claim)     ${pct(t.factLinesRead, t.factLines)}  (${t.factLinesRead}/${t.factLines})`,
    `  lines wrongly flagged (no fact, a claim)       ${pct(t.plainLinesFlagged, t.plainLines)}  (${t.plainLinesFlagged}/${t.plainLines})`,
    `  time accuracy (resolved within its precision)  ${pct(t.timesRight, t.timesRead)}  (${t.timesRight}/${t.timesRead}; ${t.times - t.timesRead} labelled times not resolved)`,
    `  coverage (fact lines checked)                  ${pct(t.factLinesRead, t.factLines)}`,
    '  kind            labelled  found  both  precision  recall',
  ];
  for (const [k, r] of [...t.perKind].sort((a, b) => b[1].labelled - a[1].labelled)) {
    rows.push(
      `  ${k.padEnd(14)} ${String(r.labelled).padStart(9)} ${String(r.found).padStart(6)} ${String(r.both).padStart(5)}     ${pct(r.both, r.found)}  ${pct(r.both, r.labelled)}`,
    );
  }
  return rows.join('\n');
}

const splits = readdirSync(corpus, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort((a, b) => (a === 'blind' ? 1 : b === 'blind' ? -1 : a.localeCompare(b)));
process.stdout.write(`${splits.map((s) => report(s, measure(entriesOf(s)))).join('\n\n')}\n`);
