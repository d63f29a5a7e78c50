// Which Cloud Run service a build deploys. Builds have no such field: pipelines name it in
// a user substitution, or in the `gcloud run deploy SERVICE` step they run.

import type { Build, BuildStep } from './schema.js';

const SERVICE_SUBSTITUTIONS = ['_SERVICE_NAME', '_SERVICE'];
const SERVICE_NAME = /^[a-z][a-z0-9-]{0,62}$/;

/** The service a build deploys: from `_SERVICE_NAME`/`_SERVICE`, else from a `gcloud run deploy` step; undefined when neither says. */
export function buildService(build: Build): string | undefined {
  for (const key of SERVICE_SUBSTITUTIONS) {
    const value = build.substitutions?.[key];
    if (value) return value;
  }
  for (const step of build.steps ?? []) {
    const named = deployedService(step, build.substitutions ?? {});
    if (named) return named;
  }
  return undefined;
}

/** The SERVICE of a step running `gcloud [beta|alpha] run deploy SERVICE …`, substitutions expanded. */
function deployedService(step: BuildStep, substitutions: Record<string, string>): string | undefined {
  const args = step.args ?? [];
  const runsGcloud = step.entrypoint === 'gcloud' || /cloud-sdk|gcloud/.test(step.name ?? '');
  if (!runsGcloud) return undefined;
  const run = args.indexOf('run');
  if (run === -1 || args[run + 1] !== 'deploy') return undefined;
  // Only the word right after `deploy`: after a flag, the next word may be the flag's value.
  const service = args[run + 2];
  if (service === undefined || service.startsWith('-')) return undefined;
  const expanded = service.replace(/^\$\{?(\w+)\}?$/, (_, key: string) => substitutions[key] ?? '');
  return SERVICE_NAME.test(expanded) ? expanded : undefined;
}
