// builds.json: what `gcloud builds list --format=json` prints (newest first), with the
// fields real trigger builds carry: substitutions, provenance, steps with their status,
// pushed images and digests, and the failure details of a failed build.

import type { Rng } from '../random.js';
import type { BuildPlan, Scenario } from '../scenario-types.js';
import { rfc3339 } from './timestamps.js';

type Step = Record<string, unknown>;

/** The builds.json array for a scenario. */
export function buildsExport(s: Scenario, rng: Rng): unknown[] {
  const repo = s.history.commits.length > 0 ? s.project.replace(/-prod$/, '') : 'app';
  return [...s.builds].sort((a, b) => b.createMs - a.createMs).map((b) => buildRecord(s, b, repo, rng));
}

function buildRecord(s: Scenario, b: BuildPlan, repo: string, rng: Rng): Record<string, unknown> {
  const url = `https://github.com/example/${repo}.git`;
  const short = b.commit.sha.slice(0, 7);
  const steps = s.deploysTo === 'cloud-run' ? runSteps(s, b) : hostingSteps(s);
  const statuses = stepStatuses(b, steps.length);
  const span = b.finishMs - b.startMs;
  let cursor = b.startMs + 4_000;
  steps.forEach((step, i) => {
    const status = statuses[i] ?? 'QUEUED';
    step['status'] = status;
    if (status === 'QUEUED') return;
    const end = status === 'SUCCESS' ? cursor + Math.floor(span / (steps.length + 1)) : b.finishMs - 300;
    step['timing'] = { startTime: rfc3339(cursor, 6, rng), endTime: rfc3339(Math.min(end, b.finishMs - 200), 6, rng) };
    cursor = end + 150;
  });
  const substitutions: Record<string, string> = {
    BRANCH_NAME: 'main',
    COMMIT_SHA: b.commit.sha,
    REF_NAME: 'main',
    REPO_FULL_NAME: `example/${repo}`,
    REPO_NAME: repo,
    REVISION_ID: b.commit.sha,
    SHORT_SHA: short,
    TRIGGER_BUILD_CONFIG_PATH: 'cloudbuild.yaml',
    TRIGGER_NAME: b.triggerName,
  };
  if (s.deploysTo === 'cloud-run') substitutions['_SERVICE_NAME'] = s.service;
  const record: Record<string, unknown> = {
    buildTriggerId: b.triggerId,
    createTime: rfc3339(b.createMs, 6, rng),
    finishTime: rfc3339(b.finishMs, 6, rng),
    id: b.id,
    logUrl: `https://console.cloud.google.com/cloud-build/builds/${b.id}?project=${s.projectNumber}`,
    name: `projects/${s.projectNumber}/locations/global/builds/${b.id}`,
    options: { dynamicSubstitutions: true, logging: 'CLOUD_LOGGING_ONLY', pool: {}, substitutionOption: 'ALLOW_LOOSE' },
    projectId: s.project,
    queueTtl: '3600s',
    serviceAccount: `projects/${s.project}/serviceAccounts/${b.runAs.email}`,
    source: { gitSource: { revision: 'main', url } },
    sourceProvenance: { resolvedGitSource: { revision: b.commit.sha, url } },
    startTime: rfc3339(b.startMs, 9, rng),
    status: b.status,
    steps,
    substitutions,
    tags: [`trigger-${b.triggerId}`],
    timeout: `${b.timeoutSeconds}s`,
    timing: {
      BUILD: { startTime: rfc3339(b.startMs + 3_900, 6, rng), endTime: rfc3339(b.finishMs - 150, 6, rng) },
      FETCHSOURCE: { startTime: rfc3339(b.startMs + 800, 6, rng), endTime: rfc3339(b.startMs + 3_800, 6, rng) },
    },
  };
  if (b.image && b.digest) {
    record['images'] = [b.image];
    record['results'] = { images: [{ name: b.image, digest: b.digest }], buildStepImages: steps.map(() => ''), buildStepOutputs: [] };
  }
  if (b.status === 'FAILURE') {
    const detail = 'Build step failure: build step 1 "node:20" failed: step exited with non-zero status: 1';
    record['statusDetail'] = detail;
    record['failureInfo'] = { type: 'USER_BUILD_STEP', detail };
  }
  if (b.status === 'TIMEOUT') record['statusDetail'] = `Build timeout of ${b.timeoutSeconds}s exceeded`;
  return record;
}

function runSteps(s: Scenario, b: BuildPlan): Step[] {
  const image = b.image ?? `${s.region}-docker.pkg.dev/${s.project}/apps/${s.service}:${b.commit.sha.slice(0, 7)}`;
  return [
    { id: 'test', name: 'node:20', entrypoint: 'npm', args: ['test'] },
    { id: 'image', name: 'gcr.io/cloud-builders/docker', args: ['build', '-t', image, '.'] },
    { id: 'push', name: 'gcr.io/cloud-builders/docker', args: ['push', image] },
    {
      id: 'deploy',
      name: 'gcr.io/google.com/cloudsdktool/cloud-sdk',
      entrypoint: 'gcloud',
      args: ['run', 'deploy', '$_SERVICE_NAME', '--image', image, '--region', s.region],
    },
  ];
}

function hostingSteps(s: Scenario): Step[] {
  return [
    { id: 'install', name: 'node:20', entrypoint: 'npm', args: ['ci'] },
    { id: 'build', name: 'node:20', entrypoint: 'npm', args: ['run', 'build'] },
    {
      id: 'deploy',
      name: 'us-docker.pkg.dev/firebase-cli/us/firebase',
      entrypoint: 'bash',
      args: ['-c', `firebase deploy --only hosting --project "${s.project}" --message "Deploy $SHORT_SHA"`],
    },
  ];
}

/** Each step's status for the build's outcome: failures and cancellations stop at a middle step. */
function stepStatuses(b: BuildPlan, count: number): string[] {
  const all = (v: string) => Array.from({ length: count }, () => v);
  switch (b.status) {
    case 'SUCCESS':
      return all('SUCCESS');
    case 'FAILURE':
      return ['SUCCESS', 'FAILURE', ...all('QUEUED')].slice(0, count);
    case 'CANCELLED':
      return ['SUCCESS', 'CANCELLED', ...all('QUEUED')].slice(0, count);
    case 'TIMEOUT':
      return [...all('SUCCESS').slice(0, count - 1), 'TIMEOUT'];
  }
}
