// Sentences that state nothing checkable whatever numbers or verbs they hold: plans and
// action items, counterfactuals and norms, apologies and thanks, questions, procedures and
// habits, lead-ins. The detector reads no fact in them (issue class 9 and 10).

import nlp from 'compromise';

/** One row: why such a sentence states no fact, its shape, and sentences it must match. */
export interface NonStatement {
  why: string;
  /** The shape; or `test` where a pattern cannot say it (an imperative is a part of speech). */
  pattern?: RegExp;
  test?: (text: string) => boolean;
  examples: string[];
}

/** True when the sentence (after a "Label:" or step number) opens with an imperative: a runbook step or an instruction. */
function isInstruction(text: string): boolean {
  const rest = text.replace(/^(?:\d+[.)]\s+|[A-Z][\w ]{0,30}:\s+)/, '');
  const [first, second] = (nlp(rest).terms().json() as Array<{ text: string; terms: Array<{ tags: string[] }> }>).map((t) => ({
    word: t.text.toLowerCase(),
    tags: t.terms[0]?.tags ?? [],
  }));
  if (!first?.tags.includes('Imperative') || !first.tags.includes('Infinitive')) return false;
  // "Support reports…", "Commit 9f3c2ab removed…": a noun that is also a verb, then its own verb or id.
  const finite = (tags: string[]) => tags.includes('Verb') && !tags.includes('Gerund') && !tags.includes('Infinitive');
  if (!second || finite(second.tags) || /\d/.test(second.word)) return false;
  return !NOUN_VERBS.has(first.word) || second.tags.includes('Determiner');
}

// Words that open statements as nouns as often as instructions as verbs.
const NOUN_VERBS = new Set([
  'support',
  'commit',
  'build',
  'deploy',
  'release',
  'page',
  'alert',
  'review',
  'rollback',
  'merge',
  'upgrade',
  'update',
  'monitor',
  'test',
  'track',
  'backfill',
  'restore',
  'failover',
  'patch',
  'fix',
  'change',
  'report',
  'request',
  'traffic',
  'load',
  'cache',
  'purge',
  'drain',
  'scale',
]);

