// Change size ("PR #214 changed 12 files", "It removed about 400 lines"): counts of files and
// lines, said of a PR or commit named in the sentence or, through "it", the one named before.

import { ANAPHORA_CHANGE } from '../patterns.js';
import type { Rule } from './rule.js';
import { CHANGE_TYPES, draft, entityOf, type Draft, type Memory, type SentenceFacts } from './sentence-facts.js';

/** Files and lines counted of a change; lines are added or deleted when the verb says which. */
function changeSizeClaims(f: SentenceFacts, memory: Readonly<Memory>): Draft[] {
  const sizes = f.quantities.filter((q) => q.value.unit === 'files' || q.value.unit.startsWith('lines'));
  if (sizes.length === 0) return [];
  const subject = entityOf(f, CHANGE_TYPES) ?? (ANAPHORA_CHANGE.test(f.text) ? memory.change : undefined);
  if (!subject) return [];
  const verb = f.predicates.find((p) => p.predicate === 'added' || p.predicate === 'removed')?.predicate;
  const removes = /\b(?:remov|delet)(?:ed|es|ing)\b/i.test(f.text);
  const quantities = sizes.map(({ value }) => {
    if (value.unit !== 'lines') return value;
    if (removes) return { ...value, unit: 'lines-deleted' as const };
    if (verb === 'added') return { ...value, unit: 'lines-added' as const };
    return value;
  });
  return [draft(f, 'change-size', 'change-size', { subject, quantities, predicate: 'changed' })];
}

/** Reads how big a change was. */
export const changeSizeRule: Rule<'change-size'> = {
  kind: 'change-size',
  read: changeSizeClaims,
  examples: {
    reads: [
      { text: 'PR #214 was a focused change touching 12 files.', claims: [{ kind: 'change-size', subject: '214', quantities: [[12, 'files']] }] },
      {
        text: 'PR #214 changed 12 files and added 300 lines.',
        claims: [
          {
            kind: 'change-size',
            subject: '214',
            predicate: 'changed',
            quantities: [
              [12, 'files'],
              [300, 'lines-added'],
            ],
          },
        ],
      },
      // "It" is the change named before.
      {
        text: 'PR #214 was merged. It removed about 400 lines of unused code.',
        claims: [{ kind: 'change-size', subject: '214', quantities: [[400, 'lines-deleted']] }],
      },
    ],
    doesNotRead: [
      // Counts with no change to be the size of.
      'We touched 12 files over the weekend.',
      'The repository has 12 files.',
      'It changed 3 files.',
    ],
  },
};
