// Cloud Run revisions from `gcloud run revisions list --format=json` (v1 Knative objects) or
// the v2 API: one 'revision-created' event per revision. Service objects (`services list` /
// `describe`) hold only the current state (EVIDENCE-FORMATS.md §2.5): they give no events,
// only a warning saying where history is.

import type { EvidenceEvent } from '../../types.js';
import { lastPathSegment } from '../files/identifiers.js';
import { assembleSourceData } from '../files/source-data.js';
import { failRecord, validateRecord } from '../files/validate-record.js';
import type { FileAdapter, FileRecord } from '../source.js';
import { cloudRunShape } from './record-shape.js';
import { v1RevisionEvent, v2RevisionEvent } from './revision-event.js';
import { v1RevisionSchema, v1ServiceSchema, v2RevisionSchema, v2ServiceSchema } from './schema.js';

/** Reads Cloud Run Revision records into 'revision-created' events; Service records add a warning. */
export const cloudRunAdapter: FileAdapter = {
  kind: 'cloud-run',
  format: 'gcloud run revisions list JSON',
  detect: (first) => cloudRunShape(first) !== undefined,
  async read(file, records) {
    const events: EvidenceEvent[] = [];
    const services: string[] = [];
    for await (const record of records) {
      const location = `${file}#${record.index}`;
      const event = readRecord(file, record, location, services);
      if (event) events.push(event);
    }
    return assembleSourceData(file, 'cloud-run', events, servicesWarning(services));
  },
};

function readRecord(file: string, record: FileRecord, location: string, services: string[]): EvidenceEvent | undefined {
  switch (cloudRunShape(record.value)) {
    case 'v1-revision':
      return v1RevisionEvent(validateRecord(v1RevisionSchema, record, file), location);
    case 'v2-revision':
      return v2RevisionEvent(validateRecord(v2RevisionSchema, record, file), location);
    case 'v1-service':
      services.push(validateRecord(v1ServiceSchema, record, file).metadata.name);
      return undefined;
    case 'v2-service':
      services.push(lastPathSegment(validateRecord(v2ServiceSchema, record, file).name));
      return undefined;
    default:
      return failRecord(
        record,
        file,
        'not a Cloud Run Revision or Service: expected apiVersion serving.knative.dev/v1 with kind Revision or Service, or a v2 name projects/…/services/…',
      );
  }
}

function servicesWarning(services: string[]): string[] {
  if (services.length === 0) return [];
  const names = [...new Set(services)].join(', ');
  return [
    `Cloud Run Service objects (${names}) hold only the current state, so they give no events: ` +
      'only revision lists (gcloud run revisions list --format=json) and Cloud Run audit logs give deploy and traffic history',
  ];
}
