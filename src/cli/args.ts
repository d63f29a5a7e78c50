// Command-line arguments → options. Unknown options and missing values are usage errors.

import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import type { VerdictValue } from '../types.js';

export const FORMATS = ['text', 'json', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];
const VERDICTS: VerdictValue[] = ['supported', 'contradicted', 'unsupported', 'unverifiable'];

export interface CheckArgs {
  command: 'check';
  report: string;
  repo?: string;
  evidence: string[];
  config?: string;
  tz?: string;
  format: Format;
  output?: string;
  failOn: VerdictValue[];
  color?: boolean;
}

export type ParsedArgs = CheckArgs | { command: 'help' } | { command: 'version' };

export const USAGE = `Usage: pmcheck check REPORT.md [--repo DIR] [--evidence FILE]... [--config FILE]
                        [--tz ZONE] [--format text|json|markdown] [--output FILE]
                        [--fail-on VERDICT[,VERDICT]|none] [--color|--no-color]

Checks every claim in an incident post-mortem against git history, deploy records and
monitoring logs. Exit status: 0 when no claim has a --fail-on verdict (default:
contradicted), 1 when some do, 2 for a usage or input error.`;

/** Parses argv (without node and script). */
export function parseCliArgs(argv: string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        repo: { type: 'string' },
        evidence: { type: 'string', multiple: true },
        config: { type: 'string' },
        tz: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message.split('\n')[0]} (see pmcheck --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command, report, ...extra] = positionals;
  if (command === undefined) throw new UsageError('missing command: pmcheck check REPORT.md (see pmcheck --help)');
  if (command !== 'check') throw new UsageError(`unknown command "${command}": the command is check (see pmcheck --help)`);
  if (report === undefined) throw new UsageError('missing REPORT.md: pmcheck check REPORT.md');
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}": one report at a time`);
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format: expected one of ${FORMATS.join(', ')}, got "${values.format}"`);
  const result: CheckArgs = {
    command: 'check',
    report,
    evidence: values.evidence ?? [],
    format,
    failOn: parseFailOn(values['fail-on'] ?? 'contradicted'),
  };
  if (values.repo !== undefined) result.repo = values.repo;
  if (values.config !== undefined) result.config = values.config;
  if (values.tz !== undefined) result.tz = values.tz;
  if (values.output !== undefined) result.output = values.output;
  if (values.color) result.color = true;
  if (values['no-color']) result.color = false;
  return result;
}

function parseFailOn(text: string): VerdictValue[] {
  if (text === 'none') return [];
  const list = text.split(',').map((s) => s.trim());
  const bad = list.find((v) => !VERDICTS.includes(v as VerdictValue));
  if (bad !== undefined) throw new UsageError(`--fail-on: expected verdicts from ${VERDICTS.join(', ')} (comma-separated) or none, got "${bad}"`);
  return list as VerdictValue[];
}
