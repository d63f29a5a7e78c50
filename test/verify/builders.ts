// Evidence for checker tests, built as the adapters would build it: plain events and
// request-health buckets, in the normalised types of src/types.ts.

import { defaultConfig } from '../../src/config.js';
import { Evidence } from '../../src/evidence/evidence.js';
import type { SourceData } from '../../src/evidence/source.js';
import type { Claim, EvidenceEvent, HealthBucket, SourceKind, SourceReport, TimeRef } from '../../src/types.js';
import type { VerifyContext } from '../../src/verify/checker.js';

export const ZONE = 'America/Los_Angeles';

/** An event with a citation derived from its fields. */
export function event(
  e: Omit<EvidenceEvent, 'citation' | 'keys' | 'summary'> & { keys?: string[]; summary?: string },
  location = 'file.json#0',
): EvidenceEvent {
  const summary = e.summary ?? `${e.type} ${e.id}`;
  return { keys: [e.id], ...e, summary, citation: { source: e.source, ref: e.id, time: e.time, summary, location } };
}

/** A source of one kind holding the given events. */
export function source(kind: SourceKind, id: string, events: EvidenceEvent[], health: HealthBucket[] = []): SourceData {
  const times = events.map((e) => e.time).sort();
  const report: SourceReport = { id, kind, events: events.length, warnings: [] };
  if (times.length) report.coverage = { start: times[0]!, end: times[times.length - 1]! };
  return { report, events, health };
}

/**
 * Request health for one service: `minutes` of traffic from `from` (UTC ISO minute), 20
 * requests a minute, all failing between the given UTC minutes (inclusive).
 */
export function requestHealth(service: string, from: string, minutes: number, failing: [string, string]): HealthBucket[] {
  const start = Date.parse(from);
  const [fs, fe] = failing.map(Date.parse) as [number, number];
  const buckets: HealthBucket[] = [];
  for (let i = 0; i < minutes; i++) {
    const t = start + i * 60_000;
    const failed = t >= fs && t <= fe ? 20 : 0;
    const b: HealthBucket = { service, minute: new Date(t).toISOString(), total: 20, failed };
    if (failed) {
      b.firstFailure = new Date(t + 10_000).toISOString();
      b.lastFailure = new Date(t + 58_000).toISOString();
    }
    buckets.push(b);
  }
  return buckets;
}

export function evidence(sources: SourceData[], failed: SourceReport[] = []): Evidence {
  return new Evidence(sources, failed, defaultConfig().outage);
}

export function ctx(named: string[] = []): VerifyContext {
  return { config: defaultConfig(), zone: ZONE, named };
}

/** A one-minute time in PDT on 2026-06-09, as the extract stage makes it. */
export function at(hhmm: string, approximate = false): TimeRef {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const start = new Date(Date.UTC(2026, 5, 9, h + 7, m)).toISOString();
  const end = new Date(Date.UTC(2026, 5, 9, h + 7, m + 1)).toISOString();
  return { text: hhmm, start, end, zone: ZONE, zoneOrigin: 'test', dateOrigin: 'test', approximate };
}

export function claim(c: Partial<Claim> & Pick<Claim, 'kind'>): Claim {
  return { id: 'c1', sentenceId: 's1', text: 'test sentence', entities: [], quantities: [], negated: false, hedged: false, pattern: 'test', ...c };
}
