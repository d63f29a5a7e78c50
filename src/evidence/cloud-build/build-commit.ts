// Which commit a build built. `sourceProvenance` is what Cloud Build resolved, so it wins;
// trigger substitutions come next; the requested `source` may name only a branch, so it
// counts only when it looks like a SHA. A manual `gcloud builds submit` has none of these:
// its commit is unknown, which is not a mismatch.

import { isCommitSha } from '../files/identifiers.js';
import type { Build } from './schema.js';

/** The commit SHA a build carries, by the order above; undefined when the build does not say. */
export function buildCommit(build: Build): string | undefined {
  const candidates = [
    build.sourceProvenance?.resolvedRepoSource?.commitSha,
    build.sourceProvenance?.resolvedGitSource?.revision,
    build.sourceProvenance?.resolvedConnectedRepository?.revision,
    build.substitutions?.['COMMIT_SHA'],
    build.substitutions?.['REVISION_ID'],
    build.source?.repoSource?.commitSha,
    build.source?.gitSource?.revision,
    build.source?.connectedRepository?.revision,
  ];
  return candidates.find((candidate): candidate is string => candidate !== undefined && isCommitSha(candidate));
}
