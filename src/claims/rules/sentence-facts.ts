// What a sentence offers the rules, and the helpers they share to read it: who did a verb,
// which time belongs to which words, the entity of a type. Rules combine these; they never
// read the text a second way on their own.

import type { Claim, ClaimKind, DurationRef, Entity, Predicate, Quantity, Sentence, TimeRef } from '../../types.js';
import type { DetectedFact } from '../detect/index.js';
import type { FoundTime } from '../time.js';
import type { Located } from '../values.js';

/** A verb found in a sentence, at its place, with whether it is negated there. */
export interface FoundPredicate {
  predicate: Predicate;
  index: number;
  /** The words matched ("without review" carries its own negation). */
  text: string;
  negated: boolean;
}

/** What one sentence offers the rules. */
export interface SentenceFacts {
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
  /** Every checkable fact the detector found, from the text alone (none in a plan, norm or apology). */
  detected: DetectedFact[];
}

/** Anaphora memory: the last build and the last change (PR or commit) named so far. */
export interface Memory {
  build?: Entity;
  change?: Entity;
  service?: Entity;
}

/** A claim before it has its id, which extractClaims gives in document order. */
export type Draft = Omit<Claim, 'id'>;

/** Entity types that are a change to the code: what "it", "the PR" and a revert refer to. */
export const CHANGE_TYPES = new Set(['pr', 'commit']);
/** Entity types that can be deployed and serve traffic: what a lifecycle verb or a recovery credits. */
export const DEPLOYABLE_TYPES = new Set(['build', 'version', 'release', 'revision']);
/** A negation anywhere in the sentence, for rules that do not know which verb it negates. */
export const SENTENCE_NEGATION = /\b(?:not|never|no longer|neither|nor|nobody|no one)\b|n't\b/i;

/** A claim of the sentence; `verb`, when given, is the verb it is read from, whose own doer is its actor. */
export function draft(f: SentenceFacts, kind: ClaimKind, pattern: string, extra: Partial<Draft> = {}, verb?: FoundPredicate): Draft {
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

/** The actor after "by", else an actor that opens the sentence ("Marcus rolled back…", "Priya's cancel…"). */
export function doerOf(f: SentenceFacts): Entity | undefined {
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
export function doerOfVerb(f: SentenceFacts, verb: FoundPredicate): Entity | undefined {
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

/** The first entity named of one of these types. */
export function entityOf(f: SentenceFacts, types: Set<string>): Entity | undefined {
  return f.entities.find((e) => types.has(e.value.type))?.value;
}

/** The first time written in the sentence, else the row's time. */
export function firstTime(f: SentenceFacts): TimeRef | undefined {
  return f.times[0]?.ref ?? f.leadingTime;
}

/**
 * The time that belongs to the words at `index`: of the times written, one whose nearest
 * verb is these words ("Marcus rolled back at 10:20 and errors stopped" gives the errors no
 * time); the row's time when the sentence writes none.
 */
export function timeOwnedBy(f: SentenceFacts, span: RegExpExecArray): TimeRef | undefined {
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
export function timeNear(f: SentenceFacts, index: number): TimeRef | undefined {
  if (f.times.length === 0) return f.leadingTime;
  const after = f.times.find((t) => t.index >= index);
  return (after ?? f.times[f.times.length - 1])!.ref;
}

/** "from 09:48 to 10:21", "between 09:48 and 10:21", "09:48–10:21". */
export function rangeOf(f: SentenceFacts): [TimeRef, TimeRef] | undefined {
  const written = f.times.find((t) => t.rangeEnd);
  if (written) return [written.ref, written.rangeEnd!];
  if (f.times.length < 2) return undefined;
  const [a, b] = f.times as [FoundTime, FoundTime];
  const between = f.text.slice(a.index + a.length, b.index);
  if (!/^\s*(?:to|and|until|till|through|[-–—])\s*$/i.test(between)) return undefined;
  return [a.ref, b.ref];
}
