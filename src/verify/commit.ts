// commit: what git says about a PR or commit — merged, pushed (committed), reverted, a file
// added — when and by whom.

import type { Claim, EvidenceEvent, Verdict } from '../types.js';
import type { Evidence } from '../evidence/evidence.js';
import type { Checker, VerifyContext } from './checker.js';
import { actorPart, timePart } from './deploy.js';
import { instantMs } from '../evidence/timestamps.js';
import { localTime } from './local-time.js';
import { actorMatches, timeMatches } from './match.js';
import { routesTo, shortId } from './serving.js';
import { cite, combine, contradicted, searched, supported, unsupported, unverifiable } from './verdict.js';

export const commitChecker: Checker = {
  kind: 'commit',
  description: 'Checks merges, commits, reverts and added files against the git history: existence, time and author.',
  sources: ['git'],
  negation: true,
  check(claim, ev, ctx) {
    if (!ev.has('git')) return unverifiable(claim, ev.whyMissing('git', 'pass the repository with --repo'));
    if (claim.negated && claim.predicate !== 'merged' && claim.predicate !== 'reverted') {
      return unverifiable(claim, `negated "${claim.predicate}" claims about commits are not checked yet`);
    }
    switch (claim.predicate) {
      case 'merged':
        return merged(claim, ev, ctx);
      case 'pushed':
        return pushed(claim, ev, ctx);
      case 'reverted':
        return reverted(claim, ev, ctx);
      case 'added':
        return added(claim, ev, ctx);
      case 'changed':
        return changed(claim, ev, ctx);
      default:
        return unverifiable(claim, `pmcheck does not check "${claim.predicate}" for commits`);
    }
  },
};

function merged(claim: Claim, ev: Evidence, ctx: VerifyContext): Verdict {
  const subject = claim.subject;
  if (subject?.type !== 'pr') return unverifiable(claim, 'the sentence does not name the PR that was merged');
  const merge = ev.prMerge(Number(subject.id));
  if (!merge) {
    return claim.negated
      ? supported(claim, `no merge of PR #${subject.id} in the repository history`, searched(ev, 'git', `PR #${subject.id}`))
      : contradicted(claim, `no merge of PR #${subject.id} in the repository history`, searched(ev, 'git', `PR #${subject.id}`));
  }
  if (claim.negated) return contradicted(claim, `${merge.summary} at ${localTime(merge.time, ctx.zone)}`, cite(merge));
  return withActor(
    claim,
    merge,
    `PR #${subject.id} was merged at ${localTime(merge.time, ctx.zone)} by ${merge.actor ?? 'an unknown committer'}`,
    ctx,
    'merged',
  );
}

function pushed(claim: Claim, ev: Evidence, ctx: VerifyContext): Verdict {
  if (!claim.subject && !claim.described) return byWhoAndWhen(claim, ev, ctx);
  const commit = findCommit(claim, ev, ctx);
  if ('verdict' in commit) return commit;
  // git records when a commit was made, not when it was pushed; the two are usually minutes apart.
  return withActor(
    claim,
    commit,
    `commit ${shortId(commit.id)} was committed at ${localTime(commit.time, ctx.zone)} by ${commit.actor ?? 'an unknown author'}: ${quotedSubject(commit)}`,
    ctx,
  );
}

function reverted(claim: Claim, ev: Evidence, ctx: VerifyContext): Verdict {
  // A revert the sentence names (by its PR or commit) is that revert or none: never another one.
  const reverts = candidateReverts(claim, ev);
  const candidates = reverts.filter((e) => !claim.actor || actorMatches(claim.actor, e.actor));
  const found = candidates.find((e) => !claim.time || timeMatches(claim.time, e.time, ctx.config)) ?? candidates[0];
  if (!found) {
    const who = claim.actor ? ` by ${claim.actor.text}` : '';
    return claim.negated
      ? supported(claim, `no revert${who} in the repository history`, searched(ev, 'git', 'reverts'))
      : contradicted(claim, `no revert commit${who} in the repository history`, [...searched(ev, 'git', 'reverts'), ...cite(...reverts)]);
  }
  if (claim.negated) return contradicted(claim, `commit ${shortId(found.id)} is a revert by ${found.actor}`, cite(found));
  return withActor(
    claim,
    found,
    `commit ${shortId(found.id)} by ${found.actor ?? 'an unknown author'} at ${localTime(found.time, ctx.zone)}: ${quotedSubject(found)}`,
    ctx,
  );
}

