// The JSON output, schemaVersion 1 (DESIGN.md, "JSON output"). Other tools read it:
// fields are only ever added, never renamed, and keys keep the documented order.

import type { CheckedClaim, CheckReport, Citation, SourceReport } from '../types.js';

/** Formats the report as the documented JSON (2-space indent, trailing newline). */
export function formatJson(report: CheckReport): string {
  const document = {
    schemaVersion: report.schemaVersion,
    report: report.report,
    timezone: report.timezone,
    summary: {
      sentences: report.summary.sentences,
      claims: report.summary.claims,
      supported: report.summary.supported,
      contradicted: report.summary.contradicted,
      unsupported: report.summary.unsupported,
      unverifiable: report.summary.unverifiable,
    },
    sources: report.sources.map(jsonSource),
    claims: report.claims.map(jsonClaim),
    // Added to the documented shape: parse warnings (constructs that were not analysed).
    warnings: report.warnings.map((w) => ({ message: w.message, line: w.line, column: w.column })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function jsonSource(source: SourceReport) {
  return {
    id: source.id,
    kind: source.kind,
    events: source.events,
    // Added fields; absent ones are left out rather than written as null.
    coverage: source.coverage ? { start: source.coverage.start, end: source.coverage.end } : undefined,
    error: source.error,
    warnings: [...source.warnings],
  };
}

function jsonClaim(claim: CheckedClaim) {
  return {
    id: claim.id,
    kind: claim.kind,
    text: claim.text,
    line: claim.line,
    column: claim.column,
    endLine: claim.endLine,
    endColumn: claim.endColumn,
    verdict: claim.verdict,
    reason: claim.reason,
    evidence: claim.evidence.map(jsonCitation),
    // Added fields: which claims share a sentence, and where it sits in the report.
    sentenceId: claim.sentenceId,
    section: [...claim.section],
  };
}

function jsonCitation(citation: Citation) {
  return {
    source: citation.source,
    ref: citation.ref,
    time: citation.time,
    summary: citation.summary,
    location: citation.location,
  };
}
