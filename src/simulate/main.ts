// The simulator's command line: `npm run simulate -- --seed S --n N [--verbose] [--jobs J] [--json FILE]`.
// Runs N scenarios from seed S through pmcheck, prints per-family figures, each failing
// scenario's seed with its smallest failing statement, and the four figures on the last line.
// Exits 1 when a property fails.

import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { computeFigures, propertiesHold } from './run.js';
import { runInWorkers } from './workers.js';
import { failingScenarios, failureClasses, familyTable, notReadLine, summaryLine } from './summary.js';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: '1' },
      n: { type: 'string', default: '100' },
      verbose: { type: 'boolean', default: false },
      jobs: { type: 'string', default: '2' },
      json: { type: 'string' },
    },
  });
  const seed = Number(values.seed);
  const n = Number(values.n);
  const jobs = Number(values.jobs);
  if (!Number.isSafeInteger(seed) || !Number.isSafeInteger(n) || n < 1 || !Number.isSafeInteger(jobs) || jobs < 1) {
    process.stderr.write('usage: simulate --seed S --n N [--verbose] [--jobs J] [--json FILE]\n');
    return 2;
  }
  const started = Date.now();
  let done = 0;
  const results = await runInWorkers(seed, n, jobs, () => {
    done++;
    if (process.stderr.isTTY && done % 10 === 0) process.stderr.write(`\r${done}/${n}`);
  });
  if (process.stderr.isTTY) process.stderr.write('\r');
  const figures = computeFigures(results);
  process.stdout.write(`${familyTable(figures)}\n\n`);
  const failing = failingScenarios(results, values.verbose);
  if (failing) process.stdout.write(`${failing}\n\n`);
  if (figures.failing.length > 0) process.stdout.write(`failure classes (family, truth → verdict):\n${failureClasses(figures)}\n\n`);
  process.stdout.write(`${notReadLine(figures)}\n`);
  if (values.json) await writeFile(values.json, `${JSON.stringify({ figures: { ...figures, failing: undefined }, failing: figures.failing }, null, 2)}\n`);
  process.stdout.write(`time ${((Date.now() - started) / 1000).toFixed(1)} s, ${jobs} jobs\n`);
  process.stdout.write(`${summaryLine(figures)}\n`);
  return propertiesHold(figures) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  },
);
