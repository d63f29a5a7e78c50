// Cloud Run audit entries. The Service resource keeps no history (EVIDENCE-FORMATS §2.5), so
// deploys and traffic shifts are rebuilt from ReplaceService/UpdateService/CreateService calls,
// and "revision became Ready / failed" from the platform's system-event entries.

import { z } from 'zod';
import { validateField } from './log-entry.js';
import { callStatus, lastSegment, principal, segmentAfter, shortMethod, type AuditFacts, type AuditOutcome, type AuditRecord } from './audit-record.js';

const text = z.string().nullish();
const percent = z.number().nullish();

const v1RequestSchema = z
  .looseObject({
    service: z
      .looseObject({
        spec: z
          .looseObject({
            traffic: z.array(z.looseObject({ revisionName: text, latestRevision: z.boolean().nullish(), percent, tag: text })).nullish(),
            template: z
              .looseObject({
                metadata: z.looseObject({ name: text }).nullish(),
                spec: z.looseObject({ containers: z.array(z.looseObject({ image: text })).nullish() }).nullish(),
              })
              .nullish(),
          })
          .nullish(),
      })
      .nullish(),
  })
  .nullish();

const v2RequestSchema = z
  .looseObject({
    serviceId: text,
    service: z
      .looseObject({
        traffic: z.array(z.looseObject({ type: text, revision: text, percent, tag: text })).nullish(),
        template: z.looseObject({ revision: text, containers: z.array(z.looseObject({ image: text })).nullish() }).nullish(),
      })
      .nullish(),
  })
  .nullish();

// System events carry the whole v1 Revision or Service as the response.
const systemResponseSchema = z
  .looseObject({
    status: z.looseObject({ conditions: z.array(z.looseObject({ type: text, status: text, reason: text, message: text })).nullish() }).nullish(),
  })
  .nullish();

const V1_UPDATES = new Set(['google.cloud.run.v1.Services.ReplaceService', 'google.cloud.run.v1.Services.CreateService']);
const V2_UPDATES = new Set(['google.cloud.run.v2.Services.UpdateService', 'google.cloud.run.v2.Services.CreateService']);
const V2_LATEST = 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST';

/** True when the audit entry is Cloud Run's. */
export function isCloudRunAudit(record: AuditRecord): boolean {
  const { serviceName, methodName } = record.payload;
  return serviceName === 'run.googleapis.com' || (methodName ?? '').startsWith('google.cloud.run.');
}

/** Service creates/updates → 'service-update' with the requested traffic; Ready changes from system events. */
export function cloudRunAudit(record: AuditRecord): AuditOutcome {
  const methodName = record.payload.methodName ?? '';
  if (V1_UPDATES.has(methodName)) return v1Update(record);
  if (V2_UPDATES.has(methodName)) return v2Update(record);
  // The platform writes "/Services.ReplaceService" with no principal when readiness changes.
  if (methodName.startsWith('/') && !principal(record.payload)) return readinessChange(record);
  return { ignored: shortMethod(methodName) };
}

/** One traffic route: revision (or LATEST), its percent and optional tag. */
export interface Route {
  name: string;
  percent: number;
  tag?: string;
}

function v1Update(record: AuditRecord): AuditOutcome {
  const request = validateField(v1RequestSchema, record.payload.request, 'protoPayload.request', record.ctx);
  const spec = request?.service?.spec;
  const routes = (spec?.traffic ?? []).map((t) => route(t.latestRevision ? 'LATEST' : t.revisionName, t.percent, t.tag));
  return {
    facts: updateFacts(record, routes, spec?.template?.metadata?.name ?? undefined, undefined, spec?.template?.spec?.containers?.[0]?.image ?? undefined),
  };
}

function v2Update(record: AuditRecord): AuditOutcome {
  const request = validateField(v2RequestSchema, record.payload.request, 'protoPayload.request', record.ctx);
  const service = request?.service;
  const routes = (service?.traffic ?? []).map((t) => route(t.type === V2_LATEST ? 'LATEST' : t.revision, t.percent, t.tag));
  return {
    facts: updateFacts(
      record,
      routes,
      service?.template?.revision ?? undefined,
      request?.serviceId ?? undefined,
      service?.template?.containers?.[0]?.image ?? undefined,
    ),
  };
}

function updateFacts(record: AuditRecord, routes: Route[], templateRevision?: string, serviceId?: string, image?: string): AuditFacts {
  const { payload, entry } = record;
  const service = segmentAfter(payload.resourceName, 'services') || serviceId || entry.resource?.labels?.service_name || undefined;
  const target = describeTraffic(routes);
  const actor = principal(payload);
  const revisions = routes.map((r) => r.name).filter((name) => name !== 'LATEST');
  return {
    type: 'service-update',
    method: shortMethod(payload.methodName),
    status: callStatus(payload),
    keys: [...revisions, ...(templateRevision ? [templateRevision] : [])],
    ...(actor ? { actor } : {}),
    ...(service ? { service } : {}),
    ...(target ? { target } : {}),
    ...(image ? { image } : {}),
  };
}

function route(name: string | null | undefined, percent: number | null | undefined, tag: string | null | undefined): Route {
  return { name: name ? lastSegment(name) : '(unnamed revision)', percent: percent ?? 0, ...(tag ? { tag } : {}) };
}

/** "portal-api-00041-dab 90%, LATEST 10%": routes that carry traffic (tag-only 0% routes only when nothing does). */
export function describeTraffic(routes: Route[]): string | undefined {
  const serving = routes.filter((r) => r.percent > 0);
  const shown = serving.length > 0 ? serving : routes;
  if (shown.length === 0) return undefined;
  return shown.map((r) => `${r.name} ${r.percent}%${r.tag ? ` (tag ${r.tag})` : ''}`).join(', ');
}

const READY_MESSAGE = /^Ready condition status changed to (True|False) for (?:Revision|Service) ([a-z0-9-]+)/;

function readinessChange(record: AuditRecord): AuditOutcome {
  const { payload, entry, ctx } = record;
  const response = validateField(systemResponseSchema, payload.response, 'protoPayload.response', ctx);
  const ready = response?.status?.conditions?.find((c) => c.type === 'Ready');
  // The status message is the platform's own sentence; only its fixed prefix is read.
  const fromMessage = READY_MESSAGE.exec(payload.status?.message ?? '');
  const state = ready?.status ?? fromMessage?.[1];
  if (state !== 'True' && state !== 'False') return { ignored: `${shortMethod(payload.methodName)} (system event without a Ready change)` };
  const name = (payload.resourceName ? lastSegment(payload.resourceName) : undefined) || fromMessage?.[2];
  const service = entry.resource?.labels?.service_name || segmentAfter(payload.resourceName, 'services') || undefined;
  const message = ready?.message || payload.status?.message || undefined;
  return {
    facts: {
      type: 'service-update',
      method: shortMethod(payload.methodName),
      status: state === 'True' ? 'READY' : 'NOT_READY',
      keys: name ? [name] : [],
      ...(service ? { service } : {}),
      ...(name ? { refersTo: name } : {}),
      ...(message ? { message } : {}),
    },
  };
}
