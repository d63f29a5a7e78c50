// `npm run demo`: builds the example incident's git history (deterministic, once), checks
// the agent's post-mortem with the real CLI, prints every claim with its verdict, and
// writes the annotated markdown next to the report.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeRepo } from '../fixtures/gemini-portal-outage/make-repo.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = join(root, 'fixtures/gemini-portal-outage');
const repo = join(fixture, 'repo');
const cli = join(root, 'dist/src/cli/main.js');
const report = process.argv[2] ?? 'postmortem.md';
const evidence = ['builds.json', 'releases.json', 'revisions.json', 'audit.json', 'requests.ndjson'];
const annotated = join(fixture, report.replace(/\.md$/, '.annotated.md'));

async function demo(): Promise<number> {
  if (!existsSync(join(repo, '.git'))) {
    process.stderr.write(`Building the incident's git history in ${relative(root, repo)}/ …\n`);
    await makeRepo(repo);
  }
  const args = ['check', join(fixture, report), '--repo', repo, ...evidence.flatMap((f) => ['--evidence', join(fixture, f)])];
  const shown = ['pmcheck', ...args].map((a) => (a.startsWith(root) ? relative(root, a) : a)).join(' ');
  process.stderr.write(`$ ${shown}\n\n`);
  const text = spawnSync(process.execPath, [cli, ...args, ...(process.stdout.isTTY ? ['--color'] : [])], { cwd: root, stdio: 'inherit' });
  if (text.status !== 0 && text.status !== 1) return text.status ?? 2;
  const md = spawnSync(process.execPath, [cli, ...args, '--format', 'markdown', '--output', annotated], { cwd: root, stdio: ['ignore', 'inherit', 'pipe'] });
  if (md.status !== 0 && md.status !== 1) {
    process.stderr.write(md.stderr);
    return md.status ?? 2;
  }
  process.stderr.write(`\nAnnotated report: ${relative(root, annotated)}\n`);
  // Contradicted claims are what the demo is meant to show: exit 1 from `check` is success here.
  return 0;
}

demo().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`demo: ${(err as Error).message}\n`);
    process.exitCode = 2;
  },
);
