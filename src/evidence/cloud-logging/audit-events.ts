// Turns audit entries into events: dispatches each entry to its service's handler, pairs the
// two halves of a long-running Cloud Run operation into one event, and counts what it ignores.

import type { EvidenceEvent } from '../../types.js';
import { cloudBuildAudit, isCloudBuildAudit } from './audit-cloud-build.js';
import { cloudRunAudit, isCloudRunAudit } from './audit-cloud-run.js';
import { hostingAudit, isHostingAudit } from './audit-hosting.js';
import { auditEvent, isFailure, shortMethod, type AuditFacts, type AuditOutcome, type AuditRecord } from './audit-record.js';
import { compareTimestamps } from '../timestamps.js';

type Handler = [matches: (record: AuditRecord) => boolean, read: (record: AuditRecord) => AuditOutcome];

const HANDLERS: Handler[] = [
  [isCloudBuildAudit, cloudBuildAudit],
  [isCloudRunAudit, cloudRunAudit],
  [isHostingAudit, hostingAudit],
];

interface OperationHalf {
  record: AuditRecord;
  facts: AuditFacts;
}

/** Collects events from audit entries given in any order. */
export class AuditEvents {
  private readonly events: EvidenceEvent[] = [];
  private readonly starts = new Map<string, OperationHalf>();
  private readonly ends = new Map<string, OperationHalf>();
  private readonly ignored = new Map<string, number>();

  /** Reads one audit entry. */
  add(record: AuditRecord): void {
    const outcome = readAudit(record);
    if ('ignored' in outcome) {
      this.ignored.set(outcome.ignored, (this.ignored.get(outcome.ignored) ?? 0) + 1);
      return;
    }
    const operation = record.entry.operation;
    // v2 Cloud Run calls are long-running: a start entry and a completion entry for one change.
    if (outcome.facts.type === 'service-update' && operation?.id && Boolean(operation.first) !== Boolean(operation.last)) {
      const halves = operation.first ? this.starts : this.ends;
      if (!halves.has(operation.id)) halves.set(operation.id, { record, facts: outcome.facts });
      return;
    }
    this.events.push(auditEvent(record, outcome.facts));
  }

  /** The events in time order, and warnings counting what was merged or ignored. */
  finish(): { events: EvidenceEvent[]; warnings: string[] } {
    const events = [...this.events];
    let merged = 0;
    for (const [id, end] of this.ends) {
      const start = this.starts.get(id);
      if (start) {
        this.starts.delete(id);
        merged += 1;
      }
      events.push(auditEvent(end.record, start ? mergeHalves(start.facts, end.facts) : end.facts));
    }
    for (const start of this.starts.values()) {
      const status = isFailure(start.facts.status) ? start.facts.status : 'started';
      events.push(auditEvent(start.record, { ...start.facts, status }));
    }
    events.sort((a, b) => compareTimestamps(a.time, b.time) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { events, warnings: this.warnings(merged) };
  }

  private warnings(merged: number): string[] {
    const warnings: string[] = [];
    const ignoredTotal = [...this.ignored.values()].reduce((sum, n) => sum + n, 0);
    if (ignoredTotal > 0) {
      const top = [...this.ignored]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, 3)
        .map(([method, n]) => `${method} ×${n}`);
      const more = this.ignored.size > 3 ? ', …' : '';
      warnings.push(`${ignoredTotal} audit entries of other methods ignored (${top.join(', ')}${more})`);
    }
    if (merged > 0) {
      warnings.push(`${merged} start entries of long-running Cloud Run operations were merged into their completion entries`);
    }
    if (this.starts.size > 0) {
      warnings.push(`${this.starts.size} long-running Cloud Run operations have no completion entry in this file; reported as started`);
    }
    return warnings;
  }
}

function readAudit(record: AuditRecord): AuditOutcome {
  for (const [matches, read] of HANDLERS) if (matches(record)) return read(record);
  return { ignored: shortMethod(record.payload.methodName) };
}

// The completion entry wins (its status says how the change ended); the start entry fills
// what the completion leaves out (LRO completions often carry no request). Facts never hold
// an explicit undefined, so spreading keeps the start's value wherever the end has none.
function mergeHalves(start: AuditFacts, end: AuditFacts): AuditFacts {
  return { ...start, ...end, keys: [...new Set([...end.keys, ...start.keys])] };
}
