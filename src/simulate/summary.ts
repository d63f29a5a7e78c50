// Words and tables for simulation results: per-family figures, the smallest failing
// statement of each failing scenario, and the one-line summary of the four figures.

import { FAMILIES } from './statements.js';
import { share, type CheckedStatement, type Figures, type ScenarioResult, type Tally } from './run.js';

const pct = (a: number, b: number) => (b === 0 ? '   -  ' : `${share(a, b).toFixed(1).padStart(5)}%`);

/** The per-family table. */
export function familyTable(f: Figures): string {
  const head = `${'family'.padEnd(18)} ${'true'.padStart(5)} ${'supp'.padStart(6)} ${'contr'.padStart(5)} ${'unread'.padStart(6)}  ${'false'.padStart(5)} ${'contr'.padStart(6)} ${'supp'.padStart(5)} ${'unread'.padStart(6)}`;
  const row = (name: string, t: Tally) =>
    `${name.padEnd(18)} ${String(t.trueCount).padStart(5)} ${pct(t.trueSupported, t.trueCount)} ${String(t.trueContradicted).padStart(5)} ${String(t.trueNotRead).padStart(6)}  ${String(t.falseCount).padStart(5)} ${pct(t.falseContradicted, t.falseCount)} ${String(t.falseSupported).padStart(5)} ${String(t.falseNotRead).padStart(6)}`;
  return [head, ...FAMILIES.map((fam) => row(fam, f.byFamily[fam])), row('all', f.total)].join('\n');
}

/** One failing statement on one line (and its reason on the next). */
export function describeFailing(s: CheckedStatement): string {
  return `  [${s.family} #${s.phrasing}] ${s.truth ? 'TRUE' : 'FALSE'} → ${s.verdict}: ${s.text}\n      (${s.note}) reason: ${oneLine(s.reason)}`;
}

/** For each failing scenario: its seed, dimensions, and its shortest failing statement (all of them when verbose). */
export function failingScenarios(results: readonly ScenarioResult[], verbose: boolean): string {
  const out: string[] = [];
  for (const r of results) {
    if (r.error) {
      out.push(`seed ${r.seed} (${r.label}): ERROR ${oneLine(r.error).slice(0, 400)}`);
      continue;
    }
    const failing = r.statements.filter((s) => (s.truth ? s.verdict !== 'supported' : s.verdict !== 'contradicted'));
    if (failing.length === 0) continue;
    // The shortest first: the easiest to read and to reproduce.
    const sorted = [...failing].sort((a, b) => a.text.length - b.text.length);
    out.push(`seed ${r.seed} (${r.label}): ${failing.length} failing`);
    for (const s of verbose ? sorted : sorted.slice(0, 1)) out.push(describeFailing(s));
  }
  return out.join('\n');
}

/** Failing statements grouped by family, truth and verdict, biggest group first, each with its shortest example. */
export function failureClasses(f: Figures, limit = 20): string {
  const groups = new Map<string, CheckedStatement[]>();
  for (const s of f.failing) {
    const key = `${s.family} ${s.truth ? 'TRUE' : 'FALSE'} → ${s.verdict}`;
    const list = groups.get(key) ?? [];
    list.push(s);
    groups.set(key, list);
  }
  const sorted = [...groups].sort((a, b) => severityOf(b[0]) - severityOf(a[0]) || b[1].length - a[1].length);
  return sorted
    .slice(0, limit)
    .map(([key, list]) => {
      const example = [...list].sort((a, b) => a.text.length - b.text.length)[0] as CheckedStatement;
      const head = `${String(list.length).padStart(5)}  ${key}`;
      return `${head}\n       e.g. seed ${example.seed}: ${example.text}\n       (${example.note}) reason: ${oneLine(example.reason).slice(0, 300)}`;
    })
    .join('\n');
}

function severityOf(key: string): number {
  return key.includes('TRUE → contradicted') || key.includes('FALSE → supported') ? 1 : 0;
}

/** Statements pmcheck read no claim in, true and false. */
export function notReadLine(f: Figures): string {
  return `not read: ${f.total.trueNotRead} true, ${f.total.falseNotRead} false (counted as neither supported nor contradicted)`;
}

/** "scenarios 1000 · statements 24000 · false supported 0 · true contradicted 0 · false contradicted 96.1% · true supported 92.3%". */
export function summaryLine(f: Figures): string {
  const t = f.total;
  const errors = f.errors > 0 ? ` · errors ${f.errors}` : '';
  return `scenarios ${f.scenarios} · statements ${t.trueCount + t.falseCount} · false supported ${t.falseSupported} · true contradicted ${t.trueContradicted} · false contradicted ${share(t.falseContradicted, t.falseCount).toFixed(1)}% · true supported ${share(t.trueSupported, t.trueCount).toFixed(1)}%${errors}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