function added(claim: Claim, ev: Evidence, ctx: VerifyContext): Verdict {
  const files = claim.entities.filter((e) => e.type === 'file');
  const parts: Verdict[] = [];
  const pr = claim.entities.find((e) => e.type === 'pr');
  const merge = pr ? ev.prMerge(Number(pr.id)) : undefined;
  for (const file of files) {
    const adding = ev.pathHistory(file.id).commit;
    if (!adding) {
      parts.push(contradicted(claim, `no commit in the repository touches ${file.id}`, searched(ev, 'git', file.id)));
      continue;
    }
    const story = `${file.id} was added in commit ${shortId(adding.id)} by ${adding.actor ?? 'an unknown author'} at ${localTime(adding.time, ctx.zone)}`;
    parts.push(timePart(claim, [adding.time], story, cite(adding), ctx));
    if (claim.actor) parts.push(actorPart(claim, adding, `${file.id} was added`, cite(adding), true));
    if (pr) {
      if (!merge) parts.push(contradicted(claim, `no merge of PR #${pr.id} in the repository history`, searched(ev, 'git', `PR #${pr.id}`)));
      else if (merge.change?.paths.includes(file.id)) parts.push(supported(claim, `${story}, merged in PR #${pr.id}`, cite(adding, merge)));
      else parts.push(contradicted(claim, `PR #${pr.id} does not touch ${file.id}`, cite(merge)));
    }
  }
  if (parts.length === 0) return unverifiable(claim, 'the sentence names no file to look for');
  return combine(claim, parts);
}

/** "portal-agent[bot] made the first of three commits" at 08:31: a commit found by its author and time. */
function byWhoAndWhen(claim: Claim, ev: Evidence, ctx: VerifyContext): Verdict {
  const who = claim.actor;
  if (!who || !claim.time) return unverifiable(claim, 'the sentence names neither the commit nor both its author and time');
  const commits = ev.commits((actor) => actorMatches(who, actor));
  const at = commits.filter((e) => timeMatches(claim.time!, e.time, ctx.config));
  if (at.length > 0) {
    const c = at[0]!;
    return supported(claim, `commit ${shortId(c.id)} by ${c.actor} at ${localTime(c.time, ctx.zone)}: ${quotedSubject(c)}`, cite(...at));
  }
  const nearest = commits
    .map((c) => `${shortId(c.id)} at ${localTime(c.time, ctx.zone)}`)
    .slice(0, 5)
    .join(', ');
  return contradicted(claim, `no commit by ${who.text} at ${claim.time.text}${nearest ? `; their commits: ${nearest}` : ''}`, cite(...commits.slice(0, 5)));
}

/** "PR #214 changed the rewrite in firebase.json (to point at portal-api-v2)", "the hotfix commit changed only src/x.ts". */
function changed(claim: Claim, ev: Evidence, ctx: VerifyContext): Verdict {
  const commit = findCommit(claim, ev, ctx);
  if ('verdict' in commit) return commit;
  const name = commit.type === 'merge' && commit.pr ? `PR #${commit.pr}` : `commit ${shortId(commit.id)}`;
  const paths = commit.change?.paths ?? [];
  const parts: Verdict[] = [];
  const files = claim.entities.filter((e) => e.type === 'file');
  for (const file of files) {
    const touched = paths.includes(file.id) || paths.some((p) => p.endsWith(`/${file.id}`));
    parts.push(
      touched
        ? supported(claim, `${name} touched ${file.id}`, cite(commit))
        : contradicted(claim, `${name} does not touch ${file.id} (it touches ${paths.length} files)`, cite(commit)),
    );
  }
  if (/\bonly\b/i.test(claim.text) && files.length > 0 && paths.length > files.length) {
    parts.push(contradicted(claim, `${name} touches ${paths.length} files, not only ${files.map((f) => f.id).join(', ')}`, cite(commit)));
  }
  // A routing target named in the sentence must be where a live Hosting release after the change sends traffic.
  for (const service of claim.entities.filter((e) => e.type === 'service')) {
    const release = ev.liveReleases().find((e) => e.type === 'release' && instantMs(e.time) >= instantMs(commit.time) && routesTo(e, service.id));
    parts.push(
      release
        ? supported(claim, `${release.summary} at ${localTime(release.time, ctx.zone)} routes ${release.target}`, cite(release))
        : unsupported(claim, `no live Hosting release after ${name} routes to ${service.id}`, cite(commit)),
    );
  }
  if (parts.length === 0) return unverifiable(claim, 'the sentence does not say what the change touched');
  return combine(claim, parts);
}

