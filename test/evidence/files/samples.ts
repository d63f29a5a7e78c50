// Real-shaped evidence records (EVIDENCE-FORMATS.md) from the gemini-portal-outage story.

export const HOTFIX_SHA = 'e41b7c09d2a85f3361c0b9a7de54f2c18b6a9d03';
export const MERGE_SHA = '7a3f9c2e1b4d6a8c0e2f4a6b8c0d2e4f6a8b0c1d';

/** The agent's "recovery build", cancelled by hand. */
export const recoveryBuild = {
  name: 'projects/418273645091/locations/global/builds/4f1c2a9e-7d3b-4e8a-9c1f-0b6d2e8a5c47',
  id: '4f1c2a9e-7d3b-4e8a-9c1f-0b6d2e8a5c47',
  projectId: 'portal-prod',
  status: 'CANCELLED',
  statusDetail: 'Build was cancelled',
  source: { gitSource: { url: 'https://github.com/example/portal.git', revision: 'main' } },
  createTime: '2026-06-09T17:05:10.482913Z',
  startTime: '2026-06-09T17:05:12.104377512Z',
  finishTime: '2026-06-09T17:14:41.903118274Z',
  substitutions: {
    TRIGGER_NAME: 'deploy-portal-api',
    COMMIT_SHA: HOTFIX_SHA,
    REVISION_ID: HOTFIX_SHA,
    SHORT_SHA: HOTFIX_SHA.slice(0, 7),
    BRANCH_NAME: 'main',
    _SERVICE_NAME: 'portal-api',
  },
  tags: ['trigger-33f60a9c-3d79-4941-bfb1-fccbdd9cf38c'],
};

/** The trigger build of PR #214's merge: provenance and substitutions disagree, provenance wins. */
export const mergeBuild = {
  name: 'projects/418273645091/locations/global/builds/b81d4e02-5c6a-4f7e-8d9b-1a2c3e4f5a6b',
  id: 'b81d4e02-5c6a-4f7e-8d9b-1a2c3e4f5a6b',
  projectId: 'portal-prod',
  status: 'SUCCESS',
  source: { gitSource: { url: 'https://github.com/example/portal.git', revision: 'main' } },
  sourceProvenance: { resolvedGitSource: { url: 'https://github.com/example/portal.git', revision: MERGE_SHA } },
  steps: [
    { name: 'gcr.io/cloud-builders/docker', args: ['build', '-t', 'us-central1-docker.pkg.dev/portal-prod/app/portal-api', '.'] },
    {
      name: 'gcr.io/google.com/cloudsdktool/cloud-sdk',
      entrypoint: 'gcloud',
      args: ['run', 'deploy', '$_DEPLOY_TARGET', '--image', 'us-central1-docker.pkg.dev/portal-prod/app/portal-api', '--region', 'us-central1'],
    },
  ],
  createTime: '2026-06-09T16:40:30.118904Z',
  startTime: '2026-06-09T16:40:31.330172Z',
  finishTime: '2026-06-09T16:47:51.912741Z',
  substitutions: { TRIGGER_NAME: 'deploy-portal-api', COMMIT_SHA: HOTFIX_SHA, _DEPLOY_TARGET: 'portal-api' },
};

/** A manual `gcloud builds submit` still running: no commit, no finish time, the source names a branch. */
export const runningManualBuild = {
  id: '0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f',
  status: 'WORKING',
  source: { gitSource: { url: 'https://github.com/example/portal.git', revision: 'main' } },
  createTime: '2026-06-09T17:30:00Z',
  startTime: '2026-06-09T17:30:02Z',
};

/** An approved build whose only commit is the requested repoSource SHA. */
export const approvedBuild = {
  id: '9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b',
  status: 'SUCCESS',
  source: { repoSource: { repoName: 'portal', commitSha: '3d5e7f9a1b2c' } },
  createTime: '2026-06-03T16:12:00.5Z',
  finishTime: '2026-06-03T16:19:00Z',
  approval: { state: 'APPROVED', result: { approverAccount: 'priya@example.com', approvalTime: '2026-06-03T16:11:40Z', decision: 'APPROVED' } },
};

/** A v1 (Knative) Revision as `gcloud run revisions list --format=json` prints it. */
export const v1Revision = {
  apiVersion: 'serving.knative.dev/v1',
  kind: 'Revision',
  metadata: {
    name: 'portal-api-00042-xak',
    namespace: '418273645091',
    uid: 'a1b2c3d4-0000-4000-8000-000000000042',
    generation: 1,
    creationTimestamp: '2026-06-03T16:18:40.031565Z',
    labels: {
      'serving.knative.dev/service': 'portal-api',
      'serving.knative.dev/configuration': 'portal-api',
      'serving.knative.dev/configurationGeneration': '42',
      'cloud.googleapis.com/location': 'us-central1',
      'commit-sha': '3d5e7f9a1b2c4d6e8f0a1b2c3d4e5f6a7b8c9d0e',
    },
    annotations: {
      'serving.knative.dev/creator': 'portal-deployer@portal-prod.iam.gserviceaccount.com',
      'run.googleapis.com/operation-id': 'op-42',
    },
  },
  spec: { containers: [{ image: 'us-central1-docker.pkg.dev/portal-prod/app/portal-api:3d5e7f9' }], containerConcurrency: 80 },
  status: {
    observedGeneration: 1,
    conditions: [
      { type: 'Ready', status: 'True', lastTransitionTime: '2026-06-03T16:18:52.434367Z' },
      { type: 'ContainerHealthy', status: 'True', lastTransitionTime: '2026-06-03T16:18:52.434367Z' },
    ],
    imageDigest: 'us-central1-docker.pkg.dev/portal-prod/app/portal-api@sha256:0123',
  },
};

