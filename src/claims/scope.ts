// The scope of an impact share or count: which requests the sentence says it is about ("of
// checkout requests", "of POST requests", "of requests to ledger-api", "calls under
// /api/orders"), and shares written in words ("half of", "all … under /api/orders").
// Read from the text alone; whether the logs hold such requests is for the checker to ask.

import type { ClaimScope, Quantity } from '../types.js';

/** What a sentence says about the requests of its share or count. */
export interface ScopeReading {
  scope?: ClaimScope;
  /** A share written in words ("half of", "all"), when the sentence has one. */
  share?: Quantity;
}

/** Shares written as words, in percent. "all"/"every" count only with a scope ("all requests failed" stays an outage claim). */
export const SHARE_WORDS: Record<string, number> = {
  half: 50,
  'a third': 100 / 3,
  'one third': 100 / 3,
  'two thirds': 200 / 3,
  'a quarter': 25,
  'one quarter': 25,
  'three quarters': 75,
  all: 100,
  every: 100,
};

/** Words before "requests" that do not narrow them ("all", "incoming", "user"), or that describe their outcome. "API" narrows: to /api routes and API services. */
export const SCOPE_STOP_WORDS = new Set(
  'the all our its their these those every any total incoming inbound http https web user users customer customers client clients production prod live external public other remaining such failed failing successful erroring affected'.split(
    ' ',
  ),
);

/** Words that end a noun phrase: a share "of users saw failed requests" is not a share of requests. */
const PHRASE_BREAKERS = new Set(
  'saw see seen were was is are had has have got get returned made sent and or of in at by from with that which who while when as than'.split(' '),
);

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** Nouns after "the X" in a target: which make X a service, which make it a route word. */
const SERVICE_NOUNS = new Set(['service', 'site', 'backend', 'app']);
const TARGET_NOUNS = `(?:${[...SERVICE_NOUNS, 'endpoint', 'route', 'api', 'page'].join('|')})`;

const SHARE_WORD = `\\b(?:${Object.keys(SHARE_WORDS)
  .filter((w) => w !== 'all' && w !== 'every')
  .map((w) => w.replace(' ', '\\s+'))
  .join('|')})`;
// A target: `quoted`, a path, a dotted or hyphenated name, a name with a digit, or "the X service".
const TARGET = `(?:\`[^\`]+\`|/[^\\s,;()]*|[a-z][a-z0-9]*(?:[-.][a-z0-9]+)+|[a-z]+\\d[a-z0-9]*|[a-z]+\\s+${TARGET_NOUNS}\\b)`;

/**
 * A share ("30% of", "half of"), a count ("130 "), "all"/"every" or a rate ("the error rate
 * for"), then up to three words, the noun (requests, calls, traffic) and up to two targets
 * ("to ledger-api", "under /api/orders").
 */
const SCOPED_NOUN = new RegExp(
  `(?:(?<share>(?<![#\\w.,])\\d+(?:\\.\\d+)?\\s*%|${SHARE_WORD})\\s+of\\s+|(?<count>(?<![#\\w.,:])(?:\\d{1,3}(?:,\\d{3})+|\\d+))\\s+|\\b(?<whole>all|every)\\s+(?:of\\s+)?|\\b(?:error|failure) (?:rate|ratio)\\s+(?:for|of|on|across)\\s+)` +
    `(?:(?:the|our|its|their|these|all)\\s+)?(?<pre>(?:[^\\s,;:()]+\\s+){0,3}?)(?<noun>requests?|calls?|traffic)\\b` +
    `(?<post>(?:\\s+(?:to|under|on|for|against|hitting)\\s+(?:the\\s+)?${TARGET}){0,2})`,
  'gid',
);

/** Reads the scope (and any share in words) of the first request noun phrase that has one. */
export function readScope(text: string): ScopeReading {
  for (const m of text.matchAll(SCOPED_NOUN)) {
    const groups = m.groups ?? {};
    const scope = scopeOf(text, m);
    const wordShare = groups['whole'] ? (scope ? groups['whole'] : undefined) : groups['share'] && !/\d/.test(groups['share']) ? groups['share'] : undefined;
    if (!scope && !wordShare) continue;
    const share = wordShare ? shareQuantity(wordShare) : undefined;
    return { ...(scope ? { scope } : {}), ...(share ? { share } : {}) };
  }
  return {};
}

function shareQuantity(written: string): Quantity {
  const text = written.toLowerCase().replace(/\s+/g, ' ');
  return { value: SHARE_WORDS[text] ?? 100, unit: 'percent', text, approximate: true };
}

function scopeOf(text: string, m: RegExpMatchArray): ClaimScope | undefined {
  const pre = (m.groups?.['pre'] ?? '').split(/\s+/).filter(Boolean);
  if (pre.some((w) => !METHODS.has(w) && PHRASE_BREAKERS.has(w.toLowerCase()))) return undefined;
  const scope: Omit<ClaimScope, 'text'> = { words: [] };
  for (const token of pre) classify(token, scope);
  for (const target of targetsOf(m.groups?.['post'] ?? '')) classifyTarget(target, scope);
  if (scope.words.length === 0 && !scope.method && !scope.service && !scope.path) return undefined;
  const start = m.indices?.groups?.['pre']?.[0] ?? m.index ?? 0;
  const end = (m.index ?? 0) + m[0].length;
  return { ...scope, words: [...new Set(scope.words)], text: text.slice(start, end).replace(/[.!?:]+$/, '') };
}

function targetsOf(post: string): string[] {
  return [...post.matchAll(new RegExp(`\\b(?:to|under|on|for|against|hitting)\\s+(?:the\\s+)?(\\S+(?:\\s+${TARGET_NOUNS}\\b)?)`, 'gi'))].map((t) => t[1] ?? '');
}

function classify(rawToken: string, scope: Omit<ClaimScope, 'text'>): void {
  const token = rawToken.replace(/^`|`$/g, '').replace(/[.!?:]+$/, '');
  const lower = token.toLowerCase();
  if (token.startsWith('/')) scope.path ??= token;
  else if (METHODS.has(token)) scope.method ??= token;
  else if (SCOPE_STOP_WORDS.has(lower) || /^\d|%/.test(token)) return;
  else if (/^[a-z][a-z0-9]*(?:[-.][a-z0-9]+)+$/i.test(token) || /^[a-z]+\d[a-z0-9]*$/i.test(token)) scope.service ??= lower;
  else if (/^[a-z]+$/i.test(token)) scope.words.push(lower);
}

// "the checkout service" names a service; "the orders endpoint" a route word; a bare target is a path or a name.
function classifyTarget(target: string, scope: Omit<ClaimScope, 'text'>): void {
  const [name = '', noun] = target.split(/\s+/);
  if (noun === undefined) return classify(name, scope);
  const word = name.replace(/^`|`$/g, '').toLowerCase();
  if (SCOPE_STOP_WORDS.has(word)) return;
  if (SERVICE_NOUNS.has(noun.toLowerCase())) scope.service ??= word;
  else scope.words.push(word);
}
