// Who acted, as a report names them: handles, bots, teams, roles and systems, as data.
// People's names come from the NLP reader (nlp.ts); this file holds the shapes a name
// reader does not know ("the storage on-call", "deploy-bot", "@ravi.k").

/** The kinds of actor the claims corpus labels. */
export type ActorType = 'person' | 'handle' | 'team' | 'role' | 'bot' | 'system';

/** One row: a type, its shape, and phrases it must read. */
export interface ActorShape {
  type: ActorType;
  pattern: RegExp;
  examples: string[];
}

// Up to two modifier words before the noun ("the storage on-call", "the database reliability team"), never function words.
const MODIFIER =
  '(?:(?!(?:and|or|of|to|the|a|an|every|any|all|want|beyond|well|with|for|on|in|at|by|from|into|than|that|this|were|was|is|are|be|been|not|no)\\b)[\\w-]+ )';
const ROLE_NOUN =
  '(?:on-?call(?: (?:engineer|SRE|responder|lead|assistant))?|incident commander|engineers?|operators?|SREs?|responders?|first responders|night shift lead|shift lead|manager|secondary|primary on-call|communications lead|developers?|maintainers?|administrators?|admins?)';

export const ACTOR_SHAPES: ActorShape[] = [
  {
    type: 'bot',
    pattern: /(?<![\w.])@?[\w-]+(?:\[bot\]|-bot\b|bot\b)(?![\w-])|\b(?:the )?(?:deploy|rollout|release|merge|on-call) (?:bot|assistant)\b/gi,
    examples: ['merged by portal-agent[bot]', 'deploy-bot started the rollout', '@pagerbot: ALERT'],
  },
  {
    type: 'handle',
    pattern: /(?<![\w.])@[a-z][\w.-]*[\w]/gi,
    examples: ['@dana: rollback done', 'paged by @ravi.k', 'approved by @sam-ops'],
  },
  {
    type: 'team',
    pattern: new RegExp(
      `(?<![\\w-])(?:(?:the|our|[Tt]he|Our) )?${MODIFIER}{0,3}?(?:teams?|rotation|NOC|squad)(?![\\w-])(?! (?:lead|members?|channel|chat)\\b)|\\b(?:Engineering|Support|Customer success|Network operations)\\b`,
      'g',
    ),
    examples: ['the database reliability team', 'paged the storefront rotation', 'Support reports the first customer tickets'],
  },
  {
    type: 'role',
    pattern: new RegExp(
      `(?<![\\w-])(?:(?:the|an?|our|two|three|a second) )?(?:[\\w-]+ ){0,2}?${ROLE_NOUN}(?![\\w-])|\\b(?:customers?|users?) (?:began|reported|noticed|wrote|saw|opened)\\b`,
      'gi',
    ),
    examples: ['an engineer pushed a config change', 'the storage on-call acknowledged', 'The incident commander brought in the team'],
  },
  {
    type: 'system',
    pattern:
      /(?<![\w-])(?:(?:the|a|an) )?(?:automated |synthetic |release |deploy )?(?:autoscaler|monitoring|synthetic (?:probes?|checks?)|probes|(?:release |deploy(?:ment)? |CI )pipeline|(?:cleanup |compaction |cron |reindex )(?:job|script)|session broker|health ?checker|cert-manager)(?![\w-])(?! (?:cluster|dashboards?|data|system|stack|path|gap|was|were)\b)/gi,
    examples: ['the autoscaler added 140 workers', 'Synthetic probes page the storage on-call', 'a compaction job deleted index segments'],
  },
];
