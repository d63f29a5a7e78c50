// `npm run demo`: builds the example incident's git history (deterministic, once), checks
// the agent's post-mortem with the real CLI, prints every claim with its verdict, and
// writes the annotated markdown next to the report.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeRepo } from '../fixtures/gemini-portal-outage/make-repo.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// Paths relative to the repository root, as a user would type them.
const fixture = 'fixtures/gemini-portal-outage';
const repo = `${fixture}/repo`;
const cli = join(root, 'dist/src/cli/main.js');
const report = process.argv[2] ?? 'postmortem.md';
const evidence = ['builds.json', 'releases.json', 'revisions.json', 'audit.json', 'requests.ndjson'];
const annotated = `${fixture}/${report.replace(/\.md$/, '.annotated.md')}`;

async function demo(): Promise<number> {
  process.chdir(root);
  if (!existsSync(join(repo, '.git'))) {
    process.stderr.write(`Building the incident's git history in ${repo}/ …\n`);
    await makeRepo(repo);
  }
  const args = ['check', `${fixture}/${report}`, '--repo', repo, ...evidence.flatMap((f) => ['--evidence', `${fixture}/${f}`])];
  process.stderr.write(`$ npx pmcheck ${args.join(' ')}\n\n`);
  const text = spawnSync(process.execPath, [cli, ...args, ...(process.stdout.isTTY ? ['--color'] : [])], { cwd: root, stdio: 'inherit' });
  if (text.status !== 0 && text.status !== 1) return text.status ?? 2;
  const md = spawnSync(process.execPath, [cli, ...args, '--format', 'markdown', '--output', annotated], { cwd: root, stdio: ['ignore', 'inherit', 'pipe'] });
  if (md.status !== 0 && md.status !== 1) {
    process.stderr.write(md.stderr);
    return md.status ?? 2;
  }
  process.stderr.write(`\nAnnotated report: ${annotated}\n`);
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
