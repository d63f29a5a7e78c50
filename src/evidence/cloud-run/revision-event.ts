// One Cloud Run Revision (v1 Knative or v2) → one 'revision-created' event. A revision's
// creation is the first of a deploy's two instants; the traffic shift is in audit logs.

import type { EvidenceEvent } from '../../types.js';
import { isCommitSha, lastPathSegment } from '../files/identifiers.js';
import { normalizeTimestamp, utcClockTime } from '../timestamps.js';
import { V2_REVISION_NAME, type V1Revision, type V2Revision } from './schema.js';

/** What both revision shapes say, in one form. */
interface RevisionFacts {
  name: string;
  keys: string[];
  createTime: string;
  service?: string;
  creator?: string;
  status?: string;
  image?: string;
  commit?: string;
}

const V1_STATUS: Record<string, string> = { True: 'Ready', False: 'Failed', Unknown: 'Pending' };
const V2_STATUS: Record<string, string> = {
  CONDITION_SUCCEEDED: 'Ready',
  CONDITION_FAILED: 'Failed',
  CONDITION_PENDING: 'Pending',
  CONDITION_RECONCILING: 'Pending',
};

// google-github-actions/deploy-cloudrun labels revisions with the commit they deploy.
const COMMIT_LABELS = ['commit-sha', 'commit_sha', 'commit'];

/** The 'revision-created' event of a v1 (Knative) Revision. */
export function v1RevisionEvent(revision: V1Revision, location: string): EvidenceEvent {
  const { metadata } = revision;
  const ready = revision.status?.conditions?.find((condition) => condition.type === 'Ready');
  return revisionEvent(
    {
      name: metadata.name,
      keys: [metadata.name],
      createTime: metadata.creationTimestamp,
      service: metadata.labels?.['serving.knative.dev/service'],
      creator: metadata.annotations?.['serving.knative.dev/creator'],
      status: ready ? V1_STATUS[ready.status] : undefined,
      image: withDigest(revision.spec?.containers?.[0]?.image, revision.status?.imageDigest),
      commit: commitLabel(metadata.labels),
    },
    location,
  );
}

/** The 'revision-created' event of a v2 Revision (`projects/…/services/S/revisions/R`). */
export function v2RevisionEvent(revision: V2Revision, location: string): EvidenceEvent {
  const short = lastPathSegment(revision.name);
  const ready = revision.conditions?.find((condition) => condition.type === 'Ready');
  const service = revision.service ? lastPathSegment(revision.service) : V2_REVISION_NAME.exec(revision.name)?.[1];
  return revisionEvent(
    {
      name: short,
      keys: [short, revision.name],
      createTime: revision.createTime,
      service,
      creator: revision.creator,
      status: ready?.state ? V2_STATUS[ready.state] : undefined,
      image: revision.containers?.[0]?.image,
      commit: commitLabel(revision.labels),
    },
    location,
  );
}

/** A v1 revision's image with the digest the platform resolved it to ("…/api:tag" + "…/api@sha256:…"): both name it. */
function withDigest(image: string | undefined, digest: string | undefined): string | undefined {
  if (!digest || !image || image.includes(digest.replace(/^.*@/, ''))) return image ?? digest;
  return `${image} ${digest}`;
}

function commitLabel(labels: Record<string, string> | undefined): string | undefined {
  return COMMIT_LABELS.map((key) => labels?.[key]).find((value): value is string => !!value && isCommitSha(value));
}

function revisionEvent(facts: RevisionFacts, location: string): EvidenceEvent {
  const time = normalizeTimestamp(facts.createTime);
  const summary = revisionSummary(facts);
  const event: EvidenceEvent = {
    id: facts.name,
    source: 'cloud-run',
    type: 'revision-created',
    time,
    keys: facts.keys,
    summary,
    citation: { source: 'cloud-run', ref: facts.name, time, summary, location },
  };
  if (facts.status) event.status = facts.status;
  if (facts.service) event.service = facts.service;
  if (facts.creator) event.actor = facts.creator;
  if (facts.commit) event.commit = facts.commit;
  if (facts.image) event.image = facts.image;
  return event;
}

/** "revision portal-api-00042-xak of portal-api created 16:40:12Z by dana@example.com (Ready; image …)". */
function revisionSummary(facts: RevisionFacts): string {
  const of = facts.service ? ` of ${facts.service}` : '';
  const by = facts.creator ? ` by ${facts.creator}` : '';
  const details = [facts.status ?? 'status unknown', ...(facts.image ? [`image ${facts.image.split(' ')[0]}`] : [])].join('; ');
  return `revision ${facts.name}${of} created ${utcClockTime(facts.createTime)}${by} (${details})`;
}
