// Sentences that state nothing checkable whatever numbers or verbs they hold: plans and
// action items, counterfactuals and norms, apologies and thanks, questions, procedures and
// habits, lead-ins. The detector reads no fact in them (issue class 9 and 10).

/** One row: why such a sentence states no fact, its shape, and sentences it must match. */
export interface NonStatement {
  why: string;
  pattern: RegExp;
  examples: string[];
}

export const NON_STATEMENTS: NonStatement[] = [
  {
    why: 'a plan or intent',
    pattern:
      /\b(?:we|I|the team|our (?:team|engineers)|they|it|this|[\w-]+ (?:updates?|changes?|renewals?))\s+(?:will|'ll|shall|plan to|intend to|are going to|is going to|want|would like|need to|are (?:adding|revisiting|planning|preparing|working|looking|continuing|investigating|reviewing|monitoring)|is (?:investigating|monitoring|working))\b|\bwill (?:be|require|roll|add|go|publish|keep|get)\b/i,
    examples: ['We will add a synthetic check', 'We are adding an alert on index freshness', 'Going forward, certificate renewals will go through the canary'],
  },
  {
    why: 'a counterfactual',
    pattern: /\b(?:would|could|might)(?: not|n't)? have\b|^had\b|\bif [^,]{1,60}\bhad\b|\bwould (?:stop|have|need|be)\b/i,
    examples: [
      'A canary in a single zone would have enabled a rollback',
      'Had the canary covered the EU region, the bad build would have stopped there',
      'If the purge had failed, we would have needed a failover',
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
    pattern: /\b(?:sorry|apologi[sz]e|apologies|grateful|thank(?:s| you)|take full responsibility)\b/i,
    examples: ['We are sorry for the stale results this caused', 'We know the impact this caused, and we are sorry', 'Thanks to everyone who jumped in'],
  },
  {
    why: 'background or a pointer',
    pattern:
      /^(?:background|context|note|see also|contact|questions)\b|\b(?:is|are) (?:documented|described|explained|covered) in\b|\bcan (?:go|be sent|be found|be directed)\b/i,
    examples: [
      'Background: the portal is served by Firebase Hosting',
      'The on-call rotation is documented in the runbook',
      'Questions about this report can go to sre@example.com',
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
      /^(?:\[[ x]\]\s*)?(?:(?:action items?|follow[- ]ups?|next steps?)\s*(?:\d+\s*)?:|(?:add|improve|document|investigate|consider|ensure|grant|rehearse|audit|automate|require|introduce|enforce|reduce|limit|migrate|if you)\b|(?:chore|todo|fixme):\s|(?:build|page|alert|review|create|make|move|write|set up|upgrade|update|monitor|test|track)\s+(?:a|an|the|all|every|each|more|our|better|new|clear|explicit|automated|alerts?|on|when|for)\b)/i,
    examples: [
      'Action item: alert on replication lag above 30 seconds',
      'Add a lock_timeout to all migrations',
      'Grant CDN console access to every on-call engineer',
      'Page on error budget burn rate instead of absolute counts',
    ],
  },
];

// Sections whose items are plans, not events.
const PLAN_SECTIONS =
  /\b(?:action items?|corrective actions?|follow[- ]?ups?|next steps|what we are (?:changing|doing)|remediation items|preventive|prevention|lessons learned|what went well|where we got lucky|going forward|recommendations)\b/i;

/** Kinds of non-statement that are not even an opinion: they make no claim at all. */
export const SAYS_NOTHING = new Set(['an apology or thanks', 'a question', 'background or a pointer', "the report's byline"]);

/** Why a sentence states no checkable fact, or undefined when it may state some. */
export function nonStatement(text: string, section: readonly string[] = []): string | undefined {
  const heading = section[section.length - 1];
  if (heading && PLAN_SECTIONS.test(heading)) return `in the section "${heading}", which lists plans and lessons`;
  return NON_STATEMENTS.find((row) => row.pattern.test(text))?.why;
}
