// Runs the git binary for the adapter. Arguments are arrays (never a shell string), the
// repository is chosen with -C, and the environment is cleaned of the variables that
// would point git at another repository (a hook or a parent git process sets them).

import { spawn } from 'node:child_process';

/** Which git binary to run; "git" on PATH unless the caller says otherwise. */
export interface GitOptions {
  gitBinary?: string;
}

/** A git run that could not start or that exited non-zero. */
export class GitProcessError extends Error {
  constructor(
    message: string,
    /** Git's exit status, or undefined when it never ran. */
    readonly exitCode: number | undefined,
    readonly stderr: string,
  ) {
    super(message);
    this.name = 'GitProcessError';
  }
}

// `git rev-parse --local-env-vars` (git 2.39): what git itself clears before running in
// another repository (a submodule).
const REPOSITORY_VARIABLES = [
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_CONFIG',
  'GIT_CONFIG_PARAMETERS',
  'GIT_CONFIG_COUNT',
  'GIT_OBJECT_DIRECTORY',
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_IMPLICIT_WORK_TREE',
  'GIT_GRAFT_FILE',
  'GIT_INDEX_FILE',
  'GIT_NO_REPLACE_OBJECTS',
  'GIT_REPLACE_REF_BASE',
  'GIT_PREFIX',
  'GIT_INTERNAL_SUPER_PREFIX',
  'GIT_SHALLOW_FILE',
  'GIT_COMMON_DIR',
];

const STDERR_LIMIT = 64 * 1024;

function gitEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of REPOSITORY_VARIABLES) delete env[name];
  // Stable, untranslated messages; a read-only tool takes no locks; never prompt.
  env.LC_ALL = 'C';
  env.LANGUAGE = 'C';
  env.GIT_OPTIONAL_LOCKS = '0';
  env.GIT_TERMINAL_PROMPT = '0';
  return env;
}

/** A running git whose stdout is read as a stream. */
export interface GitRun {
  stdout: AsyncIterable<Buffer>;
  /** Resolves when git exits 0; rejects with GitProcessError otherwise. */
  finished: Promise<void>;
  /** Stops git early (when the reader gives up). */
  kill(): void;
}

/** Starts `git -C dir <args>` with stdout as a stream. */
export function streamGit(dir: string, args: string[], options: GitOptions = {}): GitRun {
  const binary = options.gitBinary ?? 'git';
  const child = spawn(binary, ['--no-pager', '-C', dir, ...args], {
    env: gitEnvironment(),
    stdio: ['ignore', 'pipe', 'pipe'],
    windowsHide: true,
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text: string) => {
    if (stderr.length < STDERR_LIMIT) stderr += text;
  });
  const finished = new Promise<void>((resolve, reject) => {
    child.on('error', (error: NodeJS.ErrnoException) => {
      const why = error.code === 'ENOENT' ? `${binary} was not found (is git installed and on PATH?)` : `${binary} could not run: ${error.message}`;
      reject(new GitProcessError(why, undefined, ''));
    });
    child.on('close', (code, signal) => {
      if (code === 0) return resolve();
      const detail = firstLine(stderr) ?? (signal ? `killed by ${signal}` : `exit status ${code}`);
      reject(new GitProcessError(`git ${args[0] ?? ''} failed: ${detail}`, code ?? undefined, stderr));
    });
  });
  // The reader awaits `finished` after the stream; until then a rejection is not unhandled.
  finished.catch(() => undefined);
  return { stdout: child.stdout, finished, kill: () => child.kill() };
}

/** Runs `git -C dir <args>` to the end and returns its stdout (for short outputs). */
export async function runGit(dir: string, args: string[], options: GitOptions = {}): Promise<string> {
  const run = streamGit(dir, args, options);
  const chunks: Buffer[] = [];
  for await (const chunk of run.stdout) chunks.push(chunk);
  await run.finished;
  return Buffer.concat(chunks).toString('utf8');
}

function firstLine(text: string): string | undefined {
  const line = text.split('\n').find((l) => l.trim() !== '');
  return line?.trim();
}
