// Core data of the pipeline. Everything here is plain, serialisable data: no classes,
// no functions, so every stage can be tested by comparing values.

/** A place in the report, as unist gives it: 1-based line and column, 0-based offset. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** Start (inclusive) and end (exclusive) of a span of the report. */
export interface Position {
  start: Point;
  end: Point;
}

/** The markdown construct a sentence came from. */
export type SentenceContainer = 'paragraph' | 'heading' | 'list-item' | 'table-row';

/** A time written at the head of a timeline row or list item ("10:24", "**09:14** —", "14:05 UTC:"). */
export interface LeadingTime {
  /** The time text exactly as written, without markup ("10:24", "14:05 UTC", "2026-06-09 09:40"). */
  text: string;
  position: Position;
}

/** One sentence of the report, with exact positions. */
export interface Sentence {
  /** Stable id within the document: "s1", "s2", … in document order. */
  id: string;
  /** The sentence's text with inline markup removed (`code` keeps its content, links keep their text). */
  text: string;
  /** Span of the sentence in the original bytes (start of its first character, end after its last). */
  position: Position;
  container: SentenceContainer;
  /** Heading texts from the top level down to the section that holds the sentence. */
  section: string[];
  /** For timeline rows and list items: the leading time that dates every sentence in the row/item. */
  leadingTime?: LeadingTime;
  /** A date (YYYY-MM-DD) written in the section heading or a table's date column, when there is one. */
  sectionDate?: string;
  /** For rows of a table whose time column names a zone ("Time (UTC)"): that zone, which wins over the document's for these rows. */
  zone?: Declared<string>;
}

/** Where a document-level setting came from, for the reason lines ("front matter", "line 3: All times are PDT"). */
export interface Declared<T> {
  value: T;
  origin: string;
}

/** What the parse stage makes of a report. */
export interface Document {
  path: string;
  /** The exact text of the report, as read (UTF-8 decoded, BOM removed). */
  source: string;
  sentences: Sentence[];
  /** IANA zone name ("America/Los_Angeles", "UTC") declared by the document. */
  timezone?: Declared<string>;
  /** The incident date (YYYY-MM-DD) declared by the document. */
  date?: Declared<string>;
  title?: string;
  /** Constructs that were not analysed (say, an HTML block): reported, never silently skipped. */
  warnings: Warning[];
}

export interface Warning {
  message: string;
  line?: number;
  column?: number;
}

