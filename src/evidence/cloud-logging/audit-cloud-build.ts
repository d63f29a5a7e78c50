// Cloud Build audit entries: who cancelled a build, and who asked for one. A Build record
// names neither (EVIDENCE-FORMATS §1.4), so these entries are the only source of the actor.

import { z } from 'zod';
import { validateField } from './log-entry.js';
import { callStatus, isFailure, principal, segmentAfter, shortMethod, type AuditOutcome, type AuditRecord } from './audit-record.js';

const text = z.string().nullish();
const idHolder = z.looseObject({ id: text }).nullish();

const cancelRequestSchema = z.looseObject({ id: text }).nullish();
// CreateBuild answers with an Operation whose metadata carries the Build; be lenient on where.
const startResponseSchema = z.looseObject({ '@type': text, id: text, build: idHolder, metadata: z.looseObject({ build: idHolder }).nullish() }).nullish();

const STARTS = new Set(['CreateBuild', 'RunBuildTrigger', 'RetryBuild']);

/** True when the audit entry is Cloud Build's. */
export function isCloudBuildAudit(record: AuditRecord): boolean {
  const { serviceName, methodName } = record.payload;
  return serviceName === 'cloudbuild.googleapis.com' || (methodName ?? '').startsWith('google.devtools.cloudbuild.');
}

/** CancelBuild → 'build-cancel'; CreateBuild/RunBuildTrigger/RetryBuild → 'build' REQUESTED; others ignored. */
export function cloudBuildAudit(record: AuditRecord): AuditOutcome {
  const method = shortMethod(record.payload.methodName);
  if (method === 'CancelBuild') return cancelBuild(record);
  if (STARTS.has(method)) return startBuild(record, method);
  return { ignored: method };
}

function cancelBuild(record: AuditRecord): AuditOutcome {
  const { payload, entry, ctx } = record;
  const request = validateField(cancelRequestSchema, payload.request, 'protoPayload.request', ctx);
  const buildId = request?.id || segmentAfter(payload.resourceName, 'builds') || entry.resource?.labels?.build_id || undefined;
  const actor = principal(payload);
  return {
    facts: {
      type: 'build-cancel',
      method: 'CancelBuild',
      status: callStatus(payload),
      keys: buildId ? [buildId] : [],
      ...(actor ? { actor } : {}),
      ...(buildId ? { refersTo: buildId } : {}),
    },
  };
}

function startBuild(record: AuditRecord, method: string): AuditOutcome {
  const { payload, ctx } = record;
  const response = validateField(startResponseSchema, payload.response, 'protoPayload.response', ctx);
  const isBuild = response?.['@type']?.endsWith('.Build') ?? false;
  const buildId = response?.metadata?.build?.id || response?.build?.id || (isBuild ? response?.id : undefined) || undefined;
  const status = callStatus(payload);
  const actor = principal(payload);
  return {
    facts: {
      type: 'build',
      method,
      status: isFailure(status) ? status : 'REQUESTED',
      keys: buildId ? [buildId] : [],
      ...(actor ? { actor } : {}),
      ...(buildId ? { refersTo: buildId } : {}),
    },
  };
}
