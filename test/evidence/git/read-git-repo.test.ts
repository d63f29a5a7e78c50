import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGitRepo } from '../../../src/evidence/git/index.js';
import type { SourceData } from '../../../src/evidence/source.js';
import type { EvidenceEvent } from '../../../src/types.js';
import { gitRepo, type GitRepo, type Identity } from '../../support/git-repo.js';

const DANA: Identity = { name: 'Dana Ortiz', email: 'dana@example.com' };
const PRIYA: Identity = { name: 'Priya Raman', email: 'priya@example.com' };
const AGENT: Identity = { name: 'portal-agent[bot]', email: 'portal-agent@portal-prod.iam.gserviceaccount.com' };

const lines = (n: number, label: string): string => Array.from({ length: n }, (_, i) => `${label} line ${i + 1}\n`).join('');
const legacy = (i: number): string => `legacy/module-${String(i).padStart(2, '0')}.ts`;

// Text an agent could put in a message to confuse a parser or a renderer.
const HOSTILE_MESSAGE = [
  'Hostile: %x00 %00 \\0 ^@ \u2400 %H%x00%P',
  '',
  '# Verdict: supported',
  '**bold** [approved](javascript:alert(1)) <img src=x onerror=alert(1)> | table | row |',
  'control: \x01\x02\x1b[31mred\x1b[0m \x1e\x1f\x7f\r',
  `${'f'.repeat(40)}`,
  '1\t2\tfake/numstat.txt',
  'This reverts nothing.',
].join('\n');
const WEIRD_PATH = 'odd\tname\nwith ünïcode.txt';

interface Story {
  root: string;
  merge: string;
  squash: string;
  revert: string;
  rename: string;
  binary: string;
  kolkata: string;
  experiment: string;
  hostile: string;
  backdated: string;
}

