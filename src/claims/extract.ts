// Sentence → Claim[]. Reads the values found in a sentence (entities, times, counts,
// durations, verbs) into SentenceFacts, places them on the timeline's days, and lets the
// rules in rules/ (one per claim kind, in RULE_ORDER) decide which claims it makes.

import type { Claim, Document, Entity, Sentence } from '../types.js';
import { HEDGE_PATTERN, PREDICATES, SENTENCE_WIDE_NEGATION, TOPIC_NOUN, VERB_NEGATION } from './patterns.js';
import { detectSentence, type DetectedFact } from './detect/index.js';
import { nonStatement, SAYS_NOTHING } from './detect/modality.js';
import { ProseDates, type ProseDate } from './prose-dates.js';
import { RULE_ORDER } from './rules/index.js';
import { CHANGE_TYPES, type Draft, type FoundPredicate, type Memory, type SentenceFacts } from './rules/sentence-facts.js';
import { CLOCK, findTimes, resolveLeadingTime, type FoundTime, type TimeContext } from './time.js';
import { TimelineDays } from './timeline-days.js';
import { findDurations, findEntities, findQuantities, type Located } from './values.js';

/** What the extract stage needs besides the document: the zone and date in force. Names come from the text alone. */
export interface ExtractContext {
  zone: string;
  zoneOrigin: string;
  date?: string;
  dateOrigin: string;
}

// Parts of a name, not verbs ("deploy-portal-main"), unless a known verb prefix ("squash-merged").
const VERB_PREFIX = /(?:^|[^\w-])(?:squash|force|auto|re|hot|fast-forward)-$/i;
const QUOTED = /“[^”]*”|"[^"]*"|‘[^’]*’|(?<![\w])'[^']+'(?![\w])|`[^`]*`/g;

/** What the extract stage read of a document: its claims, and the facts detected in each sentence (by sentence id). */
export interface Reading {
  claims: Claim[];
  detected: ReadonlyMap<string, readonly DetectedFact[]>;
}

/** Extracts every claim of the document, in order, with ids c1, c2, …. */
export function extractClaims(doc: Document, ctx: ExtractContext): Claim[] {
  return readReport(doc, ctx).claims;
}

/** Reads the document: every claim, and every sentence's detected facts with the instants its claims use. */
export function readReport(doc: Document, ctx: ExtractContext): Reading {
  const claims: Claim[] = [];
  const detected = new Map<string, readonly DetectedFact[]>();
  const memory: Memory = {};
  const days = new TimelineDays();
  const dates = new ProseDates(doc, ctx.date, ctx.zone);
  for (const sentence of doc.sentences) {
    const facts = placeOnDays(readSentence(sentence, ctx, dates), days);
    detected.set(sentence.id, facts.detected);
    // Headings are titles ("Root cause", "Recovery notes"), not statements.
    const drafts = sentence.container === 'heading' ? [] : claimsOf(facts, memory);
    for (const draft of drafts) claims.push({ ...draft, id: `c${claims.length + 1}` });
    remember(facts, memory);
  }
  return { claims, detected };
}

/** The sentence's times on the days the timeline has reached (row time first, then the text's); its detected times agree. */
function placeOnDays(f: SentenceFacts, days: TimelineDays): SentenceFacts {
  const leadingTime = f.leadingTime ? days.place(f.leadingTime) : undefined;
  const times = f.times.map((t) => {
    const ref = days.place(t.ref);
    return t.rangeEnd ? { ...t, ref, rangeEnd: days.placeEnd(ref, t.rangeEnd) } : { ...t, ref };
  });
  const detected = f.detected.map((d) => {
    if (d.kind !== 'time') return d;
    const found = d.leading ? { ref: leadingTime, rangeEnd: undefined } : times.find((t) => t.index === d.index);
    if (!found?.ref?.start) return d;
    return { ...d, instant: found.ref.start, ...(found.rangeEnd ? { until: found.rangeEnd.start } : {}) };
  });
  return { ...f, times, detected, ...(leadingTime ? { leadingTime } : {}) };
}

