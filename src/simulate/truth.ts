// What actually happened, read off the scenario (never off pmcheck): the outage's edges,
// length, failed requests and shares, what restored service, whether that was a rollback,
// and which production changes were made while it lasted.

import type { BuildPlan, RecoveryKind, Scenario } from './scenario-types.js';

const MIN = 60_000;

/** The outage as the request log shows it. */
export interface OutageFacts {
  firstFailureMs: number;
  lastFailureMs: number;
  windows: Array<{ startMs: number; endMs: number }>;
  /** Requests that failed in the storm. */
  failed: number;
  /** Whole-minutes duration, first to last failure. */
  minutes: number;
}

/** The outage's edges and size. */
export function outageFacts(s: Scenario): OutageFacts {
  const storm = s.requests.filter((r) => r.storm);
  const first = storm[0]?.ms ?? 0;
  const last = storm[storm.length - 1]?.ms ?? 0;
  return {
    firstFailureMs: first,
    lastFailureMs: last,
    windows: s.outage.windows.map((w) => ({ startMs: w.startMs, endMs: w.endMs })),
    failed: storm.length,
    minutes: Math.round((last - first) / MIN),
  };
}

/** Share (0–100) of the requests selected by `include` that failed: from first to last failure, and over whole storm minutes. */
export function failedShare(s: Scenario, include: (route: string) => boolean): { instant: number; minutes: number } {
  const o = outageFacts(s);
  const fromMinute = Math.floor(o.firstFailureMs / MIN) * MIN;
  const toMinute = Math.floor(o.lastFailureMs / MIN) * MIN + MIN;
  const share = (from: number, to: number) => {
    const inRange = s.requests.filter((r) => r.ms >= from && r.ms < to && include(r.route));
    const failed = inRange.filter((r) => r.storm).length;
    return inRange.length === 0 ? 0 : (100 * failed) / inRange.length;
  };
  return { instant: share(o.firstFailureMs, o.lastFailureMs + 1), minutes: share(fromMinute, toMinute) };
}

/** Recovery kinds that undo the bad change (DESIGN.md: Hosting rollback, traffic shift back, redeploy of an earlier image, merged revert). */
export const ROLLBACK_KINDS: readonly RecoveryKind[] = ['hosting-rollback', 'traffic-shift', 'redeploy-image', 'revert'];

/** True when what restored service was a rollback of any kind. */
export function recoveryWasRollback(s: Scenario): boolean {
  return ROLLBACK_KINDS.includes(s.recovery.kind);
}

/** When the recovering action was taken: the traffic call, the rollback release, the new revision, the recovery build's deploy. */
export function recoveryActionMs(s: Scenario): number {
  const r = s.recovery;
  if (r.kind === 'traffic-shift') return s.serviceUpdates.find((u) => u.role === 'shift')?.ms ?? r.servingMs;
  if (r.release) return s.releases.find((x) => x.id === r.release)?.releaseMs ?? r.servingMs;
  if (r.revision) return s.revisions.find((x) => x.name === r.revision)?.createMs ?? r.servingMs;
  return r.servingMs;
}

/** A production change: a new revision, a traffic change, a live Hosting release. */
export interface ProductionChange {
  ms: number;
  what: string;
}

/** Production changes made from the first failure until recovery, the recovering change itself left out. */
export function otherChangesDuringIncident(s: Scenario): ProductionChange[] {
  const o = outageFacts(s);
  const from = o.firstFailureMs;
  const to = s.recovery.servingMs + MIN;
  const changes: ProductionChange[] = [];
  for (const rev of s.revisions) {
    if (rev.name === s.recovery.revision && s.recovery.kind !== 'traffic-shift') continue;
    if (rev.createMs >= from && rev.createMs <= to) changes.push({ ms: rev.createMs, what: `revision ${rev.name}` });
  }
  for (const u of s.serviceUpdates) {
    if (u.role !== 'shift' || s.recovery.kind === 'traffic-shift') continue;
    if (u.ms >= from && u.ms <= to) changes.push({ ms: u.ms, what: `traffic shift on ${u.service}` });
  }
  for (const rel of s.releases) {
    if (rel.id === s.recovery.release) continue;
    if (rel.releaseMs >= from && rel.releaseMs <= to) changes.push({ ms: rel.releaseMs, what: `${rel.type} release ${rel.id}` });
  }
  return changes;
}

/** The builds a report is likely to talk about: the cause, each attempt, the recovery build. */
export function incidentBuilds(s: Scenario): BuildPlan[] {
  return [s.cause.build, ...s.attempts.map((a) => a.build), ...(s.recovery.build ? [s.recovery.build] : [])];
}

/** Builds that did not restore service although a writer might credit them: attempts and the cause build. */
export function nonRecoveryBuilds(s: Scenario): BuildPlan[] {
  return [s.cause.build, ...s.attempts.map((a) => a.build)];
}
