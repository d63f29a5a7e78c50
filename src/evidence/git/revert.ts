// `git revert` writes "This reverts commit <sha>." into the message body (and, for a
// merge, ", reversing changes made to <sha>."). That line is the only link to the commit.

const REVERT_LINE = /^This reverts commit ([0-9a-f]{7,64})\b/im;

/** The SHA a revert commit's message says it reverts ("This reverts commit <sha>."), if any. */
export function revertedCommit(message: string): string | undefined {
  return REVERT_LINE.exec(message)?.[1]?.toLowerCase();
}
