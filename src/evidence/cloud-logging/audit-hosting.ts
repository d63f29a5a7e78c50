// Firebase Hosting audit entries: releases (and rollbacks) of a site's live channel.

import { z } from 'zod';
import { validateField } from './log-entry.js';
import { callStatus, isFailure, lastSegment, principal, segmentAfter, shortMethod, type AuditOutcome, type AuditRecord } from './audit-record.js';

const text = z.string().nullish();
const releaseSchema = z.looseObject({ name: text, type: text, message: text, version: z.looseObject({ name: text }).nullish() });

const requestSchema = z.looseObject({ parent: text, versionName: text, release: releaseSchema.nullish() }).nullish();
const responseSchema = releaseSchema.nullish();

/** True when the audit entry is Firebase Hosting's. */
export function isHostingAudit(record: AuditRecord): boolean {
  return record.payload.serviceName === 'firebasehosting.googleapis.com';
}

/** CreateRelease on the live channel → 'release' (or 'rollback' for a ROLLBACK release); others ignored. */
export function hostingAudit(record: AuditRecord): AuditOutcome {
  const { payload, ctx } = record;
  const method = shortMethod(payload.methodName);
  if (!method.includes('CreateRelease')) return { ignored: method };
  const request = validateField(requestSchema, payload.request, 'protoPayload.request', ctx);
  const response = validateField(responseSchema, payload.response, 'protoPayload.response', ctx);
  const names = [payload.resourceName, request?.parent, response?.name];
  // A preview channel's release never reaches the live site; the releases adapter keeps those.
  const channel = names.map((n) => segmentAfter(n, 'channels')).find(Boolean) ?? 'live';
  if (channel !== 'live') return { ignored: `${method} on a preview channel` };
  const site = names.map((n) => segmentAfter(n, 'sites')).find(Boolean);
  const releaseType = request?.release?.type || response?.type || 'DEPLOY';
  const versionName = request?.versionName || request?.release?.version?.name || response?.version?.name || undefined;
  const version = versionName ? lastSegment(versionName) : undefined;
  const releaseName = response?.name || undefined;
  const status = callStatus(payload);
  const actor = principal(payload);
  const message = request?.release?.message || response?.message || undefined;
  return {
    facts: {
      type: releaseType === 'ROLLBACK' ? 'rollback' : 'release',
      method,
      status: isFailure(status) ? status : releaseType,
      keys: [releaseName, releaseName && lastSegment(releaseName), version].filter((k): k is string => Boolean(k)),
      ...(actor ? { actor } : {}),
      ...(site ? { service: site } : {}),
      ...(version ? { target: `version ${version}` } : {}),
      ...(message ? { message } : {}),
    },
  };
}
