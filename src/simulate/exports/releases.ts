// releases.json: the Firebase Hosting `sites.releases.list` response ({ releases: [...] }),
// newest first, each release with its version's config (the /api/** rewrite to Cloud Run).

import type { Rng } from '../random.js';
import type { ReleasePlan, Scenario } from '../scenario-types.js';
import { rfc3339 } from './timestamps.js';

/** The releases.json object for a scenario. */
export function releasesExport(s: Scenario, rng: Rng): { releases: unknown[] } {
  const sorted = [...s.releases].sort((a, b) => b.releaseMs - a.releaseMs);
  // A ROLLBACK re-releases an earlier version: it carries that version's own creation times.
  const versionMs = new Map<string, number>();
  for (const r of [...sorted].reverse()) if (!versionMs.has(r.versionId)) versionMs.set(r.versionId, r.releaseMs);
  return { releases: sorted.map((r) => releaseRecord(s, r, versionMs.get(r.versionId) ?? r.releaseMs, rng)) };
}

/** The Release resource name of a live-channel release. */
export function releaseName(site: string, id: string): string {
  return `sites/${site}/channels/live/releases/${id}`;
}

function releaseRecord(s: Scenario, r: ReleasePlan, versionCreatedMs: number, rng: Rng): Record<string, unknown> {
  const creator = s.releases.find((x) => x.versionId === r.versionId && x.type === 'DEPLOY')?.user ?? r.user;
  const record: Record<string, unknown> = {
    name: releaseName(r.site, r.id),
    version: {
      name: `sites/${r.site}/versions/${r.versionId}`,
      status: 'FINALIZED',
      config: {
        rewrites: [...r.rewrites.map((w) => ({ glob: w.glob, run: { serviceId: w.serviceId, region: s.region } })), { glob: '**', path: '/index.html' }],
      },
      labels: { 'deployment-tool': 'cli-firebase' },
      createTime: rfc3339(versionCreatedMs - 40_000, 3),
      createUser: { email: creator.email },
      finalizeTime: rfc3339(versionCreatedMs - 900, 3),
      finalizeUser: { email: creator.email },
      fileCount: String(rng.int(5, 40)),
      versionBytes: String(rng.int(100_000, 900_000)),
    },
    type: r.type,
    releaseTime: rfc3339(r.releaseMs, 3),
    releaseUser: { email: r.user.email },
  };
  if (r.message) record['message'] = r.message;
  return record;
}