export const NON_STATEMENTS: NonStatement[] = [
  {
    why: 'a plan or intent',
    pattern:
      /\b(?:we|I|you|the team|our (?:team|engineers)|they|it|this|[\w-]+ (?:updates?|changes?|renewals?))(?:\s+(?:will|shall|plan to|intend to|are going to|is going to|want|would like|need to|are (?:adding|revisiting|planning|preparing|working|looking|continuing|investigating|reviewing|monitoring|crediting|rolling out|moving|introducing|changing)|is (?:investigating|monitoring|working))|['’](?:ll|re (?:adding|revisiting|planning|preparing|working|looking|continuing|investigating|reviewing|monitoring|crediting|rolling out|moving|introducing|changing)))\b|\b(?:will|shall)(?: not)? (?!have been\b)[a-z]+\b|\b(?:is|are) (?:proposed|planned|scheduled)\b|^(?:next (?:week|month|quarter|review|steps?)|upcoming|planned)\b/i,
    examples: [
      'We will add a synthetic check',
      'We are adding an alert on index freshness',
      'Going forward, certificate renewals will go through the canary',
      "We'll add a low-storage device to the pre-release checklist",
      'alerts will unsilence themselves after twenty-four hours',
      'Next review — 2025-06-01',
    ],
  },
  {
    why: 'a counterfactual',
    pattern: /\b(?:would|could|might)(?: not|n't)? have\b|^had\b|\bif [^,]{1,60}\bhad\b|\bwould(?: not|n't)? [a-z]+\b|\bin (?:hindsight|retrospect)\b/i,
    examples: [
      'A canary in a single zone would have enabled a rollback',
      'Had the canary covered the EU region, the bad build would have stopped there',
      'If the purge had failed, we would have needed a failover',
      'if the node misbehaves, the failover would take under a minute',
      'in hindsight it needed a second pair of eyes',
    ],
  },
  {
    why: 'a norm or expectation',
    pattern: /\b(?:should(?: never| always| not)?|must(?: never| always| not)?|is expected to|are expected to|it is our norm|our norm is|ought to)\b/i,
    examples: [
      'There should never be a path by which a single commit reaches every PoP',
      'Every production change is expected to have a named reviewer',
      'It is our norm that a public update goes out within 15 minutes',
    ],
  },
  {
    why: 'an apology or thanks',
    // "Thanks to this swift action, …" gives a reason, not thanks.
    pattern: /\b(?:sorry|apologi[sz]e|apologies|grateful|thank(?:s| you)(?! to (?:this|that|the|a|an|our|their|its)\b)|take full responsibility)\b/i,
    examples: ['We are sorry for the stale results this caused', 'We know the impact this caused, and we are sorry', 'Thanks to everyone who jumped in'],
  },
  {
    why: 'background or a pointer',
    pattern:
      /^(?:background|context|note|see also|contact|questions)\b|(?:^|:\s*)see\b|\bplease (?:contact|reach|email|call|see|refer|get in touch)\b|\b(?:is|are) (?:documented|described|explained|covered) in\b|\bcan (?:go|be sent|be found|be directed)\b/i,
    examples: [
      'Background: the portal is served by Firebase Hosting',
      'The on-call rotation is documented in the runbook',
      'Questions about this report can go to sre@example.com',
      'Runbook: see `runbooks/node-maintenance.md` in the platform repo',
      'If anything still fails, please contact the service desk on extension 4400',
    ],
  },
  {
    // "Reviewed by" is left out: who reviewed a change is an approval claim a record can settle.
    why: "the report's byline",
    // A signature is a dash and names at the foot of a letter ("— Ingrid and Marcus, co-founders").
    pattern: /^(?:(?:[Ww]ritten|[Pp]repared|[Aa]uthored|[Cc]ompiled|[Dd]rafted) by\b|[Aa]uthors?\s*:|[—–]\s*[A-Z][\w.'-]+(?: (?:[A-Z][\w.'-]+|and|&))*(?:,|$))/,
    examples: [
      'Written by Dana Ortiz and Priya Raman',
      'Prepared by the storage on-call',
      'Authors: K. Osei, L. Brandt',
      '— Ingrid Solheim and Marcus Dahl, co-founders',
    ],
  },
  {
    why: 'a question',
    pattern: /\?\s*$/,
    examples: ['Why did failover take so long?', 'Was any data lost?'],
  },
  {
    why: 'a procedure or habit',
    pattern:
      /^to [a-z]+\b[^,]*,|\b(?<!(?:serving|operating|working|running|functioning|behaving|responding|performing|resumed|back) )(?:normally|usually|typically|generally|always|every \d+ (?:seconds|minutes)|every (?:five|ten|thirty) (?:seconds|minutes)|each quarter|routes any|drops any)\b/i,
    examples: [
      'To roll back, the responder runs the deploy rollback command',
      'Each balancer polls a registry every five seconds',
      'it normally takes ~40 min',
    ],
  },
  {
    why: 'an action item',
    // Verbs that are also nouns ("Build 4f1c2a9e failed", "Alert fired") are imperative only before a determiner.
    pattern:
      /^\[ \]|\((?:owner|due)\b[^)]*\)|\bdue (?:\d|by\b)|^(?:(?:action items?|follow[- ]ups?|next steps?)\s*(?:\d+\s*)?:|(?:add|improve|document|investigate|consider|ensure|grant|rehearse|audit|automate|require|introduce|enforce|reduce|limit|migrate|if you)\b|(?:chore|todo|fixme):\s|(?:build|page|alert|review|create|make|move|write|set up|upgrade|update|monitor|test|track)\s+(?:a|an|the|all|every|each|more|our|better|new|clear|explicit|automated|alerts?|on|when|for)\b)/i,
    examples: [
      'Action item: alert on replication lag above 30 seconds',
      '[ ] Rosa: add a kill-switch section to the login runbook (due 9 May)',
      'Add a lock_timeout to all migrations',
      'Grant CDN console access to every on-call engineer',
      'Page on error budget burn rate instead of absolute counts',
    ],
  },
  {
    why: 'an instruction or a step',
    test: isInstruction,
    examples: [
      'Announce the failover in #incidents and set the status page to Degraded',
      'Rollback: repeat step 4 with the endpoints swapped',
      'Approve disabling automatic upgrades by 18 July',
    ],
  },
];

// Sections whose items are plans, not events.
const PLAN_SECTIONS =
  /\b(?:action items?|corrective actions?|follow[- ]?ups?|next steps|what we are (?:changing|doing)|remediation items|preventive|prevention|lessons learned|what went well|where we got lucky|going forward|recommendations)\b|\bwhat we(?: are|['’]re) (?:changing|doing)\b/i;

/** Kinds of non-statement that are not even an opinion: they make no claim at all. */
export const SAYS_NOTHING = new Set(['an apology or thanks', 'a question', 'background or a pointer', "the report's byline"]);

/** Why a sentence states no checkable fact, or undefined when it may state some. */
export function nonStatement(text: string, section: readonly string[] = []): string | undefined {
  const heading = section[section.length - 1];
  if (heading && PLAN_SECTIONS.test(heading)) return `in the section "${heading}", which lists plans and lessons`;
  return NON_STATEMENTS.find((row) => (row.pattern ? row.pattern.test(text) : row.test!(text)))?.why;
}
