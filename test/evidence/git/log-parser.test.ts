import { describe, expect, it } from 'vitest';
import { GitLogFormatError, parseGitLog, type RawCommit } from '../../../src/evidence/git/index.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);

// What `git log -z --numstat` prints for one commit: header fields, the entry's NUL,
// then "\n" and the numstat entries when there are any.
function entry(sha: string, parents: string[], message: string, numstat: string[]): string {
  const subject = message.split('\n')[0] ?? '';
  const header = [
    sha,
    parents.join(' '),
    'Dana Ortiz',
    'dana@example.com',
    '2026-06-09T09:40:12-07:00',
    'Priya Raman',
    'priya@example.com',
    '2026-06-09T09:41:00-07:00',
    subject,
    `${message}\n`,
  ];
  return header.map((f) => `${f}\0`).join('') + '\0' + (numstat.length ? '\n' + numstat.map((n) => `${n}\0`).join('') : '');
}

const OUTPUT =
  entry(C, [B, A], 'Merge pull request #214 from acme/fix\n\nRoutes /api to v2 — ünïcode', ['1\t0\tdocs/approval.md', '0\t12\tlegacy/a.ts']) +
  entry(B, [A], 'empty commit', []) +
  entry(A, [], 'root', ['3\t1\t\0old/name.ts\0new/name.ts', '-\t-\tlogo.png', '2\t0\tREADME.md']);

async function collect(chunks: Array<string | Uint8Array>): Promise<RawCommit[]> {
  const out: RawCommit[] = [];
  async function* source(): AsyncGenerator<string | Uint8Array> {
    yield* chunks;
  }
  for await (const commit of parseGitLog(source())) out.push(commit);
  return out;
}

describe('parseGitLog', () => {
  it('reads headers, numstat, renames and binary files', async () => {
    const [merge, empty, root] = await collect([OUTPUT]);
    expect(merge).toMatchObject({
      sha: C,
      parents: [B, A],
      authorName: 'Dana Ortiz',
      committerEmail: 'priya@example.com',
      committerDate: '2026-06-09T09:41:00-07:00',
      subject: 'Merge pull request #214 from acme/fix',
      message: 'Merge pull request #214 from acme/fix\n\nRoutes /api to v2 — ünïcode',
      change: { files: 2, additions: 1, deletions: 12, paths: ['docs/approval.md', 'legacy/a.ts'] },
    });
    expect(empty?.change).toEqual({ files: 0, additions: 0, deletions: 0, paths: [] });
    expect(root?.parents).toEqual([]);
    expect(root?.change).toEqual({ files: 3, additions: 5, deletions: 1, paths: ['new/name.ts', 'logo.png', 'README.md'] });
  });

  it('gives the same result whatever the chunk boundaries, even inside a UTF-8 character', async () => {
    const whole = await collect([OUTPUT]);
    const bytes = Buffer.from(OUTPUT);
    for (const size of [1, 2, 3, 7, 64]) {
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      expect(await collect(chunks)).toEqual(whole);
    }
  });

  it('yields nothing for an empty history', async () => {
    expect(await collect([])).toEqual([]);
  });

  it('fails on output cut off inside a commit', async () => {
    const cut = OUTPUT.slice(0, OUTPUT.indexOf('Routes'));
    await expect(collect([cut])).rejects.toBeInstanceOf(GitLogFormatError);
    const cutAfterField = entry(A, [], 'root', []).split('\0').slice(0, 4).join('\0') + '\0';
    await expect(collect([cutAfterField])).rejects.toThrow(/ended inside commit 1/);
  });

  it('fails when a header does not start with a SHA', async () => {
    await expect(collect([entry('not-a-sha', [], 'x', [])])).rejects.toThrow(/where commit 1's SHA should be/);
  });
});
