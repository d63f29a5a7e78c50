// The incident simulator: generation is deterministic for a seed, the evidence it writes
// says what the scenario says (read back from the files, not through pmcheck), computed
// truth is right for hand-checked scenarios, and — the point of it all — pmcheck's verdicts
// agree with the truth over a few hundred random incidents.

import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writeBundle } from '../../src/simulate/bundle.js';
import { Rng } from '../../src/simulate/random.js';
import { generateScenario } from '../../src/simulate/scenario.js';
import type { Scenario } from '../../src/simulate/scenario-types.js';
import { makeStatements, type Statement } from '../../src/simulate/statements.js';
import { outageFacts, recoveryWasRollback } from '../../src/simulate/truth.js';

const ROOT = resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pmcheck-simtest-'));
  dirs.push(dir);
  return dir;
}

/** The first seed from 1 whose scenario matches (deterministic: the generator is). */
function findSeed(match: (s: Scenario) => boolean): Scenario {
  for (let seed = 1; seed < 2000; seed++) {
    const s = generateScenario(seed);
    if (match(s)) return s;
  }
  throw new Error('no seed below 2000 matches');
}

function statementsOf(s: Scenario): Statement[] {
  return makeStatements(s, new Rng(s.seed));
}

/** Every way the writer may name an actor. */
function namesOf(a: { name: string; email: string; first?: string }): string[] {
  return [a.name, a.email, ...(a.first ? [a.first] : [])];
}

function comparable(s: Scenario): string {
  const { history, ...rest } = s;
  return JSON.stringify({ ...rest, commits: history.commits.map((c) => c.sha), branches: [...history.branches] });
}

describe('the scenario generator', () => {
  it('gives the same incident, statements and bundle bytes for the same seed', async () => {
    for (const seed of [7, 123, 4242]) {
      const a = generateScenario(seed);
      const b = generateScenario(seed);
      expect(comparable(a)).toBe(comparable(b));
      expect(statementsOf(a).map((x) => x.text)).toEqual(statementsOf(b).map((x) => x.text));
    }
    expect(comparable(generateScenario(1))).not.toBe(comparable(generateScenario(2)));
    const s = generateScenario(99);
    const [d1, d2] = [await tempDir(), await tempDir()];
    await writeBundle(s, d1);
    await writeBundle(generateScenario(99), d2);
    for (const file of (await readdir(d1)).filter((f) => f.includes('.'))) {
      expect(await readFile(join(d2, file), 'utf8'), file).toBe(await readFile(join(d1, file), 'utf8'));
    }
  });

  it('covers every platform, outage shape and recovery across seeds', () => {
    const seen = new Set<string>();
    for (let seed = 1; seed <= 300; seed++) {
      const s = generateScenario(seed);
      seen.add(s.platform).add(s.outage.shape).add(s.recovery.kind).add(s.cause.shape).add(s.zone);
      for (const a of s.attempts) seen.add(a.outcome);
    }
    for (const dim of [
      'cloud-run',
      'hosting',
      'storm-5xx',
      'storm-404',
      'one-route',
      'partial',
      'two-windows',
      'hosting-rollback',
      'traffic-shift',
      'redeploy-image',
      'revert',
      'fix-forward',
      'merge-commit',
      'squash',
      'direct-push',
      'FAILURE',
      'CANCELLED',
      'TIMEOUT',
      'INEFFECTIVE',
      'UTC',
      'Australia/Sydney',
      'Asia/Kolkata',
    ]) {
      expect(seen.has(dim), dim).toBe(true);
    }
  });

  it('writes a real git repository that git itself accepts, with the scenario’s PR sizes', async () => {
    const s = findSeed((x) => x.cause.pr?.shape === 'merge-commit');
    const { repo } = await writeBundle(s, await tempDir());
    execFileSync('git', ['--git-dir', repo, 'fsck', '--strict', '--no-dangling'], { encoding: 'utf8' });
    const pr = s.cause.pr!;
    const numstat = execFileSync('git', ['--git-dir', repo, 'diff', '--numstat', '--no-renames', `${pr.landed.sha}^1`, pr.landed.sha], { encoding: 'utf8' });
    expect(numstat.trim().split('\n').length).toBe(pr.files);
    const subject = execFileSync('git', ['--git-dir', repo, 'log', '-1', '--format=%an|%cn|%s', pr.landed.sha], { encoding: 'utf8' }).trim();
    expect(subject).toBe(`${pr.merger.name}|GitHub|Merge pull request #${pr.number} from example/${pr.branch.replace(/\//g, '-')}`);
  });
});

