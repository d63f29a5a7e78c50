// Firebase Hosting releases from a `sites.releases.list` response (`{releases:[…]}`) or a
// bare array of releases. The list's order is not documented; events are sorted by time.

import type { EvidenceEvent } from '../../types.js';
import { isPlainRecord } from '../files/identifiers.js';
import { assembleSourceData } from '../files/source-data.js';
import { validateRecord } from '../files/validate-record.js';
import type { FileAdapter } from '../source.js';
import { releaseEvent } from './release-event.js';
import { RELEASE_NAME, releaseSchema } from './schema.js';

/** True for a record shaped like a Release: a release resource name, or a releaseTime with a type or version. */
function isRelease(record: unknown): boolean {
  if (!isPlainRecord(record)) return false;
  if (typeof record['name'] === 'string' && RELEASE_NAME.test(record['name'])) return true;
  return typeof record['releaseTime'] === 'string' && ('type' in record || 'version' in record);
}

/** Reads Firebase Hosting Release records into 'release' and 'rollback' events. */
export const firebaseHostingAdapter: FileAdapter = {
  kind: 'firebase-hosting',
  format: 'Firebase Hosting releases.list JSON',
  detect: isRelease,
  async read(file, records) {
    const events: EvidenceEvent[] = [];
    for await (const record of records) {
      events.push(releaseEvent(validateRecord(releaseSchema, record, file), `${file}#${record.index}`));
    }
    return assembleSourceData(file, 'firebase-hosting', events, []);
  },
};
