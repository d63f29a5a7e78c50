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
