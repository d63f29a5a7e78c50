// Which serving changes a build made. A build deploys when a revision, traffic change or
// Hosting release appears while it runs (or just after), carrying its commit or its image,
// made by the identity the build ran as. Each part of the link is reported, so a checker can
// say which one fails ("revision R was created by dana@…, not by the build's identity").

import type { EvidenceEvent } from '../types.js';
import { sameImage } from './serving-timeline.js';
import { instantMs } from './timestamps.js';

/** Minutes after a build finished in which what it deployed may still appear. */
export const DEPLOY_AFTER_BUILD_MINUTES = 10;

/** How a build and a serving record relate, part by part. */
export interface BuildLink {
  /** Both name a commit, and it is the same one (undefined: one of them names none). */
  commit?: boolean;
  /** Both name an image, and the record runs one the build pushed. */
  image?: boolean;
  /** Both name an identity: the record was made by the one the build ran as (a service account seen with no build identity counts as compatible). */
  identity?: boolean;
  /** The record appeared while the build ran or within DEPLOY_AFTER_BUILD_MINUTES after. */
  timing: boolean;
}

/** Compares a build with a serving record, part by part. */
export function buildLink(build: EvidenceEvent, change: EvidenceEvent): BuildLink {
  const link: BuildLink = { timing: withinBuild(build, change.time) };
  if (build.commit && change.commit) link.commit = build.commit.startsWith(change.commit) || change.commit.startsWith(build.commit);
  const image = change.image;
  if (image && build.images && build.images.length > 0) link.image = build.images.some((b) => sameImage(b, image)) || imageTaggedWith(image, build);
  else if (image && build.commit) link.image = imageTaggedWith(image, build) || undefined;
  if (change.actor) {
    if (build.runAs) link.identity = change.actor.toLowerCase() === build.runAs.toLowerCase();
    else if (isServiceAccount(change.actor)) link.identity = undefined;
    else link.identity = false;
  }
  return link;
}

/** True when the link holds: in time, no part contradicts it, and at least one part confirms it. */
export function isLinked(link: BuildLink): boolean {
  const parts = [link.commit, link.image, link.identity];
  return link.timing && !parts.includes(false) && parts.includes(true);
}

function withinBuild(build: EvidenceEvent, iso: string): boolean {
  const t = instantMs(iso);
  const end = instantMs(build.endTime ?? build.time) + DEPLOY_AFTER_BUILD_MINUTES * 60_000;
  return instantMs(build.time) <= t && t <= end;
}

/** "gcr.io/p/api:9c1e5b2…" or "…:<build id>": an image tagged with the build's commit or id. */
function imageTaggedWith(image: string, build: EvidenceEvent): boolean {
  const tag = /:([\w.-]+)$/.exec(image.split(' ')[0]!)?.[1]?.toLowerCase();
  if (!tag || tag.length < 7) return false;
  return (build.commit !== undefined && build.commit.toLowerCase().startsWith(tag)) || build.id.toLowerCase().startsWith(tag);
}

/** Google service accounts: what automation runs as. */
export function isServiceAccount(actor: string): boolean {
  return /@[\w.-]*gserviceaccount\.com$/i.test(actor) || /\[bot\]/i.test(actor);
}
