// The pipeline: parse → gather evidence → extract → verify → report data. Gathering
// evidence is the one await; every other stage is a pure function of its input.

import { readFile, stat } from 'node:fs/promises';
import type { Config } from './config.js';
import { InputError, SourceError, UsageError } from './errors.js';
import { Evidence } from './evidence/evidence.js';
import { readEvidenceFile } from './evidence/files/read-evidence-file.js';
import { readGitRepo } from './evidence/git/index.js';
import type { SourceData } from './evidence/source.js';
import { extractClaims } from './claims/extract.js';
import { createLocator, decodeReport, parseReport } from './parse/index.js';
import { imitationLines, stripOwnAnnotations, type StrippedReport } from './report/markdown.js';
import type { CheckReport, CheckedClaim, Claim, Document, SourceKind, SourceReport, Verdict } from './types.js';
import { verifyClaim } from './verify/index.js';
import { sentenceCoverage, sentenceVerdicts } from './sentence-verdicts.js';
import { instantMs } from './evidence/timestamps.js';

/** What `pmcheck check` was asked to do. */
export interface CheckOptions {
  reportPath: string;
  repo?: string;
  evidence: string[];
  config: Config;
  /** --tz: the zone for times the report does not qualify (below the report's own declaration). */
  tz?: string;
}

export interface CheckResult {
  report: CheckReport;
  document: Document;
  /** The report's text with any earlier pmcheck annotations removed: what positions refer to. */
  source: string;
}

/** Largest report we read: post-mortems are pages, not books; anything bigger is a mistake. */
export const MAX_REPORT_BYTES = 5 * 1024 * 1024;

/** Runs the whole pipeline for one report. Throws InputError/UsageError for bad input. */
export async function runCheck(options: CheckOptions): Promise<CheckResult> {
  if (options.tz !== undefined) assertZone(options.tz, '--tz');
  const original = await readReport(options.reportPath);
  // Re-checking an annotated report replaces its annotations; positions still refer to the file as given.
  const stripped = stripOwnAnnotations(original);
  const source = stripped.text;
  const document = parseReport(options.reportPath, source);
  for (const line of imitationLines(source)) {
    document.warnings.push({ message: 'text here imitates a pmcheck annotation; it is not ours and was checked as written', line });
  }
  const evidence = await gatherEvidence(options);
  const zone = document.timezone?.value ?? options.tz ?? 'UTC';
  const zoneOrigin = document.timezone?.origin ?? (options.tz ? '--tz' : 'the default (UTC)');
  const date = document.date ?? evidenceDate(evidence, zone);
  const claims = extractClaims(document, {
    zone,
    zoneOrigin,
    date: date?.value,
    dateOrigin: date?.origin ?? 'nowhere (no date in the report or evidence)',
  });
  const named = [...new Set(claims.flatMap((c) => c.entities.map((e) => e.id.toLowerCase())))];
  const verdicts = claims.map((claim) => verifyClaim(claim, evidence, { config: options.config, zone, named }));
  const place = placeInOriginal(original, stripped);
  return { report: buildReport(options.reportPath, zone, document, claims, verdicts, evidence.sources, place), document, source };
}

async function readReport(path: string): Promise<string> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError('is not a file', path);
    size = info.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError('no such file', path);
  }
  if (size > MAX_REPORT_BYTES)
    throw new InputError(`is ${(size / 1024 / 1024).toFixed(1)} MB; reports over ${MAX_REPORT_BYTES / 1024 / 1024} MB are not read`, path);
  return decodeReport(path, await readFile(path));
}

/** Reads every source. Bad input stops the run; a source that fails while read is reported and its claims become unverifiable. */
async function gatherEvidence(options: CheckOptions): Promise<Evidence> {
  const loaded: SourceData[] = [];
  const failed: SourceReport[] = [];
  const attempt = async (id: string, kind: SourceKind, read: () => Promise<SourceData>) => {
    try {
      loaded.push(await read());
    } catch (err) {
      if (err instanceof SourceError) failed.push({ id, kind, events: 0, error: err.message, warnings: [] });
      else throw err;
    }
  };
  if (options.repo !== undefined) {
    const repo = options.repo;
    await attempt(repo, 'git', () => readGitRepo(repo));
  }
  // An evidence file is bad input or fine: there is no service behind it that can fail.
  for (const file of options.evidence) loaded.push(await readEvidenceFile(file));
  return new Evidence(loaded, failed, options.config.outage);
}

/**
 * With no date in the report, the incident's date is the day the request logs show the
 * outage on, in the report's zone. Nothing else is a safe guess: a repository's latest
 * commit may be months later. Without it, written times stay unplaced (and unchecked).
 */
function evidenceDate(evidence: Evidence, zone: string): { value: string; origin: string } | undefined {
  const start = evidence.outageWindows()[0]?.start;
  if (!start) return undefined;
  const value = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instantMs(start)));
  return { value, origin: 'the day of the outage in the request logs' };
}

/** Line and column in the file as given, from an offset in the (possibly stripped) text that was parsed. */
type Place = (offset: number, end: boolean) => { line: number; column: number };

function placeInOriginal(original: string, stripped: StrippedReport): Place {
  const locate = createLocator(original);
  return (offset, end) => locate(stripped.toOriginal(offset, end));
}

function buildReport(path: string, zone: string, doc: Document, claims: Claim[], verdicts: Verdict[], sources: SourceReport[], place: Place): CheckReport {
  const sentences = new Map(doc.sentences.map((s) => [s.id, s]));
  const checked: CheckedClaim[] = claims.map((claim, i) => {
    const s = sentences.get(claim.sentenceId)!;
    const v = verdicts[i]!;
    const start = place(s.position.start.offset, false);
    const end = place(s.position.end.offset, true);
    return {
      id: claim.id,
      kind: claim.kind,
      text: claim.text,
      sentenceId: claim.sentenceId,
      section: s.section,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      offset: s.position.start.offset,
      endOffset: s.position.end.offset,
      verdict: v.verdict,
      reason: v.reason,
      evidence: v.evidence,
    };
  });
  const count = (v: string) => checked.filter((c) => c.verdict === v).length;
  return {
    schemaVersion: 1,
    report: path,
    timezone: zone,
    summary: {
      sentences: doc.sentences.length,
      claims: checked.length,
      supported: count('supported'),
      contradicted: count('contradicted'),
      unsupported: count('unsupported'),
      unverifiable: count('unverifiable'),
      coverage: sentenceCoverage(checked),
    },
    sources,
    claims: checked,
    warnings: doc.warnings,
    // Computed once here; formatters only read it (DESIGN.md: sentence verdicts are pipeline data).
    sentences: sentenceVerdicts(checked),
  };
}

/** Throws a usage error unless `zone` is an IANA zone this Node knows. */
export function assertZone(zone: string, option: string): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    throw new UsageError(`${option}: unknown time zone "${zone}" (expected an IANA name such as America/Los_Angeles or UTC)`);
  }
}
