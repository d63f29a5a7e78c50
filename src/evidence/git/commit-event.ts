// One commit → one EvidenceEvent. Type, actor and PR come from git's fields; the
// summary is built from fields only, never from the message (which the agent wrote).

import type { EvidenceEvent, EventType } from '../../types.js';
import { parseTimestamp } from '../timestamps.js';
import { GitLogFormatError, type RawCommit } from './log-parser.js';
import { pullRequestFromSubject, type PullRequestRef } from './pull-request.js';
import { revertedCommit } from './revert.js';

/** GitHub's web-flow identity: the committer of merges made with the merge button. */
const GITHUB_WEB_FLOW_EMAIL = 'noreply@github.com';

/** What kind of change a commit is, and what it points at. */
export interface CommitClassification {
  type: EventType;
  /** 'squash' for a one-parent commit whose subject ends "(#N)". */
  mergeKind?: 'merge-commit' | 'squash';
  pr?: PullRequestRef;
  /** For a revert: the SHA it reverts. */
  refersTo?: string;
}

/** Classifies a commit: a merge (real or squash), a revert, or a plain commit. */
export function classifyCommit(commit: Pick<RawCommit, 'parents' | 'subject' | 'message'>): CommitClassification {
  const pr = pullRequestFromSubject(commit.subject);
  if (commit.parents.length > 1) return { type: 'merge', mergeKind: 'merge-commit', pr };
  // A squash-merged revert PR is a revert first (what it undoes matters more than how it
  // landed), and keeps its PR number.
  const reverted = revertedCommit(commit.message);
  if (reverted) return { type: 'revert', refersTo: reverted, pr: pr?.shape === 'squash' ? pr : undefined };
  if (pr?.shape === 'squash') return { type: 'merge', mergeKind: 'squash', pr };
  // "Merge pull request #N" on a one-parent commit is only text: it names no PR of its own.
  return { type: 'commit' };
}

/** Turns a parsed commit into an event; `repoName` is the repository folder's name, for the citation. */
export function commitEvent(commit: RawCommit, repoName: string): EvidenceEvent {
  const time = utc(commit.committerDate, commit.sha, 'committer');
  const authored = utc(commit.authorDate, commit.sha, 'author');
  const kind = classifyCommit(commit);
  const who = actorOf(commit, kind.type);
  const pr = kind.pr?.number;
  const summary = summarize(kind, who.name, commit, authored === time ? undefined : authored);
  const event: EvidenceEvent = {
    id: commit.sha,
    source: 'git',
    type: kind.type,
    time,
    actor: `${who.name} <${who.email}>`,
    keys: pr === undefined ? [commit.sha] : [commit.sha, `pr:${pr}`],
    change: commit.change,
    message: commit.message,
    summary,
    citation: { source: 'git', ref: commit.sha, time, summary, location: `${repoName}@${commit.sha.slice(0, 12)}` },
  };
  if (pr !== undefined) event.pr = pr;
  if (kind.refersTo) event.refersTo = kind.refersTo;
  if (commit.parents.length > 0) event.parents = commit.parents;
  return event;
}

// Who did it: the author of a change, but whoever merged a merge. GitHub's merge button
// records itself as committer and the person who pressed it as author, so there the
// author is the one who merged.
function actorOf(commit: RawCommit, type: EventType): { name: string; email: string } {
  const committer = { name: commit.committerName, email: commit.committerEmail };
  const author = { name: commit.authorName, email: commit.authorEmail };
  if (type !== 'merge') return author;
  return committer.email.toLowerCase() === GITHUB_WEB_FLOW_EMAIL ? author : committer;
}

function summarize(kind: CommitClassification, name: string, commit: RawCommit, authoredAt: string | undefined): string {
  const { files, additions, deletions } = commit.change;
  const size = `${files} ${files === 1 ? 'file' : 'files'}, +${additions} \u2212${deletions}`;
  const pr = kind.pr ? ` of PR #${kind.pr.number}` : '';
  let what: string;
  if (kind.type === 'merge') what = kind.mergeKind === 'squash' ? `squash merge${pr}` : `merge${pr}`;
  else if (kind.type === 'revert') what = `revert of ${kind.refersTo?.slice(0, 12) ?? 'a commit'}${pr ? ` (PR #${kind.pr?.number})` : ''}`;
  else what = 'commit';
  const authoredNote = authoredAt ? `; authored ${authoredAt}` : '';
  return `${what} by ${name}: ${size}${authoredNote}`;
}

function utc(date: string, sha: string, which: 'author' | 'committer'): string {
  // git's %cI/%aI is RFC 3339 in the committer's offset, to the second; evidence times are UTC.
  const converted = parseTimestamp(date)?.text;
  if (!converted) throw new GitLogFormatError(`commit ${sha} has an unreadable ${which} date ${JSON.stringify(date)}`);
  return converted;
}
