import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config.js';
import { Evidence } from '../../src/evidence/evidence.js';
import type { SourceData } from '../../src/evidence/source.js';
import type { EvidenceEvent, SourceKind } from '../../src/types.js';

function event(id: string, source: SourceKind, time: string): EvidenceEvent {
  return { id, source, type: 'build', time, keys: [id], summary: id, citation: { source, ref: id, time, summary: id, location: `${source}#0` } };
}

function source(kind: SourceKind, events: EvidenceEvent[]): SourceData {
  return { report: { id: `${kind}.json`, kind, events: events.length, warnings: [] }, events, health: [] };
}

describe('Evidence event order', () => {
  it('merges sources in time order to the nanosecond, even inside one millisecond', () => {
    const builds = source('cloud-build', [event('late', 'cloud-build', '2026-06-09T16:48:10.123900Z')]);
    const logs = source('cloud-logging', [
      event('early', 'cloud-logging', '2026-06-09T16:48:10.123100001Z'),
      event('after', 'cloud-logging', '2026-06-09T16:48:10.124Z'),
    ]);
    const evidence = new Evidence([builds, logs], [], defaultConfig().outage);
    expect(evidence.events.map((e) => e.id)).toEqual(['early', 'late', 'after']);
  });
});
