// The parts of a Firebase Hosting `Release` (v1beta1 `sites.releases.list`) that pmcheck
// reads (EVIDENCE-FORMATS.md §3). Loose objects: other fields are welcome.

import { z } from 'zod';
import { timestampSchema } from '../files/schema-parts.js';

/** sites/SITE/releases/ID or sites/SITE/channels/CHANNEL/releases/ID */
export const RELEASE_NAME = /^sites\/([^/]+)\/(?:channels\/([^/]+)\/)?releases\/([^/]+)$/;
/** sites/SITE/versions/ID */
export const VERSION_NAME = /^sites\/[^/]+\/versions\/[^/]+$/;

/** Release.type. */
export const RELEASE_TYPES = ['TYPE_UNSPECIFIED', 'DEPLOY', 'ROLLBACK', 'SITE_DISABLE'] as const;

const rewriteSchema = z.looseObject({
  glob: z.string().optional(),
  regex: z.string().optional(),
  run: z.looseObject({ serviceId: z.string(), region: z.string().optional(), tag: z.string().optional() }).optional(),
});

const versionSchema = z.looseObject({
  name: z.string().regex(VERSION_NAME, { message: 'expected sites/SITE/versions/ID' }),
  config: z.looseObject({ rewrites: z.array(rewriteSchema).optional() }).optional(),
});

/** A Release record: the fields pmcheck reads, checked; every other field passed through. */
export const releaseSchema = z.looseObject({
  name: z.string().regex(RELEASE_NAME, { message: 'expected sites/SITE/releases/ID or sites/SITE/channels/CHANNEL/releases/ID' }),
  // proto3 JSON omits an enum at its default.
  type: z.enum(RELEASE_TYPES).default('TYPE_UNSPECIFIED'),
  releaseTime: timestampSchema,
  releaseUser: z.looseObject({ email: z.string().optional() }).optional(),
  message: z.string().optional(),
  // A SITE_DISABLE release serves no version.
  version: versionSchema.optional(),
});

export type Release = z.output<typeof releaseSchema>;
export type Rewrite = z.output<typeof rewriteSchema>;
