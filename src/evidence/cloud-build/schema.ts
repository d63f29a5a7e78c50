// The parts of a Cloud Build `Build` (gcloud builds list --format=json, projects.builds.list)
// that pmcheck reads. Loose objects: other fields are welcome, wrong types of these are not.

import { z } from 'zod';
import { stringMapSchema, timestampSchema } from '../files/schema-parts.js';

/** Build.Status, as the proto names it (EVIDENCE-FORMATS.md §1.2). */
export const BUILD_STATUSES = [
  'STATUS_UNKNOWN',
  'PENDING',
  'QUEUED',
  'WORKING',
  'SUCCESS',
  'FAILURE',
  'INTERNAL_ERROR',
  'TIMEOUT',
  'CANCELLED',
  'EXPIRED',
] as const;

const revisionOnly = z.looseObject({ revision: z.string().optional() });
const commitShaOnly = z.looseObject({ commitSha: z.string().optional() });

const stepSchema = z.looseObject({
  name: z.string().optional(),
  entrypoint: z.string().optional(),
  args: z.array(z.string()).optional(),
});

/** A Build record: the fields pmcheck reads, checked; every other field passed through. */
export const buildSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().optional(),
  // proto3 JSON omits an enum at its default, so a missing status is STATUS_UNKNOWN.
  status: z.enum(BUILD_STATUSES).default('STATUS_UNKNOWN'),
  statusDetail: z.string().optional(),
  serviceAccount: z.string().optional(),
  createTime: timestampSchema,
  startTime: timestampSchema.optional(),
  finishTime: timestampSchema.optional(),
  buildTriggerId: z.string().optional(),
  substitutions: stringMapSchema.optional(),
  source: z
    .looseObject({
      repoSource: commitShaOnly.optional(),
      gitSource: revisionOnly.optional(),
      connectedRepository: revisionOnly.optional(),
    })
    .optional(),
  sourceProvenance: z
    .looseObject({
      resolvedRepoSource: commitShaOnly.optional(),
      resolvedGitSource: revisionOnly.optional(),
      resolvedConnectedRepository: revisionOnly.optional(),
    })
    .optional(),
  steps: z.array(stepSchema).optional(),
  images: z.array(z.string()).optional(),
  results: z.looseObject({ images: z.array(z.looseObject({ name: z.string().optional(), digest: z.string().optional() })).optional() }).optional(),
  approval: z
    .looseObject({
      result: z.looseObject({ approverAccount: z.string().optional(), approvalTime: timestampSchema.optional() }).optional(),
    })
    .optional(),
});

export type Build = z.output<typeof buildSchema>;
export type BuildStep = z.output<typeof stepSchema>;
