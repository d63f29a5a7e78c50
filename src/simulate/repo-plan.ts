// The git side of a scenario: a few weeks of ordinary history by every team member (so each
// person's name and email appear together in git), pull requests landed as GitHub lands them
// (merge button: author = merger, committer = GitHub; squash: one commit "… (#N)"), direct
// pushes, and GitHub-style reverts that quote the SHA they undo.

import { GITHUB } from './actors.js';
import { History, type MadeCommit } from './git-history.js';
import type { Rng } from './random.js';
import type { Actor, PullRequest } from './scenario-types.js';

const AREAS = ['orders', 'checkout', 'session', 'profile', 'catalog', 'billing', 'search', 'notify'];
const KINDS = ['handler', 'client', 'schema', 'cache', 'metrics', 'retry', 'routes', 'config'];

/** A file change: paths to write (with content) and to remove. */
export interface Change {
  write: Record<string, string>;
  remove: string[];
}

/** Repository-level helpers bound to one scenario's history and randomness. */
export class RepoPlan {
  readonly history: History;
  readonly prs: PullRequest[] = [];
  private nextPr: number;
  private counter = 0;

  constructor(
    private readonly rng: Rng,
    zone: string,
    readonly org: string,
    readonly repo: string,
  ) {
    this.history = new History(zone);
    this.nextPr = rng.int(40, 900);
  }

  private ident(actor: Actor) {
    return { name: actor.name, email: actor.email };
  }

  /** Source text for a file, different on every call. */
  content(path: string): string {
    this.counter++;
    const lines = this.rng.int(3, 12);
    const body = Array.from({ length: lines }, (_, i) => `export const v${i} = ${this.rng.int(0, 99999)}; // ${path} #${this.counter}`);
    return `${body.join('\n')}\n`;
  }

  /** `count` files to touch: existing ones on main, or new ones. */
  change(count: number, extra: Record<string, string> = {}): Change {
    const existing = [...this.history.filesOf(this.history.branches.get('main') ?? '').keys()].filter((p) => p.startsWith('src/'));
    const write: Record<string, string> = { ...extra };
    const wanted = count - Object.keys(extra).length;
    for (let i = 0; i < wanted; i++) {
      const reuse = existing.length > 0 && this.rng.chance(0.5);
      let path = reuse ? this.rng.pick(existing) : `src/${this.rng.pick(AREAS)}/${this.rng.pick(KINDS)}-${this.rng.alnum(4)}.ts`;
      while (path in write) path = `src/${this.rng.pick(AREAS)}/${this.rng.pick(KINDS)}-${this.rng.alnum(4)}.ts`;
      write[path] = this.content(path);
    }
    return { write, remove: [] };
  }

  /** The first commit: a small app with `files` files. */
  initial(author: Actor, timeMs: number, files: Record<string, string>): MadeCommit {
    return this.history.commit({
      branch: 'main',
      parents: [],
      author: this.ident(author),
      committer: this.ident(author),
      timeMs,
      message: 'Initial commit\n',
      write: files,
    });
  }

  /** A commit pushed straight to main. */
  push(author: Actor, timeMs: number, message: string, change: Change): MadeCommit {
    const main = this.history.tip('main');
    return this.history.commit({ branch: 'main', parents: [main], author: this.ident(author), committer: this.ident(author), timeMs, message, ...change });
  }

  /** A pull request with 1–3 commits on a branch, landed on main at `mergedMs`. */
  pullRequest(spec: {
    title: string;
    author: Actor;
    merger: Actor;
    shape: 'merge-commit' | 'squash';
    branchStartMs: number;
    mergedMs: number;
    change: Change;
    role: PullRequest['role'];
    /** Message body for the landed commit (a revert's "This reverts commit …"). */
    body?: string;
    branch?: string;
  }): PullRequest {
    const number = this.nextPr;
    this.nextPr += this.rng.int(1, 6);
    const branch = spec.branch ?? `${spec.author.kind === 'bot' ? 'agent' : (spec.author.first ?? 'dev').toLowerCase()}/${slug(spec.title)}`;
    const base = this.history.tip('main');
    const paths = Object.keys(spec.change.write);
    // Spread the change over up to three commits on the branch.
    const parts = spec.body ? 1 : Math.max(1, Math.min(paths.length, this.rng.int(1, 3)));
    let parent = base;
    const span = Math.max(0, spec.mergedMs - spec.branchStartMs - 60_000);
    for (let i = 0; i < parts; i++) {
      const slice = paths.filter((_, j) => j % parts === i);
      const write = Object.fromEntries(slice.map((p) => [p, spec.change.write[p] as string]));
      const remove = i === parts - 1 ? spec.change.remove : [];
      const message = i === 0 ? `${spec.title}${spec.body ? `\n\n${spec.body}` : ''}` : `${spec.title} (part ${i + 1})`;
      const made = this.history.commit({
        branch,
        parents: [parent],
        author: this.ident(spec.author),
        committer: this.ident(spec.author),
        timeMs: spec.branchStartMs + Math.floor((span * i) / parts),
        message,
        write,
        remove,
      });
      parent = made.sha;
    }
    let landed: MadeCommit;
    if (spec.shape === 'merge-commit') {
      landed = this.history.commit({
        branch: 'main',
        parents: [base, parent],
        author: this.ident(spec.merger),
        committer: GITHUB,
        timeMs: spec.mergedMs,
        message: `Merge pull request #${number} from ${this.org}/${branch.replace(/\//g, '-')}\n\n${spec.title}\n`,
        ...spec.change,
      });
    } else {
      landed = this.history.commit({
        branch: 'main',
        parents: [base],
        author: this.ident(spec.author),
        committer: GITHUB,
        timeMs: spec.mergedMs,
        message: `${spec.title} (#${number})${spec.body ? `\n\n${spec.body}` : ''}\n`,
        ...spec.change,
      });
    }
    const pr: PullRequest = {
      number,
      title: spec.title,
      branch,
      author: spec.author,
      merger: spec.merger,
      shape: spec.shape,
      landed,
      files: landed.changedFiles,
      role: spec.role,
    };
    this.prs.push(pr);
    return pr;
  }

  /** The change that undoes `commit` against its first parent (what `git revert` writes). */
  revertChange(commit: MadeCommit): Change {
    const before = this.history.filesOf(commit.parents[0] ?? '');
    const after = this.history.filesOf(commit.sha);
    const write: Record<string, string> = {};
    const remove: string[] = [];
    for (const [path, content] of after) {
      const old = before.get(path);
      if (old === undefined) remove.push(path);
      else if (old !== content) write[path] = old;
    }
    for (const [path, content] of before) if (!after.has(path)) write[path] = content;
    return { write, remove };
  }

  /** GitHub's revert message body for a commit. */
  revertBody(commit: MadeCommit): string {
    return commit.parents.length > 1
      ? `This reverts commit ${commit.sha}, reversing\nchanges made to ${commit.parents[0]}.`
      : `This reverts commit ${commit.sha}.`;
  }
}

function slug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 32);
}
