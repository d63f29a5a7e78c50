// zod pieces every evidence schema shares.

import { z } from 'zod';
import { isTimestamp } from '../timestamps.js';

/** An RFC 3339 timestamp string, kept as written (nanoseconds included). */
export const timestampSchema = z.string().refine(isTimestamp, { message: 'expected an RFC 3339 timestamp' });

/** A map of string labels or annotations, as Google and Kubernetes write them. */
export const stringMapSchema = z.record(z.string(), z.string());
