// Runs simulated incidents end to end: for each seed, the scenario, its evidence bundle, its
// statements and report, then pmcheck's own pipeline (runCheck, in process) on them. Each
// statement's verdict is the worst verdict of the claims on its line, or "not read" when
// pmcheck found no claim there. The figures compare those verdicts with the scenario's truth.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../check.js';
import { defaultConfig } from '../config.js';
import { writeBundle } from './bundle.js';
import { Rng } from './random.js';
import { renderReport } from './report.js';
import { generateScenario } from './scenario.js';
import type { Scenario } from './scenario-types.js';
import { FAMILIES, makeStatements, type Family, type Statement } from './statements.js';

/** A statement's verdict, or 'not read' when no claim was found on its line. */
export type Outcome = 'supported' | 'contradicted' | 'unsupported' | 'unverifiable' | 'not read';

const WORST_FIRST: readonly Outcome[] = ['contradicted', 'unsupported', 'unverifiable', 'supported'];

/** One checked statement. */
export interface CheckedStatement extends Statement {
  seed: number;
  verdict: Outcome;
  /** The reason of the claim that gave the verdict (the first one with it). */
  reason: string;
}

/** One scenario's result. */
export interface ScenarioResult {
  seed: number;
  label: string;
  statements: CheckedStatement[];
  /** An error that stopped the run (thrown by pmcheck or the bundle). */
  error?: string;
}

/** The narrow part of runCheck's answer the simulator reads. */
interface ClaimView {
  line: number;
  verdict: 'supported' | 'contradicted' | 'unsupported' | 'unverifiable';
  reason: string;
}

/** A short description of a scenario's dimensions ("cloud-run storm-5xx traffic-shift UTC"). */
export function scenarioLabel(s: Scenario): string {
  const attempts = s.attempts.map((a) => a.outcome.toLowerCase()).join('+');
  const edges = s.outage.windows.some((w) => w.quietStart || w.quietEnd) ? ' quiet-edge' : '';
  const extra = s.extras.length > 0 ? ` extra-${s.extras.map((e) => e.kind).join('+')}` : '';
  return `${s.platform}${s.platform !== s.deploysTo ? '(run)' : ''} ${s.outage.shape}${edges} cause:${s.cause.shape}${s.cause.author.kind === 'bot' ? '(bot)' : ''} recovery:${s.recovery.kind}${attempts ? ` attempts:${attempts}` : ''}${extra} ${s.zone} ${s.date}`;
}

/** Runs one scenario through pmcheck; the temp folder is removed afterwards unless `keep`. */
export async function runScenario(seed: number, options: { keep?: boolean } = {}): Promise<ScenarioResult & { dir?: string }> {
  const scenario = generateScenario(seed);
  const statements = new Rng((seed * 2654435761) >>> 0).shuffle(makeStatements(scenario, new Rng((seed ^ 0xabcdef) >>> 0)));
  const label = scenarioLabel(scenario);
  const dir = await mkdtemp(join(tmpdir(), `pmcheck-sim-${seed}-`));
  try {
    const bundle = await writeBundle(scenario, dir);
    const report = renderReport(scenario, statements);
    const reportPath = join(dir, 'postmortem.md');
    await writeFile(reportPath, report.text);
    const result = await runCheck({ reportPath, repo: bundle.repo, evidence: bundle.evidence, config: defaultConfig() });
    const claims: ClaimView[] = result.report.claims;
    const checked = statements.map((st, i): CheckedStatement => {
      const line = report.lines[i];
      const mine = claims.filter((c) => c.line === line);
      if (mine.length === 0) return { ...st, seed, verdict: 'not read', reason: 'no claim read on this line' };
      const verdict = WORST_FIRST.find((v) => mine.some((c) => c.verdict === v)) ?? 'supported';
      const reason = mine.find((c) => c.verdict === verdict)?.reason ?? '';
      return { ...st, seed, verdict, reason };
    });
    return { seed, label, statements: checked, ...(options.keep ? { dir } : {}) };
  } catch (error) {
    return { seed, label, statements: [], error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  } finally {
    if (!options.keep) await rm(dir, { recursive: true, force: true });
  }
}

/** Runs `n` scenarios with seeds seed, seed+1, …, `concurrency` at a time; `onResult` sees each as it ends. */
export async function runScenarios(
  seed: number,
  n: number,
  options: { concurrency?: number; onResult?: (r: ScenarioResult) => void } = {},
): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = new Array<ScenarioResult>(n);
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      const result = await runScenario(seed + i);
      results[i] = result;
      options.onResult?.(result);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 2) }, worker));
  return results;
}

/** Counts for one group of statements. */
export interface Tally {
  trueCount: number;
  falseCount: number;
  trueSupported: number;
  trueContradicted: number;
  falseContradicted: number;
  falseSupported: number;
  trueNotRead: number;
  falseNotRead: number;
}

/** The four figures and their breakdown. */
export interface Figures {
  scenarios: number;
  errors: number;
  total: Tally;
  byFamily: Record<Family, Tally>;
  /** Statements that fail a property: false but not contradicted, or true but not supported. */
  failing: CheckedStatement[];
}

function emptyTally(): Tally {
  return { trueCount: 0, falseCount: 0, trueSupported: 0, trueContradicted: 0, falseContradicted: 0, falseSupported: 0, trueNotRead: 0, falseNotRead: 0 };
}

function count(t: Tally, s: CheckedStatement): void {
  if (s.truth) {
    t.trueCount++;
    if (s.verdict === 'supported') t.trueSupported++;
    if (s.verdict === 'contradicted') t.trueContradicted++;
    if (s.verdict === 'not read') t.trueNotRead++;
  } else {
    t.falseCount++;
    if (s.verdict === 'contradicted') t.falseContradicted++;
    if (s.verdict === 'supported') t.falseSupported++;
    if (s.verdict === 'not read') t.falseNotRead++;
  }
}

/** Tallies results into the figures. */
export function computeFigures(results: readonly ScenarioResult[]): Figures {
  const total = emptyTally();
  const byFamily = Object.fromEntries(FAMILIES.map((f) => [f, emptyTally()])) as Record<Family, Tally>;
  const failing: CheckedStatement[] = [];
  for (const r of results) {
    for (const s of r.statements) {
      count(total, s);
      count(byFamily[s.family], s);
      if ((s.truth && s.verdict !== 'supported') || (!s.truth && s.verdict !== 'contradicted')) failing.push(s);
    }
  }
  return { scenarios: results.length, errors: results.filter((r) => r.error).length, total, byFamily, failing };
}

/** The properties: false supported 0, true contradicted 0, ≥ 95% of false contradicted, ≥ 90% of true supported. */
export function propertiesHold(f: Figures): boolean {
  const t = f.total;
  return (
    f.errors === 0 &&
    t.falseSupported === 0 &&
    t.trueContradicted === 0 &&
    share(t.falseContradicted, t.falseCount) >= 95 &&
    share(t.trueSupported, t.trueCount) >= 90
  );
}

/** 100·a/b, 0 for an empty group. */
export function share(a: number, b: number): number {
  return b === 0 ? 0 : (100 * a) / b;
}
