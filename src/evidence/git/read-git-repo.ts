// The git evidence adapter: every commit reachable from any branch, tag or remote of a
// local repository, one event each, read from a streamed `git log`.

import { basename, resolve } from 'node:path';
import { InputError, SourceError } from '../../errors.js';
import type { EvidenceEvent } from '../../types.js';
import type { SourceData } from '../source.js';
import { commitEvent } from './commit-event.js';
import { GitProcessError, streamGit, type GitOptions } from './git-process.js';
import { gitLogArguments } from './log-format.js';
import { GitLogFormatError, parseGitLog } from './log-parser.js';
import { checkGitRepository } from './repository-check.js';

/** Reads a repository's history as evidence; InputError when `dir` is not a repository, SourceError when git fails. */
export async function readGitRepo(dir: string, options: GitOptions = {}): Promise<SourceData> {
  const facts = await checkGitRepository(dir, options);
  const repoName = repositoryName(dir);
  const run = streamGit(dir, gitLogArguments(), options);
  const events: EvidenceEvent[] = [];
  try {
    for await (const commit of parseGitLog(run.stdout)) events.push(commitEvent(commit, repoName));
    await run.finished;
  } catch (error) {
    run.kill();
    // Output cut short is a symptom; when git itself failed (a missing object), say why.
    const gitFailure = await run.finished.then(
      () => undefined,
      (failure: unknown) => failure,
    );
    const ownFailure = gitFailure instanceof GitProcessError && gitFailure.exitCode !== undefined;
    throw sourceFailure(dir, ownFailure ? gitFailure : error);
  }
  const warnings: string[] = [];
  if (facts.shallow) warnings.push('shallow clone: commits before its cut-off are missing');
  if (events.length === 0) warnings.push('the repository has no commits');
  const coverage = coverageOf(events);
  return {
    report: { id: dir, kind: 'git', events: events.length, ...(coverage ? { coverage } : {}), warnings },
    events,
    health: [],
  };
}

// "/src/portal/" and "/src/portal/.git" both cite as "portal@…".
function repositoryName(dir: string): string {
  const absolute = resolve(dir);
  const name = basename(absolute);
  return name === '.git' ? basename(resolve(absolute, '..')) : name;
}

function coverageOf(events: EvidenceEvent[]): { start: string; end: string } | undefined {
  const first = events[0];
  if (!first) return undefined;
  let start = first.time;
  let end = first.time;
  // Every time has the same shape ("…T16:40:12Z"), so string order is time order.
  for (const { time } of events) {
    if (time < start) start = time;
    if (time > end) end = time;
  }
  return { start, end };
}

function sourceFailure(dir: string, error: unknown): Error {
  if (error instanceof InputError || error instanceof SourceError) return error;
  if (error instanceof GitProcessError || error instanceof GitLogFormatError) {
    return new SourceError(`${dir}: ${error.message}`, dir);
  }
  return error instanceof Error ? error : new Error(String(error));
}
