// audit.json: `gcloud logging read --format=json` of Admin Activity audit entries (a JSON
// array, newest first): CancelBuild and RunBuildTrigger for Cloud Build, ReplaceService (v1)
// or UpdateService (v2, sometimes as a long-running operation's first and last entries) for
// every Cloud Run deploy and traffic change, Hosting CreateRelease when chosen, and noise.

import type { Rng } from '../random.js';
import type { Actor, ReleasePlan, Scenario, ServiceUpdate } from '../scenario-types.js';
import { releaseName } from './releases.js';
import { rfc3339 } from './timestamps.js';

const AUDIT_TYPE = 'type.googleapis.com/google.cloud.audit.AuditLog';

interface Entry {
  ms: number;
  value: Record<string, unknown>;
}

/** The audit.json array for a scenario: entries from `fromMs` to `toMs`. */
export function auditExport(s: Scenario, rng: Rng, fromMs: number, toMs: number): unknown[] {
  const entries: Entry[] = [];
  const logName = `projects/${s.project}/logs/cloudaudit.googleapis.com%2Factivity`;
  const entry = (
    ms: number,
    actor: Actor | undefined,
    payload: Record<string, unknown>,
    resource: Record<string, unknown>,
    extra: Record<string, unknown> = {},
  ): void => {
    const protoPayload: Record<string, unknown> = {
      '@type': AUDIT_TYPE,
      ...(actor ? { authenticationInfo: { principalEmail: actor.email } } : {}),
      ...payload,
    };
    if (actor)
      protoPayload['requestMetadata'] = {
        callerIp: `198.51.100.${rng.int(2, 250)}`,
        callerSuppliedUserAgent: typeof payload['userAgent'] === 'string' ? payload['userAgent'] : 'google-cloud-sdk gcloud/527.0.0',
      };
    delete protoPayload['userAgent'];
    entries.push({
      ms,
      value: {
        insertId: rng.alnum(12),
        logName,
        protoPayload,
        receiveTimestamp: rfc3339(ms + rng.int(300, 900), 9, rng),
        resource,
        severity: 'NOTICE',
        timestamp: rfc3339(ms, 6, rng),
        ...extra,
      },
    });
  };

  for (const b of s.builds) {
    const labels = { build_id: b.id, build_trigger_id: b.triggerId, project_id: s.project };
    if (b.cancel) {
      entry(
        b.cancel.ms,
        b.cancel.actor,
        {
          serviceName: 'cloudbuild.googleapis.com',
          methodName: 'google.devtools.cloudbuild.v1.CloudBuild.CancelBuild',
          authorizationInfo: [{ granted: true, permission: 'cloudbuild.builds.update', resource: `projects/${s.project}` }],
          request: {
            '@type': 'type.googleapis.com/google.devtools.cloudbuild.v1.CancelBuildRequest',
            id: b.id,
            name: `projects/${s.project}/locations/global/builds/${b.id}`,
            projectId: s.project,
          },
          resourceName: `projects/${s.project}/builds/${b.id}`,
          status: {},
          userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Safari/537.36,gzip(gfe)',
        },
        { type: 'build', labels },
      );
    }
    if (b.startedBy) {
      entry(
        b.createMs - rng.int(300, 900),
        b.startedBy,
        {
          serviceName: 'cloudbuild.googleapis.com',
          methodName: 'google.devtools.cloudbuild.v1.CloudBuild.RunBuildTrigger',
          request: {
            '@type': 'type.googleapis.com/google.devtools.cloudbuild.v1.RunBuildTriggerRequest',
            projectId: s.project,
            triggerId: b.triggerId,
            source: { branchName: 'main' },
          },
          resourceName: `projects/${s.project}/triggers/${b.triggerId}`,
          response: {
            '@type': 'type.googleapis.com/google.longrunning.Operation',
            metadata: {
              '@type': 'type.googleapis.com/google.devtools.cloudbuild.v1.BuildOperationMetadata',
              build: { id: b.id, buildTriggerId: b.triggerId, projectId: s.project, status: 'QUEUED', createTime: rfc3339(b.createMs, 6) },
            },
          },
          status: {},
          userAgent: 'google-cloud-sdk gcloud/527.0.0 command/gcloud.builds.triggers.run',
        },
        { type: 'build', labels },
      );
    }
  }

  for (const u of s.serviceUpdates) {
    if (s.formats.runAudit === 'v1') v1Update(s, u, entry);
    else v2Update(s, u, rng, entry);
  }

  if (s.formats.hostingAudit) for (const r of s.releases) hostingRelease(s, r, entry);

  // Unrelated admin activity the same day.
  const admin = s.people[s.people.length - 1];
  if (admin && rng.chance(0.6)) {
    entry(
      fromMs + rng.int(0, 30) * 60_000,
      admin,
      {
        serviceName: 'cloudresourcemanager.googleapis.com',
        methodName: 'SetIamPolicy',
        request: {
          '@type': 'type.googleapis.com/google.iam.v1.SetIamPolicyRequest',
          resource: s.project,
          policy: { bindings: [{ role: 'roles/logging.viewer', members: [`user:${admin.email}`] }] },
        },
        resourceName: `projects/${s.project}`,
        status: {},
      },
      { type: 'project', labels: { project_id: s.project } },
    );
  }

  return entries
    .filter((e) => e.ms >= fromMs && e.ms <= toMs)
    .sort((a, b) => b.ms - a.ms)
    .map((e) => e.value);
}

type AddEntry = (
  ms: number,
  actor: Actor | undefined,
  payload: Record<string, unknown>,
  resource: Record<string, unknown>,
  extra?: Record<string, unknown>,
) => void;

