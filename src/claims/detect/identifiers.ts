// Names of changes and things, beyond the id shapes the rules resolve against records
// (patterns.ts ENTITY_SHAPES): semantic versions, dated releases, tickets, GitLab merge
// requests and issues, links to pull requests and commits, backticked config keys, and
// service-like names. As data, with examples the tests run.

/** The identifier types the claims corpus labels. */
export type IdentifierType = 'pr' | 'commit' | 'build' | 'revision' | 'release' | 'version' | 'config' | 'ticket' | 'service' | 'file';

/** One row: a type, its shape (group 1, when present, is the id) and phrases it must read. */
export interface IdentifierShape {
  type: IdentifierType;
  pattern: RegExp;
  examples: string[];
}

// Words that end a service-like name: "checkout-web", "payments-gw", "search-indexer".
const SERVICE_SUFFIX =
  '(?:api|web|svc|service|gw|gateway|proxy|db|dns|worker|workers|server|cluster|indexer|ingress|broker|queue|cache|router|edge|frontend|backend|app|portal|runner|scheduler|controller|store|storage|auth)';

export const IDENTIFIER_SHAPES: IdentifierShape[] = [
  {
    type: 'pr',
    pattern: /\bhttps?:\/\/\S+?\/(?:pull|pulls|merge_requests|-\/merge_requests)\/\d+\b/gi,
    examples: ['Revert: https://github.com/acme/billing/pull/5127', 'see https://gitlab.com/acme/api/-/merge_requests/88'],
  },
  {
    type: 'commit',
    pattern: /\bhttps?:\/\/\S+?\/commits?\/[0-9a-f]{7,40}\b/gi,
    examples: ['fixed in https://github.com/acme/gw/commit/c41d09e'],
  },
  {
    type: 'ticket',
    pattern: /\bhttps?:\/\/\S+?\/(?:issues|-\/issues)\/\d+\b/gi,
    examples: ['tracked in https://gitlab.com/acme/api/-/issues/12'],
  },
  {
    type: 'pr',
    pattern: /(?<![\w!])(?:[\w.-]+\/[\w.-]+)?!\d{1,7}\b/g,
    examples: ['revert !4419 reaches production', 'gitlab-org/gitlab!90211 added the index'],
  },
  {
    type: 'ticket',
    pattern: /(?<![\w#/])[a-z][\w.-]*(?:\/[\w.-]+)?#\d{1,7}\b|\b(?:incident|issue|ticket|case|bug)\s+#\d{1,7}\b/gi,
    examples: ['tracked in infra/reliability#88', 'Related incident: production#17233', 'see incident #312'],
  },
  {
    type: 'ticket',
    pattern: /\b(?!SEV-|P-|UTC-|GMT-|CVE-)[A-Z][A-Z0-9]{1,9}-\d{1,7}\b/g,
    examples: ['INC-2291: Webhook deliveries delayed', 'follow-up in OPS-4471'],
  },
  {
    type: 'version',
    // 4.81.2, v3.9.0, 2.13.x, 1.2.3-rc.1; never a clock or an address.
    pattern: /(?<![\w.:/-])v?\d{1,4}\.\d{1,4}(?:\.(?:\d{1,12}|x))(?:-[\w.]+)?(?![\w.:]*\d)|\bv\d{1,4}\.\d{1,4}\b/g,
    examples: ['upgraded to kestrel-dns 4.81.2', 'Rolled back to v3.8.4', 'every 2.13.x release'],
  },
  {
    type: 'release',
    pattern: /(?<![\w.-])20\d\d\.\d\d\.\d\d(?:-\d+)?\b|\brelease\s+`?(\d[\w.-]+)`?/gi,
    examples: ['rolled back the runner image to 2024.05.28', 'release 2026.01.21-2 went out'],
  },
  {
    type: 'build',
    pattern: /\b(?:build|deploy|job|pipeline)\s+#?\d{3,12}\b/gi,
    examples: ['Deploy of ledger-api build 8812 begins', 'it lines up with deploy #8807'],
  },
  {
    type: 'config',
    // A backticked key with a dot or underscore ("ledger.batch_commit", "usage_events"), or a versioned config name.
    pattern: /`([\w-]+(?:[._][\w-]+)+)`|\b[a-z][\w]*_[\w]+\b|\b[a-z]+(?:-[a-z]+)*-v\d+(?:\.ya?ml|\.json)?\b/g,
    examples: ['Feature flag `ledger.batch_commit` switched off', 'checkout-web recovered once routes-v40 was restored', 'the bulk_export_v2 job'],
  },
  {
    type: 'service',
    pattern: new RegExp(
      [
        '`([a-z][a-z0-9-]{1,62})`',
        `\\b[a-z][a-z0-9]*(?:-[a-z0-9]+)*-${SERVICE_SUFFIX}\\b`,
        '\\b[a-z]+(?:-[a-z]+)*-\\d+[a-z]?\\b',
        '\\b(?:us|eu|europe|asia|ap|me|sa|af|ca|northamerica|southamerica|australia)-[a-z]+\\d+(?:-[a-z])?\\b',
        '\\bAS\\d{3,6}\\b',
        '\\b(?:the )?(?:[A-Z][\\w-]*\\s+){1,3}(?:API|service|Service)\\b',
        '\\b(?:the )?(?!(?:the|a|an|our|this|that|each|every|any|no|managed|affected|same|whole|entire|other)\\b)[a-z]+ service\\b',
      ].join('|'),
      'g',
    ),
    examples: ['Deploy of `ledger-api` build 8812', 'checkout-web began returning 502s', 'returned 503 from the Identity service'],
  },
];
