// Sentence → Claim[]. Rules read the values found in a sentence (entities, times, counts,
// durations, verbs) and decide which claims it makes. The shapes themselves are data in
// patterns.ts; this file only combines them.

import type { Claim, ClaimKind, Document, DurationRef, Entity, Quantity, Sentence, TimeRef } from '../types.js';
import {
  ABSENCE_PATTERN,
  ANAPHORA_BUILD,
  ANAPHORA_CHANGE,
  DESCRIBED_COMMIT,
  DESCRIBED_RELEASE,
  HEDGE_PATTERN,
  OPINION_PATTERNS,
  OUTAGE_NOUNS,
  PREDICATES,
  RECOVERED_PHRASES,
  VERB_NEGATION,
} from './patterns.js';
import { CLOCK, findTimes, resolveLeadingTime, type FoundTime, type TimeContext } from './time.js';
import { findDurations, findEntities, findQuantities, type Located } from './values.js';

/** What the extract stage needs besides the document: the zone and date in force, and people's names. */
export interface ExtractContext {
  zone: string;
  zoneOrigin: string;
  date?: string;
  dateOrigin: string;
  /** Names the evidence knows people by ("priya", "marcus"), so "Priya cancelled it" names an actor. */
  knownActors: string[];
  /** Service names the evidence knows, so a bare `portal-api-v2` names a service. */
  knownServices?: string[];
}

interface FoundPredicate {
  predicate: string;
  index: number;
  negated: boolean;
}

/** What one sentence offers the rules. */
interface SentenceFacts {
  sentence: Sentence;
  text: string;
  entities: Located<Entity>[];
  times: FoundTime[];
  leadingTime?: TimeRef;
  durations: Located<DurationRef>[];
  quantities: Located<Quantity>[];
  predicates: FoundPredicate[];
  hedged: boolean;
  /** A clock time written in the sentence (or its timeline row) that no date could place. */
  unresolvedTime?: string;
}

/** Anaphora memory: the last build and the last change (PR or commit) named so far. */
interface Memory {
  build?: Entity;
  change?: Entity;
  service?: Entity;
}

const CHANGE_TYPES = new Set(['pr', 'commit']);
const SENTENCE_NEGATION = /\b(?:not|never|no longer|neither|nor)\b|n't\b/i;
const DEPLOYABLE_TYPES = new Set(['build', 'version', 'release', 'revision']);
const LIFECYCLE = new Set(['deployed', 'completed', 'cancelled', 'failed', 'started']);

/** Extracts every claim of the document, in order, with ids c1, c2, …. */
export function extractClaims(doc: Document, ctx: ExtractContext): Claim[] {
  const claims: Claim[] = [];
  const memory: Memory = {};
  for (const sentence of doc.sentences) {
    const facts = readSentence(sentence, ctx);
    // Headings are titles ("Root cause", "Recovery notes"), not statements.
    const drafts = sentence.container === 'heading' ? [] : claimsOf(facts, memory);
    for (const draft of drafts) claims.push({ ...draft, id: `c${claims.length + 1}` });
    remember(facts, memory);
  }
  return claims;
}

function readSentence(sentence: Sentence, ctx: ExtractContext): SentenceFacts {
  const text = sentence.text;
  const zone = sentence.zone ? { zone: sentence.zone.value, zoneOrigin: sentence.zone.origin } : { zone: ctx.zone, zoneOrigin: ctx.zoneOrigin };
  const timeCtx: TimeContext = sentence.sectionDate
    ? { ...zone, date: sentence.sectionDate, dateOrigin: 'the section date' }
    : { ...zone, date: ctx.date, dateOrigin: ctx.dateOrigin };
  const times = findTimes(text, timeCtx);
  const leadingTime = sentence.leadingTime ? resolveLeadingTime(sentence.leadingTime.text, timeCtx) : undefined;
  const entities = findEntities(text, ctx.knownActors, ctx.knownServices).filter((e) => !insideAny(e, times));
  const durations = findDurations(text).filter((d) => !insideAny(d, times));
  const quantities = findQuantities(text).filter((q) => !insideAny(q, times) && !insideAny(q, entities));
  const written = CLOCK.exec(text)?.[0] ?? sentence.leadingTime?.text;
  const unresolvedTime = times.length === 0 && !leadingTime && written ? written : undefined;
  return {
    sentence,
    text,
    entities,
    times,
    leadingTime,
    ...(unresolvedTime ? { unresolvedTime } : {}),
    durations,
    quantities,
    predicates: findPredicates(maskEntities(text, entities)),
    hedged: HEDGE_PATTERN.test(text),
  };
}

