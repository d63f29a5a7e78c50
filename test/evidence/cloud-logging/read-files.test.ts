import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloudLoggingAdapter } from '../../../src/evidence/cloud-logging/adapter.js';
import { readEvidenceFile } from '../../../src/evidence/files/read-evidence-file.js';
import { readRecords } from '../../../src/evidence/files/read-records.js';
import { outageWindows } from '../../../src/evidence/health/outage-windows.js';
import { defaultConfig } from '../../../src/config.js';
import { InputError } from '../../../src/errors.js';
import { auditEntry, runRequest } from './entries.js';
import { STORM_END, STORM_START, stormEntries } from './storm.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pmcheck-cloud-logging-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('cloud logging exports read from files', () => {
  it('an NDJSON export (oldest first) and a gcloud JSON array (newest first) give the same buckets and window', async () => {
    const entries = stormEntries();
    const ndjson = join(dir, 'requests.ndjson');
    const array = join(dir, 'requests.json');
    await writeFile(ndjson, entries.map((e) => JSON.stringify(e)).join('\n') + '\n');
    await writeFile(array, JSON.stringify([...entries].reverse(), null, 2));

    const fromNdjson = await readEvidenceFile(ndjson);
    const fromArray = await cloudLoggingAdapter.read(array, readRecords(array));
    expect(fromNdjson.report.kind).toBe('cloud-logging');
    expect(fromArray.health).toEqual(fromNdjson.health);

    const [window] = outageWindows(fromArray.health, defaultConfig().outage, 'requests.json');
    expect([window?.start, window?.end]).toEqual([STORM_START, STORM_END]);
  });

  it('cites audit events by file name and record index, and reports bad records by line', async () => {
    const file = join(dir, 'audit.json');
    const cancel = auditEntry('2026-06-09T17:14:40.118204731Z', {
      authenticationInfo: { principalEmail: 'priya@example.com' },
      methodName: 'google.devtools.cloudbuild.v1.CloudBuild.CancelBuild',
      request: { id: '4f1c2a9e-7d3b-4e8a-9c1f-0b6d2e8a5c47' },
      serviceName: 'cloudbuild.googleapis.com',
    });
    await writeFile(file, JSON.stringify([runRequest('2026-06-09T17:00:00Z', 200, '/'), cancel], null, 2));
    const { events } = await readEvidenceFile(file);
    expect(events.map((e) => [e.type, e.citation.location])).toEqual([['build-cancel', `${file}#1`]]);

    const bad = join(dir, 'bad.ndjson');
    const wrong = { ...runRequest('2026-06-09T17:00:01Z', 200, '/'), httpRequest: { status: true } };
    await writeFile(bad, [runRequest('2026-06-09T17:00:00Z', 200, '/'), wrong].map((e) => JSON.stringify(e)).join('\n'));
    const error = await readEvidenceFile(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/bad\.ndjson:2: record 1: httpRequest\.status: /);
  });

  it('reads the gemini-portal-outage fixture: the 09:48:10–10:20:58 PDT outage and who cancelled the recovery build', async () => {
    const fixture = 'fixtures/gemini-portal-outage';
    const requests = await readEvidenceFile(`${fixture}/requests.ndjson`);
    const windows = outageWindows(requests.health, defaultConfig().outage, 'requests.ndjson');
    expect(windows.map((w) => [w.service, w.start.slice(0, 19), w.end.slice(0, 19)])).toEqual([
      ['portal.example.com', '2026-06-09T16:48:10', '2026-06-09T17:20:58'],
    ]);
    const audit = await readEvidenceFile(`${fixture}/audit.json`);
    const cancel = audit.events.find((e) => e.type === 'build-cancel');
    expect(cancel).toMatchObject({ actor: 'priya@example.com', refersTo: '4f1c2a9e-7d3b-4e8a-9c1f-0b6d2e8a5c47' });
    const started = audit.events.find((e) => e.type === 'build' && e.refersTo === cancel?.refersTo);
    expect(started?.actor).toBe('portal-agent@portal-prod.iam.gserviceaccount.com');
  });
});
