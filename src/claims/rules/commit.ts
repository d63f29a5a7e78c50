// Changes to the code ("PR #214 was merged at 09:40", "the hotfix commit was pushed", "the
// agent committed docs/x.md", "PR #312 reverted PR #214"): one claim per verb, about the PR,
// commit or file it names, or the change named before ("it").

import type { DescribedEntity, Entity } from '../../types.js';
import { ANAPHORA_CHANGE, DESCRIBED_COMMIT } from '../patterns.js';
import type { Rule } from './rule.js';
import { CHANGE_TYPES, draft, entityOf, timeNear, type Draft, type FoundPredicate, type Memory, type SentenceFacts } from './sentence-facts.js';

/** Merges, pushes, reverts, additions and changes, each once per sentence, with what they are about. */
function commitClaims(f: SentenceFacts, memory: Readonly<Memory>): Draft[] {
  const described = DESCRIBED_COMMIT.exec(f.text);
  const file = entityOf(f, new Set(['file']));
  const named = entityOf(f, CHANGE_TYPES);
  const describedCommit: DescribedEntity | undefined =
    !named && described ? { type: 'commit', word: described[1]!.toLowerCase(), text: described[0] } : undefined;
  const change: Entity | undefined = named ?? (!describedCommit && ANAPHORA_CHANGE.test(f.text) && !file ? memory.change : undefined);
  const out: Draft[] = [];
  const seen = new Set<string>();
  for (const p of f.predicates) {
    let predicate = p.predicate;
    // "The agent committed docs/x.md": committing a file is adding it.
    if (predicate === 'pushed' && file && !change && !describedCommit) predicate = 'added';
    if (!['merged', 'pushed', 'reverted', 'added', 'changed'].includes(predicate) || seen.has(predicate)) continue;
    if (predicate === 'reverted' && entityOf(f, new Set(['version', 'release', 'revision']))) continue;
    const subject = predicate === 'added' ? file : (change ?? (describedCommit ? undefined : file));
    const hasChange = change !== undefined || describedCommit !== undefined;
    if (predicate === 'added' && !file) continue;
    if (predicate === 'changed' && !(hasChange && file) && !(hasChange && entityOf(f, new Set(['service'])))) continue;
    if (predicate === 'merged' && change?.type !== 'pr') continue;
    // "Marcus reverted the rewrite", "portal-agent[bot] made the first of three commits": named by who, not by id.
    if (!subject && !(describedCommit && predicate !== 'added') && !((predicate === 'reverted' || predicate === 'pushed') && entityOf(f, new Set(['actor']))))
      continue;
    seen.add(predicate);
    let about: Partial<Draft> = subject ? { subject } : describedCommit && predicate !== 'added' ? { described: describedCommit } : {};
    // "PR #312 reverted PR #214": the revert is named before the verb, what it undid after.
    if (predicate === 'reverted') about = revertRoles(f, p, describedCommit);
    out.push(draft(f, 'commit', `commit-${predicate}`, { ...about, predicate, negated: p.negated, time: timeNear(f, p.index) }, p));
  }
  return out;
}

/** Who is the revert and what it undid, by position: the change named before the verb is the revert, the one after it was reverted. */
function revertRoles(f: SentenceFacts, verb: FoundPredicate, described: DescribedEntity | undefined): Partial<Draft> {
  const changes = f.entities.filter((e) => CHANGE_TYPES.has(e.value.type));
  const afterAt = changes.find((e) => e.index > verb.index);
  // "PR #458 was reverted (by PR #460)": in the passive, the change before the verb is what was undone.
  if (/\b(?:was|were|been|is|are|got|gets|get)\s+(?:\w+\s+)?$/i.test(f.text.slice(Math.max(0, verb.index - 20), verb.index))) {
    const undone = [...changes].reverse().find((e) => e.index < verb.index)?.value;
    const lead = afterAt ? f.text.slice(0, afterAt.index) : '';
    const revert = afterAt && /\b(?:by|in|via|with|through)\s+(?:(?:PR|pull request|merge request|commit)\s*)?#?$/i.test(lead) ? afterAt.value : undefined;
    return { ...(revert ? { subject: revert } : described ? { described } : {}), ...(undone ? { object: undone } : {}) };
  }
  const before = [...changes].reverse().find((e) => e.index < verb.index)?.value;
  // "reverted it in PR #312", "reverted via commit 9c1e5b2", "the revert (#219)": the change named there is the revert itself.
  const lead = afterAt ? f.text.slice(0, afterAt.index) : '';
  const nounAt =
    afterAt && /^revert$/i.test(verb.text) && /^\s*\(?\s*(?:PR|pull request|commit)?\s*#?$/i.test(f.text.slice(verb.index + verb.text.length, afterAt.index));
  const via = afterAt && (nounAt || /\b(?:in|via|with|through)\s+(?:(?:PR|pull request|merge request|commit)\s*)?#?$/i.test(lead)) ? afterAt.value : undefined;
  const revert = before ?? via;
  const undone = via ? undefined : afterAt?.value;
  return { ...(revert ? { subject: revert } : described ? { described } : {}), ...(undone ? { object: undone } : {}) };
}

/** Reads what happened to PRs, commits and files. */
export const commitRule: Rule<'commit'> = {
  kind: 'commit',
  read: commitClaims,
  examples: {
    reads: [
      {
        text: '- **09:40** — PR #214 was merged by portal-agent[bot].',
        claims: [{ kind: 'commit', predicate: 'merged', subject: '214', actor: 'portal-agent[bot]', time: '09:40' }],
      },
      { text: 'The hotfix commit was pushed at 10:04.', claims: [{ kind: 'commit', predicate: 'pushed', subject: null, time: '10:04' }] },
      {
        text: 'The agent committed docs/approvals/PR-214-approval.md.',
        claims: [{ kind: 'commit', predicate: 'added', subject: 'docs/approvals/PR-214-approval.md', actor: 'agent' }],
      },
      { text: 'PR #312 reverted PR #214.', claims: [{ kind: 'commit', predicate: 'reverted', subject: '312', object: '214' }] },
      { text: 'PR #458 was reverted by PR #460.', claims: [{ kind: 'commit', predicate: 'reverted', subject: '460', object: '458' }] },
      { text: 'Marcus reverted the rewrite.', claims: [{ kind: 'commit', predicate: 'reverted', subject: null, actor: 'marcus' }] },
    ],
    doesNotRead: [
      // Merging what is not a PR; reverting a release is a rollback.
      'We merged our feelings into one document.',
      'Dana reverted the Hosting release to version 3c8e1a7f0d2b9e44.',
      'We changed 12 files.',
    ],
  },
};
