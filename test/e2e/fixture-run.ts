// Runs the real CLI, as a subprocess, on the bundled incident: the way users run it.

import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { makeRepo } from '../../fixtures/gemini-portal-outage/make-repo.js';

const run = promisify(execFile);
export const ROOT = resolve(import.meta.dirname, '../..');
export const CLI = join(ROOT, 'dist/src/cli/main.js');
export const FIXTURE = 'fixtures/gemini-portal-outage';
export const EVIDENCE = ['builds.json', 'releases.json', 'revisions.json', 'audit.json', 'requests.ndjson'].map((f) => `${FIXTURE}/${f}`);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `pmcheck` with the given arguments from the repository root. */
export async function pmcheck(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** Builds the incident's repository in a temp folder whose name is stable (it shows in citations). */
export async function incidentRepo(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const parent = await mkdtemp(join(tmpdir(), 'pmcheck-e2e-'));
  const dir = join(parent, 'portal');
  await makeRepo(dir);
  return { dir, cleanup: () => rm(parent, { recursive: true, force: true }) };
}

/** The check arguments for one of the fixture's reports, all evidence included. */
export function checkArgs(report: string, repo: string): string[] {
  return ['check', `${FIXTURE}/${report}`, '--repo', repo, ...EVIDENCE.flatMap((f) => ['--evidence', f])];
}
