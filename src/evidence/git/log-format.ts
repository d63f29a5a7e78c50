// The `git log` invocation the adapter parses. Every field ends in NUL (`-z` output):
// git refuses NUL in commit messages, so no field can contain one and the field count
// alone tells where a header ends, whatever the message says.

/** The header fields, in `--format` order. */
export const LOG_FIELDS = [
  'sha', // %H
  'parents', // %P: space-separated, empty for a root commit
  'authorName', // %an
  'authorEmail', // %ae
  'authorDate', // %aI
  'committerName', // %cn
  'committerEmail', // %ce
  'committerDate', // %cI
  'subject', // %s: the first paragraph, lines joined with spaces
  'message', // %B: the raw message, subject and body (a superset of %b)
] as const;

export type LogField = (typeof LOG_FIELDS)[number];

const PLACEHOLDERS: Record<LogField, string> = {
  sha: '%H',
  parents: '%P',
  authorName: '%an',
  authorEmail: '%ae',
  authorDate: '%aI',
  committerName: '%cn',
  committerEmail: '%ce',
  committerDate: '%cI',
  subject: '%s',
  message: '%B',
};

/** Arguments for `git log` that print every commit of every branch, tag and remote with its numstat. */
export function gitLogArguments(): string[] {
  return [
    'log',
    '-z',
    `--format=${LOG_FIELDS.map((field) => `${PLACEHOLDERS[field]}%x00`).join('')}`,
    '--numstat',
    // A merge's size is its diff against the branch it landed on, as GitHub counts a PR.
    '--diff-merges=first-parent',
    '--root',
    // A rename is one file, as GitHub counts it.
    '--find-renames',
    // A user's config must not change what we parse.
    '--no-relative',
    '--no-textconv',
    '--no-ext-diff',
    '--no-color',
    '--no-show-signature',
    '--no-notes',
    // A stash's WIP commits and the notes ref's history are not the project's history.
    '--exclude=refs/stash',
    '--exclude=refs/notes/*',
    '--all',
  ];
}
