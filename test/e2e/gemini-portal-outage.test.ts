// The bundled incident, end to end through the CLI: every claim sentence of both reports
// gets the verdict written by hand in expected.json, and no other sentence makes a claim.

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
const SEVERITY: Record<VerdictValue, number> = { supported: 0, unverifiable: 1, unsupported: 2, contradicted: 3 };

/** Sentence verdicts by start line: the worst of the sentence's claims. */
function sentenceVerdicts(report: CheckReport): Map<number, { text: string; verdict: VerdictValue; reasons: string[] }> {
  const out = new Map<number, { text: string; verdict: VerdictValue; reasons: string[] }>();
  for (const c of report.claims) {
    const prev = out.get(c.line);
    if (!prev) out.set(c.line, { text: c.text, verdict: c.verdict, reasons: [c.reason] });
    else {
      if (SEVERITY[c.verdict] > SEVERITY[prev.verdict]) prev.verdict = c.verdict;
      prev.reasons.push(c.reason);
    }
  }
  return out;
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

  it('every supported claim cites at least one record', () => {
    for (const r of Object.values(results)) {
      const report = JSON.parse(r.stdout) as CheckReport;
      for (const c of report.claims.filter((x) => x.verdict === 'supported')) expect(c.evidence.length, c.text).toBeGreaterThan(0);
    }
  });
});
