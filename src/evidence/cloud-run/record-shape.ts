// Tells the four Cloud Run object shapes apart before validating one.

import { isPlainRecord } from '../files/identifiers.js';
import { V2_REVISION_NAME, V2_SERVICE_NAME } from './schema.js';

export type CloudRunShape = 'v1-revision' | 'v1-service' | 'v2-revision' | 'v2-service';

const V1_TYPE = /^type\.googleapis\.com\/google\.cloud\.run\.v1\.(Revision|Service)$/;

/** Which Cloud Run object a record is: a v1 (Knative) or v2 Revision or Service; undefined for anything else. */
export function cloudRunShape(record: unknown): CloudRunShape | undefined {
  if (!isPlainRecord(record)) return undefined;
  const kind = record['kind'];
  const knative = typeof record['apiVersion'] === 'string' && record['apiVersion'].startsWith('serving.knative.dev/');
  // gcloud adds "@type": "type.googleapis.com/google.cloud.run.v1.Service" beside (or instead of) apiVersion.
  const typed = typeof record['@type'] === 'string' ? V1_TYPE.exec(record['@type'])?.[1] : undefined;
  if (knative || typed) {
    const v1Kind = typeof kind === 'string' ? kind : typed;
    if (v1Kind === 'Revision') return 'v1-revision';
    if (v1Kind === 'Service') return 'v1-service';
    return undefined;
  }
  const name = record['name'];
  if (typeof name !== 'string') return undefined;
  if (V2_REVISION_NAME.test(name)) return 'v2-revision';
  if (V2_SERVICE_NAME.test(name)) return 'v2-service';
  return undefined;
}
