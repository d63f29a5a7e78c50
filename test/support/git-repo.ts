// Builds real git repositories for tests, in the spirit of changesets' test utils.
// Every git call gets a fixed identity, fixed dates and a config that ignores the
// user's own (~/.gitconfig, /etc/gitconfig), so the SHAs a test sees are the same on
// every machine. Commands are argument arrays: nothing here goes through a shell.

import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { devNull, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface Identity {
  name: string;
  email: string;
}

export interface CommitOptions {
  /** Who wrote the change (default: the repository's default author). */
  author?: Identity;
  /** Who committed it (default: the author). */
  committer?: Identity;
  /** Committer date in any form git reads ("2026-06-09T09:40:12-07:00"); the author date too unless `authorDate` is given. */
  date?: string;
  /** Author date, when it should differ from the committer date. */
  authorDate?: string;
}

export interface LinearHistoryOptions {
  branch?: string;
  author?: Identity;
  /** Unix seconds of the first commit; each next commit is one minute later. */
  startEpochSeconds?: number;
}

export interface GitRepo {
  /** The repository's work tree (its basename is `name`, "repo" by default). */
  dir: string;
  /** Runs git in the repository with the deterministic environment; returns trimmed stdout. */
  git(args: string[], options?: CommitOptions): Promise<string>;
  /** A path inside the helper's temp folder (outside the work tree), removed by cleanup(). */
  tempPath(name: string): string;
  /** Writes a file in the work tree (parent folders created). */
  write(path: string, content: string | Uint8Array): Promise<void>;
  /** Deletes a file from the work tree. */
  remove(path: string): Promise<void>;
  /** Stages everything and commits with this exact message; returns the SHA. */
  commit(message: string, options?: CommitOptions & { allowEmpty?: boolean }): Promise<string>;
  /** Creates a branch (from HEAD, or `from`) and switches to it. */
  branch(name: string, from?: string): Promise<void>;
  /** Switches to an existing branch. */
  switchTo(name: string): Promise<void>;
  /** `git merge --no-ff` of a branch into the current one with this message; returns the merge SHA. */
  merge(branch: string, message: string, options?: CommitOptions): Promise<string>;
  /** `git merge --squash` of a branch, committed with this message (one parent); returns the SHA. */
  squashMerge(branch: string, message: string, options?: CommitOptions): Promise<string>;
  /** `git revert --no-edit` of a commit; returns the revert's SHA. */
  revert(sha: string, options?: CommitOptions): Promise<string>;
  /** The SHA of HEAD. */
  head(): Promise<string>;
  /** Appends `count` small commits to a branch with `git fast-import` (fast enough for thousands). */
  importLinearHistory(count: number, options?: LinearHistoryOptions): Promise<void>;
  /** Removes the temp folder and everything in it. */
  cleanup(): Promise<void>;
}

export const DEFAULT_AUTHOR: Identity = { name: 'Dana Ortiz', email: 'dana@example.com' };

/** 2026-06-09T08:00:00-07:00: where the default commit clock starts. */
export const CLOCK_START_EPOCH = 1781017200;

// Applied to every call: the brief's settings plus the ones that would otherwise come
// from a user's config and change what git writes.
const CONFIG = [
  '-c',
  'init.defaultBranch=main',
  '-c',
  'commit.gpgsign=false',
  '-c',
  'tag.gpgsign=false',
  '-c',
  'core.autocrlf=false',
  '-c',
  'core.safecrlf=false',
  '-c',
  'merge.ff=true',
  '-c',
  'advice.detachedHead=false',
];

/** Creates an empty repository (branch main) in a fresh OS temp folder. */
export async function gitRepo(options: { name?: string } = {}): Promise<GitRepo> {
  const root = await mkdtemp(join(tmpdir(), 'pmcheck-git-'));
  const dir = join(root, options.name ?? 'repo');
  await mkdir(dir);
  let clock = CLOCK_START_EPOCH;
  let messages = 0;

  // Each commit without an explicit date is one minute after the previous one.
  const nextDate = (): string => {
    clock += 60;
    return `${clock} -0700`;
  };

  // Only commands that commit pass options (possibly {}); the others leave the clock alone.
  const envFor = (commit?: CommitOptions): NodeJS.ProcessEnv => {
    const author = commit?.author ?? DEFAULT_AUTHOR;
    const committer = commit?.committer ?? author;
    const date = commit ? (commit.date ?? nextDate()) : `${clock} -0700`;
    return {
      PATH: process.env.PATH ?? '',
      HOME: root,
      XDG_CONFIG_HOME: root,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: devNull,
      LC_ALL: 'C',
      TZ: 'UTC',
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_AUTHOR_DATE: commit?.authorDate ?? date,
      GIT_COMMITTER_NAME: committer.name,
      GIT_COMMITTER_EMAIL: committer.email,
      GIT_COMMITTER_DATE: date,
    };
  };

  const git = (args: string[], commit?: CommitOptions): Promise<string> =>
    new Promise((resolve, reject) => {
      execFile('git', [...CONFIG, ...args], { cwd: dir, env: envFor(commit), maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
        if (error) reject(new Error(`git ${args.join(' ')} failed: ${stderr || error.message}`));
        else resolve(stdout.trim());
      });
    });

  // Messages go through a file so they reach git byte for byte (no argv limits on content).
  const messageFile = async (message: string): Promise<string> => {
    const file = join(root, `message-${++messages}.txt`);
    await writeFile(file, message);
    return file;
  };

  const head = (): Promise<string> => git(['rev-parse', 'HEAD']);

  const repo: GitRepo = {
    dir,
    git,
    tempPath: (name) => join(root, name),
    async write(path, content) {
      const file = join(dir, path);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, content);
    },
    async remove(path) {
      await rm(join(dir, path));
    },
    async commit(message, options = {}) {
      await git(['add', '--all']);
      const file = await messageFile(message);
      const empty = options.allowEmpty ? ['--allow-empty'] : [];
      await git(['commit', '--quiet', '--no-verify', '--cleanup=verbatim', ...empty, '--file', file], options);
      return head();
    },
    async branch(name, from) {
      await git(['switch', '--quiet', '--create', name, ...(from ? [from] : [])]);
    },
    async switchTo(name) {
      await git(['switch', '--quiet', name]);
    },
    async merge(branch, message, options = {}) {
      const file = await messageFile(message);
      await git(['merge', '--quiet', '--no-ff', '--no-verify', '--cleanup=verbatim', '--file', file, branch], options);
      return head();
    },
    async squashMerge(branch, message, options = {}) {
      await git(['merge', '--quiet', '--squash', branch]);
      const file = await messageFile(message);
      await git(['commit', '--quiet', '--no-verify', '--cleanup=verbatim', '--file', file], options);
      return head();
    },
    async revert(sha, options = {}) {
      await git(['revert', '--no-edit', sha], options);
      return head();
    },
    head,
    async importLinearHistory(count, options = {}) {
      const branch = options.branch ?? 'main';
      const author = options.author ?? DEFAULT_AUTHOR;
      const parent = await git(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`]).catch(() => '');
      const start = options.startEpochSeconds ?? clock + 60;
      const stream = fastImportStream(count, branch, author, start, parent);
      clock = Math.max(clock, start + (count - 1) * 60);
      await pipeToGit(['fast-import', '--quiet'], stream, dir, envFor());
      const current = await git(['symbolic-ref', '--quiet', '--short', 'HEAD']).catch(() => '');
      // fast-import moves the ref, not the work tree; keep them in step when it is checked out.
      if (current === branch) await git(['reset', '--quiet', '--hard']);
    },
    async cleanup() {
      await rm(root, { recursive: true, force: true });
    },
  };

  await git(['init', '--quiet']);
  return repo;
}

function fastImportStream(count: number, branch: string, author: Identity, startEpoch: number, parent: string): Buffer {
  const parts: Buffer[] = [];
  const data = (text: string): void => {
    const bytes = Buffer.from(text);
    parts.push(Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from('\n'));
  };
  const ident = `${author.name} <${author.email}>`;
  for (let i = 0; i < count; i++) {
    const when = `${startEpoch + i * 60} -0700`;
    parts.push(Buffer.from(`commit refs/heads/${branch}\nauthor ${ident} ${when}\ncommitter ${ident} ${when}\n`));
    data(`Commit number ${i + 1}\n`);
    if (i === 0 && parent) parts.push(Buffer.from(`from ${parent}\n`));
    parts.push(Buffer.from(`M 100644 inline files/file-${i % 50}.txt\n`));
    data(`line written by commit ${i + 1}\n`);
  }
  return Buffer.concat(parts);
}

function pipeToGit(args: string[], input: Buffer, cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...CONFIG, ...args], { cwd, env, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git ${args.join(' ')} failed: ${stderr}`))));
    child.stdin.end(input);
  });
}
