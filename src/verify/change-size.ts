// change-size: how many files and lines a PR or commit changed, from git (diff against the
// merge's first parent).

import type { ChangeStats, Quantity } from '../types.js';
import type { Checker } from './checker.js';
import { quantityMatches } from './match.js';
import { cite, contradicted, searched, supported, unverifiable } from './verdict.js';

export const changeSizeChecker: Checker = {
  kind: 'change-size',
  description: 'Checks counts of files and lines changed by a PR or commit against git (diff against the first parent).',
  sources: ['git'],
  check(claim, ev) {
    const subject = claim.subject;
    if (!subject) return unverifiable(claim, 'the sentence does not say which change it measures');
    if (!ev.has('git')) return unverifiable(claim, ev.whyMissing('git', 'pass the repository with --repo'));
    const record = subject.type === 'pr' ? ev.prMerge(Number(subject.id)) : ev.find(subject.id, { source: 'git' })[0];
    const name = subject.type === 'pr' ? `PR #${subject.id}` : `commit ${subject.id}`;
    if (!record?.change)
      return contradicted(claim, `no ${subject.type === 'pr' ? `merge of ${name}` : name} in the repository history`, searched(ev, 'git', name));
    const stats = record.change;
    const story = `${name} changed ${stats.files.toLocaleString('en-US')} files (+${stats.additions.toLocaleString('en-US')} −${stats.deletions.toLocaleString('en-US')} lines) against its first parent`;
    const wrong = claim.quantities.filter((q) => !quantityMatches(q, actualFor(q, stats)));
    if (wrong.length > 0) return contradicted(claim, `${story}, not ${wrong.map((q) => q.text).join(', ')}`, cite(record));
    return supported(claim, story, cite(record));
  },
};

function actualFor(q: Quantity, s: ChangeStats): number {
  switch (q.unit) {
    case 'files':
      return s.files;
    case 'lines-added':
      return s.additions;
    case 'lines-deleted':
      return s.deletions;
    default:
      return s.additions + s.deletions;
  }
}
