// The bundled incident, end to end through the CLI: every claim sentence of both reports
// gets the verdict written by hand in expected.json (read from the JSON's sentences array),
// and no other sentence makes a claim.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport, VerdictValue } from '../../src/types.js';
import { checkArgs, FIXTURE, incidentRepo, pmcheck, ROOT, type CliResult } from './fixture-run.js';

interface Expected {
  line: number;
  startsWith: string;
  verdict: VerdictValue;
  why: string;
}

const expected = JSON.parse(readFileSync(join(ROOT, FIXTURE, 'expected.json'), 'utf8')) as Record<string, Expected[]>;
// Written out here, independently of src/verdict-order.ts: worst last.
const SEVERITY: VerdictValue[] = ['supported', 'unverifiable', 'unsupported', 'contradicted'];

/** Sentence verdicts by start line, as the JSON's `sentences` array gives them, with their claims' reasons. */
function sentenceVerdicts(report: CheckReport): Map<number, { text: string; verdict: VerdictValue; reasons: string[] }> {
  const reasons = new Map(report.claims.map((c) => [c.id, c.reason]));
  return new Map(
    report.sentences.map((s) => [s.line, { text: s.text, verdict: s.verdict, reasons: s.claims.map((id) => reasons.get(id) ?? `no claim ${id}`) }]),
  );
}

let repo: Awaited<ReturnType<typeof incidentRepo>>;
const results: Record<string, CliResult> = {};

beforeAll(async () => {
  repo = await incidentRepo();
  for (const report of Object.keys(expected)) results[report] = await pmcheck([...checkArgs(report, repo.dir), '--format', 'json']);
}, 120_000);

afterAll(async () => {
  await repo?.cleanup();
});

for (const report of Object.keys(expected)) {
  describe(report, () => {
    it('gives every claim sentence the verdict expected.json gives it', () => {
      const got = sentenceVerdicts(JSON.parse(results[report]!.stdout) as CheckReport);
      const mismatches = expected[report]!.flatMap((e) => {
        const g = got.get(e.line);
        if (!g) return [`L${e.line} "${e.startsWith}": no claim found, expected ${e.verdict} (${e.why})`];
        if (!g.text.startsWith(e.startsWith)) return [`L${e.line}: text "${g.text}" does not start with "${e.startsWith}"`];
        if (g.verdict !== e.verdict) return [`L${e.line} "${e.startsWith}": got ${g.verdict} (${g.reasons.join(' / ')}), expected ${e.verdict} (${e.why})`];
        return [];
      });
      expect(mismatches).toEqual([]);
    });

    it('makes no claim in a sentence expected.json does not list', () => {
      const listed = new Set(expected[report]!.map((e) => e.line));
      const got = sentenceVerdicts(JSON.parse(results[report]!.stdout) as CheckReport);
      const extra = [...got.entries()].filter(([line]) => !listed.has(line)).map(([line, g]) => `L${line} ${g.verdict}: ${g.text}`);
      expect(extra).toEqual([]);
    });
  });
}

describe('exit status and summary', () => {
  it("the agent's report fails the check (contradicted claims): exit 1", () => {
    expect(results['postmortem.md']!.code).toBe(1);
    const report = JSON.parse(results['postmortem.md']!.stdout) as CheckReport;
    expect(report.summary.contradicted).toBeGreaterThan(0);
  });

  it("the humans' report passes: exit 0, nothing contradicted or unsupported", () => {
    expect(results['postmortem-honest.md']!.code).toBe(0);
    const report = JSON.parse(results['postmortem-honest.md']!.stdout) as CheckReport;
    expect(report.summary.contradicted).toBe(0);
    expect(report.summary.unsupported).toBe(0);
  });

  it('gives every sentence in the JSON the worst verdict of its claims, and every claim one sentence', () => {
    for (const r of Object.values(results)) {
      const report = JSON.parse(r.stdout) as CheckReport;
      const byId = new Map(report.claims.map((c) => [c.id, c]));
      for (const sentence of report.sentences) {
        const claims = sentence.claims.map((id) => byId.get(id)!);
        expect(claims.every((c) => c !== undefined && c.sentenceId === sentence.sentenceId && c.line === sentence.line)).toBe(true);
        expect(sentence.verdict).toBe(SEVERITY[Math.max(...claims.map((c) => SEVERITY.indexOf(c.verdict)))]);
      }
      expect(report.sentences.flatMap((s) => s.claims).sort()).toEqual(report.claims.map((c) => c.id).sort());
    }
  });

  it('reports coverage: sentences stating facts, and how many of them the evidence settled', () => {
    for (const r of Object.values(results)) {
      const report = JSON.parse(r.stdout) as CheckReport;
      const claimsOf = (ids: string[]) => report.claims.filter((c) => ids.includes(c.id));
      const factual = report.sentences.filter((s) => claimsOf(s.claims).some((c) => c.kind !== 'opinion'));
      const checked = factual.filter((s) => claimsOf(s.claims).some((c) => c.verdict !== 'unverifiable'));
      expect(report.summary.coverage).toEqual({ factualSentences: factual.length, checkedSentences: checked.length });
      expect(checked.length).toBeGreaterThan(0);
    }
  });

  it('every supported claim cites at least one record', () => {
    for (const r of Object.values(results)) {
      const report = JSON.parse(r.stdout) as CheckReport;
      for (const c of report.claims.filter((x) => x.verdict === 'supported')) expect(c.evidence.length, c.text).toBeGreaterThan(0);
    }
  });
});
