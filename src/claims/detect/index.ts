// The detector: every checkable fact a sentence states, from its text alone: times, dates,
// relative times, durations, quantities, identifiers, actors and actions. It decides nothing
// about what the sentence claims (the rules in ../rules/ do); it finds what there is to check,
// so that a fact no rule interprets is still reported, never silently dropped.

import { writesDayFirst } from '../../parse/zones.js';
import { TOPIC_NOUN } from '../patterns.js';
import { findEntities } from '../values.js';
import { findTimes, resolveLeadingTime, type TimeContext } from '../time.js';
import type { FactKind, Sentence } from '../../types.js';
import { ACTION_SHAPES, type DetectedAction } from './actions.js';
import { ACTOR_SHAPES, type ActorType } from './actors.js';
import { IDENTIFIER_SHAPES, type IdentifierType } from './identifiers.js';
import { findDurations, findQuantities } from './measures.js';
import { nonStatement } from './modality.js';
import { findPeople, findVerbs } from './nlp.js';
import { findDates, findRelativeTimes } from './when.js';

/** One fact the sentence states: its kind, where it is written, and what it is. */
export interface DetectedFact {
  kind: FactKind;
  text: string;
  index: number;
  length: number;
  /** time: the UTC instant it resolves to, when a date is known. */
  instant?: string;
  /** time written as a range ("from 06:10 to 13:55"): the instant of its end. */
  until?: string;
  /** date: YYYY-MM-DD when the day is known. */
  value?: string;
  /** action: its class; actor and identifier: their type. */
  action?: DetectedAction;
  type?: ActorType | IdentifierType;
  /** True for a timeline row's or list item's leading time, which stands before the text (index −1). */
  leading?: boolean;
}

/** What the detector reads a sentence against. */
export interface DetectContext extends TimeContext {
  /** Heading texts above the sentence (a plan section states no facts). */
  section?: readonly string[];
  /** True when `date` already is the sentence's own (the extract stage weighed its section's and the prose's). */
  dated?: boolean;
  /** True for a timeline row or list item with its own leading time: the text is a timed event. */
  leadingTime?: boolean;
}

const QUOTED = /“[^”]*”|"[^"]*"|‘[^’]*’|(?<![\w])'[^']+'(?![\w])/g;
const ENTITY_AS_IDENTIFIER: Partial<Record<string, IdentifierType>> = {
  pr: 'pr',
  commit: 'commit',
  build: 'build',
  revision: 'revision',
  release: 'release',
  version: 'version',
  file: 'file',
  service: 'service',
};

