// Every file format pmcheck reads, in the order detection tries them. The shapes with a
// distinctive resource name come first; Cloud Logging entries, whose detection rests on
// common field names (timestamp, logName, insertId), come last, so an audit entry that
// embeds a Build or a Revision is never taken for one and a build is never taken for a log.

import { cloudBuildAdapter } from '../cloud-build/adapter.js';
import { cloudLoggingAdapter } from '../cloud-logging/adapter.js';
import { cloudRunAdapter } from '../cloud-run/adapter.js';
import { firebaseHostingAdapter } from '../firebase-hosting/adapter.js';
import type { FileAdapter } from '../source.js';

/** The file adapters, in detection order. */
export const fileAdapters: readonly FileAdapter[] = [cloudBuildAdapter, cloudRunAdapter, firebaseHostingAdapter, cloudLoggingAdapter];

/** The first adapter whose `detect` accepts this record (the first of a file); undefined when none does. */
export function detectFileAdapter(first: unknown): FileAdapter | undefined {
  return fileAdapters.find((adapter) => adapter.detect(first));
}
