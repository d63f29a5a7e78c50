// `npm run bench [-- --scale N]`: measures the stages that grow with their input — reading
// a large Cloud Logging export (NDJSON and a gcloud JSON array), reading a long git history,
// and parsing and extracting a long report — on data generated here, deterministically.
// Prints wall time, throughput and peak memory for each. Never part of `npm test`.

import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { extractClaims } from '../src/claims/extract.js';
import { readEvidenceFile } from '../src/evidence/files/read-evidence-file.js';
import { readGitRepo } from '../src/evidence/git/index.js';
import { parseReport } from '../src/parse/index.js';

const scale = Number(process.argv[process.argv.indexOf('--scale') + 1] || 1) || 1;

interface Row {
  name: string;
  size: string;
  seconds: number;
  rate: string;
  peakMb: number;
}

/** Runs `fn`, sampling RSS every 20 ms; returns wall seconds and peak RSS in MB. */
async function measure(fn: () => unknown): Promise<{ seconds: number; peakMb: number }> {
  globalThis.gc?.();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  await fn();
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { seconds, peakMb: peak / 1024 / 1024 };
}

/** A seeded PRNG so every run writes the same bytes. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function requestEntry(i: number, rand: () => number): object {
  const t = new Date(Date.UTC(2026, 5, 9, 12) + i * 150).toISOString().replace('Z', '123Z');
  const storm = i > 200_000 * scale * 0.4 && i < 200_000 * scale * 0.45;
  const path = ['/api/session', '/api/orders/1234', '/api/profile', '/index.html'][Math.floor(rand() * 4)]!;
  return {
    httpRequest: {
      latency: '0.042s',
      requestMethod: 'GET',
      requestUrl: `https://portal.example.com${path}`,
      responseSize: '512',
      status: storm && path.startsWith('/api') ? 404 : 200,
      userAgent: 'bench',
      remoteIp: '198.51.100.7',
    },
    insertId: `bench${i}`,
    logName: 'projects/portal-prod/logs/firebasehosting.googleapis.com%2Fwebrequests',
    receiveTimestamp: t,
    resource: { type: 'firebase_domain', labels: { project_id: 'portal-prod', domain_name: 'portal.example.com' } },
    severity: 'INFO',
    timestamp: t,
  };
}

async function writeLog(path: string, entries: number, shape: 'ndjson' | 'array'): Promise<void> {
  const out = createWriteStream(path);
  const rand = prng(42);
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  if (shape === 'array') await write('[\n');
  for (let i = 0; i < entries; i++) {
    const e = requestEntry(i, rand);
    await write(shape === 'ndjson' ? `${JSON.stringify(e)}\n` : `${i ? ',\n' : ''}${JSON.stringify(e, null, 2)}`);
  }
  if (shape === 'array') await write('\n]\n');
  out.end();
  await once(out, 'finish');
}

/** A linear history of `count` commits, written with git fast-import (seconds, not minutes). */
function makeHistory(dir: string, count: number): void {
  const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
  spawnSync('git', ['-c', 'init.defaultBranch=main', 'init', '-q', dir], { env });
  let stream = '';
  for (let i = 0; i < count; i++) {
    const when = 1_780_000_000 + i * 60;
    const body = `line ${i}\n`;
    stream += `commit refs/heads/main\nmark :${i + 1}\nauthor Bench <bench@example.com> ${when} -0700\ncommitter Bench <bench@example.com> ${when} -0700\ndata ${`commit ${i}`.length}\ncommit ${i}\n`;
    if (i > 0) stream += `from :${i}\n`;
    stream += `M 100644 inline src/file${i % 200}.ts\ndata ${body.length}\n${body}\n`;
  }
  spawnSync('git', ['fast-import', '--quiet'], { cwd: dir, input: stream, env, maxBuffer: 1 << 30 });
  spawnSync('git', ['checkout', '-q', 'main'], { cwd: dir, env });
}

function longReport(sentences: number): string {
  const rows = Array.from({ length: sentences }, (_, i) => {
    const h = String(8 + (Math.floor(i / 60) % 12)).padStart(2, '0');
    const m = String(i % 60).padStart(2, '0');
    return `| ${h}:${m} | Build ${(0x4f1c2a9e + i).toString(16)} completed and was deployed by the agent. |`;
  });
  const prose = Array.from({ length: sentences }, (_, i) => `PR #${i + 1} changed ${i + 3} files. Errors began at 10:${String(i % 60).padStart(2, '0')}.`);
  return `---\ndate: 2026-06-09\ntimezone: America/Los_Angeles\n---\n# Bench\n\n| Time (PDT) | Event |\n| --- | --- |\n${rows.join('\n')}\n\n${prose.join('\n')}\n`;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'pmcheck-bench-'));
  const rows: Row[] = [];
  try {
    const entries = 200_000 * scale;
    for (const shape of ['ndjson', 'array'] as const) {
      const file = join(dir, `requests.${shape === 'ndjson' ? 'ndjson' : 'json'}`);
      await writeLog(file, entries, shape);
      const mb = (await stat(file)).size / 1024 / 1024;
      let buckets = 0;
      const m = await measure(async () => (buckets = (await readEvidenceFile(file)).health.length));
      rows.push({
        name: `Cloud Logging ${shape === 'ndjson' ? 'NDJSON' : 'JSON array (gcloud)'} → ${buckets} health buckets`,
        size: `${entries.toLocaleString('en-US')} entries, ${mb.toFixed(0)} MB`,
        seconds: m.seconds,
        rate: `${(mb / m.seconds).toFixed(1)} MB/s`,
        peakMb: m.peakMb,
      });
      await rm(file);
    }

    const commits = 20_000 * scale;
    const repo = join(dir, 'repo');
    makeHistory(repo, commits);
    const g = await measure(() => readGitRepo(repo));
    rows.push({
      name: 'git history (log --numstat, streamed)',
      size: `${commits.toLocaleString('en-US')} commits`,
      seconds: g.seconds,
      rate: `${Math.round(commits / g.seconds).toLocaleString('en-US')} commits/s`,
      peakMb: g.peakMb,
    });

    const sentences = 2_000 * scale;
    const source = longReport(sentences);
    let claims = 0;
    const r = await measure(() => {
      const doc = parseReport('bench.md', source);
      claims = extractClaims(doc, { zone: 'America/Los_Angeles', zoneOrigin: 'bench', date: '2026-06-09', dateOrigin: 'bench' }).length;
    });
    rows.push({
      name: `report parse + extract → ${claims.toLocaleString('en-US')} claims`,
      size: `${(sentences * 3).toLocaleString('en-US')} sentences, ${(source.length / 1024).toFixed(0)} KB`,
      seconds: r.seconds,
      rate: `${Math.round((sentences * 3) / r.seconds).toLocaleString('en-US')} sentences/s`,
      peakMb: r.peakMb,
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const w = [Math.max(...rows.map((x) => x.name.length)), Math.max(...rows.map((x) => x.size.length))] as const;
  process.stdout.write(`pmcheck benchmarks (scale ${scale}, node ${process.version})\n\n`);
  for (const x of rows) {
    process.stdout.write(
      `${x.name.padEnd(w[0])}  ${x.size.padEnd(w[1])}  ${x.seconds.toFixed(2).padStart(7)} s  ${x.rate.padStart(16)}  peak RSS ${x.peakMb.toFixed(0)} MB\n`,
    );
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
});
