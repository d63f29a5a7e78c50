// Which service a request log entry belongs to and which (normalised) path it asked for.

import type { LogEntry } from './log-entry.js';

/** The service a request was served by: Cloud Run service, Hosting domain/site, URL host, or resource type. */
export function requestService(entry: LogEntry): string {
  const labels = entry.resource?.labels;
  return (
    nonEmpty(labels?.service_name) ??
    nonEmpty(labels?.domain_name) ??
    nonEmpty(labels?.site_name) ??
    nonEmpty(labels?.host) ??
    nonEmpty(splitUrl(entry.httpRequest?.requestUrl ?? '').host) ??
    nonEmpty(entry.resource?.type) ??
    'unknown'
  );
}

/** Host and path (no query, no fragment) of an absolute or path-only URL. Never throws. */
export function splitUrl(url: string): { host?: string; path: string } {
  // Hand-split rather than `new URL`: it runs once per request of a possibly huge export
  // and must not throw on the odd malformed URL a scanner sends.
  let rest = url;
  let host: string | undefined;
  const schemeEnd = url.indexOf('://');
  if (schemeEnd > 0 && SCHEME.test(url.slice(0, schemeEnd))) {
    const authority = url.slice(schemeEnd + 3);
    const hostEnd = firstIndexOf(authority, '/?#');
    host = (hostEnd === -1 ? authority : authority.slice(0, hostEnd))
      .replace(/^[^@]*@/, '')
      .replace(/:\d+$/, '')
      .toLowerCase();
    rest = hostEnd === -1 ? '' : authority.slice(hostEnd);
  }
  const pathEnd = firstIndexOf(rest, '?#');
  const path = pathEnd === -1 ? rest : rest.slice(0, pathEnd);
  return { ...(host ? { host } : {}), path: path.startsWith('/') ? path : `/${path}` };
}

const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*$/;

function firstIndexOf(text: string, characters: string): number {
  for (let i = 0; i < text.length; i++) if (characters.includes(text[i] as string)) return i;
  return -1;
}

const NUMERIC = /^\d+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Hex ids (object ids, digests): long enough and with a digit, so words like "deadbeef" or "facade" survive.
const HEX_ID = /^(?=.*\d)[0-9a-f]{8,}$/i;

/**
 * The path of a request URL with the query removed and id-like segments (numbers, UUIDs,
 * hex ids) collapsed to `:id`, so "/api/orders/123" and "/api/orders/456" are one route and
 * the number of distinct paths kept in memory stays small.
 */
export function normalizeRequestPath(url: string): string {
  const { path } = splitUrl(url);
  // Every id shape below has a digit (a UUID without one is vanishingly rare): skip the rest.
  if (!/\d/.test(path)) return path;
  return path
    .split('/')
    .map((segment) => (NUMERIC.test(segment) || UUID.test(segment) || HEX_ID.test(segment) ? ':id' : segment))
    .join('/');
}

function nonEmpty(value: string | null | undefined): string | undefined {
  return value ? value : undefined;
}
