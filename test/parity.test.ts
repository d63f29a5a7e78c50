// Every claim kind has its parts: a checker that declares itself for it, a line in the
// README, and at least one sentence in the bundled fixtures that the extract stage reads
// as that kind (except kinds no rule recognises yet, listed here on purpose).

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/claims/extract.js';
import { parseReport } from '../src/parse/index.js';
import type { ClaimKind } from '../src/types.js';
import { CHECKERS } from '../src/verify/registry.js';

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURE = join(ROOT, 'fixtures/gemini-portal-outage');
// Kinds in DESIGN.md that no extraction rule produces yet: their checker says so.
const NOT_EXTRACTED_YET: ClaimKind[] = ['attribution'];

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const kindsInFixtures = new Set(
  ['postmortem.md', 'postmortem-honest.md'].flatMap((report) =>
    extractClaims(parseReport(report, readFileSync(join(FIXTURE, report), 'utf8')), {
      zone: 'America/Los_Angeles',
      zoneOrigin: 'test',
      date: '2026-06-09',
      dateOrigin: 'test',
    }).map((c) => c.kind),
  ),
);

describe.each(Object.keys(CHECKERS) as ClaimKind[])('claim kind %s', (kind) => {
  it('has a checker registered for it, with a description and its sources', () => {
    expect(CHECKERS[kind].kind).toBe(kind);
    expect(CHECKERS[kind].description.length).toBeGreaterThan(20);
  });

  it('is documented in the README', () => {
    expect(readme).toContain(`\`${kind}\``);
  });

  it(NOT_EXTRACTED_YET.includes(kind) ? 'is recognised by no rule yet (listed on purpose)' : 'is exercised by a sentence of the bundled fixtures', () => {
    expect(kindsInFixtures.has(kind)).toBe(!NOT_EXTRACTED_YET.includes(kind));
  });
});

describe('checkers ask the evidence; they never scan it', () => {
  const verify = join(ROOT, 'src/verify');
  const files = readdirSync(verify).filter((f) => f.endsWith('.ts'));

  it.each(files)('%s reads no raw event list', (file) => {
    const source = readFileSync(join(verify, file), 'utf8');
    // Domain questions ("what served when", "every rollback") have one query each in src/evidence/.
    expect(source).not.toMatch(/\b(?:ev|evidence)\.(?:events|health)\b/);
    expect(source).not.toMatch(/\.between\(/);
  });

  it('no claim field steers checking by a pattern name', () => {
    for (const file of files) expect(readFileSync(join(verify, file), 'utf8'), file).not.toMatch(/\.pattern\b|desc:/);
  });
});