/** Every kind of claim; each has exactly one checker (src/verify/registry.ts). */
export const CLAIM_KINDS = [
  'deploy',
  'recovery',
  'rollback',
  'time',
  'duration',
  'change-size',
  'commit',
  'absence',
  'approval',
  'impact',
  'attribution',
  'cause',
  /** Opinion or intent ("We believe…", "We will add…"): no record can settle it. */
  'opinion',
  /** A timed event that is not an outage edge ("At 09:17 an engineer pushed a config change"). */
  'event',
  /** Checkable facts the detector found that no rule interprets: reported, never silent. */
  'fact',
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** Kinds of checkable fact the detector finds in a sentence (src/claims/detect/; the claims corpus labels the same). */
export const FACT_KINDS = ['time', 'date', 'relative-time', 'duration', 'quantity', 'identifier', 'actor', 'action'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** A fact as read: its kind, the words, and what it was read as ("deploy", "person", "2026-03-03"), when known. */
export interface ReadFact {
  kind: FactKind;
  text: string;
  as?: string;
}

/** Normalised verbs a claim can state: what the extract stage writes and the checkers switch on. */
export const PREDICATES = [
  'deployed',
  'completed',
  'cancelled',
  'failed',
  'timed-out',
  'started',
  'began',
  'ended',
  'restored',
  'rolled-back',
  'reverted',
  'merged',
  'pushed',
  'changed',
  'added',
  'removed',
  'approved',
  'caused',
  'lasted',
] as const;
export type Predicate = (typeof PREDICATES)[number];

/** What an absence claim denies: a class of change ("no other deploys"), or that a service exists. */
export const DENIED_KINDS = ['change', 'deploy', 'rollback', 'revert', 'build', 'commit', 'service'] as const;
export type DeniedKind = (typeof DENIED_KINDS)[number];

/**
 * Variants that change how a claim is checked:
 * - `others`: an absence of *other* changes than those the report names;
 * - `by-rollback`: a recovery credited to a rollback rather than a named change;
 * - `occurred`: an impact claim that the outage happened at all ("requests returned 404s").
 */
export const CLAIM_VARIANTS = ['others', 'by-rollback', 'occurred'] as const;
export type ClaimVariant = (typeof CLAIM_VARIANTS)[number];

/** Classes of action a timed event states (the claims corpus uses the same names). */
export const ACTION_CLASSES = [
  'deploy',
  'merge',
  'revert',
  'rollback',
  'cancel',
  'traffic-change',
  'config-change',
  'alert',
  'incident-declared',
  'incident-closed',
  'restart',
  'scale',
  'failover',
] as const;
export type ActionClass = (typeof ACTION_CLASSES)[number];

/** What an absence claim makes an exception of: "Apart from the rollback, no other changes…". */
export const EXCEPTED_KINDS = ['rollback', 'recovery'] as const;
export type ExceptedKind = (typeof EXCEPTED_KINDS)[number];

/** A thing named by description rather than id ("the bad release", "the hotfix commit"). */
export interface DescribedEntity {
  type: 'release' | 'commit';
  /** The describing word ("hotfix"), when one is read: commits are matched by their message. */
  word?: string;
  /** The words in the sentence. */
  text: string;
}

export type EntityType = 'build' | 'revision' | 'release' | 'version' | 'commit' | 'pr' | 'file' | 'service' | 'actor';

/** Something a claim names: "build c7a91f3d", "PR #214", "priya@acme.com", "the agent". */
export interface Entity {
  type: EntityType;
  /** The identifier as it should be looked up: "c7a91f3d", "214", "portal-api-00042-xak", "priya@acme.com", "agent". */
  id: string;
  /** The words in the sentence that named it. */
  text: string;
}

/** A resolved time: the instant range a written time can mean, in UTC ISO-8601. */
export interface TimeRef {
  text: string;
  /** Earliest instant the text can mean (inclusive), UTC ISO. "10:05" → 10:05:00 local. */
  start: string;
  /** Latest instant the text can mean (exclusive), UTC ISO. "10:05" → 10:06:00 local. */
  end: string;
  /** Zone used to read the text (IANA name), and why. */
  zone: string;
  zoneOrigin: string;
  /** Date used, and why ("front matter date", "section heading", "evidence window"). */
  dateOrigin: string;
  approximate: boolean;
}

export interface DurationRef {
  text: string;
  minutes: number;
  approximate: boolean;
  /** "exactly 33 minutes" / "33:00" disables the tolerance. */
  exact: boolean;
}

export type QuantityUnit = 'files' | 'lines' | 'lines-added' | 'lines-deleted' | 'commits' | 'requests' | 'users' | 'percent';

export interface Quantity {
  value: number;
  unit: QuantityUnit;
  text: string;
  approximate: boolean;
  /** "more than 300 files" → 'gt'; "under 20 files" → 'lt'. */
  bound?: 'gt' | 'lt';
}

/** One checkable statement in a sentence. */
export interface Claim {
  /** "c1", "c2", … in document order. */
  id: string;
  sentenceId: string;
  kind: ClaimKind;
  /** The sentence's text (what the claim is reported against). */
  text: string;
  /** The main thing the claim is about (the build that "restored service", the PR that "changed 12 files"). */
  subject?: Entity;
  /** What the subject acted on, when the sentence names it ("build X deployed *revision R*"). */
  object?: Entity;
  /** Every entity the sentence names, the subject included. */
  entities: Entity[];
  /** Who the sentence says did it ("cancelled by Priya", "Marcus rolled back", "the agent deployed"). */
  actor?: Entity;
  /** Normalised verb: deployed, cancelled, restored, merged, approved, rolled-back, began, ended, changed, … */
  predicate?: Predicate;
  /** A variant of the kind that is checked differently (see ClaimVariant). */
  variant?: ClaimVariant;
  /** For absence claims: what is denied. */
  denied?: DeniedKind;
  /** For absence claims: the change the sentence excepts ("apart from the fix"), by kind. */
  excepted?: { kind: ExceptedKind; text: string };
  /** What the claim is about when the sentence describes it instead of naming it. */
  described?: DescribedEntity;
  /** For timed events: the class of action the sentence says happened. */
  action?: ActionClass;
  time?: TimeRef;
  /** A time the sentence writes but that could not be placed on a date ("at 09:40" with no date known). */
  unresolvedTime?: string;
  duration?: DurationRef;
  quantities: Quantity[];
  /** "was not deployed", "no build was cancelled". */
  negated: boolean;
  /** "probably", "we believe", "may have". */
  hedged: boolean;
  /** The rule that read this claim, for debugging and fixtures; never used to steer checking. */
  pattern: string;
  /** For `fact` claims: what the detector read in the sentence, by kind, as written. */
  read?: ReadFact[];
  /** For impact shares and counts: the requests they are about ("of checkout requests", "to ledger-api"). */
  scope?: ClaimScope;
}

/** Which requests an impact claim is about, as the sentence words it (read from the text alone). */
export interface ClaimScope {
  /** Words naming a route or a service ("of checkout requests" → ["checkout"]), lower-cased. */
  words: string[];
  /** An HTTP method ("of POST requests" → "POST"). */
  method?: string;
  /** A service or site name ("requests to ledger-api", "portal.example.com requests"). */
  service?: string;
  /** A path prefix ("under /api/orders", "/api/**" → "/api"). */
  path?: string;
  /** The scope as written ("checkout requests", "requests to ledger-api"). */
  text: string;
}

export type SourceKind = 'git' | 'cloud-build' | 'cloud-run' | 'firebase-hosting' | 'cloud-logging' | 'github' | 'prometheus';

/** Where one piece of evidence came from. */
export interface Citation {
  source: SourceKind;
  /** The record's own id: a build UUID, a commit SHA, a release name, a log insertId. */
  ref: string;
  /** When the record says the thing happened, UTC ISO (full precision kept). */
  time?: string;
  /** What the record says, in a few words ("build CANCELLED", "ROLLBACK release by marcus@…"). */
  summary: string;
  /** Where to find it: "builds.json#2", "repo@3f2a1c0", an API URL. */
  location: string;
}

export type EventType =
  | 'commit' // a non-merge commit
  | 'merge' // a merge commit (or a squash merge of a PR)
  | 'revert'
  | 'build' // a Cloud Build (time = createTime, endTime = finishTime)
  | 'build-cancel' // who cancelled a build (audit log)
  | 'revision-created' // a Cloud Run revision came into existence
  | 'service-update' // a Cloud Run ReplaceService/UpdateService (deploy or traffic shift)
  | 'release' // a Firebase Hosting DEPLOY release
  | 'rollback'; // a Firebase Hosting ROLLBACK release

/** Diff size of a commit against its first parent. */
export interface ChangeStats {
  files: number;
  additions: number;
  deletions: number;
  /** Paths touched (for a huge change, all of them: counts are what checkers compare). */
  paths: string[];
}

/** A normalised record from any source. */
export interface EvidenceEvent {
  /** Unique within its source: build UUID, commit SHA, release name, audit insertId. */
  id: string;
  source: SourceKind;
  type: EventType;
  /** When it happened, UTC ISO exactly as the source gave it (nanoseconds kept). */
  time: string;
  /** For things with a duration (builds): when they ended. */
  endTime?: string;
  /** Who did it: an email, a git "Name <email>", a bot login. */
  actor?: string;
  /**
   * Identifiers this event can be found by, most specific first: the build id, the revision name,
   * the release name and its last segment, the version id, the commit SHA, "pr:214".
   */
  keys: string[];
  /** Status as the source spells it: SUCCESS, CANCELLED, FINALIZED, DEPLOY… */
  status?: string;
  /** The service or site it acted on (last path segment). */
  service?: string;
  /** For builds, releases, revisions and service updates: the commit it carries, when known. */
  commit?: string;
  /** For builds: the identity it ran as (its service account email); what it deploys carries this identity. */
  runAs?: string;
  /** For revisions: the container image they run ("gcr.io/p/api@sha256:…", "…/api:9c1e5b2"). */
  image?: string;
  /** For builds: the images they pushed, as "name@digest" and "name" (results.images). */
  images?: string[];
  /** For merges and squash merges: the PR number. */
  pr?: number;
  /** For commits: the diff against the first parent. */
  change?: ChangeStats;
  /** For git commits: their parents' SHAs (first parent first), for "was this change already live". */
  parents?: string[];
  /** For service updates and releases: where traffic now goes ("portal-api-00041-dab 100%", "version 7d2c…"). */
  target?: string;
  /** For a build-cancel, the build it cancelled; for a revert, the commit reverted. */
  refersTo?: string;
  /** Free text written by whoever made the record (commit message, deploy message). Hostile: escape on output. */
  message?: string;
  /** One-line description of the event, built from fields (not from free text). */
  summary: string;
  citation: Citation;
}

/** Request counts for one service in one minute. */
export interface HealthBucket {
  service: string;
  /** Start of the minute, UTC ISO ("2026-06-09T16:48:00.000Z"). */
  minute: string;
  total: number;
  /** 5xx responses, plus 404s on paths that had succeeded before (the rewrite-to-nowhere case). */
  failed: number;
  /** First and last failed request in the minute, UTC ISO, for precise window edges. */
  firstFailure?: string;
  lastFailure?: string;
  /** The same counts by route, when the source knows paths; their sums are `total` and `failed`. */
  routes?: RouteHealth[];
}

/** Request counts for one route of a service in one minute. */
export interface RouteHealth {
  /** HTTP method, upper-case ("GET"); "OTHER" when missing or unusual. */
  method: string;
  /** The path's first one or two segments, ids collapsed ("/api/orders"); "other" for routes beyond the memory bound. */
  route: string;
  total: number;
  /** Failed as for the bucket: 5xx, plus 404s on paths that had succeeded before. */
  failed: number;
}

/** A run of failing minutes for one service. */
export interface OutageWindow {
  service: string;
  /** First failed request of the run. */
  start: string;
  /** Last failed request of the run: recovery time. */
  end: string;
  failed: number;
  total: number;
  /** Error ratio before the window, which the failing minutes were compared with. */
  baselineRatio: number;
  /**
   * Requests in the window's first and last minute that did not fail: counted in `total`, but
   * possibly before the first or after the last failure. Shares are judged within this margin.
   */
  edgeUnfailed?: number;
  citation: Citation;
}

/** What one configured source yielded, or why it could not. */
export interface SourceReport {
  /** The file name (or URL) the user gave. */
  id: string;
  kind: SourceKind;
  events: number;
  /** Earliest and latest record time the source covers, UTC ISO. */
  coverage?: { start: string; end: string };
  /** Set when the source failed: the reason, for `unverifiable` verdicts. */
  error?: string;
  warnings: string[];
}

export type VerdictValue = 'supported' | 'contradicted' | 'unsupported' | 'unverifiable';

/** The outcome of checking one claim. */
export interface Verdict {
  claimId: string;
  verdict: VerdictValue;
  /** One line a person understands, naming what the evidence shows. */
  reason: string;
  evidence: Citation[];
}

/** A claim with its verdict and its place in the report: what every formatter reads. */
export interface CheckedClaim {
  id: string;
  kind: ClaimKind;
  text: string;
  sentenceId: string;
  section: string[];
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /**
   * 0-based offsets of the sentence, for annotating in place. They refer to the report with
   * any earlier pmcheck annotations removed (CheckResult.source); line and column refer to
   * the file as given.
   */
  offset: number;
  endOffset: number;
  verdict: VerdictValue;
  reason: string;
  evidence: Citation[];
}

/** One distinct reason given for a sentence, with the verdict of the claim(s) that gave it. */
export interface SentenceReason {
  verdict: VerdictValue;
  reason: string;
}

/**
 * A sentence with claims, and what its claims' verdicts add up to: pipeline data, computed
 * once in check.ts (src/sentence-verdicts.ts); formatters only read it. Its place is the
 * claims' (earliest start, latest end); `verdict` is the worst among them; `evidence` their
 * citations in claim order, each once.
 */
export interface CheckedSentence extends Pick<
  CheckedClaim,
  'sentenceId' | 'text' | 'section' | 'line' | 'column' | 'endLine' | 'endColumn' | 'offset' | 'endOffset' | 'verdict' | 'evidence'
> {
  /** Ids of the sentence's claims, in report order. */
  claims: string[];
  /** True when the claims do not all share one verdict. */
  mixed: boolean;
  /** Reasons in claim order, each (verdict, reason) pair once; empty reasons, and reasons another one repeats in full, left out. */
  reasons: SentenceReason[];
}

/** How much of the report was checked against evidence (DESIGN.md: every output reports coverage). */
export interface Coverage {
  /** Sentences with at least one claim that is not an opinion: they state checkable facts. */
  factualSentences: number;
  /** Of those, sentences with at least one claim that evidence settled: supported, contradicted or unsupported. */
  checkedSentences: number;
}

/** Everything a formatter needs. */
export interface CheckReport {
  schemaVersion: 1;
  /** The report path as the user gave it. */
  report: string;
  timezone: string;
  summary: {
    sentences: number;
    claims: number;
    supported: number;
    contradicted: number;
    unsupported: number;
    unverifiable: number;
    coverage: Coverage;
  };
  sources: SourceReport[];
  claims: CheckedClaim[];
  warnings: Warning[];
  /** Sentences with claims, in document order, each with its verdict: what formatters show. */
  sentences: CheckedSentence[];
}
