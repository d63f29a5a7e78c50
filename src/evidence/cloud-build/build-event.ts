// One Cloud Build `Build` → one 'build' event.

import type { EvidenceEvent } from '../../types.js';
import { lastPathSegment } from '../files/identifiers.js';
import { normalizeTimestamp, utcClockTime } from '../timestamps.js';
import { buildCommit } from './build-commit.js';
import { buildService } from './build-service.js';
import type { Build } from './schema.js';

/** The 'build' event of one build; `location` is where the record sits ("builds.json#2"). */
export function buildEvent(build: Build, location: string): EvidenceEvent {
  const time = normalizeTimestamp(build.createTime);
  const endTime = build.finishTime ? normalizeTimestamp(build.finishTime) : undefined;
  const summary = buildSummary(build);
  const event: EvidenceEvent = {
    id: build.id,
    source: 'cloud-build',
    type: 'build',
    time,
    keys: buildKeys(build),
    status: build.status,
    summary,
    citation: { source: 'cloud-build', ref: build.id, time, summary, location },
  };
  if (endTime) event.endTime = endTime;
  const commit = buildCommit(build);
  if (commit) event.commit = commit;
  const service = buildService(build);
  if (service) event.service = service;
  // Build has no creator or canceller (those are in audit logs); an approver is the one "who" it records.
  const approver = build.approval?.result?.approverAccount;
  if (approver) event.actor = approver;
  if (build.statusDetail) event.message = build.statusDetail;
  // "projects/p/serviceAccounts/deployer@p.iam.gserviceaccount.com": releases this build makes carry that email.
  const runAs = build.serviceAccount ? lastPathSegment(build.serviceAccount) : undefined;
  if (runAs?.includes('@')) event.runAs = runAs;
  const images = buildImages(build);
  if (images.length > 0) event.images = images;
  return event;
}

/** What the build pushed: "name@digest" for each pushed image (results), and the names it was asked to push. */
function buildImages(build: Build): string[] {
  const pushed = (build.results?.images ?? []).flatMap((i) =>
    i.name && i.digest ? [`${i.name.replace(/:[^/:]*$/, '')}@${i.digest}`, i.name] : i.name ? [i.name] : [],
  );
  return [...new Set([...pushed, ...(build.images ?? [])])];
}

function buildKeys(build: Build): string[] {
  const fromName = build.name ? lastPathSegment(build.name) : undefined;
  return fromName && fromName !== build.id ? [build.id, fromName] : [build.id];
}

/** "build 4f1c2a9e CANCELLED (trigger deploy-portal; created 17:05:10Z, finished 17:14:41Z)". */
function buildSummary(build: Build): string {
  const times = [`created ${utcClockTime(build.createTime)}`];
  if (build.startTime) times.push(`started ${utcClockTime(build.startTime)}`);
  if (build.finishTime) times.push(`finished ${utcClockTime(build.finishTime)}`);
  const trigger = build.substitutions?.['TRIGGER_NAME'];
  // Trigger names are [A-Za-z0-9-]; anything else is not a trigger name and stays out of the summary.
  const details = trigger && /^[\w-]{1,64}$/.test(trigger) ? `trigger ${trigger}; ${times.join(', ')}` : times.join(', ');
  return `build ${build.id.slice(0, 8)} ${build.status} (${details})`;
}
