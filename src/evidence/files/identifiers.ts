// Small rules about identifiers that every Google export shares.

/** The last segment of a resource name ("projects/p/locations/l/builds/abc" → "abc"); Google names are compared by it. */
export function lastPathSegment(name: string): string {
  const slash = name.lastIndexOf('/');
  return slash === -1 ? name : name.slice(slash + 1);
}

/** True for a full or abbreviated (7+ hex digits) git commit SHA; a branch or tag name is not a commit. */
export function isCommitSha(text: string): boolean {
  return /^[0-9a-f]{7,40}$/i.test(text) || /^[0-9a-f]{64}$/i.test(text);
}

/** A plain object (not an array, not null): what every evidence record must be. */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