/** Every checkable fact in `text`, in text order; none when the sentence states no fact (a plan, a norm, a question…). */
export function detectFacts(text: string, ctx: DetectContext): DetectedFact[] {
  if (nonStatement(text, ctx.section)) return [];
  // A label alone ("Resolved", "Update", "Postmortem"): a status-page heading, not a statement.
  if (/^[\p{L} -]{1,30}$/u.test(text.trim()) && text.trim().split(/\s+/).length <= 2) return [];
  const facts: DetectedFact[] = [];
  // Values never overlap one another: a time's digits are not a count, a version is not a clock.
  const values: Array<{ index: number; length: number }> = [...quotedSpans(text)];
  const free = (index: number, length: number) => !values.some((v) => index < v.index + v.length && index + length > v.index);
  const addValue = (f: DetectedFact) => {
    if (!free(f.index, f.length)) return;
    values.push(f);
    facts.push(f);
  };
  // A link or a chat channel names where to look, not a fact; links to changes are identifiers (read first).
  const ids = identifiers(text);
  for (const id of ids.filter((i) => /^https?:/.test(i.text))) addValue(id);
  for (const m of text.matchAll(/\bhttps?:\/\/\S+|(?<![\w&])#[a-z][\w-]*/gi))
    if (free(m.index, m[0].length)) values.push({ index: m.index, length: m[0].length });
  for (const id of ids) addValue(id);
  for (const t of findTimes(text, ctx)) {
    addValue({
      kind: 'time',
      text: text.slice(t.index, t.index + t.length),
      index: t.index,
      length: t.length,
      ...(t.ref.start ? { instant: t.ref.start } : {}),
      ...(t.rangeEnd?.start ? { until: t.rangeEnd.start } : {}),
    });
  }
  for (const t of unplacedClocks(text)) addValue({ kind: 'time', ...t });
  const year = ctx.date ? Number(ctx.date.slice(0, 4)) : undefined;
  for (const d of findDates(text, year, ctx.date, writesDayFirst(ctx.zone)))
    addValue({ kind: 'date', text: d.text, index: d.index, length: d.length, ...(d.value ? { value: d.value } : {}) });
  for (const r of findRelativeTimes(text)) addValue({ kind: 'relative-time', ...r });
  for (const d of findDurations(text)) addValue({ kind: 'duration', ...d });
  for (const q of findQuantities(text)) addValue({ kind: 'quantity', ...q });
  // Actors and actions are words about the values: they may overlap them ("Downgrade to 4.80.9 completed").
  const valued = facts.length > 0;
  const named = actors(text);
  const shaped = actions(text);
  facts.push(...named, ...shaped);
  // Any other verb of doing is an action too, where the sentence is anchored by a time or a value
  // ("At 07:12 a responder flushed the cache", "Release 4.2 reached 212 PoPs"). Unanchored ("The
  // team worked well together", "Priya shared her screen") it is narrative no record settles.
  const anchored = valued || ctx.leadingTime === true;
  if (anchored) {
    for (const v of findVerbs(text)) {
      if (!(v.past || (v.present && (ctx.leadingTime || facts.some((f) => f.kind === 'time'))))) continue;
      if (shaped.some((a) => v.index < a.index + a.length && v.index + v.length > a.index) || !free(v.index, v.length)) continue;
      facts.push({ kind: 'action', action: 'other', text: v.text, index: v.index, length: v.length });
    }
  }
  // Who alone is no fact ("the teams we heard from", a signature): a fact says what, when or how much.
  if (facts.every((f) => f.kind === 'actor')) return [];
  return facts.sort((a, b) => a.index - b.index || a.kind.localeCompare(b.kind));
}

/** The facts of a sentence: its text's, and the leading time of its timeline row or list item. */
export function detectSentence(sentence: Sentence, ctx: DetectContext): DetectedFact[] {
  const timeCtx: DetectContext = {
    ...ctx,
    ...(sentence.zone ? { zone: sentence.zone.value, zoneOrigin: sentence.zone.origin } : {}),
    ...(sentence.sectionDate && !ctx.dated ? { date: sentence.sectionDate, dateOrigin: 'the section date' } : {}),
    section: sentence.section,
  };
  const facts = detectFacts(sentence.text, { ...timeCtx, leadingTime: sentence.leadingTime !== undefined });
  if (!sentence.leadingTime) return facts;
  const lead = sentence.leadingTime.text;
  const ref = resolveLeadingTime(lead, timeCtx);
  return [{ kind: 'time', text: lead, index: -1, length: 0, leading: true, ...(ref ? { instant: ref.start } : {}) }, ...facts];
}

function identifiers(text: string): DetectedFact[] {
  const out: DetectedFact[] = [];
  for (const shape of IDENTIFIER_SHAPES) {
    for (const m of text.matchAll(shape.pattern)) out.push({ kind: 'identifier', type: shape.type, text: m[0], index: m.index, length: m[0].length });
  }
  for (const e of findEntities(text)) {
    const type = ENTITY_AS_IDENTIFIER[e.value.type];
    if (type) out.push({ kind: 'identifier', type, text: text.slice(e.index, e.index + e.length), index: e.index, length: e.length });
  }
  // Longest first, so "https://…/pull/5120" wins over the "#5120"-like pieces inside it.
  return out.sort((a, b) => b.length - a.length);
}

function actors(text: string): DetectedFact[] {
  const out: DetectedFact[] = [];
  for (const shape of ACTOR_SHAPES) {
    for (const m of text.matchAll(shape.pattern)) out.push({ kind: 'actor', type: shape.type, text: m[0], index: m.index, length: m[0].length });
  }
  for (const p of findPeople(text)) out.push({ kind: 'actor', type: 'person', ...p });
  return withoutOverlaps(out);
}

function actions(text: string): DetectedFact[] {
  const out: DetectedFact[] = [];
  for (const shape of ACTION_SHAPES) {
    for (const m of text.matchAll(new RegExp(shape.pattern.source, `${shape.pattern.flags.replace('g', '')}g`))) {
      if (TOPIC_NOUN.test(text.slice(m.index + m[0].length))) continue;
      out.push({ kind: 'action', action: shape.action, text: m[0], index: m.index, length: m[0].length });
    }
  }
  return withoutOverlaps(out);
}

/** The first of overlapping facts (in table order) wins. */
function withoutOverlaps(facts: DetectedFact[]): DetectedFact[] {
  const kept: DetectedFact[] = [];
  for (const f of facts) if (!kept.some((k) => f.index < k.index + k.length && f.index + f.length > k.index)) kept.push(f);
  return kept;
}

/** Clock times chrono did not place (no date known, or a shape it skips): still times the sentence states. */
function unplacedClocks(text: string): Array<{ text: string; index: number; length: number }> {
  const out: Array<{ text: string; index: number; length: number }> = [];
  for (const m of text.matchAll(/(?<![\w.:-])\d{1,2}:\d\d(?::\d\d)?(?:\s?(?:[ap]\.?m\.?))?(?![\w:-]|\.\d)/gi))
    out.push({ text: m[0], index: m.index, length: m[0].length });
  return out;
}

/** Spans of quoted text: “…”, "…", ‘…’ and '…' used as quotes (not apostrophes). */
export function quotedSpans(text: string): Array<{ index: number; length: number }> {
  return [...text.matchAll(QUOTED)].map((m) => ({ index: m.index, length: m[0].length }));
}
