import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, SourceError } from '../../../src/errors.js';
import { readGitRepo } from '../../../src/evidence/git/index.js';
import { gitRepo } from '../../support/git-repo.js';

describe('readGitRepo: bad --repo paths', () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'pmcheck-not-a-repo-'));
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('names a missing directory', async () => {
    const missing = join(scratch, 'does-not-exist');
    const error = await readGitRepo(missing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ file: missing, message: `${missing}: no such directory (--repo)` });
  });

  it('names a plain file', async () => {
    const file = join(scratch, 'report.md');
    await writeFile(file, '# not a repo\n');
    const error = await readGitRepo(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ file, message: `${file}: not a directory (--repo)` });
  });

  it('names a directory that is not a repository', async () => {
    const error = await readGitRepo(scratch).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ file: scratch, message: `${scratch}: not a git repository (--repo)` });
  });
});

describe('readGitRepo: git failing', () => {
  it('turns a missing git binary into a SourceError', async () => {
    const repo = await gitRepo();
    try {
      const error = await readGitRepo(repo.dir, { gitBinary: repo.tempPath('no-such-git') }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SourceError);
      expect((error as SourceError).message).toMatch(/no-such-git was not found/);
    } finally {
      await repo.cleanup();
    }
  });

  it('turns a corrupt repository into a SourceError', async () => {
    const repo = await gitRepo();
    try {
      await repo.write('a.txt', 'a\n');
      await repo.commit('First');
      await repo.write('a.txt', 'b\n');
      await repo.commit('Second');
      // Delete the blob the first commit added: git log --numstat cannot diff without it.
      const blob = await repo.git(['rev-parse', 'HEAD~1:a.txt']);
      const folder = join(repo.dir, '.git', 'objects', blob.slice(0, 2));
      expect(await readdir(folder)).toContain(blob.slice(2));
      await rm(join(folder, blob.slice(2)), { force: true });
      const error = await readGitRepo(repo.dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SourceError);
      expect((error as SourceError).message).toMatch(new RegExp(`^${repo.dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: git log failed: `));
    } finally {
      await repo.cleanup();
    }
  });
});
