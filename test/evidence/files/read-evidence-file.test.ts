import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { readEvidenceFile } from '../../../src/evidence/files/read-evidence-file.js';
import { detectFileAdapter, fileAdapters } from '../../../src/evidence/files/registry.js';
import { recoveryBuild, requestLogEntry, rollbackRelease, v1Revision, v2Revision } from './samples.js';
import { ndjson, pretty, tempFiles } from './temp-files.js';

const files = tempFiles('detect');

const UNKNOWN =
  'unknown evidence format: expected gcloud builds list JSON, gcloud run revisions list JSON, ' +
  'Firebase Hosting releases.list JSON or Cloud Logging entries (JSON array or NDJSON)';

async function failure(file: string): Promise<InputError> {
  const error = await readEvidenceFile(file).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

/** A Cloud Build CancelBuild audit entry that carries a whole Build in its response. */
const auditEntryWithBuild = {
  insertId: '1x2k9zd4abc',
  logName: 'projects/portal-prod/logs/cloudaudit.googleapis.com%2Factivity',
  protoPayload: {
    '@type': 'type.googleapis.com/google.cloud.audit.AuditLog',
    authenticationInfo: { principalEmail: 'priya@example.com' },
    methodName: 'google.devtools.cloudbuild.v1.CloudBuild.CancelBuild',
    resourceName: `projects/portal-prod/builds/${recoveryBuild.id}`,
    serviceName: 'cloudbuild.googleapis.com',
    response: { '@type': 'type.googleapis.com/google.devtools.cloudbuild.v1.Build', ...recoveryBuild },
  },
  receiveTimestamp: '2026-06-09T17:14:41.440192839Z',
  resource: { type: 'build', labels: { build_id: recoveryBuild.id, project_id: 'portal-prod' } },
  severity: 'NOTICE',
  timestamp: '2026-06-09T17:14:40.902361Z',
};

describe('readEvidenceFile: format detection', () => {
  it('detects each format from its first record, whatever the wrapping', async () => {
    const cases: [string, string, string][] = [
      ['builds.json', pretty([recoveryBuild]), 'cloud-build'],
      ['builds-page.json', pretty({ builds: [recoveryBuild] }), 'cloud-build'],
      ['revisions.json', pretty([v1Revision]), 'cloud-run'],
      ['v2.json', pretty({ revisions: [v2Revision] }), 'cloud-run'],
      ['releases.json', pretty({ releases: [rollbackRelease] }), 'firebase-hosting'],
      ['releases-array.json', pretty([rollbackRelease]), 'firebase-hosting'],
      ['logs.json', pretty([requestLogEntry]), 'cloud-logging'],
      ['logs.ndjson', ndjson([requestLogEntry, requestLogEntry]), 'cloud-logging'],
      ['entries.json', pretty({ entries: [requestLogEntry] }), 'cloud-logging'],
    ];
    for (const [name, text, kind] of cases) {
      const data = await readEvidenceFile(files.write(name, text));
      expect(data.report.kind, name).toBe(kind);
      expect(data.report.id).toBe(join(files.dir, name));
    }
  });

  it('takes an audit entry that embeds a Build for a log entry, not a build', () => {
    expect(detectFileAdapter(auditEntryWithBuild)?.kind).toBe('cloud-logging');
    expect(fileAdapters.map((a) => a.kind)).toEqual(['cloud-build', 'cloud-run', 'firebase-hosting', 'cloud-logging']);
  });

  it('rejects an unknown format, naming the file and the formats it expected', async () => {
    const file = files.write('deployments.json', pretty([{ id: 1234567890, sha: 'abc', environment: 'production', created_at: '2026-06-14T13:40:55Z' }]));
    const error = await failure(file);
    expect(error.message).toBe(`${file}: ${UNKNOWN}`);
    expect(error.file).toBe(file);
  });

  it('passes on reading errors: invalid JSON, shape errors, empty files, garbage, missing files', async () => {
    const broken = files.write('broken.json', '[\n' + JSON.stringify(recoveryBuild) + ',\n{"id": }\n]');
    expect((await failure(broken)).message).toBe(`${broken}:3: invalid JSON in record 1: expected a value`);
    const empty = files.write('empty.json', '');
    expect((await failure(empty)).message).toBe(`${empty}: empty file: no records`);
    const garbage = files.write('garbage.json', Buffer.from([0x00, 0x01, 0x02, 0xff]));
    expect((await failure(garbage)).message).toMatch(/garbage\.json: binary data/);
    const missing = join(files.dir, 'missing.json');
    expect((await failure(missing)).message).toBe(`${missing}: no such file`);
    expect((await failure(files.dir)).message).toBe(`${files.dir}: is a directory, not a file`);
  });

  it('reads the file once: a named pipe, which can be read only once, works', async () => {
    const fifo = join(files.dir, 'builds.fifo');
    execFileSync('mkfifo', [fifo]);
    // The writer blocks until a reader opens the pipe; a second open would wait forever.
    const writing = writeFile(fifo, pretty([recoveryBuild, { ...recoveryBuild, id: 'second-build', name: undefined }]));
    const data = await readEvidenceFile(fifo);
    await writing;
    expect(data.events.map((e) => e.id)).toEqual([recoveryBuild.id, 'second-build']);
  }, 5_000);
});
