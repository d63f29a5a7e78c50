// PR numbers as GitHub writes them into commit subjects. The shapes are data: a new
// host's convention is one more row, not another regular expression in the adapter.

/** How a PR number got into a subject. */
export type PullRequestShape = 'merge-commit' | 'squash';

export interface PullRequestRef {
  number: number;
  shape: PullRequestShape;
}

const SUBJECT_SHAPES: ReadonlyArray<{ shape: PullRequestShape; pattern: RegExp; example: string }> = [
  // GitHub's "Create a merge commit" button.
  { shape: 'merge-commit', pattern: /^Merge pull request #(\d+) from \S/, example: 'Merge pull request #214 from acme/fix-auth' },
  // GitHub's "Squash and merge" (and "Rebase and merge" keeps the original subject, so it has none).
  { shape: 'squash', pattern: /\(#(\d+)\)$/, example: 'Fix session refresh (#214)' },
];

/** The PR a commit subject names ("Merge pull request #214 from …", "… (#214)"), if any. */
export function pullRequestFromSubject(subject: string): PullRequestRef | undefined {
  const trimmed = subject.trim();
  for (const { shape, pattern } of SUBJECT_SHAPES) {
    const match = pattern.exec(trimmed);
    const digits = match?.[1];
    if (digits === undefined) continue;
    const number = Number(digits);
    if (Number.isSafeInteger(number) && number > 0) return { number, shape };
  }
  return undefined;
}

/** Example subjects for each shape, for tests and docs. */
export function pullRequestSubjectExamples(): ReadonlyArray<{ shape: PullRequestShape; example: string }> {
  return SUBJECT_SHAPES.map(({ shape, example }) => ({ shape, example }));
}
