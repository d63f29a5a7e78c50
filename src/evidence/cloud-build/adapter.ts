// Cloud Build builds from `gcloud builds list --format=json` or a `projects.builds.list`
// response: one 'build' event per build.

import type { EvidenceEvent } from '../../types.js';
import { isPlainRecord } from '../files/identifiers.js';
import { assembleSourceData } from '../files/source-data.js';
import { validateRecord } from '../files/validate-record.js';
import type { FileAdapter } from '../source.js';
import { buildEvent } from './build-event.js';
import { buildSchema } from './schema.js';

const BUILD_NAME = /^projects\/[^/]+\/(?:locations\/[^/]+\/)?builds\/[^/]+$/;

/** True for a record shaped like a Build: a build resource name, or an id with createTime and a status or steps. */
function isBuild(record: unknown): boolean {
  if (!isPlainRecord(record)) return false;
  if (typeof record['name'] === 'string' && BUILD_NAME.test(record['name'])) return true;
  return (
    typeof record['id'] === 'string' && typeof record['createTime'] === 'string' && (typeof record['status'] === 'string' || Array.isArray(record['steps']))
  );
}

/** Reads Cloud Build `Build` records into 'build' events. */
export const cloudBuildAdapter: FileAdapter = {
  kind: 'cloud-build',
  format: 'gcloud builds list JSON',
  detect: isBuild,
  async read(file, records) {
    const events: EvidenceEvent[] = [];
    for await (const record of records) {
      const build = validateRecord(buildSchema, record, file);
      events.push(buildEvent(build, `${file}#${record.index}`));
    }
    return assembleSourceData(file, 'cloud-build', events, []);
  },
};
