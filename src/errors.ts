// Typed errors with messages written for the person running pmcheck. The CLI prints
// `message` as one line and exits with `exitCode`; nothing else reaches the terminal.

/** A problem with what the user gave us (a file, an option): exit status 2. */
export class InputError extends Error {
  readonly exitCode = 2;
  constructor(
    message: string,
    /** The file the problem is in, when there is one. */
    readonly file?: string,
    /** 1-based line in that file, when it applies. */
    readonly line?: number,
  ) {
    super(formatLocation(file, line) + message);
    this.name = 'InputError';
  }
}

/** A bad command line: exit status 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A source that could not be read or queried: its claims become `unverifiable`, never an exit. */
export class SourceError extends Error {
  constructor(
    message: string,
    readonly source: string,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}

function formatLocation(file?: string, line?: number): string {
  if (!file) return '';
  return line ? `${file}:${line}: ` : `${file}: `;
}
