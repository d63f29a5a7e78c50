// A scenario's git history as data: commits on branches with fixed identities and dates,
// each commit's tree being its first parent's plus the files it writes or removes. SHAs are
// computed in process (git-objects.ts), so builds and revert messages can quote them.

import { gitDate } from './zones.js';
import { putCommit, putTree, type ObjectStore } from './git-objects.js';

/** Who a commit names. */
export interface GitIdentity {
  name: string;
  email: string;
}

/** One commit to make. */
export interface CommitSpec {
  /** The branch whose tip becomes this commit. */
  branch: string;
  /** Parent SHAs, first parent first; the tree starts from the first parent's. */
  parents: string[];
  author: GitIdentity;
  committer: GitIdentity;
  timeMs: number;
  message: string;
  write?: Record<string, string>;
  remove?: string[];
}

/** A commit as made: its SHA and what it changed against its first parent. */
export interface MadeCommit {
  sha: string;
  branch: string;
  parents: string[];
  author: GitIdentity;
  committer: GitIdentity;
  timeMs: number;
  subject: string;
  message: string;
  /** Paths that differ from the first parent (the count `git diff --numstat <sha>^1 <sha>` gives). */
  changedFiles: number;
}

/** Builds commits in memory; `objects` and `branches` are what writeBareRepo writes. */
export class History {
  readonly objects: ObjectStore = new Map();
  readonly branches = new Map<string, string>();
  readonly commits: MadeCommit[] = [];
  private readonly trees = new Map<string, Map<string, string>>();

  constructor(private readonly zone: string) {}

  /** The files of a commit (path → content). */
  filesOf(sha: string): ReadonlyMap<string, string> {
    return this.trees.get(sha) ?? new Map();
  }

  /** The tip of a branch; throws when the branch does not exist. */
  tip(branch: string): string {
    const sha = this.branches.get(branch);
    if (!sha) throw new Error(`History: no branch ${branch}`);
    return sha;
  }

  /** Makes one commit and moves its branch to it. */
  commit(spec: CommitSpec): MadeCommit {
    const base = spec.parents[0] ? this.trees.get(spec.parents[0]) : undefined;
    const files = new Map(base ?? []);
    let changed = 0;
    for (const [path, content] of Object.entries(spec.write ?? {})) {
      if (files.get(path) !== content) changed++;
      files.set(path, content);
    }
    for (const path of spec.remove ?? []) if (files.delete(path)) changed++;
    const date = gitDate(this.zone, spec.timeMs);
    const sha = putCommit(this.objects, {
      tree: putTree(this.objects, files),
      parents: spec.parents,
      author: `${spec.author.name} <${spec.author.email}>`,
      authorDate: date,
      committer: `${spec.committer.name} <${spec.committer.email}>`,
      committerDate: date,
      message: spec.message,
    });
    this.trees.set(sha, files);
    this.branches.set(spec.branch, sha);
    const made: MadeCommit = {
      sha,
      branch: spec.branch,
      parents: spec.parents,
      author: spec.author,
      committer: spec.committer,
      timeMs: spec.timeMs,
      subject: spec.message.split('\n')[0] ?? '',
      message: spec.message,
      changedFiles: changed,
    };
    this.commits.push(made);
    return made;
  }
}
