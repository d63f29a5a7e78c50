// The parts of Cloud Run Revision and Service objects that pmcheck reads, in both shapes
// users get (EVIDENCE-FORMATS.md §2): v1 Knative objects from gcloud, and v2 objects from the
// REST API, client libraries and Terraform. Loose objects: other fields are welcome.

import { z } from 'zod';
import { stringMapSchema, timestampSchema } from '../files/schema-parts.js';

/** projects/P/locations/L/services/S */
export const V2_SERVICE_NAME = /^projects\/[^/]+\/locations\/[^/]+\/services\/[^/]+$/;
/** projects/P/locations/L/services/S/revisions/R */
export const V2_REVISION_NAME = /^projects\/[^/]+\/locations\/[^/]+\/services\/([^/]+)\/revisions\/[^/]+$/;

const containersSchema = z.array(z.looseObject({ image: z.string().optional() }));

const v1ConditionSchema = z.looseObject({
  type: z.string(),
  status: z.enum(['True', 'False', 'Unknown']),
});

/** A v1 (Knative) Revision, as `gcloud run revisions list --format=json` prints it. */
export const v1RevisionSchema = z.looseObject({
  kind: z.literal('Revision').optional(),
  metadata: z.looseObject({
    name: z.string().min(1),
    creationTimestamp: timestampSchema,
    labels: stringMapSchema.optional(),
    annotations: stringMapSchema.optional(),
  }),
  spec: z.looseObject({ containers: containersSchema.optional() }).optional(),
  status: z
    .looseObject({
      conditions: z.array(v1ConditionSchema).optional(),
      imageDigest: z.string().optional(),
    })
    .optional(),
});

/** A v1 (Knative) Service: only its name is read. */
export const v1ServiceSchema = z.looseObject({
  kind: z.literal('Service').optional(),
  metadata: z.looseObject({ name: z.string().min(1) }),
});

/** Condition.state of the v2 API. */
export const V2_CONDITION_STATES = ['STATE_UNSPECIFIED', 'CONDITION_PENDING', 'CONDITION_RECONCILING', 'CONDITION_FAILED', 'CONDITION_SUCCEEDED'] as const;

const v2ConditionSchema = z.looseObject({
  type: z.string().optional(),
  state: z.enum(V2_CONDITION_STATES).optional(),
});

/** A v2 Revision (REST, client libraries, Terraform). */
export const v2RevisionSchema = z.looseObject({
  name: z.string().regex(V2_REVISION_NAME, { message: 'expected projects/P/locations/L/services/S/revisions/R' }),
  createTime: timestampSchema,
  service: z.string().optional(),
  creator: z.string().optional(),
  labels: stringMapSchema.optional(),
  containers: containersSchema.optional(),
  conditions: z.array(v2ConditionSchema).optional(),
});

/** A v2 Service: only its name is read. */
export const v2ServiceSchema = z.looseObject({
  name: z.string().regex(V2_SERVICE_NAME, { message: 'expected projects/P/locations/L/services/S' }),
});

export type V1Revision = z.output<typeof v1RevisionSchema>;
export type V2Revision = z.output<typeof v2RevisionSchema>;
