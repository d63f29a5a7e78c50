import { describe, expect, it } from 'vitest';
import { cloudLoggingAdapter } from '../../../src/evidence/cloud-logging/adapter.js';
import { InputError } from '../../../src/errors.js';
import { auditEntry, recordsOf } from './entries.js';

const read = (entries: unknown[]) => cloudLoggingAdapter.read('evidence/audit.json', recordsOf(entries));

const BUILD_ID = '4f1c2a9e-7d3b-4e8a-9c1f-0b6d2e8a5c47';

function cancelBuild(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return auditEntry(
    '2026-06-09T17:14:40.118204731Z',
    {
      authenticationInfo: { principalEmail: 'priya@example.com' },
      authorizationInfo: [{ granted: true, permission: 'cloudbuild.builds.update', resource: 'projects/portal-prod' }],
      methodName: 'google.devtools.cloudbuild.v1.CloudBuild.CancelBuild',
      request: { '@type': 'type.googleapis.com/google.devtools.cloudbuild.v1.CancelBuildRequest', projectId: 'portal-prod', id: BUILD_ID },
      requestMetadata: { callerIp: '203.0.113.7', callerSuppliedUserAgent: 'google-cloud-sdk gcloud/527.0.0' },
      resourceName: `projects/portal-prod/builds/${BUILD_ID}`,
      serviceName: 'cloudbuild.googleapis.com',
      ...extra,
    },
    { insertId: '1x2k9zd4abc', resource: { type: 'build', labels: { build_id: BUILD_ID, build_trigger_id: '', project_id: 'portal-prod' } } },
  );
}

function v1Traffic(time: string, traffic: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return auditEntry(
    time,
    {
      authenticationInfo: { principalEmail: 'priya@example.com' },
      methodName: 'google.cloud.run.v1.Services.ReplaceService',
      request: {
        '@type': 'type.googleapis.com/google.cloud.run.v1.ReplaceServiceRequest',
        name: 'projects/portal-prod/locations/us-central1/services/portal-api',
        region: 'us-central1',
        service: { spec: { traffic } },
      },
      resourceName: 'namespaces/portal-prod/services/portal-api',
      serviceName: 'run.googleapis.com',
      ...extra,
    },
    { resource: { type: 'cloud_run_revision', labels: { location: 'us-central1', project_id: 'portal-prod', service_name: 'portal-api' } } },
  );
}

