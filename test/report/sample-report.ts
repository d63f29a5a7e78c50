// A small hand-built CheckReport over a small post-mortem: three sections, sentences in a
// paragraph, table rows and list items, and one sentence with two claims whose verdicts differ.

import { sentenceCoverage, sentenceVerdicts } from '../../src/sentence-verdicts.js';
import type { CheckedClaim, CheckReport, Citation, ClaimKind, VerdictValue } from '../../src/types.js';

export const SAMPLE_SOURCE = [
  '---',
  'date: 2026-06-09',
  '---',
  '# Portal outage',
  '',
  '## Summary',
  '',
  'The agent merged PR #214 at 09:40. Service was restored by build 4f1c2a9e at 10:21.',
  '',
  '## Timeline',
  '',
  '| time | event |',
  '| --- | --- |',
  '| 10:05 | The agent started recovery build 4f1c2a9e. |',
  '| 10:20 | Marcus rolled back the Hosting release. |',
  '',
  '## Impact',
  '',
  '- The outage lasted about 33 minutes.',
  '- We believe no users were affected.',
  '',
].join('\n');

export const BUILD_CANCELLED: Citation = {
  source: 'cloud-build',
  ref: '4f1c2a9e-7d3b-4e8a-9c1f-0b6d2e8a5c47',
  time: '2026-06-09T17:14:41Z',
  summary: 'build CANCELLED',
  location: 'builds.json#1',
};
const MERGE: Citation = {
  source: 'git',
  ref: '9a0c5e7b1d2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b',
  time: '2026-06-09T16:40:12Z',
  summary: 'merge of PR #214 by portal-agent[bot]',
  location: 'repo@9a0c5e7',
};
const ROLLBACK: Citation = {
  source: 'firebase-hosting',
  ref: 'sites/portal-prod/channels/live/releases/1749489605000000',
  time: '2026-06-09T17:20:05Z',
  summary: 'ROLLBACK release by marcus@example.com',
  location: 'releases.json#0',
};
const OUTAGE: Citation = {
  source: 'cloud-logging',
  ref: 'outage:portal-prod',
  summary: '404s on /api/** from 09:48:10 to 10:20:58 PDT',
  location: 'requests.ndjson',
};

interface ClaimSpec {
  id: string;
  sentenceId: string;
  kind: ClaimKind;
  text: string;
  section: string[];
  verdict: VerdictValue;
  reason: string;
  evidence: Citation[];
}

/** Builds a CheckedClaim whose positions are those of `spec.text` in `source` (its `occurrence`-th copy). */
export function claimAt(source: string, spec: ClaimSpec, occurrence = 0): CheckedClaim {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) offset = source.indexOf(spec.text, offset + 1);
  if (offset < 0) throw new Error(`sample text not found: ${spec.text}`);
  const endOffset = offset + spec.text.length;
  const start = pointAt(source, offset);
  const end = pointAt(source, endOffset);
  return { ...spec, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, offset, endOffset };
}

function pointAt(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset).split(/\r?\n/);
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

const SPECS: ClaimSpec[] = [
  {
    id: 'c1',
    sentenceId: 's2',
    kind: 'commit',
    text: 'The agent merged PR #214 at 09:40.',
    section: ['Portal outage', 'Summary'],
    verdict: 'supported',
    reason: 'PR #214 was merged at 09:40:12 PDT by portal-agent[bot]',
    evidence: [MERGE],
  },
  {
    id: 'c2',
    sentenceId: 's3',
    kind: 'recovery',
    text: 'Service was restored by build 4f1c2a9e at 10:21.',
    section: ['Portal outage', 'Summary'],
    verdict: 'supported',
    reason: 'errors stopped at 10:20:58 PDT, within 2 minutes of 10:21',
    evidence: [OUTAGE],
  },
  {
    id: 'c3',
    sentenceId: 's3',
    kind: 'recovery',
    text: 'Service was restored by build 4f1c2a9e at 10:21.',
    section: ['Portal outage', 'Summary'],
    verdict: 'contradicted',
    reason: 'build 4f1c2a9e was CANCELLED at 10:14:41 PDT and never served; a ROLLBACK by marcus@example.com at 10:20:05 PDT ended the outage',
    evidence: [BUILD_CANCELLED, ROLLBACK, OUTAGE],
  },
  {
    id: 'c4',
    sentenceId: 's6',
    kind: 'deploy',
    text: 'The agent started recovery build 4f1c2a9e.',
    section: ['Portal outage', 'Timeline'],
    verdict: 'supported',
    reason: 'build 4f1c2a9e was created at 10:05:10 PDT',
    evidence: [BUILD_CANCELLED],
  },
  {
    id: 'c5',
    sentenceId: 's7',
    kind: 'rollback',
    text: 'Marcus rolled back the Hosting release.',
    section: ['Portal outage', 'Timeline'],
    verdict: 'unsupported',
    reason: 'no Hosting ROLLBACK release near 10:20 PDT names Marcus',
    evidence: [],
  },
  {
    id: 'c6',
    sentenceId: 's9',
    kind: 'duration',
    text: 'The outage lasted about 33 minutes.',
    section: ['Portal outage', 'Impact'],
    verdict: 'supported',
    reason: 'the 404 window lasted 32 min 48 s (09:48:10–10:20:58 PDT)',
    evidence: [OUTAGE],
  },
  {
    id: 'c7',
    sentenceId: 's10',
    kind: 'impact',
    text: 'We believe no users were affected.',
    section: ['Portal outage', 'Impact'],
    verdict: 'unverifiable',
    reason: 'a hedged statement about users: no configured source records affected users',
    evidence: [],
  },
];

/** The sample report checked against `source` (SAMPLE_SOURCE, or a variant holding the same sentences). */
export function sampleReport(source = SAMPLE_SOURCE): CheckReport {
  const claims = SPECS.map((spec) => claimAt(source, spec));
  return {
    schemaVersion: 1,
    report: 'postmortems/portal-outage.md',
    timezone: 'America/Los_Angeles',
    summary: { sentences: 10, claims: 7, supported: 4, contradicted: 1, unsupported: 1, unverifiable: 1, coverage: sentenceCoverage(claims) },
    sources: [
      { id: 'builds.json', kind: 'cloud-build', events: 4, warnings: [] },
      { id: 'repo', kind: 'git', events: 12, coverage: { start: '2026-05-04T16:00:00Z', end: '2026-06-09T18:32:00Z' }, warnings: [] },
      { id: 'releases.json', kind: 'firebase-hosting', events: 3, warnings: [] },
      { id: 'requests.ndjson', kind: 'cloud-logging', events: 1200, warnings: [] },
      { id: 'revisions.json', kind: 'cloud-run', events: 0, error: 'record 3: missing metadata.name', warnings: [] },
    ],
    claims,
    warnings: [{ message: 'HTML block not analysed', line: 3, column: 1 }],
    sentences: sentenceVerdicts(claims),
  };
}

/**
 * `report` with its sentences and coverage computed again from its claims, the way the
 * pipeline computes them: for tests that change claims (formatters only read sentences).
 */
export function withSentences(report: CheckReport): CheckReport {
  return { ...report, summary: { ...report.summary, coverage: sentenceCoverage(report.claims) }, sentences: sentenceVerdicts(report.claims) };
}

/** The sample report with other claims (sentences and coverage to match). */
export function reportWithClaims(claims: CheckedClaim[], source = SAMPLE_SOURCE): CheckReport {
  return withSentences({ ...sampleReport(source), claims });
}
