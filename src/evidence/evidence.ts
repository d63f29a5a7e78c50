// The query side of evidence: what checkers ask ("find build 4f1c2a9e", "what changed
// between 10:14 and 10:21", "when did the outage end"). Built once from every adapter's
// output; pure and synchronous from then on.

import type { OutageConfig } from '../config.js';
import type { EventType, EvidenceEvent, HealthBucket, OutageWindow, SourceKind, SourceReport } from '../types.js';
import type { SourceData } from './source.js';
import { mergeBuckets, outageWindows } from './health/outage-windows.js';
import { compareTimestamps, instantMs } from './timestamps.js';

/** Which event types each kind of source can hold. */
const RECORDS: Record<SourceKind, EventType[]> = {
  git: ['commit', 'merge', 'revert'],
  'cloud-build': ['build'],
  'cloud-run': ['revision-created'],
  'firebase-hosting': ['release', 'rollback'],
  'cloud-logging': ['build', 'build-cancel', 'service-update', 'release', 'rollback'],
  github: [],
  prometheus: [],
};

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

/** Events that change what serves traffic: the candidates for "what ended the outage". */
export const SERVING_CHANGES: ReadonlySet<EventType> = new Set(['release', 'rollback', 'service-update']);

export class Evidence {
  readonly events: EvidenceEvent[];
  readonly health: HealthBucket[];
  readonly sources: SourceReport[];
  private readonly windows: OutageWindow[];

  constructor(data: SourceData[], failed: SourceReport[], outage: OutageConfig) {
    this.events = data.flatMap((d) => d.events).sort((a, b) => compareTimestamps(a.time, b.time));
    this.sources = [...data.map((d) => d.report), ...failed];
    const withHealth = data.filter((d) => d.health.length > 0);
    this.health = withHealth.reduce<HealthBucket[]>((acc, d) => mergeBuckets(acc, d.health), []);
    const location = withHealth.map((d) => d.report.id).join(', ');
    this.windows = this.health.length > 0 ? outageWindows(this.health, outage, location) : [];
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
   * The sources that would record events of these types: a search of them that finds none
   * means something. A Cloud Logging file counts only when it held audit entries (a
   * request log records no changes).
   */
  sourcesRecording(types: ReadonlySet<EventType>): SourceReport[] {
    return this.sources.filter((s) => !s.error && RECORDS[s.kind].some((t) => types.has(t)) && (s.kind !== 'cloud-logging' || s.events > 0));
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

  /** The merge (or squash merge) of a pull request, from git. */
  prMerge(pr: number): EvidenceEvent | undefined {
    return this.events.find((e) => e.type === 'merge' && e.pr === pr);
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

  /** Every outage window the request logs show, in time order. */
  outageWindows(): OutageWindow[] {
    return this.windows;
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

  /** Service and site names the evidence knows, including Hosting rewrite targets ("portal-api-v2"). */
  knownServiceNames(): string[] {
    const names = new Set<string>();
    for (const e of this.events) {
      if (e.service) names.add(e.service.split(':')[0]!);
      for (const m of (e.target ?? '').matchAll(/\brun:([a-z][a-z0-9-]*)/g)) names.add(m[1]!);
    }
    for (const b of this.health) names.add(b.service);
    return [...names].filter((n) => n.length >= 3);
  }

  /** Names people are known by in the evidence: email local parts and first names. */
  knownActorNames(): string[] {
    const names = new Set<string>();
    for (const e of this.events) {
      if (!e.actor) continue;
      const email = /<?([\w.+-]+)@/.exec(e.actor)?.[1];
      const name = /^([A-Za-z][\w-]+)(?:\s+[A-Za-z][\w-]+)*\s*</.exec(e.actor)?.[1];
      for (const n of [email, name]) {
        if (n && /^[A-Za-z]{3,}$/.test(n) && !COMMON_WORDS.has(n.toLowerCase())) names.add(capitalise(n));
      }
    }
    return [...names];
  }
}

// Local parts that are also ordinary words would turn every "deploy" into a person.
const COMMON_WORDS = new Set(['deploy', 'deployer', 'admin', 'build', 'builder', 'ci', 'bot', 'noreply', 'service', 'root', 'release', 'ops', 'oncall']);

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}
