// One Firebase Hosting Release → one 'release' or 'rollback' event. The site-level list
// mixes the live channel with preview channels, so a preview release's service is
// "<site>:<channel>": a checker asking what went live must not see previews as live.

import type { EvidenceEvent } from '../../types.js';
import { lastPathSegment } from '../files/identifiers.js';
import { normalizeTimestamp } from '../timestamps.js';
import { RELEASE_NAME, type Release, type Rewrite } from './schema.js';

/** Where a release went: its site, its channel ("live" when the name has none), its own id. */
interface ReleasePlace {
  site: string;
  channel: string;
  releaseId: string;
}

/** The event of one release: 'rollback' for ROLLBACK, 'release' otherwise (status says DEPLOY, SITE_DISABLE…). */
export function releaseEvent(release: Release, location: string): EvidenceEvent {
  const place = releasePlace(release.name);
  const versionId = release.version ? lastPathSegment(release.version.name) : undefined;
  const actor = release.releaseUser?.email || undefined;
  const time = normalizeTimestamp(release.releaseTime);
  const summary = releaseSummary(release, place, actor, versionId);
  const event: EvidenceEvent = {
    id: release.name,
    source: 'firebase-hosting',
    type: release.type === 'ROLLBACK' ? 'rollback' : 'release',
    time,
    keys: [release.name, place.releaseId, ...(versionId ? [versionId] : [])],
    status: release.type,
    service: place.channel === 'live' ? place.site : `${place.site}:${place.channel}`,
    summary,
    citation: { source: 'firebase-hosting', ref: release.name, time, summary, location },
  };
  if (actor) event.actor = actor;
  if (versionId) event.target = releaseTarget(versionId, release.version?.config?.rewrites ?? []);
  if (release.message) event.message = release.message;
  return event;
}

function releasePlace(name: string): ReleasePlace {
  // The schema has already checked the name against RELEASE_NAME.
  const [, site = '', channel = 'live', releaseId = ''] = RELEASE_NAME.exec(name) ?? [];
  return { site, channel, releaseId };
}

/** "version 3c8e1a7f0d2b9e44; /api/** → run:portal-api (us-central1)": the version and where its rewrites send traffic. */
function releaseTarget(versionId: string, rewrites: Rewrite[]): string {
  const runs = rewrites.flatMap((rewrite) => {
    if (!rewrite.run) return [];
    const tag = rewrite.run.tag ? `@${rewrite.run.tag}` : '';
    const region = rewrite.run.region ? ` (${rewrite.run.region})` : '';
    return [`${rewrite.glob ?? rewrite.regex ?? '?'} → run:${rewrite.run.serviceId}${tag}${region}`];
  });
  return [`version ${versionId}`, ...runs].join('; ');
}

/** "ROLLBACK release on portal-prod (live) by marcus@example.com to version 3c8e1a7f0d2b9e44". */
function releaseSummary(release: Release, place: ReleasePlace, actor: string | undefined, versionId: string | undefined): string {
  const channel = place.channel === 'live' ? 'live' : `channel ${place.channel}`;
  const by = actor ? ` by ${actor}` : '';
  const to = versionId ? ` to version ${versionId}` : '';
  return `${release.type} release on ${place.site} (${channel})${by}${to}`;
}