/** Blanks out entity ids so a verb inside a path or a trigger name is not read as a verb. */
function maskEntities(text: string, entities: Located<Entity>[]): string {
  let masked = text;
  for (const e of entities) masked = masked.slice(0, e.index) + ' '.repeat(e.length) + masked.slice(e.index + e.length);
  return masked;
}

function findPredicates(text: string): FoundPredicate[] {
  const found: FoundPredicate[] = [];
  for (const def of PREDICATES) {
    def.pattern.lastIndex = 0;
    for (const m of text.matchAll(def.pattern)) {
      // "deploy-portal-main", "auto-approved-x": parts of names, not verbs.
      if (text[m.index - 1] === '-' || text[m.index + m[0].length] === '-') continue;
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      found.push({ predicate: def.predicate, index: m.index, negated: VERB_NEGATION.test(before) });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

type Draft = Omit<Claim, 'id'>;

/** The rules, in order. Each may add claims; the first two end the sentence. */
function claimsOf(f: SentenceFacts, memory: Memory): Draft[] {
  const opinion = opinionClaim(f);
  if (opinion) return [opinion];
  const absence = absenceClaim(f, memory);
  if (absence) return [absence];
  return [
    ...changeSizeClaims(f, memory),
    ...recoveryClaims(f, memory),
    ...outageTimeClaims(f),
    ...durationClaims(f),
    ...impactClaims(f),
    ...deployClaims(f, memory),
    ...rollbackClaims(f),
    ...commitClaims(f, memory),
    ...approvalClaims(f),
    ...causeClaims(f),
  ];
}

function draft(f: SentenceFacts, kind: ClaimKind, pattern: string, extra: Partial<Draft> = {}): Draft {
  const actor = doerOf(f);
  return {
    sentenceId: f.sentence.id,
    kind,
    text: f.text,
    entities: f.entities.map((e) => e.value),
    ...(actor ? { actor } : {}),
    ...(f.unresolvedTime ? { unresolvedTime: f.unresolvedTime } : {}),
    quantities: [],
    // Rules that know which verb is negated say so; the others take the sentence's word.
    negated: SENTENCE_NEGATION.test(f.text),
    hedged: f.hedged,
    pattern,
    ...extra,
  };
}

function opinionClaim(f: SentenceFacts): Draft | undefined {
  if (!OPINION_PATTERNS.some((p) => p.test(f.text))) return undefined;
  const hasRecordable = f.entities.some((e) => !['actor', 'file', 'service'].includes(e.value.type)) || f.times.length > 0;
  if (hasRecordable) return undefined;
  return draft(f, 'opinion', 'opinion-or-intent', { negated: false });
}

function absenceClaim(f: SentenceFacts, memory: Memory): Draft | undefined {
  const m = ABSENCE_PATTERN.exec(f.text);
  if (!m) return undefined;
  const noun = (m[3] ?? '').toLowerCase();
  const what = /roll/.test(noun) ? 'rollback' : /revert/.test(noun) ? 'revert' : /deploy|release/.test(noun) ? 'deploy' : /build/.test(noun) ? 'build' : /commit/.test(noun) ? 'commit' : /service/.test(noun) ? 'service' : 'change';
  // "No Cloud Run service of that name exists": the name is in the sentence or the one before.
  const thatName = /\bthat (?:name|service)\b/i.test(f.text);
  const subject = what === 'service' ? (thatName ? memory.service : entityOf(f, new Set(['service']))) ?? memory.service : undefined;
  if (what === 'service' && !subject) return undefined;
  return draft(f, 'absence', m[1] ? 'absence-other' : 'absence', { predicate: what, negated: true, time: firstTime(f), subject });
}

function changeSizeClaims(f: SentenceFacts, memory: Memory): Draft[] {
  const sizes = f.quantities.filter((q) => q.value.unit === 'files' || q.value.unit.startsWith('lines'));
  if (sizes.length === 0) return [];
  const subject = entityOf(f, CHANGE_TYPES) ?? (ANAPHORA_CHANGE.test(f.text) ? memory.change : undefined);
  if (!subject) return [];
  const verb = f.predicates.find((p) => p.predicate === 'added' || p.predicate === 'removed')?.predicate;
  const removes = /\b(?:remov|delet)(?:ed|es|ing)\b/i.test(f.text);
  const quantities = sizes.map(({ value }) => {
    if (value.unit !== 'lines') return value;
    if (removes) return { ...value, unit: 'lines-deleted' as const };
    if (verb === 'added') return { ...value, unit: 'lines-added' as const };
    return value;
  });
  return [draft(f, 'change-size', 'change-size', { subject, quantities, predicate: 'changed' })];
}

function recoveryClaims(f: SentenceFacts, memory: Memory): Draft[] {
  const restored = f.predicates.find((p) => p.predicate === 'restored');
  if (!restored) return [];
  const byRollback = f.predicates.some((p) => p.predicate === 'rolled-back');
  const subject = byRollback ? undefined : entityOf(f, DEPLOYABLE_TYPES) ?? entityOf(f, CHANGE_TYPES) ?? (ANAPHORA_BUILD.test(f.text) ? memory.build : undefined);
  return [
    draft(f, 'recovery', byRollback ? 'recovery-by-rollback' : subject ? 'recovery-by-entity' : 'recovery', {
      subject,
      predicate: 'restored',
      negated: restored.negated,
      time: timeNear(f, restored.index),
    }),
  ];
}

function outageTimeClaims(f: SentenceFacts): Draft[] {
  if (RECOVERED_PHRASES.test(f.text) && !f.predicates.some((p) => p.predicate === 'restored')) {
    const time = firstTime(f);
    return time ? [draft(f, 'time', 'outage-ended', { predicate: 'ended', time })] : [];
  }
  if (!OUTAGE_NOUNS.test(f.text)) return [];
  if (f.entities.some((e) => DEPLOYABLE_TYPES.has(e.value.type) || CHANGE_TYPES.has(e.value.type))) return [];
  const range = rangeOf(f);
  if (range) {
    return [
      draft(f, 'time', 'outage-began', { predicate: 'began', time: range[0] }),
      draft(f, 'time', 'outage-ended', { predicate: 'ended', time: range[1] }),
    ];
  }
  const time = firstTime(f);
  if (!time) return [];
  const began = /\b(?:began|begin|started|start|first|onset)\b/i.test(f.text);
  const ended = /\b(?:stopp?ed|ended|subsided|ceased|last|recovered|restored)\b/i.test(f.text);
  if (began === ended) return [];
  return [draft(f, 'time', began ? 'outage-began' : 'outage-ended', { predicate: began ? 'began' : 'ended', time })];
}

function durationClaims(f: SentenceFacts): Draft[] {
  const d = f.durations[0];
  if (!d) return [];
  if (!OUTAGE_NOUNS.test(f.text) && !/\blast(?:ed|ing)\b/i.test(f.text)) return [];
  return [draft(f, 'duration', 'outage-duration', { duration: d.value, predicate: 'lasted' })];
}

function impactClaims(f: SentenceFacts): Draft[] {
  const requests = f.quantities.filter((q) => q.value.unit === 'requests').map((q) => q.value);
  if (requests.length === 0 && f.times.length === 0 && f.durations.length === 0 && !f.leadingTime && /\b(?:returned|served|failed with|threw)\s+(?:[\w-]+\s+)?(?:404|5\d\d|errors?)\b/i.test(f.text)) {
    return [draft(f, 'impact', 'outage-occurred', { predicate: 'failed' })];
  }
  if (requests.length === 0 || !/\b(?:fail(?:ed|ing)?|errors?|returned (?:a )?(?:404|5\d\d)|404s?|5\d\ds?)\b/i.test(f.text)) return [];
  return [draft(f, 'impact', 'failed-requests', { quantities: requests, predicate: 'failed' })];
}

function deployClaims(f: SentenceFacts, memory: Memory): Draft[] {
  const described = DESCRIBED_RELEASE.exec(f.text);
  const subject =
    entityOf(f, DEPLOYABLE_TYPES) ??
    (ANAPHORA_BUILD.test(f.text) ? memory.build : undefined) ??
    (described ? { type: 'release' as const, id: 'desc:release', text: described[0] } : undefined);
  if (!subject) return [];
  const seen = new Set<string>();
  const out: Draft[] = [];
  for (const p of f.predicates) {
    if (!LIFECYCLE.has(p.predicate) || seen.has(p.predicate)) continue;
    seen.add(p.predicate);
    out.push(draft(f, 'deploy', `deploy-${p.predicate}`, { subject, predicate: p.predicate, negated: p.negated, time: timeNear(f, p.index) }));
  }
  return out;
}

function rollbackClaims(f: SentenceFacts): Draft[] {
  const p = f.predicates.find((x) => x.predicate === 'rolled-back');
  if (!p) return [];
  return [draft(f, 'rollback', 'rollback', { predicate: 'rolled-back', negated: p.negated, time: timeNear(f, p.index), subject: entityOf(f, new Set(['version', 'release', 'revision'])) })];
}

function commitClaims(f: SentenceFacts, memory: Memory): Draft[] {
  const described = DESCRIBED_COMMIT.exec(f.text);
  const file = entityOf(f, new Set(['file']));
  const change: Entity | undefined =
    entityOf(f, CHANGE_TYPES) ??
    (described ? { type: 'commit', id: `desc:${described[1]!.toLowerCase()}`, text: described[0] } : undefined) ??
    (ANAPHORA_CHANGE.test(f.text) && !file ? memory.change : undefined);
  const out: Draft[] = [];
  const seen = new Set<string>();
  for (const p of f.predicates) {
    let predicate = p.predicate;
    // "The agent committed docs/x.md": committing a file is adding it.
    if (predicate === 'pushed' && file && !change) predicate = 'added';
    if (!['merged', 'pushed', 'reverted', 'added', 'changed'].includes(predicate) || seen.has(predicate)) continue;
    const subject = predicate === 'added' ? file : change ?? file;
    if (predicate === 'added' && !file) continue;
    if (predicate === 'changed' && !(change && file) && !(change && entityOf(f, new Set(['service'])))) continue;
    if (predicate === 'merged' && change?.type !== 'pr') continue;
    // "Marcus reverted the rewrite", "portal-agent[bot] made the first of three commits": named by who, not by id.
    if (!subject && !((predicate === 'reverted' || predicate === 'pushed') && entityOf(f, new Set(['actor'])))) continue;
    seen.add(predicate);
    out.push(draft(f, 'commit', `commit-${predicate}`, { subject, predicate, negated: p.negated, time: timeNear(f, p.index) }));
  }
  return out;
}

function approvalClaims(f: SentenceFacts): Draft[] {
  const p = f.predicates.find((x) => x.predicate === 'approved');
  if (!p) return [];
  return [draft(f, 'approval', 'approval', { predicate: 'approved', negated: p.negated, time: timeNear(f, p.index), subject: entityOf(f, CHANGE_TYPES) })];
}

function causeClaims(f: SentenceFacts): Draft[] {
  if (!/\b(?:root cause|caused by|was caused|the cause)\b/i.test(f.text)) return [];
  return [draft(f, 'cause', 'cause', { predicate: 'caused' })];
}

/** The actor after "by", else an actor that opens the sentence ("Marcus rolled back…", "Priya's cancel…"). */
function doerOf(f: SentenceFacts): Entity | undefined {
  const actors = f.entities.filter((e) => e.value.type === 'actor');
  const byActor = actors.find((e) => /\bby\s+(?:the\s+)?$/i.test(f.text.slice(Math.max(0, e.index - 8), e.index)));
  if (byActor) return byActor.value;
  const firstVerb = f.predicates[0]?.index ?? f.text.length;
  return actors.find((e) => e.index < firstVerb)?.value;
}

function entityOf(f: SentenceFacts, types: Set<string>): Entity | undefined {
  return f.entities.find((e) => types.has(e.value.type))?.value;
}

function firstTime(f: SentenceFacts): TimeRef | undefined {
  return f.times[0]?.ref ?? f.leadingTime;
}

/** The time written closest after the verb (or, failing that, before it), else the row's time. */
function timeNear(f: SentenceFacts, index: number): TimeRef | undefined {
  if (f.times.length === 0) return f.leadingTime;
  const after = f.times.find((t) => t.index >= index);
  return (after ?? f.times[f.times.length - 1])!.ref;
}

/** "from 09:48 to 10:21", "between 09:48 and 10:21", "09:48–10:21". */
function rangeOf(f: SentenceFacts): [TimeRef, TimeRef] | undefined {
  const written = f.times.find((t) => t.rangeEnd);
  if (written) return [written.ref, written.rangeEnd!];
  if (f.times.length < 2) return undefined;
  const [a, b] = f.times as [FoundTime, FoundTime];
  const between = f.text.slice(a.index + a.length, b.index);
  if (!/^\s*(?:to|and|until|till|through|[-–—])\s*$/i.test(between)) return undefined;
  return [a.ref, b.ref];
}

function remember(f: SentenceFacts, memory: Memory): void {
  for (const { value } of f.entities) {
    if (value.type === 'build') memory.build = value;
    if (value.type === 'service') memory.service = value;
    if (CHANGE_TYPES.has(value.type)) memory.change = value;
  }
}

function insideAny(x: { index: number; length: number }, spans: Array<{ index: number; length: number }>): boolean {
  return spans.some((s) => x.index < s.index + s.length && x.index + x.length > s.index);
}