/** A v1 Revision whose container never became healthy. */
export const v1FailedRevision = {
  apiVersion: 'serving.knative.dev/v1',
  kind: 'Revision',
  metadata: {
    name: 'portal-api-00043-qum',
    creationTimestamp: '2026-06-09T17:05:59Z',
    labels: { 'serving.knative.dev/service': 'portal-api' },
    annotations: { 'serving.knative.dev/creator': 'portal-agent@portal-prod.iam.gserviceaccount.com' },
  },
  spec: { containers: [{ image: 'us-central1-docker.pkg.dev/portal-prod/app/portal-api:e41b7c0' }] },
  status: { conditions: [{ type: 'Ready', status: 'False', reason: 'HealthCheckContainerError', lastTransitionTime: '2026-06-09T17:08:00Z' }] },
};

/** A v2 Revision (REST `projects.locations.services.revisions.list`). */
export const v2Revision = {
  name: 'projects/portal-prod/locations/us-central1/services/portal-api/revisions/portal-api-00044-pol',
  uid: 'f0e1d2c3-0000-4000-8000-000000000044',
  generation: '1',
  createTime: '2026-06-09T18:32:11.204118734Z',
  updateTime: '2026-06-09T18:32:30.004512Z',
  service: 'projects/portal-prod/locations/us-central1/services/portal-api',
  creator: 'marcus@example.com',
  containers: [{ image: 'us-central1-docker.pkg.dev/portal-prod/app/portal-api:9f01aa2' }],
  conditions: [
    { type: 'Ready', state: 'CONDITION_SUCCEEDED', lastTransitionTime: '2026-06-09T18:32:30.004512Z' },
    { type: 'ContainerHealthy', state: 'CONDITION_SUCCEEDED' },
  ],
};

/** A v1 Service from `gcloud run services describe --format=json`. */
export const v1Service = {
  '@type': 'type.googleapis.com/google.cloud.run.v1.Service',
  apiVersion: 'serving.knative.dev/v1',
  kind: 'Service',
  metadata: { name: 'portal-api', namespace: '418273645091', generation: 44, creationTimestamp: '2025-11-02T09:12:44Z' },
  status: { traffic: [{ revisionName: 'portal-api-00042-xak', percent: 100, latestRevision: true }] },
};

/** A v2 Service. */
export const v2Service = {
  name: 'projects/portal-prod/locations/us-central1/services/portal-web',
  generation: '7',
  createTime: '2025-11-02T09:12:44.118204Z',
  traffic: [{ type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST', percent: 100 }],
};

export const baselineRelease = {
  name: 'sites/portal-prod/channels/live/releases/1780503120000000',
  version: {
    name: 'sites/portal-prod/versions/3c8e1a7f0d2b9e44',
    status: 'FINALIZED',
    config: {
      rewrites: [
        { glob: '/api/**', run: { serviceId: 'portal-api', region: 'us-central1' } },
        { glob: '**', path: '/index.html' },
      ],
    },
    fileCount: '214',
  },
  type: 'DEPLOY',
  releaseTime: '2026-06-03T16:20:01.004Z',
  releaseUser: { email: 'portal-deployer@portal-prod.iam.gserviceaccount.com' },
  message: 'runbook docs (#211)',
};

export const agentRelease = {
  name: 'sites/portal-prod/channels/live/releases/1781026060000000',
  version: {
    name: 'sites/portal-prod/versions/9f4b6d21c0e8a735',
    status: 'FINALIZED',
    config: {
      rewrites: [
        { glob: '/api/**', run: { serviceId: 'portal-api-v2', region: 'us-central1' } },
        { glob: '**', path: '/index.html' },
      ],
    },
  },
  type: 'DEPLOY',
  releaseTime: '2026-06-09T16:47:40.512Z',
  releaseUser: { email: 'portal-agent@portal-prod.iam.gserviceaccount.com' },
  message: '✅ verdict: supported — fix auth session (#214)',
};

export const previewRelease = {
  name: 'sites/portal-prod/channels/pr-214/releases/1781020000000000',
  version: { name: 'sites/portal-prod/versions/77aa01bc9de3f456' },
  type: 'DEPLOY',
  releaseTime: '2026-06-09T15:06:40Z',
  releaseUser: { email: 'portal-agent@portal-prod.iam.gserviceaccount.com' },
};

export const rollbackRelease = {
  name: 'sites/portal-prod/channels/live/releases/1781028005000000',
  version: {
    name: 'sites/portal-prod/versions/3c8e1a7f0d2b9e44',
    status: 'FINALIZED',
    config: { rewrites: [{ glob: '/api/**', run: { serviceId: 'portal-api', region: 'us-central1' } }] },
  },
  type: 'ROLLBACK',
  releaseTime: '2026-06-09T17:20:05.123Z',
  releaseUser: { email: 'marcus@example.com' },
};

/** A Firebase Hosting request log entry (`gcloud logging read --format=json` element). */
export const requestLogEntry = {
  httpRequest: { requestMethod: 'GET', requestUrl: 'https://portal.example.com/api/session', status: 404, responseSize: '67', latency: '0.010604s' },
  insertId: '1kq3x9af2b7c',
  logName: 'projects/portal-prod/logs/firebasehosting.googleapis.com%2Fwebrequests',
  receiveTimestamp: '2026-06-09T16:48:10.967637095Z',
  resource: { type: 'firebase_domain', labels: { project_id: 'portal-prod', domain_name: 'portal.example.com' } },
  severity: 'WARNING',
  timestamp: '2026-06-09T16:48:10.295733Z',
};
