// The git evidence adapter and the pure pieces it is built from.

export { readGitRepo } from './read-git-repo.js';
export { checkGitRepository, type RepositoryFacts } from './repository-check.js';
export { classifyCommit, commitEvent, type CommitClassification } from './commit-event.js';
export { gitLogArguments, LOG_FIELDS, type LogField } from './log-format.js';
export { GitLogFormatError, GitLogParser, parseGitLog, type RawCommit } from './log-parser.js';
export { pullRequestFromSubject, pullRequestSubjectExamples, type PullRequestRef, type PullRequestShape } from './pull-request.js';
export { revertedCommit } from './revert.js';
export { GitProcessError, runGit, streamGit, type GitOptions, type GitRun } from './git-process.js';
