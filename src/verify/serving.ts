// "Did X ever serve traffic, and from when?" — the question behind deploy and recovery
// claims, answered the same way for builds, Hosting versions, releases and revisions.

import type { Entity, EvidenceEvent, SourceKind } from '../types.js';
import type { Ambiguous, Evidence } from '../evidence/evidence.js';
import { isLiveRelease } from '../evidence/change-classes.js';
import { instantMs } from '../evidence/timestamps.js';
import { localTime } from './local-time.js';

export type { Ambiguous } from '../evidence/evidence.js';

export interface Serving {
  /** The records of the thing itself (the build, the release). */
  records: EvidenceEvent[];
  /** When it started serving, if the evidence shows it did. */
  at?: string;
  /** The record that shows it serving (a release, a traffic shift). */
  servedBy?: EvidenceEvent;
  /** Records explaining why it never served (the cancellation). */
  because: EvidenceEvent[];
  /** It succeeded, but no record links it to serving: neither served nor shown not to have. */
  unlinked?: boolean;
  /** What happened to it, in words, with local times. */
  story: string;
}

/** The source that holds records of this entity type. */
export function sourceFor(type: Entity['type']): { kind: SourceKind; hint: string } | undefined {
  switch (type) {
    case 'build':
      return { kind: 'cloud-build', hint: 'pass a `gcloud builds list --format=json` export with --evidence' };
    case 'version':
    case 'release':
      return { kind: 'firebase-hosting', hint: 'pass a Firebase Hosting releases.list export with --evidence' };
    case 'revision':
      return { kind: 'cloud-run', hint: 'pass a `gcloud run revisions list --format=json` export with --evidence' };
    case 'pr':
    case 'commit':
    case 'file':
      return { kind: 'git', hint: 'pass the repository with --repo' };
    default:
      return undefined;
  }
}

/** Short form of an id for reasons: builds and SHAs by their first 8 characters. */
export function shortId(id: string): string {
  return /^[0-9a-f-]{20,}$/i.test(id) ? id.slice(0, 8) : id;
}

/**
 * A bare hex id is written the same for a commit and a build: the sentence's guess
 * ("commit") yields to what the records hold when only a build has that id.
 */
export function resolveEntity(entity: Entity, ev: Evidence): Entity {
  if (entity.type !== 'commit') return entity;
  if (ev.find(entity.id, { source: 'git' }).length > 0) return entity;
  if (ev.find(entity.id, { types: ['build'], source: 'cloud-build' }).length > 0) return { ...entity, type: 'build' };
  return entity;
}

/**
 * Finds the records of an entity and whether (and when) it reached a serving state.
 * `near`: the instant the claim is about, to pick among several releases of one version.
 */
export function servingOf(entity: Entity, ev: Evidence, zone: string, near?: string): Serving | Ambiguous | undefined {
  switch (entity.type) {
    case 'build':
      return buildServing(entity.id, ev, zone);
    case 'version':
    case 'release':
      return releaseServing(entity, ev, zone, near);
    case 'revision':
      return revisionServing(entity.id, ev, zone, near);
    default:
      return undefined;
  }
}

function buildServing(id: string, ev: Evidence, zone: string): Serving | Ambiguous | undefined {
  const build = ev.lookup(id, { types: ['build'], source: 'cloud-build' });
  if (!build || 'ambiguous' in build) return build;
  const name = `build ${shortId(build.id)}`;
  if (build.status !== 'SUCCESS') {
    const cancel = build.status === 'CANCELLED' ? ev.cancellationOf(build.id) : undefined;
    const when = build.endTime ? ` at ${localTime(build.endTime, zone)}` : '';
    const by = cancel ? ` (cancelled by ${cancel.actor ?? 'an unknown principal'} at ${localTime(cancel.time, zone)})` : '';
    return {
      records: [build],
      because: cancel ? [cancel] : [],
      story: `${name} was ${build.status ?? 'in an unknown state'}${when}${by}; it never served traffic`,
    };
  }
  // A build that deploys shows up as a serving change while it runs (a revision, a traffic
  // change, a release) made with its commit or image, by the identity it runs as.
  const end = build.endTime ?? build.time;
  const rollout = ev.deploysOfBuild(build)[0]?.change.event;
  if (!rollout) {
    return {
      records: [build],
      because: [],
      unlinked: true,
      story: `${name} succeeded at ${localTime(end, zone)}, but no revision, release or traffic change in the evidence shows what it deployed`,
    };
  }
  return {
    records: [build],
    at: rollout.time,
    servedBy: rollout,
    because: [],
    story: `${name} succeeded at ${localTime(end, zone)}; ${rollout.summary} at ${localTime(rollout.time, zone)}`,
  };
}

function releaseServing(entity: Entity, ev: Evidence, zone: string, near?: string): Serving | undefined {
  const all = ev.find(entity.id, { types: ['release', 'rollback'], source: 'firebase-hosting' });
  const live = all.filter(isLiveRelease);
  if (live.length === 0) {
    if (all.length === 0) return undefined;
    const preview = all[0]!;
    return {
      records: all,
      because: [],
      story: `${entity.type} ${entity.id} was only released on a preview channel (${preview.summary}); it never served the live site`,
    };
  }
  // The release the claim is about: the last one at or before the instant asked about, else the first.
  const t = near ? instantMs(near) : Number.POSITIVE_INFINITY;
  const before = live.filter((e) => instantMs(e.time) <= t);
  const chosen = before[before.length - 1] ?? live[0]!;
  return {
    records: [chosen],
    at: chosen.time,
    servedBy: chosen,
    because: [],
    story: `${chosen.summary} at ${localTime(chosen.time, zone)}`,
  };
}

function revisionServing(id: string, ev: Evidence, zone: string, near?: string): Serving | undefined {
  const { created, traffic } = ev.revisionRecords(id);
  if (created.length === 0 && traffic.length === 0) return undefined;
  // It served from a change that put traffic on it (its own creation, or a traffic shift back
  // to it): the last one at or before the instant asked about, else the first.
  const t = near ? instantMs(near) : Number.POSITIVE_INFINITY;
  const changes = ev.servingChanges().filter((c) => c.serves.includes(id));
  const chosen = changes.filter((c) => instantMs(c.time) <= t).at(-1) ?? changes[0];
  const servedBy = chosen?.event ?? traffic[0] ?? created.find((c) => c.status === 'Ready');
  return {
    records: [...created, ...traffic],
    at: servedBy?.time,
    servedBy,
    because: [],
    story: servedBy ? `${servedBy.summary} at ${localTime(servedBy.time, zone)}` : `revision ${id} was created but never became ready`,
  };
}

/** Preview-channel Hosting releases never serve the live site. */
export const isLive = isLiveRelease;

/** True when a Hosting release's rewrites send traffic to this Cloud Run service (exactly, not a longer name). */
export function routesTo(e: EvidenceEvent, service: string): boolean {
  const escaped = service.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return e.target !== undefined && new RegExp(`run:${escaped}(?![\\w-])`).test(e.target);
}
