// Writes a scenario's evidence bundle into a folder, in the formats users export: a real
// (bare) git repository, builds.json, revisions.json, releases.json (Hosting), audit.json and
// requests.ndjson. Bytes only: pmcheck reads them back through its own adapters.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeBareRepo } from './git-objects.js';
import { Rng } from './random.js';
import type { Scenario } from './scenario-types.js';
import { auditExport } from './exports/audit.js';
import { buildsExport } from './exports/builds.js';
import { releasesExport } from './exports/releases.js';
import { requestsExport } from './exports/requests.js';
import { revisionsExport } from './exports/revisions.js';

/** Where a written bundle's parts are. */
export interface BundlePaths {
  repo: string;
  evidence: string[];
}

const HOUR = 3_600_000;

/** Writes the bundle of `scenario` into `dir` (which must exist); returns the paths runCheck takes. */
export async function writeBundle(scenario: Scenario, dir: string): Promise<BundlePaths> {
  const rng = new Rng((scenario.seed ^ 0x5eed5eed) >>> 0);
  const repo = join(dir, scenario.project.replace(/-prod$/, ''));
  const files: Array<[string, string]> = [];
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  files.push(['builds.json', json(buildsExport(scenario, rng))]);
  files.push(['revisions.json', json(revisionsExport(scenario, rng))]);
  if (scenario.platform === 'hosting') files.push(['releases.json', json(releasesExport(scenario, rng))]);
  const first = scenario.requests[0]?.ms ?? 0;
  const last = scenario.requests[scenario.requests.length - 1]?.ms ?? 0;
  // An export with no entries is not a file anyone passes (and pmcheck refuses an empty one).
  const audit = auditExport(scenario, rng, first - 6 * HOUR, last + 2 * HOUR);
  if (audit.length > 0) files.push(['audit.json', json(audit)]);
  files.push(['requests.ndjson', requestsExport(scenario, rng)]);
  await Promise.all([
    writeBareRepo(repo, scenario.history.objects, scenario.history.branches),
    ...files.map(([name, text]) => writeFile(join(dir, name), text)),
  ]);
  return { repo, evidence: files.map(([name]) => join(dir, name)) };
}
