// What served when: from every record that changes what a service or site serves (a Cloud
// Run revision becoming Ready, a traffic change, a Hosting release), the timeline of serving
// states per service, with each change classified — a rollout, or a rollback of one of the
// kinds people use (Hosting ROLLBACK, traffic shifted back to an older revision, a redeploy
// of an image that served before). Cause, recovery, rollback and absence all ask this one
// model, so they cannot disagree about what a rollback is.

import type { EvidenceEvent } from '../types.js';
import { changeClassOf } from './change-classes.js';
import { compareTimestamps, instantMs } from './timestamps.js';

/** How long after a deploy's audit entry the revision it creates may appear. */
const DEPLOY_CREATES_REVISION_MS = 2 * 60_000;

/** How a change put back something that served before. */
export type RollbackKind = 'hosting-rollback' | 'traffic-shift' | 'image-redeploy' | 'revert-deploy' | 'revert';

/** One change of what a service (Cloud Run) or site (Hosting) serves. */
export interface ServingChange {
  event: EvidenceEvent;
  service: string;
  time: string;
  /** What serves after it: Cloud Run revision names, or "version <id>" for Hosting. */
  serves: string[];
  /** The image the (main) revision runs, when known. */
  image?: string;
  actor?: string;
  /** Set when this change went back to something that served before. */
  rollback?: RollbackKind;
  /** What served just before this change, when known. */
  replaced?: string;
}

interface ServiceState {
  serves: string[];
  image?: string;
  /** Everything that served before, with the image it ran. */
  history: Array<{ name: string; image?: string }>;
}

/** Builds the serving timeline from events sorted by time. */
export function servingTimeline(events: readonly EvidenceEvent[]): ServingChange[] {
  const created = revisionsByName(events);
  const states = new Map<string, ServiceState>();
  const changes: ServingChange[] = [];
  for (const e of events) {
    const cls = changeClassOf(e);
    if (cls !== 'revision' && cls !== 'traffic' && cls !== 'release' && cls !== 'rollback') continue;
    // An audit entry may not name its service; it still changed what something served.
    const service = (e.service ?? '').split(':')[0] || '(unnamed service)';
    const serves = servedBy(e, created, events);
    if (serves.length === 0) continue;
    const state = states.get(service);
    // The revision record names the image by digest; an audit entry often only by tag.
    const image = created.get(serves[0]!)?.image ?? e.image;
    // A deploy shows up twice (the audit call and the revision it made): the second changes nothing.
    if (state && sameSet(state.serves, serves) && e.type !== 'rollback') continue;
    const change: ServingChange = { event: e, service, time: e.time, serves, ...(image ? { image } : {}), ...(e.actor ? { actor: e.actor } : {}) };
    if (state) change.replaced = state.serves.join(', ');
    const kind = rollbackKind(e, serves, image, state, created);
    if (kind) change.rollback = kind;
    changes.push(change);
    const history = state ? [...state.history, ...state.serves.map((name) => ({ name, ...(state.image ? { image: state.image } : {}) }))] : [];
    states.set(service, { serves, ...(image ? { image } : {}), history });
  }
  return changes;
}

/** Cloud Run revisions by name (the revision export, or the revisions audit entries name). */
function revisionsByName(events: readonly EvidenceEvent[]): Map<string, EvidenceEvent> {
  const byName = new Map<string, EvidenceEvent>();
  for (const e of events) if (e.type === 'revision-created' && !byName.has(e.id)) byName.set(e.id, e);
  return byName;
}

/** What serves after the event: the revisions its traffic names (LATEST resolved), the revision itself, or the Hosting version. */
function servedBy(e: EvidenceEvent, created: Map<string, EvidenceEvent>, events: readonly EvidenceEvent[]): string[] {
  // A revision serves once it is Ready; one that failed or never became ready served nothing.
  if (e.type === 'revision-created') return e.status === 'Ready' || e.status === 'True' ? [e.id] : [];
  if (e.type === 'release' || e.type === 'rollback') {
    const version = /\bversion ([\w-]+)/.exec(e.target ?? '')?.[1];
    return [version ? `version ${version}` : e.id];
  }
  const routes = trafficRoutes(e.target);
  const names = routes
    .filter((r) => r.percent > 0)
    .sort((a, b) => b.percent - a.percent)
    .map((r) => r.name);
  return names.map((n) => (n === 'LATEST' ? (latestRevision(e, created, events) ?? 'LATEST') : n));
}

/** The routes of a traffic description ("api-00041-dab 90%, LATEST 10%"). */
export function trafficRoutes(target: string | undefined): Array<{ name: string; percent: number }> {
  return [...(target ?? '').matchAll(/([\w-]+) (\d{1,3})%/g)].map((m) => ({ name: m[1]!, percent: Number(m[2]) }));
}

/** For a traffic change to LATEST: the template revision it names, else the newest revision of the service by then. */
function latestRevision(e: EvidenceEvent, created: Map<string, EvidenceEvent>, events: readonly EvidenceEvent[]): string | undefined {
  const template = e.keys.find((k) => created.has(k) || /-\d{5}-[a-z0-9]{3}$/.test(k));
  if (template) return template;
  // A deploy's audit entry comes seconds before the revision it creates: that revision is the latest.
  const soon = instantMs(e.time) + DEPLOY_CREATES_REVISION_MS;
  const mine = events.filter((r) => r.type === 'revision-created' && r.service === e.service && instantMs(r.time) <= soon);
  return mine[mine.length - 1]?.id;
}

function rollbackKind(
  e: EvidenceEvent,
  serves: string[],
  image: string | undefined,
  state: ServiceState | undefined,
  created: Map<string, EvidenceEvent>,
): RollbackKind | undefined {
  if (e.type === 'rollback') return 'hosting-rollback';
  const main = serves[0]!;
  if (e.type === 'service-update') {
    if (state?.history.some((h) => h.name === main)) return 'traffic-shift';
    const current = state?.serves[0];
    if (current && olderRevision(main, current, created)) return 'traffic-shift';
  }
  // A new revision running an image that served before the current one: the old code, redeployed.
  if (
    image &&
    state &&
    state.image !== undefined &&
    !sameImage(state.image, image) &&
    state.history.some((h) => h.image !== undefined && sameImage(h.image, image))
  ) {
    return 'image-redeploy';
  }
  return undefined;
}

/** True when revision `a` was created before `b` (by creation time, else by the generation number in the name). */
function olderRevision(a: string, b: string, created: Map<string, EvidenceEvent>): boolean {
  const ta = created.get(a)?.time;
  const tb = created.get(b)?.time;
  if (ta && tb) return compareTimestamps(ta, tb) < 0;
  const ga = generation(a);
  const gb = generation(b);
  return ga !== undefined && gb !== undefined && ga < gb;
}

function generation(revision: string): number | undefined {
  const m = /-(\d{5})-[a-z0-9]{3}$/.exec(revision);
  return m ? Number(m[1]) : undefined;
}

/** Two image references name the same image when they share a digest, or are the same reference. */
export function sameImage(a: string, b: string): boolean {
  const digest = (s: string) => /sha256:[0-9a-f]{16,64}/.exec(s)?.[0];
  const da = digest(a);
  const db = digest(b);
  if (da && db) return da === db;
  return a.split(' ')[0] === b.split(' ')[0];
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
