// "Did X ever serve traffic, and from when?" — the question behind deploy and recovery
// claims, answered the same way for builds, Hosting versions, releases and revisions.

import type { Entity, EvidenceEvent, SourceKind } from '../types.js';
import type { Evidence } from '../evidence/evidence.js';
import { instantMs } from '../evidence/instant.js';
import { localTime } from './local-time.js';

export interface Serving {
  /** The records of the thing itself (the build, the release). */
  records: EvidenceEvent[];
  /** When it started serving, if it ever did. */
  at?: string;
  /** The record that shows it serving (a release, a traffic shift, a successful build). */
  servedBy?: EvidenceEvent;
  /** Records explaining why it never served (the cancellation). */
  because: EvidenceEvent[];
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

/** Finds the records of an entity and whether (and when) it reached a serving state. */
export function servingOf(entity: Entity, ev: Evidence, zone: string): Serving | undefined {
  switch (entity.type) {
    case 'build':
      return buildServing(entity.id, ev, zone);
    case 'version':
    case 'release':
      return releaseServing(entity, ev, zone);
    case 'revision':
      return revisionServing(entity.id, ev, zone);
    default:
      return undefined;
  }
}

function buildServing(id: string, ev: Evidence, zone: string): Serving | undefined {
  const build = ev.find(id, { types: ['build'], source: 'cloud-build' })[0];
  if (!build) return undefined;
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
  // A build that deploys shows up as a live release or a traffic change while it runs.
  const end = build.endTime ?? build.time;
  const rollout = ev
    .between(build.time, new Date(instantMs(end) + 5 * 60_000).toISOString())
    .find((e) => (e.type === 'release' || e.type === 'service-update') && isLive(e) && (!e.commit || !build.commit || e.commit === build.commit));
  const at = rollout?.time ?? end;
  return {
    records: [build],
    at,
    servedBy: rollout ?? build,
    because: [],
    story: rollout
      ? `${name} succeeded at ${localTime(end, zone)}; ${rollout.summary} at ${localTime(rollout.time, zone)}`
      : `${name} succeeded at ${localTime(end, zone)}`,
  };
}

function releaseServing(entity: Entity, ev: Evidence, zone: string): Serving | undefined {
  const records = ev.find(entity.id, { types: ['release', 'rollback'] }).filter(isLive);
  const first = records[0];
  if (!first) return undefined;
  return {
    records,
    at: first.time,
    servedBy: first,
    because: [],
    story: `${first.summary} at ${localTime(first.time, zone)}`,
  };
}

function revisionServing(id: string, ev: Evidence, zone: string): Serving | undefined {
  const created = ev.find(id, { types: ['revision-created'] });
  const shifts = ev.events.filter((e) => e.type === 'service-update' && e.target?.includes(id));
  if (created.length === 0 && shifts.length === 0) return undefined;
  const shift = shifts[0];
  const ready = created.find((c) => c.status === 'Ready' || c.status === 'True');
  const servedBy = shift ?? ready;
  return {
    records: [...created, ...shifts],
    at: servedBy?.time,
    servedBy,
    because: [],
    story: servedBy ? `${servedBy.summary} at ${localTime(servedBy.time, zone)}` : `revision ${id} was created but never became ready`,
  };
}

/** Preview-channel Hosting releases never serve the live site. */
export function isLive(e: EvidenceEvent): boolean {
  return !(e.source === 'firebase-hosting' && e.service?.includes(':'));
}
