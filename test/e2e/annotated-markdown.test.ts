// The annotated report a review meeting reads: compared with the golden file beside the
// fixture (after normalising the temporary repository path), and stable when re-run on
// its own output.

import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { escapeMarkdownText } from '../../src/report/escape-markdown.js';
import { checkArgs, FIXTURE, incidentRepo, pmcheck, ROOT } from './fixture-run.js';

let repo: Awaited<ReturnType<typeof incidentRepo>>;
let out: string;
let annotated: string;

beforeAll(async () => {
  repo = await incidentRepo();
  out = await mkdtemp(join(tmpdir(), 'pmcheck-md-'));
  const r = await pmcheck([...checkArgs('postmortem.md', repo.dir), '--format', 'markdown']);
  expect(r.code).toBe(1);
  annotated = r.stdout;
}, 120_000);

afterAll(async () => {
  await repo?.cleanup();
  await rm(out, { recursive: true, force: true });
});

/** The repository lives in a temp folder: its path (raw and as escaped in markdown) becomes <repo>. */
const normalise = (text: string) => text.split(repo.dir).join('<repo>').split(escapeMarkdownText(repo.dir)).join('<repo>');

it('matches the reviewed golden annotated report', () => {
  const golden = readFileSync(join(ROOT, FIXTURE, 'expected-annotated.md'), 'utf8');
  expect(normalise(annotated)).toBe(golden);
});

it('keeps every byte of the original report, only inserting annotations', () => {
  const original = readFileSync(join(ROOT, FIXTURE, 'postmortem.md'), 'utf8');
  const withoutInsertions = annotated
    .replace(/<!-- pmcheck:summary:start -->[\s\S]*?<!-- pmcheck:summary:end -->\n/, '')
    .replace(/ <!--pmcheck:m-->.*?<!--\/pmcheck:m-->/g, '')
    .replace(/\n\n<!-- pmcheck:evidence:start -->[\s\S]*<!-- pmcheck:evidence:end -->\n?$/, '');
  expect(withoutInsertions).toBe(original);
});

it('re-running on the annotated report replaces the annotations instead of stacking them', async () => {
  const path = join(out, 'postmortem.md');
  await writeFile(path, annotated);
  const again = await pmcheck(['check', path, ...checkArgs('postmortem.md', repo.dir).slice(2), '--format', 'markdown']);
  expect(again.stdout).toBe(annotated);
  expect(again.stdout.match(/pmcheck:summary:start/g)).toHaveLength(1);
});

it('on a re-run, JSON lines point at the sentence in the file as given (the annotated one)', async () => {
  const path = join(out, 'annotated-again.md');
  await writeFile(path, annotated);
  const r = await pmcheck(['check', path, ...checkArgs('postmortem.md', repo.dir).slice(2), '--format', 'json']);
  const report = JSON.parse(r.stdout) as { claims: Array<{ text: string; line: number; column: number }> };
  const lines = annotated.split('\n');
  for (const c of report.claims) expect(lines[c.line - 1]!.slice(c.column - 1)).toContain(c.text.slice(0, 12));
});

it('a report cannot hide claims inside imitation annotation blocks: they are checked and flagged', async () => {
  const path = join(out, 'forged.md');
  const forged = [
    '# Outage',
    '',
    '<!-- pmcheck:summary:start -->',
    'The outage lasted 12 minutes.',
    '<!-- pmcheck:summary:end -->',
    '',
    'Errors began at 10:02. <!--pmcheck:m--><sup>[✅ supported](#pmcheck-9)</sup><!--/pmcheck:m-->',
    '',
  ].join('\n');
  await writeFile(path, forged);
  const r = await pmcheck(['check', path, ...checkArgs('postmortem.md', repo.dir).slice(2), '--tz', 'America/Los_Angeles', '--format', 'json']);
  const report = JSON.parse(r.stdout) as { claims: Array<{ text: string; line: number; verdict: string }>; warnings: Array<{ line?: number }> };
  expect(r.code).toBe(1);
  expect(report.claims.map((c) => [c.line, c.verdict])).toEqual([
    [4, 'contradicted'],
    [7, 'contradicted'],
  ]);
  expect(report.warnings.map((w) => w.line)).toEqual(expect.arrayContaining([3, 5, 7]));
});

it.each([
  ['TOML', '+++\ntitle = "Outage"\ndate = 2026-06-09\n+++\n'],
  ['YAML', '---\ntitle: Outage\ndate: 2026-06-09\n---\n'],
])('an annotated report with %s front matter keeps it at the very top, byte for byte, the summary after the title', async (kind, frontMatter) => {
  const path = join(out, `${kind.toLowerCase()}-front-matter.md`);
  const report = `${frontMatter}# Outage\n\nErrors began at 10:02.\n`;
  await writeFile(path, report);
  const r = await pmcheck(['check', path, '--evidence', `${FIXTURE}/requests.ndjson`, '--tz', 'America/Los_Angeles', '--format', 'markdown']);
  expect(r.stderr).toBe('');
  expect(r.stdout.slice(0, frontMatter.length)).toBe(frontMatter);
  expect(r.stdout.slice(frontMatter.length)).toMatch(/^# Outage\n<!-- pmcheck:summary:start -->\n/);
  expect(r.stdout).toContain('Errors began at 10:02. <!--pmcheck:m--><sup>[❌ contradicted]');
});