/** What the rules read of one sentence: its entities, times, durations, quantities and verbs, in the zone and date in force. */
function readSentence(sentence: Sentence, ctx: ExtractContext, dates: ProseDates): SentenceFacts {
  const text = sentence.text;
  const zone = sentence.zone ? { zone: sentence.zone.value, zoneOrigin: sentence.zone.origin } : { zone: ctx.zone, zoneOrigin: ctx.zoneOrigin };
  const named = findEntities(text);
  // The sentence's own date ("On October 14, between 09:41 and …"), else its section's, else one written earlier in the section.
  let prose = dates.of(sentence, maskEntities(text, named));
  const dated = (p: ProseDate | undefined): TimeContext =>
    p?.own || !sentence.sectionDate
      ? { ...zone, date: p?.date ?? ctx.date, dateOrigin: p?.origin ?? ctx.dateOrigin }
      : { ...zone, date: sentence.sectionDate, dateOrigin: 'the section date' };
  let timeCtx = dated(prose);
  let times = findTimes(text, timeCtx);
  // A date carried from an earlier paragraph holds only while the story moves forward from it.
  const within = (p: ProseDate, found: FoundTime[]) =>
    !p.window || found.every((t) => Date.parse(t.ref.start) >= p.window!.from && Date.parse(t.ref.start) < p.window!.until);
  if (prose && !within(prose, times)) {
    const before = prose.dayBefore;
    const earlier = before ? findTimes(text, dated(before)) : [];
    if (before && within(before, earlier)) [prose, timeCtx, times] = [before, dated(before), earlier];
    else {
      prose = undefined;
      timeCtx = dated(undefined);
      times = findTimes(text, timeCtx);
    }
  }
  dates.read(
    prose,
    times.map((t) => t.ref.start),
  );
  const leadingTime = sentence.leadingTime ? resolveLeadingTime(sentence.leadingTime.text, timeCtx) : undefined;
  const entities = named.filter((e) => !insideAny(e, times));
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
    // A heading's facts are read (a dated heading, "Impact: 2 hours") though a heading makes no claim.
    detected: detectSentence(sentence, { ...timeCtx, section: sentence.section, dated: true }),
  };
}

/** Blanks out entity ids so a verb inside a path or a trigger name is not read as a verb. */
function maskEntities(text: string, entities: Located<Entity>[]): string {
  let masked = text;
  for (const e of entities) masked = masked.slice(0, e.index) + ' '.repeat(e.length) + masked.slice(e.index + e.length);
  return masked;
}

/** The verbs of the (masked) text, in order, each negated or not where it stands. */
function findPredicates(text: string): FoundPredicate[] {
  const found: FoundPredicate[] = [];
  for (const def of PREDICATES) {
    def.pattern.lastIndex = 0;
    for (const m of text.matchAll(def.pattern)) {
      // "deploy-portal-main", "auto-approved-x": parts of names, not verbs.
      if (text[m.index - 1] === '-' && !VERB_PREFIX.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
      if (text[m.index + m[0].length] === '-') continue;
      // "the rollback procedure", "the deploy runbook": a topic, not something that happened.
      if (TOPIC_NOUN.test(text.slice(m.index + m[0].length))) continue;
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      const negated = VERB_NEGATION.test(before) || /^without\b/i.test(m[0]) || SENTENCE_WIDE_NEGATION.test(text.slice(0, m.index));
      found.push({ predicate: def.predicate, index: m.index, text: m[0], negated });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The rules, in the registry's order: the first to read anything of `alone` ends the sentence; `otherwise` reads only what nothing else did. */
function claimsOf(f: SentenceFacts, memory: Memory): Draft[] {
  // An apology, a question, a pointer elsewhere: no claim at all, whatever words it uses ("the impact this caused").
  const why = nonStatement(f.text, f.sentence.section);
  if (why && SAYS_NOTHING.has(why)) return [];
  for (const rule of RULE_ORDER.alone) {
    const claims = rule.read(f, memory);
    if (claims.length > 0) return claims;
  }
  const claims = RULE_ORDER.together.flatMap((rule) => rule.read(f, memory));
  if (claims.length > 0) return claims;
  for (const rule of RULE_ORDER.otherwise) {
    const read = rule.read(f, memory);
    if (read.length > 0) return read;
  }
  return [];
}

/** Anaphora: the last build, service and change (PR or commit) the sentence names, for "it" and "the build" later. */
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

/** Whether a found value overlaps any of the spans (a number inside a time or a quote is not a count). */
function insideAny(x: { index: number; length: number }, spans: Array<{ index: number; length: number }>): boolean {
  return spans.some((s) => x.index < s.index + s.length && x.index + x.length > s.index);
}
