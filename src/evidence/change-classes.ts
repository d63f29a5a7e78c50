// Change classes: the kinds of change a report can mention or deny ("no other deploys",
// "no rollback was performed"), and which events and sources record each. Defined once so
// that absence, rollback, cause and recovery agree on what a "deploy" or a "change" is.

import type { DeniedKind, EventType, EvidenceEvent, SourceKind } from '../types.js';

/** Every class of change the evidence can show. */
export const CHANGE_CLASSES = ['commit', 'merge', 'revert', 'build', 'build-cancel', 'revision', 'traffic', 'release', 'rollback'] as const;
export type ChangeClass = (typeof CHANGE_CLASSES)[number];

/**
 * What a denial in a report covers. "No other changes (to production)" and "no other deploys"
 * are what changes what serves: a commit that was never deployed, a failed or cancelled build
 * changed nothing in production. Code and builds are denied by name ("no other commits").
 */
export const DENIABLE = {
  change: ['revision', 'traffic', 'release', 'rollback'],
  deploy: ['revision', 'traffic', 'release', 'rollback'],
  rollback: ['rollback', 'traffic', 'revision', 'revert', 'release'],
  revert: ['revert'],
  build: ['build'],
  commit: ['commit', 'merge', 'revert'],
} as const satisfies Record<Exclude<DeniedKind, 'service'>, readonly ChangeClass[]>;

/** Which classes each kind of source records (a request-only Cloud Logging file records none). */
const RECORDED_BY: Record<SourceKind, readonly ChangeClass[]> = {
  git: ['commit', 'merge', 'revert'],
  'cloud-build': ['build'],
  'cloud-run': ['revision'],
  'firebase-hosting': ['release', 'rollback'],
  'cloud-logging': ['build', 'build-cancel', 'revision', 'traffic', 'release', 'rollback'],
  github: [],
  prometheus: [],
};

/** The classes a source of this kind can record. */
export function classesRecordedBy(kind: SourceKind): readonly ChangeClass[] {
  return RECORDED_BY[kind];
}

const BY_TYPE: Record<EventType, ChangeClass | undefined> = {
  commit: 'commit',
  merge: 'merge',
  revert: 'revert',
  build: 'build',
  'build-cancel': 'build-cancel',
  'revision-created': 'revision',
  'service-update': 'traffic',
  release: 'release',
  rollback: 'rollback',
};

/**
 * The class of change an event is, or undefined for records that change nothing: a Cloud
 * Run readiness system event, a failed API call, a request to start a build (the build
 * record itself is the change), a preview-channel Hosting release.
 */
export function changeClassOf(e: EvidenceEvent): ChangeClass | undefined {
  if (e.type === 'service-update' && (e.status === 'READY' || e.status === 'NOT_READY' || e.status?.startsWith('error '))) return undefined;
  if ((e.type === 'release' || e.type === 'rollback') && !isLiveRelease(e)) return undefined;
  if (e.type === 'build' && e.source === 'cloud-logging') return undefined;
  if (e.type === 'commit' && /^revert\b/i.test(e.message ?? '')) return 'revert';
  if (e.type === 'merge' && /^(?:merge pull request #\d+ from \S*revert|revert\b)/i.test(e.message ?? '')) return 'revert';
  return BY_TYPE[e.type];
}

/** Preview-channel Hosting releases never serve the live site. */
export function isLiveRelease(e: EvidenceEvent): boolean {
  return !(e.source === 'firebase-hosting' && e.service?.includes(':'));
}
