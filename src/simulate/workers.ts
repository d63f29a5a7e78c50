// Spreads scenarios over worker threads (parsing and checking are CPU-bound, so async
// concurrency alone would use one core). Each worker takes the next seed when it is free;
// results come back in seed order.

import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { runScenario, runScenarios, type ScenarioResult } from './run.js';

interface Job {
  seed: number;
}

/** Runs seeds seed … seed+n-1 in `jobs` worker threads (in process when jobs is 1). */
export async function runInWorkers(seed: number, n: number, jobs: number, onResult?: (r: ScenarioResult) => void): Promise<ScenarioResult[]> {
  if (jobs <= 1) return runScenarios(seed, n, { concurrency: 1, ...(onResult ? { onResult } : {}) });
  const results = new Array<ScenarioResult>(n);
  let next = 0;
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: { role: 'simulate-worker' } });
      const feed = () => {
        if (next >= n) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const job: Job = { seed: seed + next++ };
        worker.postMessage(job);
      };
      worker.on('message', (result: ScenarioResult) => {
        results[result.seed - seed] = result;
        onResult?.(result);
        feed();
      });
      worker.on('error', reject);
      feed();
    });
  await Promise.all(Array.from({ length: Math.min(jobs, n) }, one));
  return results;
}

// Inside a worker: run each seed posted, post back its result.
const data = workerData as { role?: string } | null;
if (!isMainThread && data?.role === 'simulate-worker' && parentPort) {
  const port = parentPort;
  port.on('message', (job: Job) => {
    void runScenario(job.seed).then((result) => port.postMessage(result));
  });
}
