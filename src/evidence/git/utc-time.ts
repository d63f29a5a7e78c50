// Git prints strict ISO 8601 with the committer's own offset ("2026-06-09T09:40:12-07:00");
// evidence times are UTC. Git dates are whole seconds, so no fraction is kept.

/** Converts a git `%cI`/`%aI` date to UTC ISO ("2026-06-09T16:40:12Z"); undefined when unreadable. */
export function gitDateToUtc(date: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/.test(date)) return undefined;
  const ms = Date.parse(date);
  if (Number.isNaN(ms)) return undefined;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
