// Sentence → Claim[]. Rules read the values found in a sentence (entities, times, counts,
// durations, verbs) and decide which claims it makes. The shapes themselves are data in
// patterns.ts; this file only combines them.

import type {
  ActionClass,
  Claim,
  ClaimKind,
  DeniedKind,
  DescribedEntity,
  Document,
  DurationRef,
  Entity,
  Predicate,
  Quantity,
  Sentence,
  TimeRef,
} from '../types.js';
import {
  ABSENCE_PATTERN,
  ACTION_PHRASES,
  ABSENCE_PHRASES,
  ANAPHORA_BUILD,
  ANAPHORA_CHANGE,
  CAUSE_PATTERN,
  DESCRIBED_COMMIT,
  DESCRIBED_RELEASE,
  HEDGE_PATTERN,
  OPINION_PATTERNS,
  OUTAGE_EDGE,
  OUTAGE_NOUNS,
  PREDICATES,
  RECOVERED_PHRASES,
  SENTENCE_WIDE_NEGATION,
  VERB_NEGATION,
} from './patterns.js';
import { readScope } from './scope.js';
import { CLOCK, findTimes, resolveLeadingTime, type FoundTime, type TimeContext } from './time.js';
import { TimelineDays } from './timeline-days.js';
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
  predicate: Predicate;
  index: number;
  /** The words matched ("without review" carries its own negation). */
  text: string;
  negated: boolean;
}

/** What one sentence offers the rules. */
interface SentenceFacts {
  sentence: Sentence;
  text: string;
  /** The text with entity ids blanked out, so an id's digits are never read as words ("5830" as a 5xx). */
  masked: string;
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
const SENTENCE_NEGATION = /\b(?:not|never|no longer|neither|nor|nobody|no one)\b|n't\b/i;
// Parts of a name, not verbs ("deploy-portal-main"), unless a known verb prefix ("squash-merged").
const VERB_PREFIX = /(?:^|[^\w-])(?:squash|force|auto|re|hot|fast-forward)-$/i;
const RECOVERY_LINK = /\b(?:when|after|once|as soon as|and then|and)\b/i;
const DEPLOYABLE_TYPES = new Set(['build', 'version', 'release', 'revision']);
const QUOTED = /“[^”]*”|"[^"]*"|‘[^’]*’|(?<![\w])'[^']+'(?![\w])|`[^`]*`/g;
const SUBORDINATE_TIME = /\b(?:before|until|till|without ever)\s+(?:it|they|the (?:build|deploy(?:ment)?|rollout))?\s*(?:had\s+|could\s+|was\s+)?$/i;
const EXCEPTION =
  /\b(?:other than|apart from|besides|except(?: for)?|aside from|beyond)\s+((?:(?:the|our|a|that|this|its)\s+)?[\w-]+(?:\s+[\w-]+){0,6}?)(?=\s*[,.;)]|\s+(?:no|nothing|none)\b|$)/i;
const EFFECT_OF_OUTAGE = /\b(?:outage|incident|disruption|downtime|errors?|failures?|storm)\s+(?:\w+\s+)?(?:caused|led to|resulted in)\s+(?!by\b)/i;
const LIFECYCLE = new Set(['deployed', 'completed', 'cancelled', 'failed', 'timed-out', 'started']);

/** Extracts every claim of the document, in order, with ids c1, c2, …. */
export function extractClaims(doc: Document, ctx: ExtractContext): Claim[] {
  const claims: Claim[] = [];
  const memory: Memory = {};
  const days = new TimelineDays();
  for (const sentence of doc.sentences) {
    const facts = placeOnDays(readSentence(sentence, ctx), days);
    // Headings are titles ("Root cause", "Recovery notes"), not statements.
    const drafts = sentence.container === 'heading' ? [] : claimsOf(facts, memory);
    for (const draft of drafts) claims.push({ ...draft, id: `c${claims.length + 1}` });
    remember(facts, memory);
  }
  return claims;
}

