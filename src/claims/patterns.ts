// What claims look like, as data. Each table row has examples that the tests run, so a
// pattern and its documentation cannot drift apart. Matching code lives in extract.ts.

import type { ActionClass, EntityType, Predicate, QuantityUnit } from '../types.js';

/** Words that widen a time or a count ("about 10:05", "~400 lines"). */
export const APPROXIMATE_WORDS = [
  'about',
  'around',
  'approximately',
  'approx.',
  'approx',
  'roughly',
  '~',
  'nearly',
  'almost',
  'circa',
  'some',
  'just over',
  'just under',
  'over',
  'under',
];

/** An entity shape: a regular expression whose group 1 is the id, and examples it must find. */
export interface EntityShape {
  type: EntityType;
  pattern: RegExp;
  /** How to turn the match into an id for lookup. */
  normalise?: (id: string) => string;
  examples: Array<[string, string]>;
}

const hex = '[0-9a-f]';
const uuid = `${hex}{8}-${hex}{4}-${hex}{4}-${hex}{4}-${hex}{12}`;

export const ENTITY_SHAPES: EntityShape[] = [
  // Emails first: their domain part must not be read as a service.
  {
    type: 'actor',
    pattern: /\b([\w.+-]+@[\w-]+(?:\.[\w-]+)+)\b/g,
    normalise: (id) => id.toLowerCase(),
    examples: [['cancelled by priya@example.com', 'priya@example.com']],
  },
  {
    type: 'pr',
    pattern: /(?<![\w-])(?:PR|pull request|pull-request|merge request)\s*#?\s*(\d{1,7})\b/gi,
    examples: [
      ['PR #214 was merged', '214'],
      ['pull request 88', '88'],
    ],
  },
  {
    type: 'pr',
    pattern: /(?<![\w&/])#(\d{1,7})\b/g,
    examples: [['merged (#311)', '311']],
  },
  {
    type: 'build',
    pattern: new RegExp(`\\bbuilds?\\s+(?:id\\s+)?\`?(${uuid}|${hex}{7,8})\`?(?![0-9a-f-])`, 'gi'),
    normalise: (id) => id.toLowerCase(),
    examples: [
      ['Recovery build 4f1c2a9e restored', '4f1c2a9e'],
      ['build `c7a91f3d-0b2e-4c1d-8e2f-0a1b2c3d4e5f` failed', 'c7a91f3d-0b2e-4c1d-8e2f-0a1b2c3d4e5f'],
    ],
  },
  {
    type: 'build',
    pattern: new RegExp(`\`?(${uuid})\`?`, 'gi'),
    normalise: (id) => id.toLowerCase(),
    examples: [['the job 4f1c2a9e-7d3b-4e8a-9c1f-0b6d2e8a5c47 ended', '4f1c2a9e-7d3b-4e8a-9c1f-0b6d2e8a5c47']],
  },
  {
    type: 'version',
    pattern: new RegExp(`\\bversions?\\s+\`?(${hex}{10,16})\`?\\b`, 'gi'),
    normalise: (id) => id.toLowerCase(),
    examples: [['rolled back to version 3c8e1a7f0d2b9e44', '3c8e1a7f0d2b9e44']],
  },
  {
    type: 'release',
    pattern: /\breleases?\s+`?((?:sites\/[\w-]+\/(?:channels\/[\w-]+\/)?releases\/)?\d{10,20})`?/gi,
    examples: [['release 1781026060123000 went live', '1781026060123000']],
  },
  {
    type: 'revision',
    pattern: /\b([a-z][a-z0-9-]*-\d{5}-[a-z0-9]{3})\b/g,
    examples: [['traffic moved to portal-api-00041-dab', 'portal-api-00041-dab']],
  },
  {
    type: 'commit',
    // After "commit", or a verb that only takes commits ("pushed 2620748"): an id even when all digits.
    pattern: new RegExp(`\\b(?:commit|sha|revision|pushed|committed|cherry-picked|reverted)\\s+\`?(${hex}{7,40})\`?\\b`, 'gi'),
    normalise: (id) => id.toLowerCase(),
    examples: [
      ['commit 9c1e5b2 reverted it', '9c1e5b2'],
      ['Aisha pushed 2620748 to main', '2620748'],
    ],
  },
  {
    type: 'commit',
    // A bare hex word with both digits and letters: a SHA or prefix named without a noun.
    pattern: new RegExp(`(?<![\\w/#-])\`?((?=${hex}*\\d)(?=${hex}*[a-f])${hex}{7,40})\`?(?![\\w-])`, 'g'),
    normalise: (id) => id.toLowerCase(),
    examples: [['reverted in 9c1e5b2f', '9c1e5b2f']],
  },
  {
    type: 'file',
    pattern: /`?((?:[\w.-]+\/)*[\w-]+(?:\.[\w-]+)*\.(?:json|jsonc|ts|tsx|js|jsx|mjs|md|ya?ml|toml|go|py|rb|java|tf|sh|txt|lock|html|css))`?(?![\w/])/g,
    examples: [
      ['see docs/consultations/2026-06-08-security-review.md', 'docs/consultations/2026-06-08-security-review.md'],
      ['the rewrite in `firebase.json`', 'firebase.json'],
    ],
  },
  {
    type: 'service',
    // A name with a hyphen or digit ("portal-api-v2"), or in backticks; a bare word after
    // "service" ("the site back", "Service was") is English, and known names come from the evidence.
    pattern: /\b(?:service|site|backend)\s+(?:`([a-z][a-z0-9-]{1,62})`|([a-z][a-z0-9]*(?:-[a-z0-9]+)+|[a-z]+\d[a-z0-9]*))(?![\w-])/gi,
    examples: [
      ['the Cloud Run service portal-api-v2', 'portal-api-v2'],
      ['the service `checkout` failed', 'checkout'],
    ],
  },
  {
    type: 'service',
    pattern: /\b((?:[a-z0-9-]+\.)+(?:com|net|org|io|dev|app|cloud))\b/g,
    examples: [['requests to portal.example.com failed', 'portal.example.com']],
  },
  {
    type: 'actor',
    pattern: /\b([\w-]+\[bot\])/g,
    normalise: (id) => id.toLowerCase(),
    examples: [['merged by portal-agent[bot]', 'portal-agent[bot]']],
  },
  {
    type: 'actor',
    // A role, not a person: the records name people, so a role can be confirmed by no record.
    pattern: /\b(?:the\s+)?(on-?call(?:\s+(?:engineer|SRE|responder))?)\b/gi,
    normalise: () => 'on-call',
    examples: [['cancelled by the on-call engineer', 'on-call']],
  },
  {
    type: 'actor',
    pattern: /\b(?:the\s+)?((?:AI|coding|deploy|autonomous)\s+agent|agent)\b/gi,
    normalise: () => 'agent',
    examples: [['the agent deployed it', 'agent']],
  },
];

