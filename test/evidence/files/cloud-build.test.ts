import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { cloudBuildAdapter } from '../../../src/evidence/cloud-build/adapter.js';
import { readEvidenceFile } from '../../../src/evidence/files/read-evidence-file.js';
import type { EvidenceEvent } from '../../../src/types.js';
import { approvedBuild, HOTFIX_SHA, MERGE_SHA, mergeBuild, recoveryBuild, runningManualBuild } from './samples.js';
import { ndjson, pretty, tempFiles } from './temp-files.js';

const files = tempFiles('cloud-build');

function byId(events: EvidenceEvent[], id: string): EvidenceEvent {
  const event = events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
}

describe('cloud-build adapter', () => {
  it('turns each build into a build event with its times, status and citation', async () => {
    // gcloud lists newest first.
    const file = files.write('builds.json', pretty([runningManualBuild, recoveryBuild, mergeBuild, approvedBuild]));
    const data = await readEvidenceFile(file);
    expect(data.report).toEqual({
      id: file,
      kind: 'cloud-build',
      events: 4,
      coverage: { start: '2026-06-03T16:12:00.5Z', end: '2026-06-09T17:30:00Z' },
      warnings: [],
    });
    expect(data.health).toEqual([]);
    // Sorted by time, oldest first.
    expect(data.events.map((e) => e.id)).toEqual([approvedBuild.id, mergeBuild.id, recoveryBuild.id, runningManualBuild.id]);

    const recovery = byId(data.events, recoveryBuild.id);
    expect(recovery).toMatchObject({
      source: 'cloud-build',
      type: 'build',
      time: '2026-06-09T17:05:10.482913Z',
      endTime: '2026-06-09T17:14:41.903118274Z',
      status: 'CANCELLED',
      keys: [recoveryBuild.id],
      service: 'portal-api',
      commit: HOTFIX_SHA,
      message: 'Build was cancelled',
    });
    expect(recovery.actor).toBeUndefined();
    expect(recovery.summary).toBe('build 4f1c2a9e CANCELLED (trigger deploy-portal-api; created 17:05:10Z, started 17:05:12Z, finished 17:14:41Z)');
    expect(recovery.citation).toEqual({
      source: 'cloud-build',
      ref: recoveryBuild.id,
      time: '2026-06-09T17:05:10.482913Z',
      summary: recovery.summary,
      location: `${file}#1`,
    });
  });

  it('resolves the commit: provenance, then substitutions, then a SHA-looking source, else unknown', async () => {
    const file = files.write('commits.json', pretty([mergeBuild, recoveryBuild, approvedBuild, runningManualBuild]));
    const { events } = await readEvidenceFile(file);
    // sourceProvenance beats the COMMIT_SHA substitution that disagrees with it.
    expect(byId(events, mergeBuild.id).commit).toBe(MERGE_SHA);
    // No provenance: the trigger's COMMIT_SHA.
    expect(byId(events, recoveryBuild.id).commit).toBe(HOTFIX_SHA);
    // Only the requested repoSource, and it is a SHA.
    expect(byId(events, approvedBuild.id).commit).toBe('3d5e7f9a1b2c');
    // A manual build whose source names a branch: unknown, not "main".
    expect(byId(events, runningManualBuild.id).commit).toBeUndefined();
  });

  it('takes REVISION_ID when COMMIT_SHA is absent', async () => {
    const build = { ...recoveryBuild, substitutions: { REVISION_ID: HOTFIX_SHA } };
    const { events } = await readEvidenceFile(files.write('revision-id.json', pretty([build])));
    expect(events[0]!.commit).toBe(HOTFIX_SHA);
  });

  it('leaves endTime out for a running build and names the approver as actor', async () => {
    const { events } = await readEvidenceFile(files.write('mixed.json', pretty([runningManualBuild, approvedBuild])));
    const running = byId(events, runningManualBuild.id);
    expect(running.endTime).toBeUndefined();
    expect(running.status).toBe('WORKING');
    expect(running.summary).toBe('build 0c9d8e7f WORKING (created 17:30:00Z, started 17:30:02Z)');
    expect(byId(events, approvedBuild.id).actor).toBe('priya@example.com');
  });

  it('finds the service from a gcloud run deploy step, expanding its substitution', async () => {
    const { events } = await readEvidenceFile(files.write('deploy-step.json', pretty([mergeBuild])));
    expect(events[0]!.service).toBe('portal-api');
  });

  it('keys a build by its id and by its name when they differ', async () => {
    const renamed = { ...approvedBuild, name: 'projects/418273645091/locations/us-central1/builds/regional-7' };
    const { events } = await readEvidenceFile(files.write('keys.json', pretty([renamed])));
    expect(events[0]!.keys).toEqual([approvedBuild.id, 'regional-7']);
  });

  it('reads a projects.builds.list response and NDJSON alike', async () => {
    const listed = await readEvidenceFile(files.write('list.json', pretty({ builds: [recoveryBuild, mergeBuild], nextPageToken: 'abc' })));
    expect(listed.events.map((e) => e.id)).toEqual([mergeBuild.id, recoveryBuild.id]);
    expect(listed.report.warnings).toEqual([expect.stringContaining('nextPageToken')]);
    const lines = await readEvidenceFile(files.write('builds.ndjson', ndjson([recoveryBuild, mergeBuild])));
    expect(lines.events.map((e) => e.citation.location)).toEqual([`${files.dir}/builds.ndjson#1`, `${files.dir}/builds.ndjson#0`]);
  });

  it('orders builds created in the same millisecond by their nanoseconds', async () => {
    const second = { ...approvedBuild, id: 'bbbbbbbb-0000-4000-8000-000000000002', createTime: '2026-06-09T17:05:10.482913200Z' };
    const first = { ...approvedBuild, id: 'aaaaaaaa-0000-4000-8000-000000000001', createTime: '2026-06-09T17:05:10.4829131Z' };
    const { events } = await readEvidenceFile(files.write('same-ms.json', pretty([second, first])));
    expect(events.map((e) => e.time)).toEqual(['2026-06-09T17:05:10.4829131Z', '2026-06-09T17:05:10.482913200Z']);
  });

  it('keeps the first of two records with the same build id, with a warning', async () => {
    const file = files.write('dupes.json', pretty([recoveryBuild, { ...recoveryBuild, status: 'WORKING' }]));
    const data = await readEvidenceFile(file);
    expect(data.events).toHaveLength(1);
    expect(data.events[0]!.status).toBe('CANCELLED');
    expect(data.report.warnings).toEqual([`${recoveryBuild.id} appears more than once (${file}#0 and ${file}#1); the first is used`]);
  });

  it('names the file, line, record and field of a wrong status', async () => {
    const text = pretty([recoveryBuild, approvedBuild, { ...mergeBuild, status: 'DONE' }]);
    const file = files.write('bad-status.json', text);
    // The third element's "{" line: where record 2 starts.
    const line = text.split('\n').flatMap((l, i) => (l === '  {' ? [i + 1] : []))[2];
    const error = await readEvidenceFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).line).toBe(line);
    expect((error as InputError).message).toBe(
      `${file}:${line}: record 2: status: expected one of STATUS_UNKNOWN, PENDING, QUEUED, WORKING, SUCCESS, FAILURE, INTERNAL_ERROR, TIMEOUT, CANCELLED, EXPIRED, found "DONE"`,
    );
  });

  it('rejects a createTime that is not a timestamp, and a missing one', async () => {
    const bad = await readEvidenceFile(files.write('bad-time.json', pretty([{ ...recoveryBuild, createTime: '17:05' }]))).catch((e: unknown) => e);
    expect((bad as Error).message).toMatch(/bad-time\.json:2: record 0: createTime: expected an RFC 3339 timestamp, found "17:05"$/);
    const { createTime: _, ...noTime } = approvedBuild;
    const missing = await cloudBuildAdapter
      .read(
        'm.json',
        (async function* () {
          yield { value: noTime, index: 4, line: 9 };
        })(),
      )
      .catch((e: unknown) => e);
    expect((missing as Error).message).toBe('m.json:9: record 4: createTime: missing (expected string)');
  });

  it('detects builds and nothing else', () => {
    expect(cloudBuildAdapter.detect(recoveryBuild)).toBe(true);
    expect(cloudBuildAdapter.detect({ name: 'projects/1/builds/x' })).toBe(true);
    expect(cloudBuildAdapter.detect({ id: 'x', status: 'SUCCESS' })).toBe(false);
    expect(cloudBuildAdapter.detect([recoveryBuild])).toBe(false);
  });
});
