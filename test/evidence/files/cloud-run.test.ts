import { describe, expect, it } from 'vitest';
import { cloudRunAdapter } from '../../../src/evidence/cloud-run/adapter.js';
import { readEvidenceFile } from '../../../src/evidence/files/read-evidence-file.js';
import { v1FailedRevision, v1Revision, v1Service, v2Revision, v2Service } from './samples.js';
import { pretty, tempFiles } from './temp-files.js';

const files = tempFiles('cloud-run');

describe('cloud-run adapter', () => {
  it('turns a v1 (Knative) revision into a revision-created event', async () => {
    const file = files.write('revisions.json', pretty([v1FailedRevision, v1Revision]));
    const data = await readEvidenceFile(file);
    expect(data.report).toMatchObject({ id: file, kind: 'cloud-run', events: 2, warnings: [] });
    expect(data.report.coverage).toEqual({ start: '2026-06-03T16:18:40.031565Z', end: '2026-06-09T17:05:59Z' });
    const [ready, failed] = data.events;
    expect(ready).toMatchObject({
      id: 'portal-api-00042-xak',
      source: 'cloud-run',
      type: 'revision-created',
      time: '2026-06-03T16:18:40.031565Z',
      keys: ['portal-api-00042-xak'],
      service: 'portal-api',
      actor: 'portal-deployer@portal-prod.iam.gserviceaccount.com',
      status: 'Ready',
      commit: '3d5e7f9a1b2c4d6e8f0a1b2c3d4e5f6a7b8c9d0e',
      citation: { source: 'cloud-run', ref: 'portal-api-00042-xak', location: `${file}#1` },
    });
    expect(ready!.summary).toBe(
      'revision portal-api-00042-xak of portal-api created 16:18:40Z by portal-deployer@portal-prod.iam.gserviceaccount.com ' +
        '(Ready; image us-central1-docker.pkg.dev/portal-prod/app/portal-api:3d5e7f9)',
    );
    expect(failed).toMatchObject({ id: 'portal-api-00043-qum', status: 'Failed', actor: 'portal-agent@portal-prod.iam.gserviceaccount.com' });
    expect(failed!.commit).toBeUndefined();
  });

  it('turns a v2 revision into the same kind of event, keyed by short and full name', async () => {
    const file = files.write('v2-revisions.json', pretty({ revisions: [v2Revision] }));
    const [event] = (await readEvidenceFile(file)).events;
    expect(event).toMatchObject({
      id: 'portal-api-00044-pol',
      keys: ['portal-api-00044-pol', v2Revision.name],
      time: '2026-06-09T18:32:11.204118734Z',
      service: 'portal-api',
      actor: 'marcus@example.com',
      status: 'Ready',
    });
    expect(event!.summary).toContain('image us-central1-docker.pkg.dev/portal-prod/app/portal-api:9f01aa2');
  });

  it('maps v2 condition states, and takes the service from the name when the field is absent', async () => {
    const { service: _, ...noService } = v2Revision;
    const failed = { ...noService, conditions: [{ type: 'Ready', state: 'CONDITION_FAILED', revisionReason: 'HEALTH_CHECK_CONTAINER_ERROR' }] };
    const [event] = (await readEvidenceFile(files.write('v2-failed.json', pretty([failed])))).events;
    expect(event).toMatchObject({ status: 'Failed', service: 'portal-api' });
  });

  it('reads v1 and v2 revisions in one file, in time order', async () => {
    const { events } = await readEvidenceFile(files.write('mixed.json', pretty([v2Revision, v1Revision, v1FailedRevision])));
    expect(events.map((e) => e.id)).toEqual(['portal-api-00042-xak', 'portal-api-00043-qum', 'portal-api-00044-pol']);
  });

  it('gives no events for Service objects, only a warning naming them and where history is', async () => {
    const file = files.write('services.json', pretty([v1Service, v2Service]));
    const data = await readEvidenceFile(file);
    expect(data.events).toEqual([]);
    expect(data.report.events).toBe(0);
    expect(data.report.coverage).toBeUndefined();
    expect(data.report.warnings).toHaveLength(1);
    expect(data.report.warnings[0]).toMatch(/^Cloud Run Service objects \(portal-api, portal-web\) hold only the current state/);
    expect(data.report.warnings[0]).toMatch(/revisions list .* audit logs/);
  });

  it('names the record and field of a wrong v1 condition status', async () => {
    const bad = { ...v1Revision, status: { conditions: [{ type: 'Ready', status: 'true' }] } };
    const error = await readEvidenceFile(files.write('bad.json', pretty([v1Revision, bad]))).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/bad\.json:\d+: record 1: status\.conditions\[0\]\.status: expected one of True, False, Unknown, found "true"$/);
  });

  it('rejects a record that is neither a revision nor a service', async () => {
    const error = await readEvidenceFile(files.write('odd.json', pretty([v1Revision, { kind: 'Job', name: 'x' }]))).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/odd\.json:\d+: record 1: not a Cloud Run Revision or Service/);
  });

  it('detects v1 and v2 revisions and services only', () => {
    for (const record of [v1Revision, v1Service, v2Revision, v2Service]) expect(cloudRunAdapter.detect(record)).toBe(true);
    expect(cloudRunAdapter.detect({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'x' } })).toBe(false);
    expect(cloudRunAdapter.detect({ name: 'projects/p/locations/l/jobs/j' })).toBe(false);
  });
});
