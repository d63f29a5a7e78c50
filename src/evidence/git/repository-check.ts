// Decides, before reading history, whether the path the user gave is a repository at
// all: a wrong --repo is the user's input error (exit 2), while git failing on a real
// repository is a source failure.

import { stat } from 'node:fs/promises';
import { InputError, SourceError } from '../../errors.js';
import { GitProcessError, runGit, type GitOptions } from './git-process.js';

/** What the adapter needs to know about a repository before reading it. */
export interface RepositoryFacts {
  bare: boolean;
  /** A shallow clone: history before its grafts is missing. */
  shallow: boolean;
}

/** Checks that `dir` is a git work tree or bare repository; InputError when it is not, SourceError when git fails. */
export async function checkGitRepository(dir: string, options: GitOptions = {}): Promise<RepositoryFacts> {
  const info = await stat(dir).catch(() => undefined);
  if (!info) throw new InputError('no such directory (--repo)', dir);
  if (!info.isDirectory()) throw new InputError('not a directory (--repo)', dir);
  let output: string;
  try {
    output = await runGit(dir, ['rev-parse', '--is-bare-repository', '--is-shallow-repository'], options);
  } catch (error) {
    if (error instanceof GitProcessError && /not a git repository/i.test(error.stderr)) {
      throw new InputError('not a git repository (--repo)', dir);
    }
    throw new SourceError(`${dir}: ${error instanceof Error ? error.message : String(error)}`, dir);
  }
  const [bare, shallow] = output.split('\n').map((line) => line.trim());
  return { bare: bare === 'true', shallow: shallow === 'true' };
}
