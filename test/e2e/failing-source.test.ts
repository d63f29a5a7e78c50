// A source that fails while being read is not bad input: the claims that needed it become
// unverifiable with the reason, the others are still checked, and the run exits normally.

import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CheckReport } from '../../src/types.js';
import { FIXTURE, pmcheck } from './fixture-run.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pmcheck-corrupt-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], {
      cwd: dir,
      env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' },
    });
  git('init', '-q');
  await writeFile(join(dir, 'a.txt'), 'one\n');
  git('add', 'a.txt');
  git('commit', '-qm', 'first');
  await writeFile(join(dir, 'a.txt'), 'two\n');
  git('commit', '-qam', 'second (#7)');
  // Remove the blob objects: git log --numstat then fails to read them.
  for (const sub of await readdir(join(dir, '.git/objects'))) {
    if (!/^[0-9a-f]{2}$/.test(sub)) continue;
    for (const obj of await readdir(join(dir, '.git/objects', sub))) {
      const type = execFileSync('git', ['cat-file', '-t', sub + obj], { cwd: dir })
        .toString()
        .trim();
      if (type === 'blob') await rm(join(dir, '.git/objects', sub, obj), { force: true });
    }
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('a repository git cannot read makes git claims unverifiable, naming the failure; other claims are still checked', async () => {
  const report = join(dir, 'report.md');
  await writeFile(report, '---\ndate: 2026-06-09\ntimezone: America/Los_Angeles\n---\n# Outage\n\nPR #214 changed 12 files.\nErrors began at 10:02.\n');
  const r = await pmcheck(['check', report, '--repo', dir, '--evidence', `${FIXTURE}/requests.ndjson`, '--format', 'json']);
  expect(r.stderr).toBe('');
  const out = JSON.parse(r.stdout) as CheckReport;
  const git = out.sources.find((s) => s.kind === 'git');
  expect(git?.error).toMatch(/git/);
  const [size, time] = out.claims;
  expect(size?.verdict).toBe('unverifiable');
  expect(size?.reason).toContain('the git source');
  expect(size?.reason).toContain('failed');
  expect(time?.verdict).toBe('contradicted');
  expect(r.code).toBe(1);
});