/**
 * A service named without the word "service": a lowercase name in backticks with a hyphen
 * ("`portal-api-v2`"), or bare with a hyphen and a service-like last part or a version
 * ("checkout-web", "portal-api-v2"). Group 1 or 2 is the name.
 */
export const SERVICE_NAME =
  /`([a-z][a-z0-9]*(?:-[a-z0-9]+)+)`|(?<![\w./@#-])([a-z][a-z0-9]*(?:-[a-z0-9]+)*-(?:api|web|svc|service|gw|gateway|proxy|worker|server|frontend|backend|app|v\d+))(?![\w-]|\.[a-z])/g;

/** Normalised verbs and the phrases that express them. */
export interface PredicateDef {
  predicate: Predicate;
  pattern: RegExp;
  examples: string[];
}

export const PREDICATES: PredicateDef[] = [
  {
    predicate: 'restored',
    pattern:
      /\b(?:restor(?:ed|es|ing|e)|resolv(?:ed|es|e)|recovered|fix(?:ed|es)? the (?:outage|incident|issue|404s|errors)|ended the (?:outage|incident)|mitigated|brought (?:the )?(?:service|site|api|app) back)\b/gi,
    examples: ['restored service', 'resolved the outage', 'brought the API back'],
  },
  {
    predicate: 'rolled-back',
    pattern:
      /\b(?:roll(?:ed|ing)?[\s-]?back|rollbacks?|roll(?:ed|ing)?\s+(?:the\s+)?(?:[\w-]+\s+){0,3}back|(?:shift(?:ed|ing)?|mov(?:ed|ing)|rout(?:ed|ing)|sen(?:t|ding)|return(?:ed|ing)?|pinn(?:ed|ing))\s+(?:all\s+|the\s+)?(?:\w+\s+)?traffic\s+back|traffic\s+was\s+(?:shifted|moved|routed|sent|returned)\s+back|re-?deploy(?:ed|ing)?\s+(?:the\s+)?(?:previous|prior|old|older|earlier|last(?:[\s-]known)?[\s-]good)\b|(?:previous|prior|old|older|earlier|last(?:[\s-]known)?[\s-]good)\s+(?:[\w-]+\s+){0,2}(?:was|were)\s+re-?deployed)\b/gi,
    examples: [
      'rolled back the release',
      'a rollback was performed',
      'rolled the site back to version 3c8e1a7f0d2b9e44',
      'rolled the live site back to the previous version',
      'traffic was shifted back to portal-api-00041-dab',
      'by routing traffic back to portal-api-00028-bbx',
      'redeployed the last good image of orders-api',
      'the previous image was redeployed by Freya',
    ],
  },
  {
    predicate: 'reverted',
    pattern: /\brevert(?:ed|s|ing)?\b/gi,
    examples: ['Marcus reverted the rewrite'],
  },
  {
    predicate: 'cancelled',
    pattern: /\bcancel(?:l?ed|l?ing|s)?\b/gi,
    examples: ['the build was cancelled', 'canceled by hand'],
  },
  {
    predicate: 'deployed',
    pattern:
      /\b(?:(?:re)?deploy(?:ed|s|ing|ment)?(?!\s+(?:step|stage|job|trigger|pipeline|script|config|key|tool)s?\b)|rolled out|went live|shipped|promoted|released|came from|was produced by)\b/gi,
    examples: ['was deployed at 10:12', 'the deploy of build b81d4e02', 'the release at 09:22 came from build 36b8b866'],
  },
  {
    predicate: 'completed',
    pattern: /\b(?:complet(?:ed|es|e)|finish(?:ed|es)?|succeeded|passed)\b/gi,
    examples: ['the build completed at 09:47'],
  },
  {
    predicate: 'failed',
    pattern: /\b(?:fail(?:ed|s)|errored(?: out)?|ended (?:in|with) (?:a )?(?:failure|an? error|errors?)|was unsuccessful)\b/gi,
    examples: ['the build failed', 'the build errored out', 'build 467fadc6 ended in failure'],
  },
  {
    predicate: 'timed-out',
    pattern: /\b(?:timed[\s-]out|exceeded its timeout|hit (?:its|the) timeout)\b/gi,
    examples: ['build 5bd40abd timed out', 'the build hit its timeout'],
  },
  {
    predicate: 'started',
    pattern: /\b(?:start(?:ed|s)|began|begin|kicked off|triggered|created)\b/gi,
    examples: ['errors began at 09:48', 'the agent triggered build 4f1c2a9e'],
  },
  {
    predicate: 'ended',
    pattern: /\b(?:stop(?:ped|s)?|ended|subsided|ceased)\b/gi,
    examples: ['errors stopped at 10:21'],
  },
  {
    predicate: 'merged',
    pattern: /\bmerg(?:ed|es|ing)\b/gi,
    examples: ['PR #214 was merged at 09:40'],
  },
  {
    predicate: 'pushed',
    pattern: /\b(?:push(?:ed|es)|committed|made\s+(?:[\w-]+\s+){0,4}?commits?)\b/gi,
    examples: ['the hotfix commit was pushed at 10:04', 'made the first of three commits'],
  },
  {
    predicate: 'changed',
    pattern: /\b(?:chang(?:ed|es)|modifi(?:ed|es)|touch(?:ed|es)|edit(?:ed|s))\b/gi,
    examples: ['PR #214 changed the rewrite in firebase.json', 'the hotfix commit changed only src/auth/refresh.ts'],
  },
  {
    predicate: 'added',
    pattern: /\b(?:add(?:ed|s|ing)|introduc(?:ed|es)|creat(?:ed|es))\b/gi,
    examples: ['the agent added docs/approvals/PR-214-approval.md'],
  },
  {
    predicate: 'approved',
    pattern: /\b(?:approv(?:ed|al|es)|reviewed|sign(?:ed)?[\s-]off|consultation|consulted|LGTM|without (?:a |any )?reviews?)\b/gi,
    examples: ['the change was reviewed and approved'],
  },
];

/** The outage's end told as the service coming back ("requests succeeded again"). */
export const RECOVERED_PHRASES =
  /\b(?:succeed(?:ed|ing) again|back to normal|returned to normal|recovered|served (?:normally )?again|(?:healthy|operational|available|up|responsive|green) again|back (?:up|online)|fully (?:operational|available))\b/i;

/** Nouns that name the outage itself, for time and duration claims. */
export const OUTAGE_NOUNS =
  /\b(?:outage|incident|errors?|404s?|5\d\ds?|5xxs?|failures?|failed requests?|downtime|disruption|degradation|degraded|impact|requests?\s+(?:[\w./*-]+\s+){0,3}?(?:failed|were failing)|service was (?:down|unavailable)|unavailable|down|time to (?:recovery|restore|recover|mitigat\w*)|MTTR|TTR)\b/i;

/** The outage itself beginning or ending: "errors began", "the first 5xx responses appeared", "404s stop". */
export const OUTAGE_EDGE = {
  began:
    /\b(?:(?:errors?|outage|incident|404s?|5\d\ds?|5xxs?|failures?|requests?\s+(?:[\w.-]+\s+){0,3}?)\s*(?:[\w-]+\s+){0,2}?(?:began|begin|began|start(?:ed|s)?|appeared|spiked)|(?:first|earliest)\s+(?:[\w-]+\s+){0,2}?(?:errors?|404s?|5\d\ds?|5xxs?|failures?|failed requests?|responses?))\b/i,
  ended:
    /\b(?:(?:errors?|outage|incident|404s?|5\d\ds?|5xxs?|failures?)\s*(?:[\w-]+\s+){0,2}?(?:stop(?:ped|s)?|ended|end|subsided|ceased|cleared)|(?:last|final)\s+(?:[\w-]+\s+){0,2}?(?:errors?|404s?|5\d\ds?|5xxs?|failures?|failed requests?))\b/i,
};

/** Phrases of opinion or intent: no record can settle them. */
export const OPINION_PATTERNS: RegExp[] = [
  /^(?:action items?|todo|follow[- ]up|next steps?)\b/i,
  /\bI (?:think|believe|feel)\b/i,
  /\b(?:going forward|in hindsight)\b/i,
  /\bshould have\b/i,
  /\bwe (?:believe|think|feel|expect|hope)\b/i,
  /\b(?:we|I|the team|the agent) (?:will|shall|plan to|intend to|are going to|should|must)\b/i,
  /\b(?:is|was|remains) the right\b/i,
  /\bin (?:the )?(?:future|long term)\b/i,
  /\bas (?:intended|expected|designed)\b/i,
  /\b(?:was|were) (?:fast|quick|slow|smooth|swift|excellent|great|good|effective|well[\s-]\w+)\b/i,
  /^(?:add|improve|review|document|investigate|consider|ensure|create)\b/i,
];

/** Nouns that make the verb before them a topic, not an event: "the rollback procedure", "our deploy runbook". */
export const TOPIC_NOUN =
  /^[\s-]*(?:procedures?|runbooks?|playbooks?|plans?|documentation|docs|process(?:es)?|commands?|scripts?|buttons?|strateg(?:y|ies)|paths?|mechanisms?|capabilit(?:y|ies)|tooling|safety|policy|policies|windows?|guide|checklists?|permissions?|access|steps?)\b/i;

/** Hedges lower our confidence in what the author claims, but the claim is still checked. */
export const HEDGE_PATTERN = /\b(?:probably|likely|possibly|perhaps|may have|might have|appears? to|seems? to|we think|presumably)\b/i;

/** Negation directly governing a verb ("was not deployed", "never served"). */
export const VERB_NEGATION = /(?:\b(?:not|never|no longer|without|nobody|no one|no-one|nothing)|n't)\s+(?:\w+\s+){0,2}$/i;

/** Negation of a whole sentence placed before its verb: "At no point was anything rolled back". */
export const SENTENCE_WIDE_NEGATION = /\bat no (?:point|time|stage|moment)\b/i;

/** A negative existential: "No other changes were made", "no rollback was performed", "No Cloud Run service of that name exists". */
export const ABSENCE_PATTERN =
  /\b(?:no|zero|none of the)\s+(other\s+|further\s+|additional\s+)?((?:[\w-]+\s+){0,3}?)(changes?|deploy(?:s|ments?)?|rollbacks?|roll-?backs?|builds?|releases?|commits?|reverts?|traffic (?:shifts?|changes?)|actions?|services?)\b/i;

/** Pronouns and descriptions that refer back to the last PR or commit named. */
export const ANAPHORA_CHANGE = /\b(?:it|this change|the change|this PR|the PR|the pull request|the merge|this merge|the diff|this diff)\b/i;

/** Referring back to the last build named ("the recovery build"). */
export const ANAPHORA_BUILD = /\b(?:the|this|that|our|its)\s+(?:(?:recovery|hotfix|fix|new|second|last)\s+)?build\b/i;

/** "the bad release", "the Hosting release": a release named without an id. */
export const DESCRIBED_RELEASE = /\bthe\s+(?:[\w-]+\s+)?release\b/i;

/** "the hotfix commit", "the revert commit": a commit named by what its message says. */
export const DESCRIBED_COMMIT = /\bthe\s+([a-z]+)\s+commit\b/i;

/** Quantity shapes: a number (with thousands separators), a unit word, and how to read it. */
export interface QuantityShape {
  pattern: RegExp;
  unit: (match: RegExpExecArray) => QuantityUnit;
  examples: Array<[string, number]>;
}

// A count, never the tail of an id ("#214", "v1.2", "a12").
const num = '(?<![#\\w.,])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)';

export const QUANTITY_SHAPES: QuantityShape[] = [
  {
    pattern: new RegExp(`${num}\\s+(?:[A-Za-z][\\w-]*\\s+){0,2}?files?\\b`, 'gi'),
    unit: () => 'files',
    examples: [
      ['touching 12 files', 12],
      ['340 changed files', 340],
      ['PR #214 changed 12 files', 12],
    ],
  },
  {
    pattern: new RegExp(`(?:(?<=[\\s(/,])\\+|\\badd(?:ed|s|ing)\\s+)${num}(?:\\s+lines?)?`, 'gi'),
    unit: () => 'lines-added',
    examples: [
      ['(+412/−28,745)', 412],
      ['added 412 lines', 412],
    ],
  },
  {
    pattern: new RegExp(`(?:(?<=[\\s(/,])[−–]|(?<=\\/)-|\\b(?:delet|remov)(?:ed|es|ing)\\s+)${num}(?:\\s+lines?)?`, 'gi'),
    unit: () => 'lines-deleted',
    examples: [
      ['(+412/−28,745)', 28745],
      ['deleted 28,745 lines', 28745],
    ],
  },
  {
    pattern: new RegExp(
      `${num}\\s+(?:[A-Za-z][\\w-]*\\s+){0,3}?lines?(?:\\s+of\\s+[\\w-]+(?:\\s+[\\w-]+)?)?(?:\\s+(?:were\\s+)?(added|deleted|removed|changed))?`,
      'gi',
    ),
    unit: (m) => {
      const verb = (m[2] ?? '').toLowerCase();
      if (verb === 'added') return 'lines-added';
      if (verb === 'deleted' || verb === 'removed') return 'lines-deleted';
      return 'lines';
    },
    examples: [
      ['28,745 lines deleted', 28745],
      ['about 400 lines of unused code', 400],
    ],
  },
  {
    pattern: new RegExp(`${num}\\s+(?:[A-Za-z][\\w-]*\\s+){0,2}?requests?\\b`, 'gi'),
    unit: () => 'requests',
    examples: [['About 130 API requests failed', 130]],
  },
  {
    pattern: new RegExp(`${num}\\s+(?:[A-Za-z][\\w-]*\\s+){0,1}?(?:users?|customers?|accounts?)\\b`, 'gi'),
    unit: () => 'users',
    examples: [['Roughly 3,100 users were affected', 3100]],
  },
  {
    pattern: new RegExp(`${num}\\s*%`, 'g'),
    unit: () => 'percent',
    examples: [['~18% of requests returned 404', 18]],
  },
  {
    pattern: new RegExp(`${num}\\s+commits?\\b`, 'gi'),
    unit: () => 'commits',
    examples: [['3 commits', 3]],
  },
];

/** Duration shapes; the value is in minutes. */
export const DURATION_PATTERN =
  /\b(\d+(?:\.\d+)?)\s*-?\s*(h|hrs?|hours?)\s*(?:and\s+)?(?:(\d+)\s*-?\s*(m|mins?|minutes?))?\b|\b(\d+(?:\.\d+)?)\s*-?\s*(m|mins?|minutes?)\b|\b(half an hour|an hour|one hour)\b/gi;

/** Negative existentials with no noun: "Nothing else changed", "No one else deployed", "did not deploy anything else". */
export const ABSENCE_PHRASES: Array<{ pattern: RegExp; what: string; others?: false }> = [
  { pattern: /\bnothing else (?:was )?(?:changed|deployed|released|touched)\b/i, what: 'change' },
  // "Other than the fix, nothing was deployed or changed": the exception makes it "other".
  {
    pattern:
      /\b(?:other than|apart from|besides|except(?: for)?|aside from)\b[^.]*?\bnothing (?:(?:else|more)\s+)?(?:was|got|has been)\s+(deployed|released|changed|rolled back|touched)\b/i,
    what: '$1',
  },
  { pattern: /\bnothing (?:was|got|has been) (deployed|released|rolled back)\b/i, what: '$1', others: false },
  { pattern: /\bno(?: |-)?(?:one|body) else (deployed|released|rolled back|changed|merged|pushed)\b/i, what: '$1' },
  { pattern: /\b(?:did not|didn't|never) (deploy|release|roll back|change|merge|push)(?:ed)? anything else\b/i, what: '$1' },
];

/** Causal phrasing other than "root cause": "PR #214 caused the 404s", "were due to …", "Because …". */
// "Because" opens a cause only at the start of a sentence; mid-sentence it is usually a person's reason.
export const CAUSE_PATTERN = /\b(?:root cause|caused(?: by)?|was caused|the cause|due to|because of|triggered by|resulted from)\b|^because\b/i;

/** Phrases that state an action happened, by class: what a timed event is (first match wins). */
export const ACTION_PHRASES: Array<{ action: ActionClass; pattern: RegExp; examples: string[] }> = [
  {
    action: 'incident-declared',
    pattern:
      /\b(?:declared (?:an? |the )?(?:incident|sev(?:erity)?[\s-]?\d|major incident)|(?:incident|sev[\s-]?\d) (?:was |is )?(?:declared|opened|raised)|opened an incident)\b/i,
    examples: ['At 09:20 the on-call declared an incident', '09:20 SEV-2 declared'],
  },
  {
    action: 'incident-closed',
    pattern: /\b(?:incident (?:was |is )?(?:closed|resolved)|closed the incident|marked (?:it |the incident )?(?:as )?resolved)\b/i,
    examples: ['14:40 Incident closed', 'At 15:02 we marked the incident resolved'],
  },
  {
    action: 'alert',
    pattern:
      /\b(?:alerts? (?:fired|triggered|went off)|(?:was|were|got) paged|paged (?:the|an?) |pag(?:e|er) (?:fired|went out)|alarm(?:s)? (?:fired|triggered)|monitoring (?:alerted|detected))\b/i,
    examples: ['At 09:03 an alert fired for checkout latency', '09:05 the on-call was paged'],
  },
  {
    action: 'config-change',
    pattern:
      /\b(?:config(?:uration)? (?:change|update|push)|(?:changed|updated|pushed) (?:the |a )?config(?:uration)?|feature flag|(?:flag|toggle) (?:was )?(?:flipped|enabled|disabled|turned (?:on|off)))\b/i,
    examples: ['At 09:17 an engineer pushed a config change', 'the feature flag was turned off at 10:02'],
  },
  {
    action: 'failover',
    pattern: /\b(?:failed over|fail(?:ed)?[\s-]?over to|failover (?:to|of|was))\b/i,
    examples: ['At 11:40 the database failed over to the replica'],
  },
  {
    action: 'restart',
    pattern:
      /\b(?:restart(?:ed|ing)?|reboot(?:ed)?|bounced|recycled) (?:the |all |every |each )?(?:\w+ )?(?:pods?|nodes?|servers?|instances?|hosts?|workers?|services?|processes?|containers?|cluster)\b/i,
    examples: ['At 10:12 we restarted the API pods'],
  },
  {
    action: 'scale',
    pattern: /\b(?:scaled (?:up|out|down|in)|added (?:more )?capacity|increased (?:the )?(?:replicas|capacity|instance count))\b/i,
    examples: ['At 10:30 the team scaled out the worker pool'],
  },
];
