// Bad input, through the real CLI: one clear line naming the file (and line where it
// applies), exit status 2, no stack trace, no output file, and the input left untouched.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, FIXTURE, pmcheck, ROOT } from './fixture-run.js';

let dir: string;
const REPORT = `${FIXTURE}/postmortem.md`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pmcheck-bad-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

function digest(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Runs a check that must fail as bad input; returns its one stderr line. */
async function rejects(args: string[], inputs: string[] = []): Promise<string> {
  const before = inputs.map(digest);
  const output = join(dir, `out-${Math.random().toString(36).slice(2)}.json`);
  const r = await pmcheck([...args, '--output', output]);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^pmcheck: /);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
  expect(existsSync(output)).toBe(false);
  expect(inputs.map(digest)).toEqual(before);
  return lines[0]!;
}

describe('bad evidence files', () => {
  it('an unknown evidence format names the file', async () => {
    const f = await file('mystery.json', JSON.stringify({ kind: 'something', items: 3 }));
    const line = await rejects(['check', REPORT, '--evidence', f], [f]);
    expect(line).toContain(`${f}: unknown evidence format`);
  });

  it('invalid JSON names the file, the line and the record', async () => {
    const good = readFileSync(join(FIXTURE, 'requests.ndjson'), 'utf8').split('\n').slice(0, 2);
    const f = await file('requests.ndjson', [...good, '{"timestamp": "2026-06-09T16:00:00Z", "httpRequest": {', ''].join('\n'));
    const line = await rejects(['check', REPORT, '--evidence', f], [f]);
    expect(line).toContain(`${f}:3:`);
    expect(line).toMatch(/record 2/);
  });

  it('a record of the wrong shape names the record and the field', async () => {
    const builds = JSON.parse(readFileSync(join(FIXTURE, 'builds.json'), 'utf8')) as Array<Record<string, unknown>>;
    builds[1]!.status = 'DONE';
    const f = await file('builds.json', JSON.stringify(builds, null, 2));
    const line = await rejects(['check', REPORT, '--evidence', f], [f]);
    expect(line).toContain(f);
    expect(line).toMatch(/record 1/);
    expect(line).toContain('status');
  });

  it('a missing evidence file is named', async () => {
    const line = await rejects(['check', REPORT, '--evidence', join(dir, 'nope.json')]);
    expect(line).toContain('nope.json');
  });

  it('binary garbage as evidence is rejected', async () => {
    const f = await file('garbage.bin', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff, 0x00, 0x13, 0x37]));
    const line = await rejects(['check', REPORT, '--evidence', f], [f]);
    expect(line).toContain(f);
  });
});

describe('special files', () => {
  it('evidence can come from a pipe, as with --evidence <(gcloud builds list --format=json)', () => {
    const script = `node ${JSON.stringify(CLI)} check ${REPORT} --format json --evidence <(cat ${FIXTURE}/builds.json)`;
    const out = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8' });
    expect(out.stderr).toBe('');
    const report = JSON.parse(out.stdout) as { sources: Array<{ kind: string; events: number }> };
    expect(report.sources).toEqual([expect.objectContaining({ kind: 'cloud-build', events: 3 })]);
  });

  it('a directory given as --config is named as such', async () => {
    const line = await rejects(['check', REPORT, '--config', dir]);
    expect(line).toContain(`${dir}: is not a regular file or a pipe (--config)`);
  });
});

describe('bad reports', () => {
  it('a report that is not UTF-8 names the file and the line of the first bad byte', async () => {
    const f = await file('latin1.md', Buffer.concat([Buffer.from('# Outage\n\nErrors began at 10:02.\nCaf'), Buffer.from([0xe9]), Buffer.from(' closed.\n')]));
    const line = await rejects(['check', f], [f]);
    expect(line).toContain(`${f}:4`);
    expect(line).toMatch(/UTF-8/);
  });

  it('binary garbage as a report is rejected', async () => {
    const f = await file('binary.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    const line = await rejects(['check', f], [f]);
    expect(line).toContain(f);
  });

  it('a missing report is named', async () => {
    const line = await rejects(['check', join(dir, 'missing.md')]);
    expect(line).toContain('missing.md');
  });

  it('a huge report is refused before it is read', async () => {
    const f = await file('huge.md', Buffer.alloc(6 * 1024 * 1024, 'a'));
    const line = await rejects(['check', f], [f]);
    expect(line).toMatch(/MB/);
  });

  it('an invalid time zone in front matter names the file and line', async () => {
    const f = await file('bad-zone.md', '---\ntitle: x\ntimezone: Mars/Olympus_Mons\n---\n# Outage\n\nErrors began at 10:02.\n');
    const line = await rejects(['check', f], [f]);
    expect(line).toContain(`${f}:3`);
    expect(line).toContain('Mars/Olympus_Mons');
  });

  it('malformed front matter names the file and line', async () => {
    const f = await file('bad-yaml.md', '---\ntitle: [unclosed\n---\n# Outage\n');
    const line = await rejects(['check', f], [f]);
    expect(line).toContain(f);
  });
});

describe('bad options', () => {
  it('a --repo that is not a repository is named', async () => {
    const line = await rejects(['check', REPORT, '--repo', dir]);
    expect(line).toContain(dir);
    expect(line).toMatch(/not a git repository/);
  });

  it('an invalid --tz is refused', async () => {
    const line = await rejects(['check', REPORT, '--tz', 'Pacific/Nowhere']);
    expect(line).toContain('Pacific/Nowhere');
  });

  it('an unknown format, option or verdict is a usage error', async () => {
    expect(await rejects(['check', REPORT, '--format', 'yaml'])).toContain('--format');
    expect(await rejects(['check', REPORT, '--frobnicate'])).toContain('frobnicate');
    expect(await rejects(['check', REPORT, '--fail-on', 'wrong'])).toContain('--fail-on');
  });

  it('a malformed config file names the file and the line', async () => {
    const f = await file('config.json', '{\n  "timeToleranceMinutes": 2,\n  "outage": {,\n}\n');
    const line = await rejects(['check', REPORT, '--config', f], [f]);
    expect(line).toContain(`${f}:3`);
  });

  it('a config file with an unknown key is refused, naming the key', async () => {
    const f = await file('config2.json', JSON.stringify({ timeTolerance: 5 }));
    const line = await rejects(['check', REPORT, '--config', f], [f]);
    expect(line).toContain('timeTolerance');
  });

  it('--output onto the report itself is refused and the report is untouched', async () => {
    const copy = await file('report.md', readFileSync(REPORT));
    const before = digest(copy);
    const r = await pmcheck(['check', copy, '--format', 'markdown', '--output', copy]);
    expect(r.code).toBe(2);
    expect(digest(copy)).toBe(before);
  });
});
