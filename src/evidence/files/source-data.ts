// What every file adapter does last: order its events in time, drop repeated records, and
// describe what the source covers.

import type { EvidenceEvent, SourceKind } from '../../types.js';
import type { SourceData } from '../source.js';
import { compareInstants, compareTimestamps, parseTimestamp } from '../timestamps.js';

/**
 * The SourceData of one file: events sorted by time (stable, to the nanosecond), one per id
 * (a repeated id keeps its first record and adds a warning), coverage from the earliest to the
 * latest time any event names.
 */
export function assembleSourceData(file: string, kind: SourceKind, events: EvidenceEvent[], warnings: string[]): SourceData {
  const unique = sortByTime(firstOfEachId(events, warnings));
  return {
    report: { id: file, kind, events: unique.length, coverage: coverageOf(unique), warnings },
    events: unique,
    health: [],
  };
}

/** Events in time order, to the nanosecond; events in the same instant keep their file order (sort is stable). */
export function sortByTime(events: EvidenceEvent[]): EvidenceEvent[] {
  const keyed = events.map((event) => ({ event, at: parseTimestamp(event.time)?.instant }));
  // Adapters validate every time; an unparsable one would sort last rather than break the order.
  keyed.sort((a, b) => (a.at && b.at ? compareInstants(a.at, b.at) : Number(!a.at) - Number(!b.at)));
  return keyed.map(({ event }) => event);
}

function firstOfEachId(events: EvidenceEvent[], warnings: string[]): EvidenceEvent[] {
  const seen = new Map<string, EvidenceEvent>();
  for (const event of events) {
    const earlier = seen.get(event.id);
    if (earlier) {
      warnings.push(`${event.id} appears more than once (${earlier.citation.location} and ${event.citation.location}); the first is used`);
    } else {
      seen.set(event.id, event);
    }
  }
  return [...seen.values()];
}

function coverageOf(events: EvidenceEvent[]): { start: string; end: string } | undefined {
  let start: string | undefined;
  let end: string | undefined;
  for (const event of events) {
    for (const time of event.endTime ? [event.time, event.endTime] : [event.time]) {
      if (start === undefined || compareTimestamps(time, start) < 0) start = time;
      if (end === undefined || compareTimestamps(time, end) > 0) end = time;
    }
  }
  return start !== undefined && end !== undefined ? { start, end } : undefined;
}
