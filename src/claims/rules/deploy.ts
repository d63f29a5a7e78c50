// A deployable's lifecycle ("Build c7a91f3d deployed at 09:47", "was cancelled by Priya and
// never deployed", "build A deployed revision B"): one claim per lifecycle verb, each about the
// build, release, revision or version it is said of.

import type { DescribedEntity, Entity } from '../../types.js';
import { ANAPHORA_BUILD, DESCRIBED_RELEASE, OUTAGE_EDGE } from '../patterns.js';
import type { Located } from '../values.js';
import type { Rule } from './rule.js';
import { DEPLOYABLE_TYPES, draft, timeNear, type Draft, type Memory, type SentenceFacts } from './sentence-facts.js';

const SUBORDINATE_TIME = /\b(?:before|until|till|without ever)\s+(?:it|they|the (?:build|deploy(?:ment)?|rollout))?\s*(?:had\s+|could\s+|was\s+)?$/i;
const LIFECYCLE = new Set(['deployed', 'completed', 'cancelled', 'failed', 'timed-out', 'started']);

/** Each lifecycle verb with the deployable it is about (and, for "build X deployed R", what it deployed). */
function deployClaims(f: SentenceFacts, memory: Readonly<Memory>): Draft[] {
  const described = DESCRIBED_RELEASE.exec(f.text);
  // "The build (id `0f9e8d7c`) failed": a bare hex id in a sentence about a build is the build.
  const deployables: Located<Entity>[] = f.entities.filter((e) => DEPLOYABLE_TYPES.has(e.value.type));
  if (deployables.length === 0 && /\bbuilds?\b/i.test(f.text)) {
    const bare = f.entities.find((e) => e.value.type === 'commit' && !/\bcommit|sha\b/i.test(e.value.text));
    if (bare) deployables.push({ ...bare, value: { ...bare.value, type: 'build' } });
  }
  const anaphora = ANAPHORA_BUILD.test(f.text) ? memory.build : undefined;
  const describedRelease: DescribedEntity | undefined = !anaphora && described ? { type: 'release', text: described[0] } : undefined;
  if (deployables.length === 0 && !anaphora && !describedRelease) return [];
  const seen = new Set<string>();
  const out: Draft[] = [];
  const edges = [OUTAGE_EDGE.began.exec(f.masked), OUTAGE_EDGE.ended.exec(f.masked)].filter((m): m is RegExpExecArray => m !== null);
  for (const p of f.predicates) {
    if (!LIFECYCLE.has(p.predicate)) continue;
    // "Errors began": the outage's verb, not a build's.
    if (edges.some((m) => p.index >= m.index && p.index < m.index + m[0].length)) continue;
    // "…was cancelled before it finished": after a stop, a verb in a before/until clause did not happen.
    const stopped = f.predicates.some((q) => q.index < p.index && (q.predicate === 'cancelled' || q.predicate === 'timed-out'));
    if (stopped && SUBORDINATE_TIME.test(f.text.slice(Math.max(0, p.index - 40), p.index))) continue;
    // "build A deployed revision B": what was deployed is the object right after the verb.
    const next = p.predicate === 'deployed' ? deployables.find((e) => e.index > p.index && e.index - (p.index + p.text.length) <= 12) : undefined;
    // "Revision R was deployed by build X": the build after "by" is the one that acted.
    const agent = next && (/(?:\bby|\bfrom)$/i.test(p.text) || /^\s*by\b/i.test(f.text.slice(p.index + p.text.length, next.index))) ? next : undefined;
    const object = agent ? undefined : next;
    // Otherwise each verb is about the thing named nearest before it ("build A finished; release B went live").
    const before = [...deployables].reverse().find((e) => e.index < p.index)?.value;
    // "Build X deployed revision R" is a claim about the build, and what it deployed.
    const builder = agent?.value ?? before ?? anaphora;
    const deployed = agent ? before : object?.value;
    const actingBuild = deployed && builder?.type === 'build' && deployed.type !== 'build' ? builder : undefined;
    const subject = actingBuild ?? agent?.value ?? object?.value ?? before ?? deployables.find((e) => e.index > p.index)?.value ?? anaphora;
    const key = `${p.predicate}|${subject?.id ?? 'described'}`;
    if ((!subject && !describedRelease) || seen.has(key)) continue;
    seen.add(key);
    const about = subject ? { subject } : { described: describedRelease! };
    out.push(
      draft(
        f,
        'deploy',
        `deploy-${p.predicate}`,
        { ...about, ...(actingBuild && deployed ? { object: deployed } : {}), predicate: p.predicate, negated: p.negated, time: timeNear(f, p.index) },
        p,
      ),
    );
  }
  return out;
}

/** Reads what happened to builds, releases, revisions and versions. */
export const deployRule: Rule<'deploy'> = {
  kind: 'deploy',
  read: deployClaims,
  examples: {
    reads: [
      { text: 'Build c7a91f3d deployed to production at 09:47.', claims: [{ kind: 'deploy', subject: 'c7a91f3d', predicate: 'deployed', time: '09:47' }] },
      {
        text: 'Build 4f1c2a9e was cancelled by Priya at 10:14 and never deployed.',
        claims: [
          { kind: 'deploy', subject: '4f1c2a9e', predicate: 'cancelled', actor: 'priya', time: '10:14', negated: false },
          { kind: 'deploy', subject: '4f1c2a9e', predicate: 'deployed', negated: true },
        ],
      },
      {
        text: 'The build 4f1c2a9e deployed revision portal-api-00042-xak at 09:46.',
        claims: [{ kind: 'deploy', subject: '4f1c2a9e', object: 'portal-api-00042-xak', predicate: 'deployed', time: '09:46' }],
      },
      { text: 'Hosting version 3c8e1a7f0d2b9e44 went live at 09:48.', claims: [{ kind: 'deploy', subject: '3c8e1a7f0d2b9e44', predicate: 'deployed' }] },
      // A bare id in a sentence about a build is the build.
      { text: 'The build (id `0f9e8d7c`) failed.', claims: [{ kind: 'deploy', subject: '0f9e8d7c', predicate: 'failed' }] },
    ],
    doesNotRead: [
      // No build, release, revision or version to be about.
      'We deployed the fix.',
      'The build started at 10:02.',
      'The deploy pipeline is documented in the runbook.',
    ],
  },
};