describe('computed truth', () => {
  it('a traffic shift back is a rollback: "X shifted traffic back to R" is true, "no rollback" is false', async () => {
    const s = findSeed((x) => x.recovery.kind === 'traffic-shift' && x.formats.runAudit === 'v1');
    const prev = s.previous.revision!;
    const shift = s.serviceUpdates.find((u) => u.role === 'shift')!;
    expect(shift.traffic).toEqual([{ revision: prev, percent: 100 }]);
    expect(shift.actor).toBe(s.recovery.actor);
    expect(recoveryWasRollback(s)).toBe(true);

    const statements = statementsOf(s);
    const rollback = statements.filter((x) => x.family === 'rollback');
    const shiftTrue = rollback.find((x) => x.truth);
    expect(shiftTrue?.text).toContain(prev);
    expect(namesOf(s.recovery.actor).some((n) => shiftTrue?.text.includes(n))).toBe(true);
    expect(statements.find((x) => x.family === 'no-rollback')?.truth).toBe(false);

    // The evidence says so too, read straight from the files.
    const dir = await tempDir();
    await writeBundle(s, dir);
    const audit = JSON.parse(await readFile(join(dir, 'audit.json'), 'utf8')) as Array<{
      protoPayload: { methodName: string; authenticationInfo?: { principalEmail: string }; request?: { service?: { spec?: { traffic?: unknown[] } } } };
    }>;
    const replace = audit.filter(
      (e) => e.protoPayload.methodName.endsWith('ReplaceService') && e.protoPayload.authenticationInfo?.principalEmail === s.recovery.actor.email,
    );
    expect(replace.map((e) => e.protoPayload.request?.service?.spec?.traffic)).toContainEqual([{ revisionName: prev, percent: 100 }]);
    const requests = (await readFile(join(dir, 'requests.ndjson'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { timestamp: string; httpRequest: { status: number }; resource: { labels: { revision_name: string } } });
    const o = outageFacts(s);
    const after = requests.filter((r) => Date.parse(r.timestamp) > o.lastFailureMs + 1);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((r) => r.resource.labels.revision_name === prev && r.httpRequest.status < 500)).toBe(true);
  });

  it('a fix forward is no rollback: "no rollback" is true, a claimed rollback is false, the fix build restored service', () => {
    const s = findSeed((x) => x.recovery.kind === 'fix-forward' && x.platform === 'cloud-run');
    expect(recoveryWasRollback(s)).toBe(false);
    const statements = statementsOf(s);
    expect(statements.find((x) => x.family === 'no-rollback')?.truth).toBe(true);
    expect(statements.filter((x) => x.family === 'rollback').every((x) => !x.truth)).toBe(true);
    const restored = statements.find((x) => x.family === 'restored-by' && x.truth);
    expect(restored?.text).toContain(s.recovery.build!.id.slice(0, 8));
    const credited = statements.find((x) => x.family === 'restored-by' && !x.truth);
    expect(credited?.text).not.toContain(s.recovery.build!.id.slice(0, 8));
  });

  it('a cancelled attempt: the canceller is named in the audit log, a different person is false', async () => {
    const s = findSeed((x) => x.attempts.some((a) => a.outcome === 'CANCELLED'));
    const build = s.attempts.find((a) => a.outcome === 'CANCELLED')!.build;
    const statements = statementsOf(s).filter((x) => x.family === 'cancelled-by');
    const yes = statements.find((x) => x.truth)!;
    const no = statements.find((x) => !x.truth)!;
    expect(namesOf(build.cancel!.actor).some((n) => yes.text.includes(n))).toBe(true);
    expect(namesOf(build.cancel!.actor).some((n) => no.text.includes(` ${n}`) || no.text.startsWith(n))).toBe(false);
    const dir = await tempDir();
    await writeBundle(s, dir);
    const builds = JSON.parse(await readFile(join(dir, 'builds.json'), 'utf8')) as Array<{ id: string; status: string }>;
    expect(builds.find((b) => b.id === build.id)?.status).toBe('CANCELLED');
    const audit = await readFile(join(dir, 'audit.json'), 'utf8');
    expect(audit).toContain('CancelBuild');
    expect(audit).toContain(build.cancel!.actor.email);
  });

  it('the outage edges are the first and last storm request, and the failed count is theirs', () => {
    const s = findSeed((x) => x.outage.shape === 'two-windows');
    const o = outageFacts(s);
    const storm = s.requests.filter((r) => r.storm);
    expect(storm.every((r) => r.status >= 500)).toBe(true);
    expect(o.failed).toBe(storm.length);
    expect(o.firstFailureMs).toBe(s.outage.windows[0]!.startMs);
    expect(o.lastFailureMs).toBe(s.outage.windows[1]!.endMs);
    // Between the windows nothing fails.
    const gap = s.requests.filter((r) => r.ms > s.outage.windows[0]!.endMs && r.ms < s.outage.windows[1]!.startMs);
    expect(gap.length).toBeGreaterThan(0);
    expect(gap.some((r) => r.storm)).toBe(false);
  });
});

describe('pmcheck against simulated incidents', () => {
  it('never supports a false statement or contradicts a true one, and decides nearly all', async () => {
    // Worker threads run the compiled simulator (dist/, built by `pretest`): parsing is CPU-bound.
    type Workers = typeof import('../../src/simulate/workers.js');
    type Run = typeof import('../../src/simulate/run.js');
    type Summary = typeof import('../../src/simulate/summary.js');
    const load = async <T>(path: string) => (await import(pathToFileURL(join(ROOT, 'dist/src/simulate', path)).href)) as T;
    const { runInWorkers } = await load<Workers>('workers.js');
    const { computeFigures, share } = await load<Run>('run.js');
    const { summaryLine, failingScenarios } = await load<Summary>('summary.js');
    const results = await runInWorkers(5000, 150, 2);
    const figures = computeFigures(results);
    const report = `${summaryLine(figures)}\n${failingScenarios(results, false).split('\n').slice(0, 40).join('\n')}`;
    expect(figures.errors, report).toBe(0);
    expect(figures.total.falseSupported, report).toBe(0);
    expect(figures.total.trueContradicted, report).toBe(0);
    expect(share(figures.total.falseContradicted, figures.total.falseCount), report).toBeGreaterThanOrEqual(95);
    expect(share(figures.total.trueSupported, figures.total.trueCount), report).toBeGreaterThanOrEqual(90);
  }, 120_000);
});
