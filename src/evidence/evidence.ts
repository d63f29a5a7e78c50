// The query side of evidence: what checkers ask ("find build 4f1c2a9e", "what changed
// between 10:14 and 10:21", "when did the outage end"). Built once from every adapter's
// output; pure and synchronous from then on.

import type { OutageConfig } from '../config.js';
import type { EventType, EvidenceEvent, HealthBucket, OutageWindow, SourceKind, SourceReport } from '../types.js';
import type { SourceData } from './source.js';
import { buildLink, isLinked, type BuildLink } from './build-links.js';
import { changeClassOf, classesRecordedBy, type ChangeClass } from './change-classes.js';
import { mergeBuckets, outageWindows } from './health/outage-windows.js';
import { scopedFailure, type RequestScope, type ScopedFailure } from './health/scoped-failure.js';
import { servingTimeline, type RollbackKind, type ServingChange } from './serving-timeline.js';
import { compareTimestamps, instantMs } from './timestamps.js';

export type { ChangeClass } from './change-classes.js';
export type { RollbackKind, ServingChange } from './serving-timeline.js';
export type { BuildLink } from './build-links.js';

const SERVING_CLASSES: ReadonlySet<ChangeClass> = new Set(['revision', 'traffic', 'release', 'rollback']);

/** A change that put back something that served before, of any kind. */
export interface Rollback {
  kind: RollbackKind;
  event: EvidenceEvent;
  time: string;
  actor?: string;
  /** The service or site it acted on (none for a git revert). */
  service?: string;
  /** What serves after it (revision names, "version <id>"), or the commit a revert undoes. */
  to: string[];
  /** What served before, when known. */
  replaced?: string;
}

/** What a build deployed: a serving change linked to it, and how. */
export interface BuildDeploy {
  change: ServingChange;
  link: BuildLink;
}

/** An id that names several records: the claim cannot be pinned to one. */
export interface Ambiguous {
  ambiguous: EvidenceEvent[];
}

/** How sources are named in reasons. */
export const SOURCE_NAMES: Record<SourceKind, string> = {
  git: 'git',
  'cloud-build': 'Cloud Build',
  'cloud-run': 'Cloud Run',
  'firebase-hosting': 'Firebase Hosting',
  'cloud-logging': 'Cloud Logging',
  github: 'GitHub',
  prometheus: 'Prometheus',
};

export class Evidence {
  readonly events: EvidenceEvent[];
  readonly health: HealthBucket[];
  readonly sources: SourceReport[];
  private readonly windows: OutageWindow[];
  private readonly timeline: ServingChange[];
  private readonly rollbackList: Rollback[];

  constructor(data: SourceData[], failed: SourceReport[], outage: OutageConfig) {
    this.events = data.flatMap((d) => d.events).sort((a, b) => compareTimestamps(a.time, b.time));
    this.sources = [...data.map((d) => d.report), ...failed];
    const withHealth = data.filter((d) => d.health.length > 0);
    this.health = withHealth.reduce<HealthBucket[]>((acc, d) => mergeBuckets(acc, d.health), []);
    const location = withHealth.map((d) => d.report.id).join(', ');
    this.windows = this.health.length > 0 ? outageWindows(this.health, outage, location) : [];
    this.timeline = servingTimeline(this.events);
    // Deploying a revert puts back the code that served before: that deploy is a rollback too.
    for (const change of this.timeline) {
      const commit = change.rollback ? undefined : this.commitServedBy(change);
      const served = commit ? this.gitCommit(commit) : undefined;
      if (served && changeClassOf(served) === 'revert') change.rollback = 'revert-deploy';
    }
    this.rollbackList = [
      ...this.timeline.flatMap((c): Rollback[] =>
        c.rollback
          ? [
              {
                kind: c.rollback,
                event: c.event,
                time: c.time,
                service: c.service,
                to: c.serves,
                ...(c.actor ? { actor: c.actor } : {}),
                ...(c.replaced ? { replaced: c.replaced } : {}),
              },
            ]
          : [],
      ),
      ...this.events
        .filter((e) => e.source === 'git' && changeClassOf(e) === 'revert')
        .map((e): Rollback => ({ kind: 'revert', event: e, time: e.time, to: e.refersTo ? [e.refersTo] : [], ...(e.actor ? { actor: e.actor } : {}) })),
    ].sort((a, b) => compareTimestamps(a.time, b.time));
  }

  /** True when a source of this kind was given and read without error. */
  has(kind: SourceKind): boolean {
    return this.sources.some((s) => s.kind === kind && !s.error);
  }

  /** Why a source of this kind is missing or failed, in words for a verdict reason. */
  whyMissing(kind: SourceKind, hint: string): string {
    const failed = this.sources.find((s) => s.kind === kind && s.error);
    if (failed) return `the ${SOURCE_NAMES[kind]} source ${failed.id} failed: ${failed.error}`;
    return `no ${SOURCE_NAMES[kind]} evidence was given (${hint})`;
  }