/** The commit a sentence names by id or by what its message says ("the hotfix commit"). */
function findCommit(claim: Claim, ev: Evidence, ctx: VerifyContext): EvidenceEvent | Verdict {
  const subject = claim.subject;
  const word = claim.described?.type === 'commit' ? claim.described.word : undefined;
  if (!subject && word) {
    const matching = ev.commitsMentioning(word);
    const near = claim.time ? matching.filter((e) => timeMatches(claim.time!, e.time, ctx.config)) : [];
    if (near.length === 1) return near[0]!;
    if (matching.length === 1) return matching[0]!;
    return unsupported(
      claim,
      matching.length === 0 ? `no commit whose subject mentions "${word}"` : `${matching.length} commits mention "${word}"; name the commit by its SHA`,
      cite(...matching.slice(0, 3)),
    );
  }
  if (!subject) return unverifiable(claim, 'the sentence does not say which commit');
  if (subject.type === 'pr') {
    const merge = ev.prMerge(Number(subject.id));
    return merge ?? contradicted(claim, `no merge of PR #${subject.id} in the repository history`, searched(ev, 'git', `PR #${subject.id}`));
  }
  const found = ev.find(subject.id, { source: 'git' })[0];
  return found ?? contradicted(claim, `no commit ${subject.id} in the repository history`, searched(ev, 'git', `commit ${subject.id}`));
}

/**
 * The reverts a sentence can mean: the named revert itself ("PR #312 reverted it" is PR
 * #312's merge; "commit 9c1e5b2 reverted it" is that commit), or the reverts of the named
 * change ("Marcus reverted PR #214": a revert whose "This reverts commit" names its merge).
 */
function candidateReverts(claim: Claim, ev: Evidence): EvidenceEvent[] {
  const revert = claim.subject?.type === 'pr' || claim.subject?.type === 'commit' ? claim.subject : undefined;
  if (revert?.type === 'pr') {
    const merge = ev.prMerge(Number(revert.id));
    return merge ? [merge] : [];
  }
  if (revert) return ev.find(revert.id, { source: 'git' });
  const undone = claim.object;
  if (!undone) return ev.reverts();
  const target = undone.type === 'pr' ? ev.prMerge(Number(undone.id))?.id : undone.id.toLowerCase();
  if (!target) return [];
  return ev.reverts().filter((r) => r.refersTo !== undefined && (r.refersTo.startsWith(target) || target.startsWith(r.refersTo)));
}

function withActor(claim: Claim, record: EvidenceEvent, story: string, ctx: VerifyContext, verb = 'committed'): Verdict {
  const parts = [timePart(claim, [record.time], story, cite(record), ctx)];
  if (claim.actor) parts.push(actorPart(claim, record, verb, cite(record), true));
  return combine(claim, parts);
}

/** The first line of a commit message, for reasons (escaped by every formatter). */
/**
 * A commit's subject, quoted, cut short and put last in a reason: it is the author's own
 * words, and must not read as pmcheck's ("…") by Priya at 10:14").
 */
function quotedSubject(e: EvidenceEvent): string {
  const subject = subjectLine(e);
  return `“${subject.length > 72 ? `${subject.slice(0, 71)}…` : subject}”`;
}

function subjectLine(e: EvidenceEvent): string {
  return (e.message ?? '').split('\n')[0] ?? '';
}
