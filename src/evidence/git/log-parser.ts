// An incremental parser for the output of `git log` with `gitLogArguments()`. Bytes are
// split on NUL and decoded field by field (so a UTF-8 character split across chunks
// survives), and each commit is yielded as soon as the next one starts: a long history
// is never held as one string.
//
// Layout, per commit: the header fields, each ending in NUL; a NUL that ends the entry;
// then, if the commit changed anything, "\n" and one numstat entry per file:
// "<added>\t<deleted>\t<path>\0", or for a rename "<added>\t<deleted>\t\0<from>\0<to>\0".
// Binary files show "-" for both counts.

import type { ChangeStats } from '../../types.js';
import { LOG_FIELDS } from './log-format.js';

/** One commit as git printed it, before any interpretation. */
export interface RawCommit {
  sha: string;
  parents: string[];
  authorName: string;
  authorEmail: string;
  /** As git printed it (%aI), with the author's offset. */
  authorDate: string;
  committerName: string;
  committerEmail: string;
  /** As git printed it (%cI), with the committer's offset. */
  committerDate: string;
  subject: string;
  /** The full message (%B), trailing newlines removed. */
  message: string;
  /** Numstat against the first parent (the empty tree for a root commit). */
  change: ChangeStats;
}

/** Output that does not have the expected layout (a git version or config we do not handle). */
export class GitLogFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitLogFormatError';
  }
}

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const NUMSTAT = /^\n?(-|\d+)\t(-|\d+)\t/;

type State =
  | { at: 'header'; fields: string[] }
  | { at: 'files'; commit: RawCommit }
  | { at: 'rename-from'; commit: RawCommit; added: number; deleted: number }
  | { at: 'rename-to'; commit: RawCommit; added: number; deleted: number };

/** Turns NUL-terminated fields, one at a time, into commits. */
export class GitLogParser {
  private state: State = { at: 'header', fields: [] };
  private commits = 0;

  /** Feeds one field (the text between two NULs); returns the commit it completed, if any. */
  push(field: string): RawCommit | undefined {
    const state = this.state;
    switch (state.at) {
      case 'header':
        if (state.fields.length === 0 && field === '') return undefined;
        state.fields.push(field);
        if (state.fields.length === LOG_FIELDS.length) {
          this.state = { at: 'files', commit: this.header(state.fields) };
        }
        return undefined;
      case 'files': {
        // The entry terminator and the "\n" before the numstat block.
        if (field === '' || field === '\n') return undefined;
        const numstat = NUMSTAT.exec(field);
        if (!numstat) {
          // Not a numstat entry: the next commit's SHA.
          this.state = { at: 'header', fields: [field] };
          this.commits++;
          return state.commit;
        }
        const added = count(numstat[1]);
        const deleted = count(numstat[2]);
        const path = field.slice(numstat[0].length);
        if (path === '') this.state = { at: 'rename-from', commit: state.commit, added, deleted };
        else addFile(state.commit.change, path, added, deleted);
        return undefined;
      }
      case 'rename-from':
        this.state = { ...state, at: 'rename-to' };
        return undefined;
      case 'rename-to':
        addFile(state.commit.change, field, state.added, state.deleted);
        this.state = { at: 'files', commit: state.commit };
        return undefined;
    }
  }

  /** Ends the input; returns the last commit, or throws when the output was cut short. */
  end(): RawCommit | undefined {
    const state = this.state;
    this.state = { at: 'header', fields: [] };
    if (state.at === 'files') {
      this.commits++;
      return state.commit;
    }
    if (state.at === 'header' && state.fields.length === 0) return undefined;
    throw new GitLogFormatError(`git log output ended inside commit ${this.commits + 1}`);
  }

  private header(fields: string[]): RawCommit {
    const value = (name: (typeof LOG_FIELDS)[number]): string => fields[LOG_FIELDS.indexOf(name)] ?? '';
    const sha = value('sha');
    if (!SHA.test(sha)) {
      throw new GitLogFormatError(`git log output has ${JSON.stringify(sha.slice(0, 80))} where commit ${this.commits + 1}'s SHA should be`);
    }
    const parents = value('parents')
      .split(' ')
      .filter((p) => p !== '');
    if (!parents.every((p) => SHA.test(p))) {
      throw new GitLogFormatError(`git log output has unreadable parents for commit ${sha}`);
    }
    return {
      sha,
      parents,
      authorName: value('authorName'),
      authorEmail: value('authorEmail'),
      authorDate: value('authorDate'),
      committerName: value('committerName'),
      committerEmail: value('committerEmail'),
      committerDate: value('committerDate'),
      subject: value('subject'),
      message: value('message').replace(/\n+$/, ''),
      change: { files: 0, additions: 0, deletions: 0, paths: [] },
    };
  }
}

/** Parses `git log` output from a byte stream, yielding each commit as soon as it is complete. */
export async function* parseGitLog(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<RawCommit> {
  const parser = new GitLogParser();
  const decoder = new TextDecoder('utf-8');
  // Pieces of the field being read; joined only when its NUL arrives.
  let pending: Buffer[] = [];
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    for (let nul = bytes.indexOf(0, start); nul !== -1; nul = bytes.indexOf(0, start)) {
      const piece = bytes.subarray(start, nul);
      const field = pending.length === 0 ? piece : Buffer.concat([...pending, piece]);
      pending = [];
      const commit = parser.push(decoder.decode(field));
      if (commit) yield commit;
      start = nul + 1;
    }
    // Copy: the stream may reuse the chunk's memory.
    if (start < bytes.length) pending.push(Buffer.from(bytes.subarray(start)));
  }
  if (pending.length > 0) {
    throw new GitLogFormatError('git log output ended without its final NUL');
  }
  const last = parser.end();
  if (last) yield last;
}

function count(text: string | undefined): number {
  return text === undefined || text === '-' ? 0 : Number(text);
}

function addFile(change: ChangeStats, path: string, added: number, deleted: number): void {
  change.files++;
  change.additions += added;
  change.deletions += deleted;
  change.paths.push(path);
}
