// Configuration: every threshold the checkers use, with documented defaults. A config
// file (JSON) is validated strictly: an unknown key is an error, all errors at once.

import { z } from 'zod';

export const outageConfigSchema = z
  .object({
    /** A minute with fewer requests than this is never called failing (too little traffic to judge). */
    minRequestsPerMinute: z.number().int().min(1).default(5),
    /** A minute fails when its error ratio is at least this… */
    minErrorRatio: z.number().min(0).max(1).default(0.2),
    /** …and at least this many times the baseline ratio (errors before the incident). */
    baselineFactor: z.number().min(1).default(5),
    /** Quiet minutes allowed inside one window before it is split in two. */
    maxGapMinutes: z.number().int().min(0).default(1),
    /** Windows shorter than this many failing minutes are noise. */
    minFailingMinutes: z.number().int().min(1).default(2),
  })
  .strict();

export const configSchema = z
  .object({
    /** Minutes a clock time may be off and still match (DESIGN.md: default 2). */
    timeToleranceMinutes: z.number().min(0).default(2),
    /** Extra minutes for "about", "around", "~". */
    approximateExtraMinutes: z.number().min(0).default(3),
    /** A change must have reached serving this many minutes before recovery, at most, to be credited with it. */
    recoveryLeadMinutes: z.number().min(0).default(15),
    outage: outageConfigSchema.default(() => outageConfigSchema.parse({})),
  })
  .strict();

export type OutageConfig = z.infer<typeof outageConfigSchema>;
export type Config = z.infer<typeof configSchema>;

/** The configuration used when no file is given. */
export function defaultConfig(): Config {
  return configSchema.parse({});
}
