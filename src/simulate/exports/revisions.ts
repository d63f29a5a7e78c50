// revisions.json: `gcloud run revisions list --format=json` (v1 Knative Revision objects) or
// the v2 API's Revision list, newest first, for every service in the region.

import type { Rng } from '../random.js';
import type { RevisionPlan, Scenario } from '../scenario-types.js';
import { rfc3339 } from './timestamps.js';

/** The revisions.json array for a scenario, in its chosen API shape. */
export function revisionsExport(s: Scenario, rng: Rng): unknown[] {
  const sorted = [...s.revisions].sort((a, b) => b.createMs - a.createMs);
  return sorted.map((r) => (s.formats.revisions === 'v1' ? v1Revision(s, r, rng) : v2Revision(s, r, rng)));
}

function imageRef(r: RevisionPlan): string {
  const repo = r.image.replace(/:[^:/]+$/, '');
  return `${repo}@${r.digest}`;
}

function v1Revision(s: Scenario, r: RevisionPlan, rng: Rng): Record<string, unknown> {
  const created = rfc3339(r.createMs, 6, rng);
  const labels: Record<string, string> = {
    'cloud.googleapis.com/location': s.region,
    'serving.knative.dev/configuration': r.service,
    'serving.knative.dev/configurationGeneration': String(r.generation),
    'serving.knative.dev/service': r.service,
    'serving.knative.dev/serviceUid': `${rng.hex(8)}-${rng.hex(4)}-4${rng.hex(3)}-a${rng.hex(3)}-${rng.hex(12)}`,
  };
  if (r.commitSha && rng.chance(0.3)) labels['commit-sha'] = r.commitSha;
  return {
    apiVersion: 'serving.knative.dev/v1',
    kind: 'Revision',
    metadata: {
      annotations: {
        'autoscaling.knative.dev/maxScale': '20',
        'client.knative.dev/user-image': r.image,
        'run.googleapis.com/client-name': 'gcloud',
        'run.googleapis.com/client-version': '527.0.0',
        'run.googleapis.com/operation-id': rng.uuid(),
        'serving.knative.dev/creator': r.creator.email,
      },
      creationTimestamp: created,
      generation: 1,
      labels,
      name: r.name,
      namespace: s.projectNumber,
      ownerReferences: [
        { apiVersion: 'serving.knative.dev/v1', blockOwnerDeletion: true, controller: true, kind: 'Configuration', name: r.service, uid: rng.uuid() },
      ],
      resourceVersion: `AAY${rng.alnum(9)}`,
      uid: rng.uuid(),
    },
    spec: {
      containerConcurrency: 80,
      containers: [{ image: imageRef(r), ports: [{ containerPort: 8080, name: 'http1' }], resources: { limits: { cpu: '1000m', memory: '512Mi' } } }],
      serviceAccountName: `${r.service}@${s.project}.iam.gserviceaccount.com`,
      timeoutSeconds: 300,
    },
    status: {
      conditions: ['Ready', 'ContainerHealthy', 'ResourcesAvailable', 'Active'].map((type) => ({ lastTransitionTime: created, status: 'True', type })),
      containerStatuses: [{ imageDigest: imageRef(r) }],
      imageDigest: imageRef(r),
      logUrl: `https://console.cloud.google.com/logs/viewer?project=${s.project}&resource=cloud_run_revision/service_name/${r.service}/revision_name/${r.name}`,
      observedGeneration: 1,
    },
  };
}

function v2Revision(s: Scenario, r: RevisionPlan, rng: Rng): Record<string, unknown> {
  const created = rfc3339(r.createMs, 6, rng);
  const service = `projects/${s.project}/locations/${s.region}/services/${r.service}`;
  const labels: Record<string, string> = { 'cloud.googleapis.com/location': s.region };
  if (r.commitSha && rng.chance(0.3)) labels['commit-sha'] = r.commitSha;
  return {
    name: `${service}/revisions/${r.name}`,
    uid: rng.uuid(),
    generation: '1',
    labels,
    annotations: { 'client.knative.dev/user-image': r.image },
    createTime: created,
    updateTime: created,
    launchStage: 'GA',
    service,
    scaling: { maxInstanceCount: 20 },
    containers: [{ image: imageRef(r), ports: [{ name: 'http1', containerPort: 8080 }] }],
    serviceAccount: `${r.service}@${s.project}.iam.gserviceaccount.com`,
    conditions: [
      { type: 'Ready', state: 'CONDITION_SUCCEEDED', lastTransitionTime: created },
      { type: 'ContainerReady', state: 'CONDITION_SUCCEEDED', lastTransitionTime: created },
    ],
    observedGeneration: '1',
    logUri: `https://console.cloud.google.com/logs/viewer?project=${s.project}&resource=cloud_run_revision/service_name/${r.service}/revision_name/${r.name}`,
    creator: r.creator.email,
    etag: `"${rng.alnum(20)}"`,
  };
}
