// A request log larger than the heap must still be read: only aggregates may be kept.
// (Strings parsed from the file can pin whole read chunks if stored; this caught that.)

import { execFile } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';

const run = promisify(execFile);
const reader = resolve(import.meta.dirname, '../../../dist/src/evidence/files/read-evidence-file.js');
let dir: string;
let file: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pmcheck-mem-'));
  file = join(dir, 'requests.ndjson');
  const out = createWriteStream(file);
  // 350,000 entries, one every 100 ms (about 580 minutes), some 404 storms: ~110 MB.
  for (let i = 0; i < 350_000; i++) {
    const t = new Date(Date.UTC(2026, 5, 9, 8) + i * 100).toISOString();
    const status = i % 7 === 0 && Math.floor(i / 6000) % 5 === 4 ? 404 : 200;
    const line = `{"httpRequest":{"requestMethod":"GET","requestUrl":"https://portal.example.com/api/item${i % 40}","status":${status},"responseSize":"120","latency":"0.031s"},"insertId":"e${i}","logName":"projects/portal-prod/logs/firebasehosting.googleapis.com%2Fwebrequests","resource":{"type":"firebase_domain","labels":{"domain_name":"portal.example.com"}},"timestamp":"${t}"}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('reads a request log of about 110 MB with a 48 MB heap', async () => {
  expect((await stat(file)).size).toBeGreaterThan(100 * 1024 * 1024);
  const script = `const { readEvidenceFile } = await import(${JSON.stringify(reader)}); const d = await readEvidenceFile(${JSON.stringify(file)}); console.log(d.health.length);`;
  const { stdout } = await run(process.execPath, ['--max-old-space-size=48', '--input-type=module', '-e', script], { maxBuffer: 1 << 20 });
  expect(Number(stdout.trim())).toBeGreaterThan(550);
}, 90_000);