  /** True when some source gave request logs, so outage windows can be judged. */
  hasRequestLogs(): boolean {
    return this.health.length > 0;
  }

  /** The sources of a kind that were read, for "where the source covers it" reasons. */
  sourcesOf(kind: SourceKind): SourceReport[] {
    return this.sources.filter((s) => s.kind === kind && !s.error);
  }

  /**
   * The sources that would record changes of these classes: a search of them that finds none
   * means something. A Cloud Logging file counts only when it held audit entries (a
   * request log records no changes).
   */
  sourcesRecording(classes: readonly ChangeClass[]): SourceReport[] {
    return this.sources.filter((s) => !s.error && classesRecordedBy(s.kind).some((c) => classes.includes(c)) && (s.kind !== 'cloud-logging' || s.events > 0));
  }

  /**
   * Why no source records these classes, for an unverifiable reason: a source of such a kind
   * that failed (with its error), else the kinds that would have.
   */
  whyNoneRecording(classes: readonly ChangeClass[], what: string): string {
    const failed = this.sources.find((s) => s.error && classesRecordedBy(s.kind).some((c) => classes.includes(c)));
    if (failed) return `the ${SOURCE_NAMES[failed.kind]} source ${failed.id} failed: ${failed.error}`;
    const kinds = (Object.keys(SOURCE_NAMES) as SourceKind[]).filter((k) => classesRecordedBy(k).some((c) => classes.includes(c))).map((k) => SOURCE_NAMES[k]);
    return `no source that records ${what} was given (${kinds.join(', ')})`;
  }

  /** Every change of these classes with start ≤ time ≤ end, in time order. */
  changes(startIso: string, endIso: string, classes: readonly ChangeClass[]): EvidenceEvent[] {
    // What changes serving is counted once per change, from the timeline: a deploy's audit
    // entry and the revision it made are one change, and an entry that changed nothing is none.
    const serving = new Set(this.timeline.map((c) => c.event.id));
    return this.between(startIso, endIso).filter((e) => {
      const cls = changeClassOf(e);
      if (cls === undefined || !classes.includes(cls)) return false;
      return !SERVING_CLASSES.has(cls) || serving.has(e.id);
    });
  }

  /** Every change of what a service or site serves, in time order, optionally within [start, end]. */
  servingChanges(startIso?: string, endIso?: string): ServingChange[] {
    const s = startIso ? instantMs(startIso) : Number.NEGATIVE_INFINITY;
    const e = endIso ? instantMs(endIso) : Number.POSITIVE_INFINITY;
    return this.timeline.filter((c) => {
      const t = instantMs(c.time);
      return t >= s && t <= e;
    });
  }

  /** The serving change an event made, if it made one. */
  servingChangeOf(event: EvidenceEvent): ServingChange | undefined {
    return this.timeline.find((c) => c.event.id === event.id);
  }

  /** Every rollback of every kind: Hosting ROLLBACK, traffic shifted back, an earlier image redeployed, a git revert. */
  rollbacks(): Rollback[] {
    return this.rollbackList;
  }

  /** Git commits (not merges), optionally only those whose author matches. */
  commits(authorMatches?: (actor: string | undefined) => boolean): EvidenceEvent[] {
    return this.events.filter((e) => e.source === 'git' && e.type !== 'merge' && (!authorMatches || authorMatches(e.actor)));
  }

  /** Git reverts: commits that say they revert one ("This reverts commit …") or are titled so. */
  reverts(): EvidenceEvent[] {
    return this.events.filter((e) => e.source === 'git' && changeClassOf(e) === 'revert');
  }

  /** The first commit (not a merge) that touched a path, and the merge that brought it in. */
  pathHistory(path: string): { commit?: EvidenceEvent; merge?: EvidenceEvent } {
    const commit = this.events.find((e) => e.source === 'git' && e.type !== 'merge' && e.change?.paths.includes(path));
    const merge = this.events.find((e) => e.type === 'merge' && e.change?.paths.includes(path));
    return { ...(commit ? { commit } : {}), ...(merge ? { merge } : {}) };
  }

  /** Git commits whose subject line mentions a word ("the hotfix commit"). */
  commitsMentioning(word: string): EvidenceEvent[] {
    const needle = word.toLowerCase();
    return this.commits().filter((e) => (e.message ?? '').split('\n')[0]!.toLowerCase().includes(needle));
  }

  /** Cloud Build builds of a commit (its SHA or a prefix of it). */
  buildsOfCommit(sha: string): EvidenceEvent[] {
    const id = sha.toLowerCase();
    return this.events.filter(
      (e) =>
        e.type === 'build' &&
        e.source === 'cloud-build' &&
        e.commit !== undefined &&
        (id.startsWith(e.commit.toLowerCase()) || e.commit.toLowerCase().startsWith(id)),
    );
  }

