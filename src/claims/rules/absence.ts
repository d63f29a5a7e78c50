// Negative claims ("No rollback was performed", "No other changes were made", "No Cloud Run
// service of that name exists"): what is denied, whether it is *other* changes than those the
// report names, and the exception a sentence makes ("apart from the rollback").

import type { DeniedKind } from '../../types.js';
import { ABSENCE_PATTERN, ABSENCE_PHRASES } from '../patterns.js';
import type { Rule } from './rule.js';
import { draft, entityOf, firstTime, type Draft, type Memory, type SentenceFacts } from './sentence-facts.js';

const EXCEPTION =
  /\b(?:other than|apart from|besides|except(?: for)?|aside from|beyond)\s+((?:(?:the|our|a|that|this|its)\s+)?[\w-]+(?:\s+[\w-]+){0,6}?)(?=\s*[,.;)]|\s+(?:no|nothing|none)\b|$)/i;

/** An absence claim from a phrase ("nothing else was deployed") or a negative existential ("no other deploys"). */
function absenceClaims(f: SentenceFacts, memory: Readonly<Memory>): Draft[] {
  for (const phrase of ABSENCE_PHRASES) {
    const hit = phrase.pattern.exec(f.text);
    if (!hit) continue;
    const verb = (phrase.what === '$1' ? (hit[1] ?? 'change') : phrase.what).toLowerCase();
    const denied: DeniedKind = /roll/.test(verb) ? 'rollback' : /deploy|release/.test(verb) ? 'deploy' : /merge|push/.test(verb) ? 'commit' : 'change';
    const excepted = exceptionOf(f.text);
    const others = phrase.others !== false || excepted !== undefined;
    return [
      draft(f, 'absence', others ? 'absence-other' : 'absence', {
        denied,
        ...(others ? { variant: 'others' as const } : {}),
        ...(excepted ? { excepted } : {}),
        negated: true,
        time: firstTime(f),
      }),
    ];
  }
  const m = ABSENCE_PATTERN.exec(f.text);
  if (!m) return [];
  const noun = (m[3] ?? '').toLowerCase();
  const what: DeniedKind = /roll/.test(noun)
    ? 'rollback'
    : /revert/.test(noun)
      ? 'revert'
      : /deploy|release|traffic/.test(noun)
        ? 'deploy'
        : /build/.test(noun)
          ? 'build'
          : /commit/.test(noun)
            ? 'commit'
            : /service/.test(noun)
              ? 'service'
              : 'change';
  // "No Cloud Run service of that name exists": the name is in the sentence or the one before.
  const thatName = /\bthat (?:name|service)\b/i.test(f.text);
  const subject = what === 'service' ? ((thatName ? memory.service : entityOf(f, new Set(['service']))) ?? memory.service) : undefined;
  if (what === 'service' && !subject) return [];
  const excepted = exceptionOf(f.text);
  const others = m[1] !== undefined || excepted !== undefined;
  return [
    draft(f, 'absence', others ? 'absence-other' : 'absence', {
      denied: what,
      ...(others ? { variant: 'others' as const } : {}),
      ...(excepted ? { excepted } : {}),
      negated: true,
      time: firstTime(f),
      subject,
    }),
  ];
}

/** "Apart from the rollback, …", "Other than the fix, …": the change a denial leaves out, by kind. */
function exceptionOf(text: string): Draft['excepted'] {
  const m = EXCEPTION.exec(text);
  if (!m) return undefined;
  const words = m[1]!.toLowerCase();
  if (/roll|revert|traffic|shift|previous|redeploy|back/.test(words)) return { kind: 'rollback', text: m[0] };
  if (/fix|patch|recover|mitigat|remedia|change|deploy|release|build|update/.test(words)) return { kind: 'recovery', text: m[0] };
  return undefined;
}

/** Reads negative claims; read second, after opinion, and a sentence it reads makes no other claim. */
export const absenceRule: Rule<'absence'> = {
  kind: 'absence',
  read: absenceClaims,
  examples: {
    reads: [
      {
        text: 'No other changes were made to production during the incident.',
        claims: [{ kind: 'absence', denied: 'change', variant: 'others', negated: true }],
      },
      { text: 'No rollback was performed.', claims: [{ kind: 'absence', denied: 'rollback', negated: true }] },
      { text: 'Apart from the rollback, no other deploys happened.', claims: [{ kind: 'absence', denied: 'deploy', variant: 'others' }] },
      { text: 'No other deploys happened after 10:20.', claims: [{ kind: 'absence', denied: 'deploy', variant: 'others', time: '10:20' }] },
      { text: 'Nothing was deployed.', claims: [{ kind: 'absence', denied: 'deploy' }] },
      // "That name" is the service named the sentence before.
      {
        text: 'The rewrite pointed at portal-api-v2.\nNo Cloud Run service of that name exists.',
        claims: [{ kind: 'absence', denied: 'service', subject: 'portal-api-v2' }],
      },
      { text: 'We did not deploy anything else.', claims: [{ kind: 'absence', denied: 'deploy', variant: 'others' }] },
    ],
    doesNotRead: [
      // A denial of something no record holds (noticing, teams affected) is not an absence of changes.
      'No one noticed the alert.',
      'No other teams were affected.',
      'There were no errors after 10:30.',
      // "That name" with no service named before it: nothing to look up.
      'No Cloud Run service of that name exists.',
    ],
  },
};