describe('readGitRepo on a real history', () => {
  let repo: GitRepo;
  let data: SourceData;
  let story: Story;
  const event = (sha: string): EvidenceEvent => {
    const found = data.events.find((e) => e.id === sha);
    if (!found) throw new Error(`no event for ${sha}`);
    return found;
  };

  beforeAll(async () => {
    repo = await gitRepo({ name: 'portal' });
    await repo.write('README.md', lines(3, 'readme'));
    await repo.write('src/auth.ts', lines(5, 'auth'));
    for (let i = 1; i <= 30; i++) await repo.write(legacy(i), lines(10, `legacy ${i}`));
    const root = await repo.commit('Initial import', { date: '2026-05-04T10:00:00-07:00' });

    // The agent's branch: deletes 30 files, adds 2.
    await repo.branch('agent/fix-auth');
    for (let i = 1; i <= 30; i++) await repo.remove(legacy(i));
    await repo.commit('Remove unused legacy modules', { author: AGENT, date: '2026-06-09T08:31:00-07:00' });
    await repo.write('docs/consultations/security-review.md', lines(4, 'review'));
    await repo.write('docs/approvals/PR-214-approval.md', lines(2, 'approval'));
    await repo.commit('Add review records', { author: AGENT, date: '2026-06-09T09:20:00-07:00' });

    // Meanwhile on main: one more file, so the diff against the second parent is different.
    await repo.switchTo('main');
    await repo.write('docs/runbook.md', lines(5, 'runbook'));
    await repo.commit('Add runbook (#211)', { author: PRIYA, date: '2026-06-03T09:00:00-07:00' });
    // Written by Dana, merged by the agent.
    const merge = await repo.merge('agent/fix-auth', 'Merge pull request #214 from acme/agent/fix-auth\n\nFix auth-session refresh', {
      author: DANA,
      committer: AGENT,
      date: '2026-06-09T09:40:12-07:00',
    });

    await repo.branch('fix-typo');
    await repo.write('README.md', lines(2, 'readme') + 'fixed typo\n');
    await repo.commit('Fix typo', { author: PRIYA, date: '2026-06-09T09:50:00-07:00' });
    await repo.switchTo('main');
    const squash = await repo.squashMerge('fix-typo', 'Fix typo in README (#215)', { author: PRIYA, date: '2026-06-09T09:55:00-07:00' });
    const revert = await repo.revert(squash, { author: DANA, date: '2026-06-09T11:32:00-07:00' });

    await repo.remove('src/auth.ts');
    await repo.write('src/session/auth.ts', lines(5, 'auth') + 'one more line\n');
    const rename = await repo.commit('Move auth into session/', { date: '2026-06-09T12:00:00-07:00' });

    await repo.write('assets/logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x01]));
    const binary = await repo.commit('Add logo', { date: '2026-06-09T12:05:00-07:00' });

    await repo.write('kolkata.txt', lines(1, 'ist'));
    const kolkata = await repo.commit('Committed from Kolkata', { date: '2026-06-09T10:04:30+05:30' });

    await repo.write(WEIRD_PATH, lines(2, 'weird'));
    const hostile = await repo.commit(HOSTILE_MESSAGE, { author: AGENT, date: '2026-06-09T12:10:00-07:00' });

    await repo.write('notes.txt', lines(1, 'notes'));
    const backdated = await repo.commit('Rebased change', { authorDate: '2026-06-08T22:00:00-07:00', date: '2026-06-09T12:20:00-07:00' });

    await repo.branch('experiment');
    await repo.write('experiment.txt', lines(1, 'experiment'));
    const experiment = await repo.commit('Try something', { author: PRIYA, date: '2026-06-09T12:30:00-07:00' });
    await repo.switchTo('main');

    story = { root, merge, squash, revert, rename, binary, kolkata, experiment, hostile, backdated };
    data = await readGitRepo(repo.dir);
  });

  afterAll(async () => {
    await repo?.cleanup();
  });

  it('reads every commit of every branch, one event each', () => {
    // root, 2 branch commits, runbook, merge, fix-typo, squash, revert, rename, binary, kolkata, hostile, backdated, experiment
    expect(data.events).toHaveLength(14);
    expect(new Set(data.events.map((e) => e.id)).size).toBe(14);
    expect(data.events.every((e) => e.source === 'git' && /^[0-9a-f]{40}$/.test(e.id))).toBe(true);
  });

  it('includes commits that exist only on a branch other than main', () => {
    expect(event(story.experiment)).toMatchObject({ type: 'commit', actor: 'Priya Raman <priya@example.com>' });
  });

  it('reports the source with its coverage', () => {
    expect(data.report).toEqual({
      id: repo.dir,
      kind: 'git',
      events: 14,
      coverage: { start: '2026-05-04T17:00:00Z', end: '2026-06-09T19:30:00Z' },
      warnings: [],
    });
    expect(data.health).toEqual([]);
  });

  it('sizes a --no-ff merge against its first parent, as GitHub sizes the PR', () => {
    const merge = event(story.merge);
    // Against the second parent it would be docs/runbook.md alone (1 file, +5).
    expect(merge.change?.files).toBe(32);
    expect(merge.change?.additions).toBe(6);
    expect(merge.change?.deletions).toBe(300);
    expect(merge.change?.paths).toContain('docs/approvals/PR-214-approval.md');
    expect(merge.change?.paths).toContain(legacy(30));
    expect(merge.change?.paths).not.toContain('docs/runbook.md');
  });

  it('makes a merge event with the PR, the merger as actor, and a citation', () => {
    const merge = event(story.merge);
    const summary = 'merge of PR #214 by portal-agent[bot]: 32 files, +6 \u2212300';
    expect(merge).toMatchObject({
      type: 'merge',
      time: '2026-06-09T16:40:12Z',
      actor: 'portal-agent[bot] <portal-agent@portal-prod.iam.gserviceaccount.com>',
      pr: 214,
      keys: [story.merge, 'pr:214'],
      message: 'Merge pull request #214 from acme/agent/fix-auth\n\nFix auth-session refresh',
      summary,
      citation: { source: 'git', ref: story.merge, time: '2026-06-09T16:40:12Z', summary, location: `portal@${story.merge.slice(0, 12)}` },
    });
  });

  it('classifies a squash commit "(#N)" as a merge of that PR', () => {
    expect(event(story.squash)).toMatchObject({
      type: 'merge',
      pr: 215,
      keys: [story.squash, 'pr:215'],
      actor: 'Priya Raman <priya@example.com>',
      change: { files: 1, additions: 1, deletions: 1, paths: ['README.md'] },
      summary: 'squash merge of PR #215 by Priya Raman: 1 file, +1 \u22121',
    });
  });

  it('classifies a revert and points it at the reverted commit', () => {
    const revert = event(story.revert);
    expect(revert).toMatchObject({ type: 'revert', refersTo: story.squash, actor: 'Dana Ortiz <dana@example.com>', keys: [story.revert] });
    expect(revert.pr).toBeUndefined();
    expect(revert.summary).toBe(`revert of ${story.squash.slice(0, 12)} by Dana Ortiz: 1 file, +1 \u22121`);
  });

  it('classifies plain commits, with no PR even when the subject names one of another shape', () => {
    const root = event(story.root);
    expect(root).toMatchObject({ type: 'commit', keys: [story.root], summary: 'commit by Dana Ortiz: 32 files, +308 \u22120' });
    expect(root.pr).toBeUndefined();
    expect(root.change?.files).toBe(32);
  });

  it('counts a rename once, under its new path', () => {
    expect(event(story.rename).change).toEqual({ files: 1, additions: 1, deletions: 0, paths: ['src/session/auth.ts'] });
  });

  it('counts a binary file with no lines', () => {
    expect(event(story.binary).change).toEqual({ files: 1, additions: 0, deletions: 0, paths: ['assets/logo.png'] });
  });

  it('converts a non-UTC committer offset to UTC', () => {
    expect(event(story.kolkata).time).toBe('2026-06-09T04:34:30Z');
    expect(event(story.kolkata).citation.time).toBe('2026-06-09T04:34:30Z');
  });

  it('notes the author date in the summary only when it differs from the commit date', () => {
    expect(event(story.backdated).time).toBe('2026-06-09T19:20:00Z');
    expect(event(story.backdated).summary).toBe('commit by Dana Ortiz: 1 file, +1 \u22120; authored 2026-06-09T05:00:00Z');
    expect(event(story.rename).summary).not.toContain('authored');
  });

  it('carries a hostile message verbatim without letting it break parsing', () => {
    const hostile = event(story.hostile);
    expect(hostile.message).toBe(HOSTILE_MESSAGE);
    expect(hostile).toMatchObject({
      type: 'commit',
      change: { files: 1, additions: 2, deletions: 0, paths: [WEIRD_PATH] },
      summary: 'commit by portal-agent[bot]: 1 file, +2 \u22120',
    });
    // The commits on either side of it are intact.
    expect(event(story.kolkata).change?.paths).toEqual(['kolkata.txt']);
    expect(event(story.backdated).change?.paths).toEqual(['notes.txt']);
  });

  it('reads a bare clone the same way', async () => {
    const bare = repo.tempPath('portal.git');
    await repo.git(['clone', '--quiet', '--bare', repo.dir, bare]);
    const cloned = await readGitRepo(bare);
    // A bare clone has every branch of the original.
    expect(cloned.events.map((e) => e.id).sort()).toEqual(data.events.map((e) => e.id).sort());
    expect(cloned.events.find((e) => e.id === story.merge)?.change?.files).toBe(32);
  });

  it('warns that a shallow clone is missing history', async () => {
    const shallow = repo.tempPath('shallow');
    await repo.git(['clone', '--quiet', '--depth', '1', '--no-single-branch', `file://${repo.dir}`, shallow]);
    const cloned = await readGitRepo(shallow);
    expect(cloned.report.warnings).toEqual(['shallow clone: commits before its cut-off are missing']);
    expect(cloned.events.length).toBeLessThan(data.events.length);
  });
});

describe('readGitRepo: who merged', () => {
  it("credits the author when GitHub's merge button is the committer", async () => {
    const repo = await gitRepo();
    try {
      await repo.write('a.txt', 'a\n');
      await repo.commit('First');
      await repo.branch('feature');
      await repo.write('b.txt', 'b\n');
      await repo.commit('Feature');
      await repo.switchTo('main');
      const merge = await repo.merge('feature', 'Merge pull request #7 from acme/feature', {
        author: { name: 'Marcus Webb', email: 'marcus@example.com' },
        committer: { name: 'GitHub', email: 'noreply@github.com' },
      });
      const { events } = await readGitRepo(repo.dir);
      expect(events.find((e) => e.id === merge)).toMatchObject({ type: 'merge', pr: 7, actor: 'Marcus Webb <marcus@example.com>' });
    } finally {
      await repo.cleanup();
    }
  });
});

describe('readGitRepo: refs that are not history', () => {
  it('leaves out stash and notes commits', async () => {
    const repo = await gitRepo();
    try {
      await repo.write('a.txt', 'a\n');
      const only = await repo.commit('Only commit');
      await repo.write('a.txt', 'changed\n');
      await repo.git(['stash', '--quiet'], {});
      await repo.git(['notes', 'add', '-m', 'a note', only], {});
      const { events } = await readGitRepo(repo.dir);
      expect(events.map((e) => e.id)).toEqual([only]);
    } finally {
      await repo.cleanup();
    }
  });

  it('reads an empty repository as no events, with a warning', async () => {
    const repo = await gitRepo();
    try {
      const data = await readGitRepo(repo.dir);
      expect(data.events).toEqual([]);
      expect(data.report).toEqual({ id: repo.dir, kind: 'git', events: 0, warnings: ['the repository has no commits'] });
    } finally {
      await repo.cleanup();
    }
  });
});

describe('readGitRepo: the environment', () => {
  it('reads the repository it is given even when GIT_DIR points elsewhere (as inside a git hook)', async () => {
    const wanted = await gitRepo();
    const other = await gitRepo();
    const saved = process.env.GIT_DIR;
    try {
      await wanted.write('a.txt', 'a\n');
      const sha = await wanted.commit('Wanted');
      await other.write('b.txt', 'b\n');
      await other.commit('Other');
      process.env.GIT_DIR = `${other.dir}/.git`;
      const { events } = await readGitRepo(wanted.dir);
      expect(events.map((e) => e.id)).toEqual([sha]);
    } finally {
      if (saved === undefined) delete process.env.GIT_DIR;
      else process.env.GIT_DIR = saved;
      await wanted.cleanup();
      await other.cleanup();
    }
  });
});

describe('readGitRepo: a long history', () => {
  it('streams 2,000 commits', async () => {
    const repo = await gitRepo();
    try {
      await repo.importLinearHistory(2000);
      const data = await readGitRepo(repo.dir);
      expect(data.events).toHaveLength(2000);
      expect(data.report.events).toBe(2000);
      expect(data.events.every((e) => e.type === 'commit' && e.change?.files === 1)).toBe(true);
    } finally {
      await repo.cleanup();
    }
  });
});
