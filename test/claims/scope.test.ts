// The scope of an impact share or count, read from the sentence alone: route words, an HTTP
// method, a service, a path; shares written as words; and phrasings that name no scope.

import { describe, expect, it } from 'vitest';
import { extractClaims, type ExtractContext } from '../../src/claims/extract.js';
import { parseReport } from '../../src/parse/index.js';
import type { Claim, ClaimScope } from '../../src/types.js';

// No known services or actors: the scope must come from the words, not from the evidence.
const ctx: ExtractContext = { zone: 'America/Los_Angeles', zoneOrigin: 'test', date: '2026-06-09', dateOrigin: 'test' };

function impactOf(sentence: string): Claim | undefined {
  return extractClaims(parseReport('report.md', `${sentence}\n`), ctx).find((c) => c.kind === 'impact');
}

const reads: Array<[string, Partial<ClaimScope>]> = [
  // route words
  ['About 30% of checkout requests failed.', { words: ['checkout'], text: 'checkout requests' }],
  ['Roughly 40% of all search traffic returned 503s.', { words: ['search'], text: 'search traffic' }],
  ['130 checkout requests failed during the outage.', { words: ['checkout'], text: 'checkout requests' }],
  ['Nearly 25% of requests to the orders endpoint failed.', { words: ['orders'], text: 'requests to the orders endpoint' }],
  ['About 130 API requests failed during the outage.', { words: ['api'], text: 'API requests' }],
  ['The error rate for API requests reached 100% during the outage.', { words: ['api'], text: 'API requests' }],
  // HTTP method
  ['Half of POST requests errored.', { method: 'POST', text: 'POST requests' }],
  ['About 12% of the PUT calls failed with 500.', { method: 'PUT', text: 'PUT calls' }],
  ['Around 80 DELETE requests failed.', { method: 'DELETE', text: 'DELETE requests' }],
  // service
  ['12% of requests to ledger-api failed.', { service: 'ledger-api', text: 'requests to ledger-api' }],
  ['12% of ledger-api requests failed.', { service: 'ledger-api', text: 'ledger-api requests' }],
  ['Approximately 950 requests to `portal-api` returned 5xx errors.', { service: 'portal-api', text: 'requests to portal-api' }],
  ['About 40% of traffic to the checkout service failed.', { service: 'checkout', text: 'traffic to the checkout service' }],
  // path
  ['All API calls under /api/orders returned 503.', { words: ['api'], path: '/api/orders', text: 'API calls under /api/orders' }],
  ['About 60% of requests under /api/** returned 404.', { path: '/api/**', text: 'requests under /api/**' }],
  ['Some 300 requests to /v1/payments failed.', { path: '/v1/payments', text: 'requests to /v1/payments' }],
  ['25% of GET /api/orders requests failed.', { method: 'GET', path: '/api/orders', text: 'GET /api/orders requests' }],
];

describe('the scope of a share or count', () => {
  for (const [sentence, scope] of reads) {
    it(`reads "${sentence}"`, () => {
      const claim = impactOf(sentence);
      expect(claim?.scope).toEqual({ words: [], ...scope });
    });
  }
});

describe('phrasings that name no scope', () => {
  const unscoped = [
    '~18% of requests returned 404.',
    'About 30% of all incoming requests failed.',
    'The error rate was 5% during the outage.',
    'The bad rewrite caused 30% of requests to fail.',
    '30% of users saw failed requests.',
  ];
  for (const sentence of unscoped) {
    it(`reads no scope in "${sentence}"`, () => {
      expect(impactOf(sentence)?.scope).toBeUndefined();
    });
  }

  it('"all requests returned 404" stays a claim that the outage happened, with no share', () => {
    expect(impactOf('All requests returned 404.')).toMatchObject({ variant: 'occurred', quantities: [] });
    expect(impactOf('Every request returned a 503.')).toMatchObject({ variant: 'occurred', quantities: [] });
  });
});

describe('shares written in words', () => {
  it('reads "half of" and "a third of" as approximate shares', () => {
    expect(impactOf('Half of POST requests errored.')?.quantities).toEqual([{ value: 50, unit: 'percent', text: 'half', approximate: true }]);
    expect(impactOf('About a third of requests to ledger-api failed.')?.quantities[0]).toMatchObject({ unit: 'percent', text: 'a third', approximate: true });
  });

  it('reads "all" as an approximate 100% share only with a scope', () => {
    expect(impactOf('All API calls under /api/orders returned 503.')?.quantities).toEqual([{ value: 100, unit: 'percent', text: 'all', approximate: true }]);
    expect(impactOf('Every checkout request failed.')).toMatchObject({ quantities: [{ value: 100 }], scope: { words: ['checkout'] } });
  });

  it('keeps a written percentage over a word share', () => {
    expect(impactOf('About 30% of all checkout requests failed.')?.quantities).toEqual([{ value: 30, unit: 'percent', text: '30%', approximate: true }]);
  });
});
