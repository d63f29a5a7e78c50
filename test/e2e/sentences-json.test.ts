// The JSON output's sentence verdicts and coverage, end to end through the CLI on a small
// report: one sentence with two claims of different verdicts, one whose source was not
// given, one opinion, one that states a fact no check interprets, and one that states nothing.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FIXTURE, pmcheck } from './fixture-run.js';

const REPORT = [
  '---',
  'date: 2026-06-09',
  'timezone: America/Los_Angeles',
  '---',
  '# Outage',
  '',
  'Errors began at 10:02, and the outage lasted 33 minutes.',
  'PR #214 changed 12 files.',
  'We believe the rollout process needs more review.',
  'The team met on Friday.',
  'Thanks to everyone who helped.',
  '',
].join('\n');

interface JsonOutput {
  summary: { sentences: number; coverage: { factualSentences: number; checkedSentences: number } };
  claims: Array<{ id: string; kind: string; verdict: string }>;
  sentences: Array<{ line: number; column: number; endLine: number; endColumn: number; text: string; verdict: string; claims: string[] }>;
}

let dir: string;
let out: JsonOutput;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pmcheck-sentences-'));
  const path = join(dir, 'report.md');
  await writeFile(path, REPORT);
  // Request logs only: the git claim has no source to be checked against.
  const r = await pmcheck(['check', path, '--evidence', `${FIXTURE}/requests.ndjson`, '--format', 'json']);
  expect(r.stderr).toBe('');
  out = JSON.parse(r.stdout) as JsonOutput;
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('lists each claim sentence once with its place, its claims and the worst of their verdicts', () => {
  const [both, size, opinion, met, ...rest] = out.sentences;
  expect(rest).toEqual([]);
  expect(both).toMatchObject({
    line: 7,
    column: 1,
    endLine: 7,
    endColumn: 57,
    text: 'Errors began at 10:02, and the outage lasted 33 minutes.',
    verdict: 'contradicted',
  });
  const verdicts = both!.claims.map((id) => out.claims.find((c) => c.id === id)!.verdict);
  expect(verdicts).toEqual(['contradicted', 'supported']);
  expect(size).toMatchObject({ line: 8, text: 'PR #214 changed 12 files.', verdict: 'unverifiable' });
  expect(opinion).toMatchObject({ line: 9, verdict: 'unverifiable' });
  expect(opinion!.claims.map((id) => out.claims.find((c) => c.id === id)!.kind)).toEqual(['opinion']);
  // A fact is read (a day, a team, a meeting) though no source records meetings: listed, unverifiable.
  expect(met).toMatchObject({ line: 10, text: 'The team met on Friday.', verdict: 'unverifiable' });
  expect(met!.claims.map((id) => out.claims.find((c) => c.id === id)!.kind)).toEqual(['fact']);
});

it('counts coverage: three sentences state facts (not the opinion, not the thanks), one of them was checked against evidence', () => {
  expect(out.summary.coverage).toEqual({ factualSentences: 3, checkedSentences: 1 });
});
