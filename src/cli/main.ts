#!/usr/bin/env node
// pmcheck's command line: arguments in, one formatted report out, an exit status.
// Every error becomes one line on stderr; nothing else reaches the terminal.

import { readFileSync } from 'node:fs';
import { runCheck } from '../check.js';
import { InputError, UsageError } from '../errors.js';
import { formatJson } from '../report/json.js';
import { formatMarkdown } from '../report/markdown.js';
import { sanitizeTerminalText } from '../report/sanitize-terminal.js';
import { formatText } from '../report/text.js';
import { parseCliArgs, USAGE, type CheckArgs } from './args.js';
import { loadConfig } from './config-file.js';
import { writeOutputFile } from './write-output.js';

/** Runs pmcheck with the given arguments; resolves to the exit status. */
export async function main(argv: string[]): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    if (args.command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (args.command === 'version') {
      process.stdout.write(`${version()}\n`);
      return 0;
    }
    return await check(args);
  } catch (err) {
    if (err instanceof InputError || err instanceof UsageError) {
      process.stderr.write(`pmcheck: ${oneLine(err.message)}\n`);
      return 2;
    }
    process.stderr.write(`pmcheck: internal error (please report it): ${oneLine((err as Error)?.message ?? String(err))}\n`);
    return 2;
  }
}

async function check(args: CheckArgs): Promise<number> {
  const config = await loadConfig(args.config);
  const { report, source } = await runCheck({
    reportPath: args.report,
    evidence: args.evidence,
    config,
    ...(args.repo !== undefined ? { repo: args.repo } : {}),
    ...(args.tz !== undefined ? { tz: args.tz } : {}),
  });
  const color = args.color ?? (args.output === undefined && process.stdout.isTTY === true && !process.env.NO_COLOR);
  const text = args.format === 'json' ? formatJson(report) : args.format === 'markdown' ? formatMarkdown(report, source) : formatText(report, { color });
  if (args.output !== undefined) {
    await writeOutputFile(args.output, text, args.report);
    process.stderr.write(`pmcheck: wrote ${args.format} report to ${args.output}\n`);
  } else {
    process.stdout.write(text);
  }
  const failing = report.claims.filter((c) => args.failOn.includes(c.verdict)).length;
  return failing > 0 ? 1 : 0;
}

/** One line, with no control characters or escape sequences (a report's text can be in a message). */
function oneLine(message: string): string {
  return sanitizeTerminalText(message).replace(/\s+/g, ' ').trim();
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

// `pmcheck … | head` closes our stdout early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`pmcheck: cannot write output: ${err.code ?? err.message}\n`);
  process.exit(2);
});
process.on('uncaughtException', (err) => {
  process.stderr.write(`pmcheck: internal error (please report it): ${oneLine(err.message)}\n`);
  process.exit(2);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  },
);