  /** Live Hosting releases and rollbacks (preview channels left out). */
  liveReleases(): EvidenceEvent[] {
    return this.events.filter((e) => e.source === 'firebase-hosting' && (changeClassOf(e) === 'release' || changeClassOf(e) === 'rollback'));
  }

  /** Cloud Run records of a service: its revisions and the changes made to it. */
  serviceRecords(name: string): EvidenceEvent[] {
    return this.events.filter((e) => (e.type === 'revision-created' || e.type === 'service-update') && e.service === name);
  }

  /** Names of the Cloud Run services the Cloud Run records hold. */
  cloudRunServices(): string[] {
    return [...new Set(this.events.filter((e) => e.source === 'cloud-run' && e.service).map((e) => e.service!))];
  }

  /** A Cloud Run revision's creation records and the traffic changes that name it. */
  revisionRecords(name: string): { created: EvidenceEvent[]; traffic: EvidenceEvent[] } {
    const created = this.find(name, { types: ['revision-created'] });
    const named = new RegExp(`(^|[^\\w-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\w-]|$)`);
    const traffic = this.events.filter((e) => e.type === 'service-update' && e.target !== undefined && named.test(e.target));
    return { created, traffic };
  }

  /** What a build deployed: the serving changes linked to it by commit, image or identity, while it ran or just after. */
  deploysOfBuild(build: EvidenceEvent): BuildDeploy[] {
    // Linked by commit or image first, then nearest the build's end.
    const end = instantMs(build.endTime ?? build.time);
    return this.timeline
      .map((change) => ({ change, link: buildLink(build, change.event) }))
      .filter((d) => isLinked(d.link))
      .sort(
        (x, y) =>
          Number(Boolean(y.link.commit || y.link.image)) - Number(Boolean(x.link.commit || x.link.image)) ||
          Math.abs(instantMs(x.change.time) - end) - Math.abs(instantMs(y.change.time) - end),
      );
  }

  /** How a build relates to a given serving record, part by part (for "build X deployed revision R"). */
  linkBetween(build: EvidenceEvent, record: EvidenceEvent): BuildLink {
    return buildLink(build, record);
  }

  /** The one record an id names, or all of them when a prefix names several. */
  lookup(id: string, filter: { types?: EventType[]; source?: SourceKind } = {}): EvidenceEvent | Ambiguous | undefined {
    const found = this.find(id, filter);
    const distinct = [...new Map(found.map((e) => [e.id, e])).values()];
    const exact = distinct.find((e) => e.id.toLowerCase() === id.toLowerCase());
    if (distinct.length > 1 && !exact) return { ambiguous: distinct };
    return exact ?? distinct[0];
  }

  /**
   * True when a source's records cover an instant. A listing export (builds, revisions,
   * releases, a repository) holds everything up to when it was made, which is no earlier than
   * the latest record of any source given with it; a log export covers only its records' span.
   */
  sourceCovers(source: SourceReport, iso: string): boolean {
    if (!source.coverage) return false;
    const t = instantMs(iso);
    const listing = source.kind !== 'cloud-logging' && source.kind !== 'prometheus';
    const end = listing ? Math.max(instantMs(source.coverage.end), this.latestRecordMs()) : instantMs(source.coverage.end);
    return instantMs(source.coverage.start) <= t && t <= end;
  }

  private latestMs?: number;
  private latestRecordMs(): number {
    this.latestMs ??= Math.max(
      ...this.sources.map((s) => (s.coverage ? instantMs(s.coverage.end) : Number.NEGATIVE_INFINITY)),
      ...this.windows.map((w) => instantMs(w.end)),
    );
    return this.latestMs;
  }

  /** True when some source of the kind covers the instant (or, with no instant, exists). */
  covers(kind: SourceKind, iso?: string): boolean {
    const sources = this.sourcesOf(kind);
    if (!iso) return sources.length > 0;
    const t = instantMs(iso);
    return sources.some((s) => s.coverage && instantMs(s.coverage.start) - 86_400_000 <= t && t <= instantMs(s.coverage.end) + 86_400_000);
  }

  /**
   * Events found by an id or a prefix of one (at least 7 characters for hex ids), optionally
   * only of some types and sources.
   */
  find(id: string, filter: { types?: EventType[]; source?: SourceKind } = {}): EvidenceEvent[] {
    const needle = id.toLowerCase();
    const prefixOk = needle.length >= 7;
    return this.events.filter((e) => {
      if (filter.types && !filter.types.includes(e.type)) return false;
      if (filter.source && e.source !== filter.source) return false;
      return e.keys.some((k) => {
        const key = k.toLowerCase();
        return key === needle || (prefixOk && key.startsWith(needle));
      });
    });
  }

