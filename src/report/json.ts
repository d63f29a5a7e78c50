// The JSON output, schemaVersion 1 (DESIGN.md, "JSON output"). Other tools read it:
// fields are only ever added, never renamed, and keys keep the documented order.

import type { CheckedClaim, CheckedSentence, CheckReport, Citation, SourceReport } from '../types.js';

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
      // Added: sentences stating checkable facts, and how many of them evidence settled.
      coverage: {
        factualSentences: report.summary.coverage.factualSentences,
        checkedSentences: report.summary.coverage.checkedSentences,
      },
    },
    sources: report.sources.map(jsonSource),
    claims: report.claims.map(jsonClaim),
    // Added to the documented shape: parse warnings (constructs that were not analysed).
    warnings: report.warnings.map((w) => ({ message: w.message, line: w.line, column: w.column })),
    // Added: each sentence with claims and its verdict, the worst of its claims' (computed by the pipeline).
    sentences: report.sentences.map(jsonSentence),
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

function jsonSentence(sentence: CheckedSentence) {
  return {
    line: sentence.line,
    column: sentence.column,
    endLine: sentence.endLine,
    endColumn: sentence.endColumn,
    text: sentence.text,
    verdict: sentence.verdict,
    claims: [...sentence.claims],
    // Which sentence of the report it is (claims[].sentenceId names it too), and where it sits.
    sentenceId: sentence.sentenceId,
    section: [...sentence.section],
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
