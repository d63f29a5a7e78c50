// approval: "reviewed and approved by …". Approvals live in review records (GitHub reviews,
// Cloud Build approvals), not in files a change adds. Until a review source is given the
// verdict is unverifiable — and where the cited proof is a file, we say who added it.

import type { Checker } from './checker.js';
import { localTime } from './local-time.js';
import { shortId } from './serving.js';
import { cite, unverifiable } from './verdict.js';

export const approvalChecker: Checker = {
  kind: 'approval',
  description: 'Approvals need review records (GitHub reviews); files in the repository that describe a review are reported with who added them.',
  sources: ['github', 'git'],
  check(claim, ev, ctx) {
    const base = ev.whyMissing('github', 'approvals are only confirmed by pull-request review records');
    const files = claim.entities.filter((e) => e.type === 'file');
    const notes: string[] = [];
    const records = [];
    for (const file of files) {
      const { commit: adding, merge: pr } = ev.pathHistory(file.id);
      if (!adding) continue;
      records.push(adding);
      notes.push(
        `${file.id} is not a review record: it was added by ${adding.actor ?? 'an unknown author'} in commit ${shortId(adding.id)} at ${localTime(adding.time, ctx.zone)}${pr?.pr ? `, inside PR #${pr.pr} itself` : ''}`,
      );
    }
    return unverifiable(claim, [base, ...notes].join('; '), cite(...records));
  },
};