  /** True when git shows commit `ancestor` in the history of `descendant` (or they are the same commit); prefixes are accepted. */
  isAncestor(ancestor: string, descendant: string): boolean {
    const target = this.gitCommit(ancestor)?.id;
    const start = this.gitCommit(descendant)?.id;
    if (!target || !start) return false;
    const seen = new Set<string>();
    const queue = [start];
    while (queue.length > 0) {
      const sha = queue.pop()!;
      if (sha === target) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      queue.push(...(this.commitsBySha().get(sha)?.parents ?? []));
    }
    return false;
  }

  /** The git commit a SHA or prefix names. */
  gitCommit(sha: string): EvidenceEvent | undefined {
    const id = sha.toLowerCase();
    const exact = this.commitsBySha().get(id);
    if (exact || id.length < 7) return exact;
    return this.events.find((e) => e.source === 'git' && e.id.startsWith(id));
  }

  /**
   * The commit a serving change runs: its own (a revision's commit label), else the commit of
   * the build that made it.
   */
  commitServedBy(change: ServingChange): string | undefined {
    if (change.event.commit) return change.event.commit;
    // Of the builds linked to it, one linked by commit or image beats one linked only by who ran
    // it; then the one that finished nearest before it.
    const t = instantMs(change.time);
    const linked = this.events
      .filter((e) => e.type === 'build' && e.source === 'cloud-build' && e.commit)
      .map((b) => ({ b, link: buildLink(b, change.event) }))
      .filter(({ link }) => isLinked(link))
      .sort(
        (x, y) =>
          Number(Boolean(y.link.commit || y.link.image)) - Number(Boolean(x.link.commit || x.link.image)) ||
          Math.abs(t - instantMs(x.b.endTime ?? x.b.time)) - Math.abs(t - instantMs(y.b.endTime ?? y.b.time)),
      );
    return linked[0]?.b.commit;
  }

  /** Earliest minute of request health, when request logs were given. */
  requestLogStart(): string | undefined {
    return this.health.reduce<string | undefined>((min, b) => (min === undefined || compareTimestamps(b.minute, min) < 0 ? b.minute : min), undefined);
  }

  private shaIndex?: Map<string, EvidenceEvent>;
  private commitsBySha(): Map<string, EvidenceEvent> {
    this.shaIndex ??= new Map(this.events.filter((e) => e.source === 'git').map((e) => [e.id.toLowerCase(), e]));
    return this.shaIndex;
  }

  /** The merge (or squash merge) of a pull request, from git. */
  prMerge(pr: number): EvidenceEvent | undefined {
    // A squash-merged revert PR ("Revert \"…\" (#N)") is a revert that landed PR #N.
    return this.events.find((e) => e.source === 'git' && e.pr === pr && (e.type === 'merge' || e.type === 'revert'));
  }

  /** Events with start ≤ time ≤ end, optionally of some types. */
  between(startIso: string, endIso: string, types?: ReadonlySet<EventType>): EvidenceEvent[] {
    const s = instantMs(startIso);
    const e = instantMs(endIso);
    return this.events.filter((ev) => {
      const t = instantMs(ev.time);
      return t >= s && t <= e && (!types || types.has(ev.type));
    });
  }

  /** How far an instant is from the nearest record of any source (events and outage edges), in ms; Infinity with none. */
  distanceToNearestRecord(iso: string): number {
    const t = instantMs(iso);
    let best = Number.POSITIVE_INFINITY;
    for (const e of this.events) best = Math.min(best, Math.abs(instantMs(e.time) - t));
    for (const w of this.windows) best = Math.min(best, Math.abs(instantMs(w.start) - t), Math.abs(instantMs(w.end) - t));
    return best;
  }

  /** Every outage window the request logs show, in time order. */
  outageWindows(): OutageWindow[] {
    return this.windows;
  }

  /**
   * Failed and total requests matching a scope in the minutes from `from` to `to`, with every
   * route it matches in the logs; undefined when no request in the logs matches. `{}` matches all.
   */
  scopedFailure(scope: RequestScope, from: string, to: string): ScopedFailure | undefined {
    return scopedFailure(this.health, scope, from, to);
  }

  /** The audit entry that cancelled a build, when the audit log was given. */
  cancellationOf(buildId: string): EvidenceEvent | undefined {
    const id = buildId.toLowerCase();
    return this.events.find((e) => e.type === 'build-cancel' && e.refersTo !== undefined && e.refersTo.toLowerCase() === id);
  }

  /** The audit entry that started a build (CreateBuild / RunBuildTrigger), when known. */
  requestOf(buildId: string): EvidenceEvent | undefined {
    const id = buildId.toLowerCase();
    return this.events.find((e) => e.type === 'build' && e.source === 'cloud-logging' && e.refersTo?.toLowerCase() === id);
  }
}
