// Finding what a claim is about in the records, with the verdicts for when that fails: no
// source (unverifiable), several records for one prefix (unsupported), nothing by that id
// (contradicted where the source covers the claim's time, else unsupported).

import type { Claim, Entity, EvidenceEvent, SourceKind, Verdict } from '../types.js';
import type { Evidence } from '../evidence/evidence.js';
import { SOURCE_NAMES } from '../evidence/evidence.js';
import { instantMs } from '../evidence/timestamps.js';
import type { VerifyContext } from './checker.js';
import { resolveEntity, servingOf, shortId, sourceFor, type Serving } from './serving.js';
import { cite, contradicted, sourceCitation, unsupported, unverifiable } from './verdict.js';

/** The serving story of the entity a claim names, or the verdict that says why there is none. */
export function servingOfClaim(claim: Claim, named: Entity, ev: Evidence, ctx: VerifyContext, near?: string): Serving | Verdict {
  const entity = resolveEntity(named, ev);
  const source = sourceFor(entity.type);
  if (!source) return unverifiable(claim, `cannot check a ${entity.type}`);
  if (!ev.has(source.kind)) return unverifiable(claim, ev.whyMissing(source.kind, source.hint));
  const serving = servingOf(entity, ev, ctx.zone, near);
  if (!serving) return notFound(claim, entity.type, entity.id, source.kind, ev);
  if ('ambiguous' in serving) {
    return unsupported(
      claim,
      `${entity.id} matches ${serving.ambiguous.length} records (${serving.ambiguous.map((e) => shortId(e.id)).join(', ')}); name it by a longer id`,
      cite(...serving.ambiguous),
    );
  }
  return serving;
}

/** Nothing by that id: contradicted where the source covers the claim's time, else unsupported. */
export function notFound(claim: Claim, type: string, id: string, kind: SourceKind, ev: Evidence): Verdict {
  const sources = ev.sourcesOf(kind);
  const files = sources.map((s) => s.id).join(', ');
  const evidence = sources.map((s) =>
    sourceCitation(s, `${s.events} ${SOURCE_NAMES[kind]} records${s.coverage ? ` from ${s.coverage.start} to ${s.coverage.end}` : ''}, none ${id}`),
  );
  const t = claim.time ? instantMs(claim.time.start) : undefined;
  const covered = t !== undefined && sources.some((s) => ev.sourceCovers(s, claim.time!.start));
  if (covered) return contradicted(claim, `no ${type} ${id} in ${files}, which covers ${claim.time!.text}`, evidence);
  const why = t === undefined ? 'the sentence gives no time to tell whether the export should hold it' : 'the export does not cover that time';
  return unsupported(claim, `no ${type} ${id} in ${files}; ${why}`, evidence);
}

/**
 * What a PR or commit looked like in production: the successful build of its commit that a
 * release or traffic change links to serving. Shared by recovery and cause.
 */
export function changeServing(
  claim: Claim,
  subject: Entity,
  ev: Evidence,
  ctx: VerifyContext,
): { serving: Serving; name: string; commit: EvidenceEvent } | Verdict {
  if (!ev.has('git')) return unverifiable(claim, ev.whyMissing('git', 'pass the repository with --repo'));
  const isPr = subject.type === 'pr';
  const name = isPr ? `PR #${subject.id}` : `commit ${subject.id}`;
  const commit = isPr ? ev.prMerge(Number(subject.id)) : ev.find(subject.id, { source: 'git' })[0];
  if (!commit) return notFound(claim, isPr ? 'merge of PR' : 'commit', isPr ? `#${subject.id}` : subject.id, 'git', ev);
  const builds = ev.buildsOfCommit(commit.id);
  for (const b of builds) {
    const s = servingOf({ type: 'build', id: b.id, text: b.id }, ev, ctx.zone);
    if (s && !('ambiguous' in s) && s.at) return { serving: { ...s, records: [commit, ...s.records] }, name: `${name} (build ${shortId(b.id)})`, commit };
  }
  return unsupported(claim, `no successful build of ${name} that a release or traffic change links to serving is in the evidence`, cite(commit, ...builds));
}
