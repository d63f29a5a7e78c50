// Actions a sentence says happened, by class, as data. A phrase is what a reader would call
// "something was done" or "something changed state" in an incident: the verbs of deploys,
// reverts, rollbacks, pages and the outage's own edges. Each row has examples the tests run.

import type { ActionClass } from '../../types.js';

/** The classes the detector reads: the timed-event classes, the outage's edges, and anything else done. */
export type DetectedAction = ActionClass | 'outage-begin' | 'outage-end' | 'other';

/** One row: a class, the phrase shapes that state it, and sentences it must read. */
export interface ActionShape {
  action: DetectedAction;
  pattern: RegExp;
  examples: string[];
}

const SYMPTOM =
  '(?:errors?|outage|incident|404s?|5\\d\\ds?|5xxs?|failures?|timeouts?|latency|packet loss|loss|requests?|writes?|reads?|pushes|publish(?:ing|es)?|uploads?|logins?|deliver(?:y|ies)|ingestion|queries|jobs?|builds?|lookups?|resolution|handshakes?(?: failures)?|logouts?|deletions?|stalls?)';

export const ACTION_SHAPES: ActionShape[] = [
  {
    action: 'incident-declared',
    pattern:
      /\b(?:declared (?:an? |the )?(?:incident|sev(?:erity)?[\s-]?\d|major incident)|(?:incident|sev[\s-]?\d) (?:was |is )?(?:declared|opened|raised)|open(?:ed|s) (?:an? |the )?incident)\b/i,
    examples: ['At 09:20 the on-call declared an incident', '09:20 SEV-2 declared', 'opened incident INC-4'],
  },
  {
    action: 'incident-closed',
    pattern:
      /\b(?:incident (?:was |is |has been )?(?:closed|resolved)|closed the incident|marked (?:it |the incident )?(?:as )?resolved|status (?:page )?moved to (?:\S+)?resolved|^resolved\b)/i,
    examples: ['14:40 Incident closed', 'At 15:02 we marked the incident resolved', 'Status page moved to resolved'],
  },
  {
    action: 'alert',
    pattern:
      /\b(?:alert(?:ing)?s?(?: on [\w\s-]{1,40}?)? (?:fired|triggered|went off)|(?:was|were|got) paged|pag(?:ed|es|ing) (?:the|an?) |pag(?:e|er) (?:fired|went out)|acknowledg(?:ed|es) the page|alarms? (?:fired|triggered)|monitoring (?:alerted|detected)|detect(?:ed|s)\b|ALERT\b|[\w-]+ alert:)/i,
    examples: ['At 09:03 an alert fired for checkout latency', '09:05 the on-call was paged', 'Automated monitoring detects the saturation'],
  },
  {
    action: 'rollback',
    pattern:
      /\b(?:roll(?:ed|ing|s)?[\s-]?back|rollbacks?|roll(?:ed|ing)? (?:the )?(?:[\w-]+ ){0,3}back|downgrade[sd]?|re-?deploy(?:ed|ing)? (?:the )?(?:previous|prior|old|older|earlier|last[\s-](?:known[\s-])?good)|(?:previous|prior|old|original) [\w\s-]{1,30}?(?:re-?applied|restored|redeployed)|restored the previous|pinned [\w\s-]{1,40}? back|kill switch|pushed a known-good|undo(?:ing|ne)? (?:all )?(?:the )?recent changes|back to the (?:previous|prior|old|last good))\b/i,
    examples: ['Rolled back to v3.8.4', 'The kill switch for the new policy was flipped', 'Redeploying the old version took 9 minutes'],
  },
  {
    action: 'revert',
    pattern: /\brevert(?:ed|s|ing)?\b/i,
    examples: ['signing key rotation reverted', 'This reverts 5b7e21d', 'Revert: https://example.com/pull/5'],
  },
  {
    action: 'cancel',
    pattern:
      /\b(?:cancel(?:l?ed|l?ing|s)?|halt(?:ed|s)?|abort(?:ed|s)?|stopped propagation|(?:command|job|rollout|deploy(?:ment)?|migration|release|train|pipeline) (?:was |were )?(?:stopped|paused|frozen)|paus(?:ed|es) (?:the |all )?(?:rollout|release|deploys?|deployments|pipeline|train))\b/i,
    examples: ['Rollout halted', 'the build was cancelled', 'Deletions halted', 'the release train was paused by the release manager'],
  },
  {
    action: 'failover',
    pattern: /\b(?:failed (?:\w+ )?(?:\w+ )?over|fail(?:ed)?[\s-]?over|promot(?:ed|e) the replica|leader moved|elected a new (?:leader|primary))\b/i,
    examples: ['At 11:40 the database failed over to the replica', 'The storage team failed the cluster over to the standby', 'A database failover'],
  },
  {
    action: 'traffic-change',
    pattern:
      /\b(?:traffic (?:was )?(?:drained|shifted|moved|routed|steered)|(?:drain(?:ed|s)|shift(?:ed|s)|withdr(?:ew|awn)|re-?rout(?:ed|es)) [\w\s-]{0,30}?(?:traffic|egress|prefixes|requests))\b/i,
    examples: ['Traffic drained from ams to lhr', 'shifts egress to the secondary carrier', 'withdrew our prefixes from the Singapore site'],
  },
  {
    action: 'config-change',
    pattern:
      /\b(?:config(?:uration)? (?:change|update|push)|(?:changed|updated|pushed|applied) (?:the |a )?config(?:uration)?|feature flag|(?:the )?flag (?:was )?(?:flipped|enabled|disabled|turned (?:on|off))|disabled the flag|switched (?:off|on)|turned (?:off|on)|(?:was|were) (?:enabled|disabled|muted|raised|lowered)|went from \S+ (?:\w+ )?to|(?:replaced|rotated|installs?|installed) the [\w\s-]{0,30}?(?:certificate|key|secret)|touched the [\w\s]{1,20}settings|balancers? updated)\b/i,
    examples: ['At 09:17 an engineer pushed a config change', 'Feature flag `ledger.batch_commit` switched off', 'the timeout went from 2s to 500ms'],
  },
  {
    action: 'restart',
    pattern: /\b(?:restart(?:ed|ing|s)?|reboot(?:ed|s)?|bounced|recycled)\b/i,
    examples: ['At 10:12 we restarted the API pods', 'Lena restarted it at 07:34', 'restarting the worker pool on queue-3'],
  },
  {
    action: 'scale',
    pattern:
      /\b(?:scaled (?:up|out|down|in|back)|(?:added|adding) (?:\d[\d,]* |more )?(?:capacity|workers|nodes|replicas|instances)|resized|increased (?:the )?(?:replicas|capacity|instance count)|node count)\b/i,
    examples: [
      'At 10:30 the team scaled out the worker pool',
      'the autoscaler added 140 workers',
      'resized from 96 to 64 nodes',
      'the pool had been scaled back to 12 replicas',
    ],
  },
  {
    action: 'merge',
    pattern: /\bmerg(?:ed|es|e)\b/i,
    examples: ['PR #214 was merged at 09:40', 'approved by @sam-ops before merge', 'merged by the storage-platform team'],
  },
  {
    action: 'deploy',
    pattern:
      /\b(?:(?:re)?deploy(?:ed|s|ing|ment)?|(?:auto-)?deploy\b|roll(?:ed|s|ing)? out|rollout|went (?:live|out)|shipped|promoted|released|upgraded|published|reach(?:ed|es) (?:production|\d+ )|global push|pushed to production)\b/i,
    examples: ['Deploy of `ledger-api` build 8812 begins', 'release 2026.01.21-2 went out to all regions', 'Resolver fleet upgraded to kestrel-dns 4.81.2'],
  },
  {
    action: 'outage-end',
    pattern: new RegExp(
      [
        `\\b${SYMPTOM}\\s+(?:[\\w-]+\\s+){0,3}?(?:stopp?ed|stops|ended|subsided|subside|ceased|cleared|dropp(?:ed|ing)|fell|recovered|resum(?:ed|es))`,
        '\\b(?:succeed(?:ed|ing|s)? again|(?:back|returned|returns) to (?:normal|baseline)|(?:normal|healthy|operational|available|responsive|stable|green) again|working normally|back (?:up|online|under|within)|fully (?:operational|available|resolved|recovered)|recovered|(?:was|is|were) restored|being accepted again|repopulated|mitigated|drained)\\b',
      ].join('|'),
      'i',
    ),
    examples: ['Build queues returned to normal at 18:52 UTC', 'commits succeed again', 'handshake failures stopped'],
  },
  {
    action: 'outage-begin',
    pattern: new RegExp(
      [
        `\\b${SYMPTOM}\\s+(?:[\\w-]+\\s+){0,3}?(?:beg[ia]n|begins|start(?:ed|s)?|appeared|spiked|climb(?:ed|s)?|rose)`,
        '\\b(?:(?:began|begins|started|start) (?:to )?(?:return(?:ing)?|fail(?:ing)?|time|timing|reject(?:ing)?|remov(?:e|ing)|drop(?:ping)?|climb)|became (?:unavailable|unreachable)|lost access|(?:could|can) ?not (?:start|reach|load|log in|connect)|failed to (?:load|start|connect)|(?:started|starts) failing|stopp?(?:ed|s) (?:consuming|responding|serving)|outage began|incident began|first [\\w-]+ (?:errors?|spikes?|failures?)|spike seen|elevated (?:latency|errors?|error rates?)(?: observed)?|saturates|went down|stall(?:ed|s))\\b',
      ].join('|'),
      'i',
    ),
    examples: ['checkout-web began returning 502s', 'Write errors start; roughly 40% of ledger commits fail', 'the cluster became unavailable'],
  },
];
