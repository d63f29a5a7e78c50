import { describe, expect, it } from 'vitest';
import { readEvidenceFile } from '../../../src/evidence/files/read-evidence-file.js';
import { firebaseHostingAdapter } from '../../../src/evidence/firebase-hosting/adapter.js';
import { agentRelease, baselineRelease, previewRelease, rollbackRelease } from './samples.js';
import { pretty, tempFiles } from './temp-files.js';

const files = tempFiles('hosting');

describe('firebase-hosting adapter', () => {
  it('turns DEPLOY releases into release events and ROLLBACK into rollback events, sorted by time', async () => {
    // releases.list order is undocumented: shuffle it.
    const file = files.write('releases.json', pretty({ releases: [agentRelease, rollbackRelease, baselineRelease] }));
    const data = await readEvidenceFile(file);
    expect(data.report).toEqual({
      id: file,
      kind: 'firebase-hosting',
      events: 3,
      coverage: { start: '2026-06-03T16:20:01.004Z', end: '2026-06-09T17:20:05.123Z' },
      warnings: [],
    });
    expect(data.events.map((e) => [e.type, e.status])).toEqual([
      ['release', 'DEPLOY'],
      ['release', 'DEPLOY'],
      ['rollback', 'ROLLBACK'],
    ]);
    const rollback = data.events[2]!;
    expect(rollback).toMatchObject({
      id: rollbackRelease.name,
      source: 'firebase-hosting',
      time: '2026-06-09T17:20:05.123Z',
      keys: [rollbackRelease.name, '1781028005000000', '3c8e1a7f0d2b9e44'],
      actor: 'marcus@example.com',
      service: 'portal-prod',
      target: 'version 3c8e1a7f0d2b9e44; /api/** → run:portal-api (us-central1)',
      citation: { source: 'firebase-hosting', ref: rollbackRelease.name, location: `${file}#1` },
    });
    expect(rollback.summary).toBe('ROLLBACK release on portal-prod (live) by marcus@example.com to version 3c8e1a7f0d2b9e44');
  });

  it('carries the rewrite target and keeps the deploy message as (hostile) message text, out of the summary', async () => {
    const [event] = (await readEvidenceFile(files.write('agent.json', pretty([agentRelease])))).events;
    expect(event!.target).toBe('version 9f4b6d21c0e8a735; /api/** → run:portal-api-v2 (us-central1)');
    expect(event!.message).toBe(agentRelease.message);
    expect(event!.summary).toBe('DEPLOY release on portal-prod (live) by portal-agent@portal-prod.iam.gserviceaccount.com to version 9f4b6d21c0e8a735');
  });

  it('tells preview channels from live: the service of a preview release is site:channel', async () => {
    const { events } = await readEvidenceFile(files.write('channels.json', pretty({ releases: [previewRelease, agentRelease] })));
    expect(events.map((e) => e.service)).toEqual(['portal-prod:pr-214', 'portal-prod']);
    expect(events[0]!.summary).toBe(
      'DEPLOY release on portal-prod (channel pr-214) by portal-agent@portal-prod.iam.gserviceaccount.com to version 77aa01bc9de3f456',
    );
  });

  it('reads a bare array and legacy site-level names (no channel: live)', async () => {
    const legacy = { ...baselineRelease, name: 'sites/portal-prod/releases/1780503120000000' };
    const { events } = await readEvidenceFile(files.write('bare.json', pretty([legacy])));
    expect(events[0]).toMatchObject({ service: 'portal-prod', keys: [legacy.name, '1780503120000000', '3c8e1a7f0d2b9e44'] });
  });

  it('records a SITE_DISABLE release, which serves no version', async () => {
    const disable = {
      name: 'sites/portal-prod/channels/live/releases/1781030000000000',
      type: 'SITE_DISABLE',
      releaseTime: '2026-06-09T18:00:00Z',
      releaseUser: { email: 'dana@example.com' },
    };
    const [event] = (await readEvidenceFile(files.write('disable.json', pretty({ releases: [disable] })))).events;
    expect(event).toMatchObject({ type: 'release', status: 'SITE_DISABLE', keys: [disable.name, '1781030000000000'] });
    expect(event!.target).toBeUndefined();
    expect(event!.summary).toBe('SITE_DISABLE release on portal-prod (live) by dana@example.com');
  });

  it('names the record and field of a wrong release type', async () => {
    const error = await readEvidenceFile(files.write('bad.json', pretty({ releases: [baselineRelease, { ...agentRelease, type: 'deploy' }] }))).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toMatch(
      /bad\.json:\d+: record 1: type: expected one of TYPE_UNSPECIFIED, DEPLOY, ROLLBACK, SITE_DISABLE, found "deploy"$/,
    );
  });

  it('detects releases only', () => {
    expect(firebaseHostingAdapter.detect(rollbackRelease)).toBe(true);
    expect(firebaseHostingAdapter.detect({ releases: [rollbackRelease] })).toBe(false);
    expect(firebaseHostingAdapter.detect({ name: 'sites/x/versions/y' })).toBe(false);
  });
});