/** The sentence's times on the days the timeline has reached (row time first, then the text's). */
function placeOnDays(f: SentenceFacts, days: TimelineDays): SentenceFacts {
  const leadingTime = f.leadingTime ? days.place(f.leadingTime) : undefined;
  const times = f.times.map((t) => {
    const ref = days.place(t.ref);
    return t.rangeEnd ? { ...t, ref, rangeEnd: days.placeEnd(ref, t.rangeEnd) } : { ...t, ref };
  });
  return { ...f, times, ...(leadingTime ? { leadingTime } : {}) };
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
  // A quoted name ("the alert “5xx > 5% for 5m” fired") holds numbers that are part of a name, not measurements.
  const quoted = quotedSpans(text);
  const durations = findDurations(text).filter((d) => !insideAny(d, times) && !insideAny(d, quoted));
  const quantities = findQuantities(text).filter((q) => !insideAny(q, times) && !insideAny(q, entities) && !insideAny(q, quoted));
  const written = writtenClock(text) ?? sentence.leadingTime?.text;
  const masked = maskEntities(text, entities);
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
    masked,
    predicates: findPredicates(masked),
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
      if (text[m.index - 1] === '-' && !VERB_PREFIX.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
      if (text[m.index + m[0].length] === '-') continue;
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      const negated = VERB_NEGATION.test(before) || /^without\b/i.test(m[0]) || SENTENCE_WIDE_NEGATION.test(text.slice(0, m.index));
      found.push({ predicate: def.predicate, index: m.index, text: m[0], negated });
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
  const claims = [
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
  // A timed action no other rule reads is still a claim: a timeline event.
  return claims.length > 0 ? claims : eventClaims(f);
}

/** Verbs whose action is a class of timed event when no other rule has read the sentence. */
const EVENT_OF_PREDICATE: Partial<Record<Predicate, ActionClass>> = {
  deployed: 'deploy',
  merged: 'merge',
  reverted: 'revert',
  'rolled-back': 'rollback',
  cancelled: 'cancel',
};

/** "At 09:17 an engineer pushed a config change", "14:40 Incident closed": a time and an action. */
function eventClaims(f: SentenceFacts): Draft[] {
  const time = firstTime(f);
  if (!time && !f.unresolvedTime) return [];
  const phrase = ACTION_PHRASES.find((p) => p.pattern.test(f.masked));
  const verb = f.predicates.find((p) => EVENT_OF_PREDICATE[p.predicate] !== undefined);
  const action = phrase?.action ?? (verb ? EVENT_OF_PREDICATE[verb.predicate] : undefined);
  if (!action) return [];
  return [draft(f, 'event', `event-${action}`, { action, ...(time ? { time } : {}), negated: verb?.negated ?? SENTENCE_NEGATION.test(f.text) }, verb)];
}

/** A claim of the sentence; `verb`, when given, is the verb it is read from, whose own doer is its actor. */
function draft(f: SentenceFacts, kind: ClaimKind, pattern: string, extra: Partial<Draft> = {}, verb?: FoundPredicate): Draft {
  const actor = verb ? doerOfVerb(f, verb) : doerOf(f);
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
  for (const phrase of ABSENCE_PHRASES) {
    const hit = phrase.pattern.exec(f.text);
    if (!hit) continue;
    const verb = (phrase.what === '$1' ? (hit[1] ?? 'change') : phrase.what).toLowerCase();
    const denied: DeniedKind = /roll/.test(verb) ? 'rollback' : /deploy|release/.test(verb) ? 'deploy' : /merge|push/.test(verb) ? 'commit' : 'change';
    const excepted = exceptionOf(f.text);
    const others = phrase.others !== false || excepted !== undefined;
    return draft(f, 'absence', others ? 'absence-other' : 'absence', {
      denied,
      ...(others ? { variant: 'others' as const } : {}),
      ...(excepted ? { excepted } : {}),
      negated: true,
      time: firstTime(f),
    });
  }
  const m = ABSENCE_PATTERN.exec(f.text);
  if (!m) return undefined;
  const noun = (m[3] ?? '').toLowerCase();
  const what: DeniedKind = /roll/.test(noun)
    ? 'rollback'
    : /revert/.test(noun)
      ? 'revert'
      : /deploy|release|traffic/.test(noun)
        ? 'deploy'
        : /build/.test(noun)
          ? 'build'
          : /commit/.test(noun)
            ? 'commit'
            : /service/.test(noun)
              ? 'service'
              : 'change';
  // "No Cloud Run service of that name exists": the name is in the sentence or the one before.
  const thatName = /\bthat (?:name|service)\b/i.test(f.text);
  const subject = what === 'service' ? ((thatName ? memory.service : entityOf(f, new Set(['service']))) ?? memory.service) : undefined;
  if (what === 'service' && !subject) return undefined;
  const excepted = exceptionOf(f.text);
  const others = m[1] !== undefined || excepted !== undefined;
  return draft(f, 'absence', others ? 'absence-other' : 'absence', {
    denied: what,
    ...(others ? { variant: 'others' as const } : {}),
    ...(excepted ? { excepted } : {}),
    negated: true,
    time: firstTime(f),
    subject,
  });
}

/** "Apart from the rollback, …", "Other than the fix, …": the change a denial leaves out, by kind. */
function exceptionOf(text: string): Draft['excepted'] {
  const m = EXCEPTION.exec(text);
  if (!m) return undefined;
  const words = m[1]!.toLowerCase();
  if (/roll|revert|traffic|shift|previous|redeploy|back/.test(words)) return { kind: 'rollback', text: m[0] };
  if (/fix|patch|recover|mitigat|remedia|change|deploy|release|build|update/.test(words)) return { kind: 'recovery', text: m[0] };
  return undefined;
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
  const byRollback = f.predicates.some((p) => p.predicate === 'rolled-back');
  const credited = byRollback
    ? undefined
    : (entityOf(f, DEPLOYABLE_TYPES) ?? entityOf(f, CHANGE_TYPES) ?? (ANAPHORA_BUILD.test(f.text) ? memory.build : undefined));
  const restored = f.predicates.find((p) => p.predicate === 'restored');
  if (!restored) {
    // "The outage ended when build X went live", "After the rollback, errors stopped at 10:21".
    const ended = OUTAGE_EDGE.ended.exec(f.masked);
    if (!ended || !RECOVERY_LINK.test(f.text) || !(byRollback || credited)) return [];
    return [
      draft(f, 'recovery', byRollback ? 'recovery-by-rollback' : 'recovery-by-entity', {
        subject: credited,
        predicate: 'restored',
        ...(byRollback ? { variant: 'by-rollback' as const } : {}),
        time: timeOwnedBy(f, ended) ?? firstTime(f),
      }),
    ];
  }
  // "Service was restored at 10:26", crediting nothing: that is when the outage ended.
  if (!byRollback && !credited) {
    const time = timeNear(f, restored.index);
    return time && !restored.negated ? [draft(f, 'time', 'outage-ended', { predicate: 'ended', time })] : [];
  }
  const subject = credited;
  return [
    draft(f, 'recovery', byRollback ? 'recovery-by-rollback' : subject ? 'recovery-by-entity' : 'recovery', {
      subject,
      predicate: 'restored',
      ...(byRollback ? { variant: 'by-rollback' as const } : {}),
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
  const range = rangeOf(f);
  const began = OUTAGE_EDGE.began.exec(f.masked);
  const ended = OUTAGE_EDGE.ended.exec(f.masked);
  // "Errors began at 09:48, right after version X went live": the edge is named, whatever else the sentence names.
  if ((began || ended) && !range) {
    const out: Draft[] = [];
    const beganAt = began ? timeOwnedBy(f, began) : undefined;
    const endedAt = ended ? timeOwnedBy(f, ended) : undefined;
    if (beganAt) out.push(draft(f, 'time', 'outage-began', { predicate: 'began', time: beganAt }));
    if (endedAt && endedAt !== beganAt) out.push(draft(f, 'time', 'outage-ended', { predicate: 'ended', time: endedAt }));
    return out;
  }
  if (!OUTAGE_NOUNS.test(f.text)) return [];
  if (f.entities.some((e) => DEPLOYABLE_TYPES.has(e.value.type) || CHANGE_TYPES.has(e.value.type))) return [];
  if (range) {
    return [draft(f, 'time', 'outage-began', { predicate: 'began', time: range[0] }), draft(f, 'time', 'outage-ended', { predicate: 'ended', time: range[1] })];
  }
  const time = firstTime(f);
  if (!time) return [];
  const starts = /\b(?:began|begin|started|start|first|onset)\b/i.test(f.text);
  const stops = /\b(?:stopp?ed|ended|subsided|ceased|last|recovered|restored)\b/i.test(f.text);
  if (starts === stops) return [];
  return [draft(f, 'time', starts ? 'outage-began' : 'outage-ended', { predicate: starts ? 'began' : 'ended', time })];
}

function durationClaims(f: SentenceFacts): Draft[] {
  const d = f.durations[0];
  if (!d) return [];
  if (!OUTAGE_NOUNS.test(f.text) && !/\blast(?:ed|ing)\b/i.test(f.text)) return [];
  return [draft(f, 'duration', 'outage-duration', { duration: d.value, predicate: 'lasted' })];
}

function impactClaims(f: SentenceFacts): Draft[] {
  const requests = f.quantities.filter((q) => q.value.unit === 'requests').map((q) => q.value);
  const others = f.quantities.filter((q) => q.value.unit === 'users' || q.value.unit === 'percent').map((q) => q.value);
  // Which requests the share or count is about ("of checkout requests"), and shares in words ("half of").
  const { scope, share } = readScope(f.text);
  if (share && !others.some((q) => q.unit === 'percent')) others.push(share);
  const failing = /\b(?:fail(?:ed|ing)?|errors?|errored|returned (?:a )?(?:404|5\d\d)s?|404s?|5\d\ds?|5xxs?|affected|impacted|saw errors)\b/i.test(f.text);
  if (
    requests.length === 0 &&
    others.length === 0 &&
    f.times.length === 0 &&
    f.durations.length === 0 &&
    !f.leadingTime &&
    /\b(?:returned|served|failed with|threw)\s+(?:[\w-]+\s+)?(?:404|5\d\d|5xx|errors?)s?\b/i.test(f.text)
  ) {
    return [draft(f, 'impact', 'outage-occurred', { predicate: 'failed', variant: 'occurred' })];
  }
  if (requests.length + others.length === 0 || !failing) return [];
  return [
    draft(f, 'impact', requests.length > 0 ? 'failed-requests' : 'affected', {
      quantities: [...requests, ...others],
      predicate: 'failed',
      ...(scope ? { scope } : {}),
    }),
  ];
}

function deployClaims(f: SentenceFacts, memory: Memory): Draft[] {
  const described = DESCRIBED_RELEASE.exec(f.text);
  // "The build (id `0f9e8d7c`) failed": a bare hex id in a sentence about a build is the build.
  const deployables: Located<Entity>[] = f.entities.filter((e) => DEPLOYABLE_TYPES.has(e.value.type));
  if (deployables.length === 0 && /\bbuilds?\b/i.test(f.text)) {
    const bare = f.entities.find((e) => e.value.type === 'commit' && !/\bcommit|sha\b/i.test(e.value.text));
    if (bare) deployables.push({ ...bare, value: { ...bare.value, type: 'build' } });
  }
  const anaphora = ANAPHORA_BUILD.test(f.text) ? memory.build : undefined;
  const describedRelease: DescribedEntity | undefined = !anaphora && described ? { type: 'release', text: described[0] } : undefined;
  if (deployables.length === 0 && !anaphora && !describedRelease) return [];
  const seen = new Set<string>();
  const out: Draft[] = [];
  const edges = [OUTAGE_EDGE.began.exec(f.masked), OUTAGE_EDGE.ended.exec(f.masked)].filter((m): m is RegExpExecArray => m !== null);
  for (const p of f.predicates) {
    if (!LIFECYCLE.has(p.predicate)) continue;
    // "Errors began": the outage's verb, not a build's.
    if (edges.some((m) => p.index >= m.index && p.index < m.index + m[0].length)) continue;
    // "…was cancelled before it finished": after a stop, a verb in a before/until clause did not happen.
    const stopped = f.predicates.some((q) => q.index < p.index && (q.predicate === 'cancelled' || q.predicate === 'timed-out'));
    if (stopped && SUBORDINATE_TIME.test(f.text.slice(Math.max(0, p.index - 40), p.index))) continue;
    // "build A deployed revision B": what was deployed is the object right after the verb.
    const next = p.predicate === 'deployed' ? deployables.find((e) => e.index > p.index && e.index - (p.index + p.text.length) <= 12) : undefined;
    // "Revision R was deployed by build X": the build after "by" is the one that acted.
    const agent = next && (/(?:\bby|\bfrom)$/i.test(p.text) || /^\s*by\b/i.test(f.text.slice(p.index + p.text.length, next.index))) ? next : undefined;
    const object = agent ? undefined : next;
    // Otherwise each verb is about the thing named nearest before it ("build A finished; release B went live").
    const before = [...deployables].reverse().find((e) => e.index < p.index)?.value;
    // "Build X deployed revision R" is a claim about the build, and what it deployed.
    const builder = agent?.value ?? before ?? anaphora;
    const deployed = agent ? before : object?.value;
    const actingBuild = deployed && builder?.type === 'build' && deployed.type !== 'build' ? builder : undefined;
    const subject = actingBuild ?? agent?.value ?? object?.value ?? before ?? deployables.find((e) => e.index > p.index)?.value ?? anaphora;
    const key = `${p.predicate}|${subject?.id ?? 'described'}`;
    if ((!subject && !describedRelease) || seen.has(key)) continue;
    seen.add(key);
    const about = subject ? { subject } : { described: describedRelease! };
    out.push(
      draft(
        f,
        'deploy',
        `deploy-${p.predicate}`,
        { ...about, ...(actingBuild && deployed ? { object: deployed } : {}), predicate: p.predicate, negated: p.negated, time: timeNear(f, p.index) },
        p,
      ),
    );
  }
  return out;
}

function rollbackClaims(f: SentenceFacts): Draft[] {
  const servingTarget = entityOf(f, new Set(['version', 'release', 'revision']));
  // "Dana reverted the Hosting release to version X" undoes a deploy, not a commit.
  const p = f.predicates.find((x) => x.predicate === 'rolled-back') ?? (servingTarget ? f.predicates.find((x) => x.predicate === 'reverted') : undefined);
  if (!p) return [];
  return [
    draft(
      f,
      'rollback',
      'rollback',
      { predicate: 'rolled-back', negated: p.negated, time: timeNear(f, p.index), subject: entityOf(f, new Set(['version', 'release', 'revision'])) },
      p,
    ),
  ];
}

function commitClaims(f: SentenceFacts, memory: Memory): Draft[] {
  const described = DESCRIBED_COMMIT.exec(f.text);
  const file = entityOf(f, new Set(['file']));
  const named = entityOf(f, CHANGE_TYPES);
  const describedCommit: DescribedEntity | undefined =
    !named && described ? { type: 'commit', word: described[1]!.toLowerCase(), text: described[0] } : undefined;
  const change: Entity | undefined = named ?? (!describedCommit && ANAPHORA_CHANGE.test(f.text) && !file ? memory.change : undefined);
  const out: Draft[] = [];
  const seen = new Set<string>();
  for (const p of f.predicates) {
    let predicate = p.predicate;
    // "The agent committed docs/x.md": committing a file is adding it.
    if (predicate === 'pushed' && file && !change && !describedCommit) predicate = 'added';
    if (!['merged', 'pushed', 'reverted', 'added', 'changed'].includes(predicate) || seen.has(predicate)) continue;
    if (predicate === 'reverted' && entityOf(f, new Set(['version', 'release', 'revision']))) continue;
    const subject = predicate === 'added' ? file : (change ?? (describedCommit ? undefined : file));
    const hasChange = change !== undefined || describedCommit !== undefined;
    if (predicate === 'added' && !file) continue;
    if (predicate === 'changed' && !(hasChange && file) && !(hasChange && entityOf(f, new Set(['service'])))) continue;
    if (predicate === 'merged' && change?.type !== 'pr') continue;
    // "Marcus reverted the rewrite", "portal-agent[bot] made the first of three commits": named by who, not by id.
    if (!subject && !(describedCommit && predicate !== 'added') && !((predicate === 'reverted' || predicate === 'pushed') && entityOf(f, new Set(['actor']))))
      continue;
    seen.add(predicate);
    let about: Partial<Draft> = subject ? { subject } : describedCommit && predicate !== 'added' ? { described: describedCommit } : {};
    // "PR #312 reverted PR #214": the revert is named before the verb, what it undid after.
    if (predicate === 'reverted') about = revertRoles(f, p, describedCommit);
    out.push(draft(f, 'commit', `commit-${predicate}`, { ...about, predicate, negated: p.negated, time: timeNear(f, p.index) }, p));
  }
  return out;
}

/** Who is the revert and what it undid, by position: the change named before the verb is the revert, the one after it was reverted. */
function revertRoles(f: SentenceFacts, verb: FoundPredicate, described: DescribedEntity | undefined): Partial<Draft> {
  const changes = f.entities.filter((e) => CHANGE_TYPES.has(e.value.type));
  const afterAt = changes.find((e) => e.index > verb.index);
  // "PR #458 was reverted (by PR #460)": in the passive, the change before the verb is what was undone.
  if (/\b(?:was|were|been|is|are|got|gets|get)\s+(?:\w+\s+)?$/i.test(f.text.slice(Math.max(0, verb.index - 20), verb.index))) {
    const undone = [...changes].reverse().find((e) => e.index < verb.index)?.value;
    const lead = afterAt ? f.text.slice(0, afterAt.index) : '';
    const revert = afterAt && /\b(?:by|in|via|with|through)\s+(?:(?:PR|pull request|merge request|commit)\s*)?#?$/i.test(lead) ? afterAt.value : undefined;
    return { ...(revert ? { subject: revert } : described ? { described } : {}), ...(undone ? { object: undone } : {}) };
  }
  const before = [...changes].reverse().find((e) => e.index < verb.index)?.value;
  // "reverted it in PR #312", "reverted via commit 9c1e5b2", "the revert (#219)": the change named there is the revert itself.
  const lead = afterAt ? f.text.slice(0, afterAt.index) : '';
  const nounAt =
    afterAt && /^revert$/i.test(verb.text) && /^\s*\(?\s*(?:PR|pull request|commit)?\s*#?$/i.test(f.text.slice(verb.index + verb.text.length, afterAt.index));
  const via = afterAt && (nounAt || /\b(?:in|via|with|through)\s+(?:(?:PR|pull request|merge request|commit)\s*)?#?$/i.test(lead)) ? afterAt.value : undefined;
  const revert = before ?? via;
  const undone = via ? undefined : afterAt?.value;
  return { ...(revert ? { subject: revert } : described ? { described } : {}), ...(undone ? { object: undone } : {}) };
}

function approvalClaims(f: SentenceFacts): Draft[] {
  const p = f.predicates.find((x) => x.predicate === 'approved');
  if (!p) return [];
  return [draft(f, 'approval', 'approval', { predicate: 'approved', negated: p.negated, time: timeNear(f, p.index), subject: entityOf(f, CHANGE_TYPES) }, p)];
}

function causeClaims(f: SentenceFacts): Draft[] {
  if (!CAUSE_PATTERN.test(f.text)) return [];
  // "The outage caused 69 failed requests": the outage is what caused, an impact, not a cause of it.
  if (EFFECT_OF_OUTAGE.test(f.text)) return [];
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

/**
 * The doer of one verb: "by X" right after it (before the next verb), else the nearest actor
 * before it that is not another verb's "by X" ("approved by Dana and merged": Dana did not
 * merge). With neither, the verb has no named doer.
 */
function doerOfVerb(f: SentenceFacts, verb: FoundPredicate): Entity | undefined {
  const actors = f.entities.filter((e) => e.value.type === 'actor');
  const isBy = (e: Located<Entity>) => /\bby\s+(?:the\s+)?$/i.test(f.text.slice(Math.max(0, e.index - 8), e.index));
  // The next verb after this one's words (a verb inside them, "was re*deployed*", is this one).
  const next = f.predicates.find((p) => p.index >= verb.index + verb.text.length)?.index ?? f.text.length;
  const after = actors.find((e) => e.index > verb.index && e.index < next && isBy(e));
  if (after) return after.value;
  // The subject: an actor before the verb, governing it unless it is the "by" agent of an earlier verb.
  const before = [...actors].reverse().find((e) => e.index < verb.index);
  if (!before) return undefined;
  const byOfEarlier = isBy(before) && f.predicates.some((p) => p !== verb && p.index < before.index);
  return byOfEarlier ? undefined : before.value;
}

function entityOf(f: SentenceFacts, types: Set<string>): Entity | undefined {
  return f.entities.find((e) => types.has(e.value.type))?.value;
}

function firstTime(f: SentenceFacts): TimeRef | undefined {
  return f.times[0]?.ref ?? f.leadingTime;
}

/**
 * The time that belongs to the words at `index`: of the times written, one whose nearest
 * verb is these words ("Marcus rolled back at 10:20 and errors stopped" gives the errors no
 * time); the row's time when the sentence writes none.
 */
function timeOwnedBy(f: SentenceFacts, span: RegExpExecArray): TimeRef | undefined {
  if (f.times.length === 0) return f.leadingTime;
  const start = span.index;
  const end = span.index + span[0].length;
  const distance = (a: number, b: number, t: number) => (t < a ? a - t : t >= b ? t - b : 0);
  const others = f.predicates.filter((p) => p.index < start || p.index >= end);
  const owned = f.times.filter((t) => {
    const mine = distance(start, end, t.index);
    return others.every((p) => distance(p.index, p.index + p.text.length, t.index) >= mine);
  });
  return (owned.find((t) => t.index >= start) ?? owned[owned.length - 1])?.ref;
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

/** A clock time written in the text, not one glued to a name or number ("portal-api-00029-6am"). */
function writtenClock(text: string): string | undefined {
  for (const m of text.matchAll(new RegExp(CLOCK.source, 'gi'))) {
    if (!/[\w.-]$/.test(text.slice(0, m.index)) && !/^(?:[\w-]|\.\d)/.test(text.slice(m.index + m[0].length))) return m[0];
  }
  return undefined;
}

/** Spans of quoted text: “…”, "…", ‘…’ and '…' used as quotes (not apostrophes), and backticks. */
function quotedSpans(text: string): Array<{ index: number; length: number }> {
  const spans: Array<{ index: number; length: number }> = [];
  for (const m of text.matchAll(QUOTED)) spans.push({ index: m.index, length: m[0].length });
  return spans;
}

function insideAny(x: { index: number; length: number }, spans: Array<{ index: number; length: number }>): boolean {
  return spans.some((s) => x.index < s.index + s.length && x.index + x.length > s.index);
}