function v2Update(time: string, operation: Record<string, unknown>, withRequest: boolean): Record<string, unknown> {
  return auditEntry(
    time,
    {
      authenticationInfo: { principalEmail: 'portal-deployer@portal-prod.iam.gserviceaccount.com' },
      methodName: 'google.cloud.run.v2.Services.UpdateService',
      resourceName: 'projects/portal-prod/locations/us-central1/services/portal-api',
      serviceName: 'run.googleapis.com',
      ...(withRequest
        ? {
            request: {
              '@type': 'type.googleapis.com/google.cloud.run.v2.UpdateServiceRequest',
              service: {
                name: 'projects/portal-prod/locations/us-central1/services/portal-api',
                template: { revision: 'portal-api-00042-xak' },
                traffic: [
                  { type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', revision: 'portal-api-00041-dab', percent: 90 },
                  { type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST', percent: 10 },
                ],
              },
            },
          }
        : {}),
    },
    { operation: { id: 'projects/portal-prod/locations/us-central1/operations/op-7731', producer: 'run.googleapis.com', ...operation } },
  );
}

function hostingRelease(time: string, type: string, parent = 'sites/portal-prod/channels/live'): Record<string, unknown> {
  return auditEntry(time, {
    authenticationInfo: { principalEmail: 'marcus@example.com' },
    methodName: 'google.firebase.hosting.v1beta1.HostingSites.CreateRelease',
    request: {
      '@type': 'type.googleapis.com/google.firebase.hosting.v1beta1.CreateReleaseRequest',
      parent,
      versionName: 'sites/portal-prod/versions/3c8e1a7f0d2b9e44',
      release: { type },
    },
    response: {
      '@type': 'type.googleapis.com/google.firebase.hosting.v1beta1.Release',
      name: `${parent}/releases/1781025605123000`,
      type,
      version: { name: 'sites/portal-prod/versions/3c8e1a7f0d2b9e44' },
    },
    resourceName: parent,
    serviceName: 'firebasehosting.googleapis.com',
  });
}

describe('cloud logging audit logs → events', () => {
  it('CancelBuild names who cancelled which build', async () => {
    const { events, report } = await read([cancelBuild()]);
    expect(events).toEqual([
      {
        id: '1x2k9zd4abc',
        source: 'cloud-logging',
        type: 'build-cancel',
        time: '2026-06-09T17:14:40.118204731Z',
        actor: 'priya@example.com',
        keys: ['1x2k9zd4abc', BUILD_ID],
        status: 'ok',
        refersTo: BUILD_ID,
        summary: `CancelBuild of build ${BUILD_ID} by priya@example.com`,
        citation: {
          source: 'cloud-logging',
          ref: '1x2k9zd4abc',
          time: '2026-06-09T17:14:40.118204731Z',
          summary: `CancelBuild of build ${BUILD_ID} by priya@example.com`,
          location: 'evidence/audit.json#0',
        },
      },
    ]);
    expect(report.events).toBe(1);
  });

  it('CancelBuild without a request id takes the build from the resource name, and reports a failed call', async () => {
    const entry = cancelBuild({ request: {}, status: { code: 7, message: 'PERMISSION_DENIED' } });
    const [event] = (await read([entry])).events;
    expect(event).toMatchObject({ refersTo: BUILD_ID, status: 'error 7' });
    expect(event?.summary).toBe(`CancelBuild of build ${BUILD_ID} by priya@example.com failed (error 7)`);
  });

  it('RunBuildTrigger records who started the build it names', async () => {
    const entry = auditEntry('2026-06-09T17:05:09.882Z', {
      authenticationInfo: { principalEmail: 'portal-agent@portal-prod.iam.gserviceaccount.com' },
      methodName: 'google.devtools.cloudbuild.v1.CloudBuild.RunBuildTrigger',
      request: { '@type': 'type.googleapis.com/google.devtools.cloudbuild.v1.RunBuildTriggerRequest', triggerId: 'deploy-main' },
      response: {
        '@type': 'type.googleapis.com/google.longrunning.Operation',
        name: 'operations/build/portal-prod/NGYxYzJhOWU',
        metadata: { '@type': 'type.googleapis.com/google.devtools.cloudbuild.v1.BuildOperationMetadata', build: { id: BUILD_ID, status: 'QUEUED' } },
      },
      resourceName: 'projects/portal-prod/triggers/deploy-main',
      serviceName: 'cloudbuild.googleapis.com',
    });
    const [event] = (await read([entry])).events;
    expect(event).toMatchObject({
      type: 'build',
      status: 'REQUESTED',
      refersTo: BUILD_ID,
      actor: 'portal-agent@portal-prod.iam.gserviceaccount.com',
      summary: `RunBuildTrigger requested build ${BUILD_ID} by portal-agent@portal-prod.iam.gserviceaccount.com`,
    });
    expect(event?.keys).toEqual([event?.id, BUILD_ID]);
  });

  it('CreateBuild whose response names no build leaves refersTo undefined', async () => {
    const entry = auditEntry('2026-06-09T16:40:30Z', {
      authenticationInfo: { principalEmail: 'portal-deployer@portal-prod.iam.gserviceaccount.com' },
      methodName: 'google.devtools.cloudbuild.v1.CloudBuild.CreateBuild',
      serviceName: 'cloudbuild.googleapis.com',
    });
    const [event] = (await read([entry])).events;
    expect(event).toMatchObject({ type: 'build', status: 'REQUESTED' });
    expect(event?.summary).toContain('(id not recorded)');
    expect(event).not.toHaveProperty('refersTo');
  });

  it('v1 ReplaceService becomes a service-update with the requested traffic as target', async () => {
    const entry = v1Traffic('2026-06-09T17:28:30.004512Z', [{ revisionName: 'portal-api-00041-dab', percent: 100 }]);
    const [event] = (await read([entry])).events;
    expect(event).toMatchObject({
      type: 'service-update',
      service: 'portal-api',
      actor: 'priya@example.com',
      target: 'portal-api-00041-dab 100%',
      status: 'ok',
      time: '2026-06-09T17:28:30.004512Z',
      summary: 'ReplaceService of service portal-api by priya@example.com: traffic portal-api-00041-dab 100%',
    });
    expect(event?.keys).toContain('portal-api-00041-dab');
  });

  it('describes split traffic with LATEST and leaves out tag-only routes', async () => {
    const entry = v1Traffic('2026-06-09T17:28:30Z', [
      { revisionName: 'portal-api-00041-dab', percent: 90 },
      { latestRevision: true, percent: 10 },
      { revisionName: 'portal-api-00040-qqq', tag: 'canary', percent: 0 },
    ]);
    const [event] = (await read([entry])).events;
    expect(event?.target).toBe('portal-api-00041-dab 90%, LATEST 10%');
  });

  it('a failed ReplaceService says so in status and summary', async () => {
    const entry = v1Traffic('2026-06-09T17:28:30Z', [{ revisionName: 'portal-api-00041-dab', percent: 100 }], {
      status: { code: 10, message: 'resourceVersion conflict' },
    });
    const [event] = (await read([entry])).events;
    expect(event?.status).toBe('error 10');
    expect(event?.summary).toMatch(/failed \(error 10\)$/);
  });

  it('a v2 UpdateService long-running pair is one event, in either order', async () => {
    const start = v2Update('2026-06-09T17:30:00.100Z', { first: true }, true);
    const end = v2Update('2026-06-09T17:30:41.900Z', { last: true }, false);
    for (const entries of [
      [start, end],
      [end, start],
    ]) {
      const { events, report } = await read(entries);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        id: end.insertId,
        time: '2026-06-09T17:30:41.900Z',
        service: 'portal-api',
        actor: 'portal-deployer@portal-prod.iam.gserviceaccount.com',
        target: 'portal-api-00041-dab 90%, LATEST 10%',
        status: 'ok',
      });
      expect(events[0]?.keys).toEqual([end.insertId, 'portal-api-00041-dab', 'portal-api-00042-xak']);
      expect(report.warnings).toContain('1 start entries of long-running Cloud Run operations were merged into their completion entries');
    }
  });

  it('a v2 operation with no completion entry is reported as started', async () => {
    const { events, report } = await read([v2Update('2026-06-09T17:30:00.100Z', { first: true }, true)]);
    expect(events[0]).toMatchObject({ status: 'started' });
    expect(events[0]?.summary).toMatch(/started \(no completion entry\)$/);
    expect(report.warnings).toContain('1 long-running Cloud Run operations have no completion entry in this file; reported as started');
  });

  it('a system event records a revision failing to become Ready, with no actor', async () => {
    const entry = auditEntry(
      '2026-06-09T16:47:02.55Z',
      {
        methodName: '/Services.ReplaceService',
        resourceName: 'namespaces/portal-prod/revisions/portal-api-00042-xak',
        serviceName: 'run.googleapis.com',
        status: { code: 9, message: 'Ready condition status changed to False for Revision portal-api-00042-xak with message: boom' },
        response: {
          '@type': 'type.googleapis.com/google.cloud.run.v1.Revision',
          metadata: { name: 'portal-api-00042-xak' },
          status: { conditions: [{ type: 'Ready', status: 'False', reason: 'HealthCheckContainerError', message: 'boom' }] },
        },
      },
      {
        logName: 'projects/portal-prod/logs/cloudaudit.googleapis.com%2Fsystem_event',
        resource: { type: 'cloud_run_revision', labels: { service_name: 'portal-api', revision_name: 'portal-api-00042-xak' } },
      },
    );
    const [event] = (await read([entry])).events;
    expect(event).toMatchObject({
      type: 'service-update',
      status: 'NOT_READY',
      service: 'portal-api',
      refersTo: 'portal-api-00042-xak',
      message: 'boom',
      summary: 'portal-api-00042-xak is not Ready (system event)',
    });
    expect(event).not.toHaveProperty('actor');
  });

  it('a Hosting CreateRelease of type ROLLBACK is a rollback by its principal', async () => {
    const [event] = (await read([hostingRelease('2026-06-09T17:20:05.332Z', 'ROLLBACK')])).events;
    expect(event).toMatchObject({
      type: 'rollback',
      status: 'ROLLBACK',
      actor: 'marcus@example.com',
      service: 'portal-prod',
      target: 'version 3c8e1a7f0d2b9e44',
      summary: 'Hosting ROLLBACK of version 3c8e1a7f0d2b9e44 on site portal-prod by marcus@example.com',
    });
    expect(event?.keys).toEqual([event?.id, 'sites/portal-prod/channels/live/releases/1781025605123000', '1781025605123000', '3c8e1a7f0d2b9e44']);
  });

  it('a Hosting DEPLOY is a release; a preview-channel release is ignored and counted', async () => {
    const { events, report } = await read([
      hostingRelease('2026-06-09T16:47:40Z', 'DEPLOY'),
      hostingRelease('2026-06-09T16:50:00Z', 'DEPLOY', 'sites/portal-prod/channels/pr-214'),
    ]);
    expect(events.map((e) => [e.type, e.status])).toEqual([['release', 'DEPLOY']]);
    expect(report.warnings).toContain('1 audit entries of other methods ignored (CreateRelease on a preview channel ×1)');
  });

  it('counts audit entries of other methods in one warning', async () => {
    const other = (method: string, service: string) =>
      auditEntry('2026-06-09T16:00:00Z', { methodName: method, serviceName: service, authenticationInfo: { principalEmail: 'x@example.com' } });
    const { events, report } = await read([
      other('google.iam.admin.v1.SetIamPolicy', 'iam.googleapis.com'),
      other('google.iam.admin.v1.SetIamPolicy', 'iam.googleapis.com'),
      other('google.cloud.run.v1.Services.DeleteService', 'run.googleapis.com'),
      other('google.devtools.cloudbuild.v1.CloudBuild.ApproveBuild', 'cloudbuild.googleapis.com'),
      other('storage.buckets.create', 'storage.googleapis.com'),
    ]);
    expect(events).toEqual([]);
    expect(report.warnings).toEqual(['5 audit entries of other methods ignored (SetIamPolicy ×2, ApproveBuild ×1, DeleteService ×1, …)']);
  });

  it('orders events by time whatever the input order, and uses logName@time when there is no insertId', async () => {
    const a = cancelBuild();
    const b = v1Traffic('2026-06-09T17:28:30Z', [{ revisionName: 'portal-api-00041-dab', percent: 100 }]);
    delete b.insertId;
    const { events } = await read([b, a]);
    expect(events.map((e) => e.id)).toEqual(['1x2k9zd4abc', 'projects/portal-prod/logs/cloudaudit.googleapis.com%2Factivity@2026-06-09T17:28:30Z']);
    expect(events[1]?.citation.location).toBe('evidence/audit.json#0');
  });

  it('rejects a wrong type in a field it reads, naming the field path and record', async () => {
    const entry = v1Traffic('2026-06-09T17:28:30Z', []);
    (entry.protoPayload as { request: { service: { spec: Record<string, unknown> } } }).request.service.spec.traffic = 'all';
    const error = await read([cancelBuild(), entry]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/^evidence\/audit\.json:2: record 1: protoPayload\.request\.service\.spec\.traffic: /);
  });

  it('rejects an AuditLog whose principal is not a string', async () => {
    const entry = cancelBuild({ authenticationInfo: { principalEmail: 42 } });
    await expect(read([entry])).rejects.toThrow('evidence/audit.json:1: record 0: protoPayload.authenticationInfo.principalEmail: expected string, found 42');
  });
});