function runResource(s: Scenario, u: ServiceUpdate): Record<string, unknown> {
  return {
    type: 'cloud_run_revision',
    labels: { configuration_name: '', location: s.region, project_id: s.project, revision_name: '', service_name: u.service },
  };
}

function v1Update(s: Scenario, u: ServiceUpdate, entry: AddEntry): void {
  const traffic = u.traffic.map((t) =>
    t.revision === 'LATEST' ? { latestRevision: true, percent: t.percent } : { revisionName: t.revision, percent: t.percent },
  );
  const spec: Record<string, unknown> = { traffic };
  if (u.image)
    spec['template'] = { metadata: u.createdRevision && u.role !== 'deploy' ? { name: u.createdRevision } : {}, spec: { containers: [{ image: u.image }] } };
  const served = u.traffic.map((t) => ({
    revisionName: t.revision === 'LATEST' ? (u.createdRevision ?? '') : t.revision,
    percent: t.percent,
    ...(t.revision === 'LATEST' ? { latestRevision: true } : {}),
  }));
  entry(
    u.ms,
    u.actor,
    {
      serviceName: 'run.googleapis.com',
      methodName: 'google.cloud.run.v1.Services.ReplaceService',
      authorizationInfo: [{ granted: true, permission: 'run.services.update', resource: `namespaces/${s.project}/services/${u.service}` }],
      request: {
        '@type': 'type.googleapis.com/google.cloud.run.v1.ReplaceServiceRequest',
        name: `namespaces/${s.project}/services/${u.service}`,
        region: s.region,
        service: { apiVersion: 'serving.knative.dev/v1', kind: 'Service', metadata: { name: u.service, namespace: s.project }, spec },
      },
      resourceLocation: { currentLocations: [s.region] },
      resourceName: `namespaces/${s.project}/services/${u.service}`,
      response: {
        '@type': 'type.googleapis.com/google.cloud.run.v1.Service',
        metadata: { name: u.service },
        status: { ...(u.createdRevision ? { latestCreatedRevisionName: u.createdRevision } : {}), traffic: served },
      },
      userAgent: u.userAgent,
    },
    runResource(s, u),
  );
}

function v2Update(s: Scenario, u: ServiceUpdate, rng: Rng, entry: AddEntry): void {
  const name = `projects/${s.project}/locations/${s.region}/services/${u.service}`;
  const traffic = u.traffic.map((t) =>
    t.revision === 'LATEST'
      ? { type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST', percent: t.percent }
      : { type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', revision: t.revision, percent: t.percent },
  );
  const service: Record<string, unknown> = { name, traffic };
  if (u.image) service['template'] = { ...(u.createdRevision && u.role !== 'deploy' ? { revision: u.createdRevision } : {}), containers: [{ image: u.image }] };
  const operation = `projects/${s.project}/locations/${s.region}/operations/${rng.uuid()}`;
  const two = s.formats.twoEntryOperations;
  entry(
    u.ms,
    u.actor,
    {
      serviceName: 'run.googleapis.com',
      methodName: 'google.cloud.run.v2.Services.UpdateService',
      authorizationInfo: [{ granted: true, permission: 'run.services.update', resource: name }],
      request: { '@type': 'type.googleapis.com/google.cloud.run.v2.UpdateServiceRequest', service },
      resourceLocation: { currentLocations: [s.region] },
      resourceName: name,
      response: { '@type': 'type.googleapis.com/google.longrunning.Operation', name: operation },
      userAgent: u.userAgent,
    },
    runResource(s, u),
    two ? { operation: { id: operation, producer: 'run.googleapis.com', first: true } } : {},
  );
  if (two) {
    const statuses = u.traffic.map((t) => ({
      type: t.revision === 'LATEST' ? 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST' : 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION',
      revision: t.revision === 'LATEST' ? (u.createdRevision ?? '') : t.revision,
      percent: t.percent,
    }));
    entry(
      u.ms + rng.int(8_000, 20_000),
      u.actor,
      {
        serviceName: 'run.googleapis.com',
        methodName: 'google.cloud.run.v2.Services.UpdateService',
        resourceName: name,
        response: {
          '@type': 'type.googleapis.com/google.cloud.run.v2.Service',
          name,
          trafficStatuses: statuses,
          ...(u.createdRevision ? { latestCreatedRevision: `${name}/revisions/${u.createdRevision}` } : {}),
        },
        userAgent: u.userAgent,
      },
      runResource(s, u),
      { operation: { id: operation, producer: 'run.googleapis.com', last: true } },
    );
  }
}

function hostingRelease(s: Scenario, r: ReleasePlan, entry: AddEntry): void {
  const parent = `sites/${r.site}/channels/live`;
  const versionName = `sites/${r.site}/versions/${r.versionId}`;
  entry(
    r.releaseMs - 300,
    r.user,
    {
      serviceName: 'firebasehosting.googleapis.com',
      methodName: 'google.firebase.hosting.v1beta1.HostingService.CreateRelease',
      request: {
        '@type': 'type.googleapis.com/google.firebase.hosting.v1beta1.CreateReleaseRequest',
        parent,
        versionName,
        release: { ...(r.type === 'ROLLBACK' ? { type: 'ROLLBACK' } : {}), ...(r.message ? { message: r.message } : {}) },
      },
      resourceName: parent,
      response: {
        '@type': 'type.googleapis.com/google.firebase.hosting.v1beta1.Release',
        name: releaseName(r.site, r.id),
        type: r.type,
        version: { name: versionName },
      },
      status: {},
      userAgent: 'FirebaseCLI/14.4.0',
    },
    {
      type: 'audited_resource',
      labels: { method: 'google.firebase.hosting.v1beta1.HostingService.CreateRelease', project_id: s.project, service: 'firebasehosting.googleapis.com' },
    },
  );
}
