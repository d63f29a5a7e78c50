// How a post-mortem writer names things: clock times in the report's zone (24-hour or
// "3:05 PM", with or without "about", a zone abbreviation, "UTC", or nothing; the date when
// the day is not the report's), people by full name, first name or email, builds by id prefix.

import type { Rng } from './random.js';
import type { Actor, BuildPlan, Scenario } from './scenario-types.js';
import { formatLocal, zoneAbbreviation } from './zones.js';

const MIN = 60_000;

/** How one time is written. */
export interface TimeStyle {
  clock: '24h' | '12h';
  zone: 'none' | 'abbr' | 'utc';
  approx: boolean;
  /** Name the date even when it is the report's own (always named when it differs and the time is before it, or in UTC). */
  forceDate: boolean;
}

/** A random style; `approxOk` false keeps the time exact. */
export function timeStyle(rng: Rng, approxOk = true): TimeStyle {
  return {
    clock: rng.chance(0.35) ? '12h' : '24h',
    zone: rng.weighted<TimeStyle['zone']>([
      ['none', 5],
      ['abbr', 3],
      ['utc', 1],
    ]),
    approx: approxOk && rng.chance(0.25),
    forceDate: rng.chance(0.15),
  };
}

/** "14:05", "about 2:05 PM PDT", "00:12 on June 10", "21:05 UTC": an instant as the writer puts it. */
export function renderTime(s: Scenario, ms: number, style: TimeStyle, rng: Rng): string {
  const shown = style.approx ? Math.round(ms / (5 * MIN)) * 5 * MIN : Math.floor(ms / MIN) * MIN;
  const zone = style.zone === 'utc' ? 'UTC' : s.zone;
  const clock = formatLocal(zone, shown, style.clock === '24h' ? 'HH:mm' : rng.chance(0.5) ? 'h:mm a' : 'h:mm aaa');
  const suffix = style.zone === 'utc' ? ' UTC' : style.zone === 'abbr' ? ` ${zoneAbbreviation(s.zone, shown)}` : '';
  const day = formatLocal(zone, shown, 'yyyy-MM-dd');
  const needDate = day < s.date || (style.zone === 'utc' && day !== s.date) || (day !== s.date && rng.chance(0.5)) || style.forceDate;
  const date = needDate ? (rng.chance(0.5) ? ` on ${formatLocal(zone, shown, 'MMMM d')}` : ` on ${day}`) : '';
  const about = style.approx ? `${rng.pick(['about', 'around', 'approximately'])} ` : '';
  return `${about}${clock}${suffix}${date}`;
}

/** An actor as a writer names them: a person by full name, first name or email; a bot or service account by its name. */
export function renderActor(actor: Actor, rng: Rng): string {
  if (actor.kind !== 'person') return actor.kind === 'bot' ? actor.name : actor.email;
  const options = [actor.name, actor.email];
  if (actor.first && actor.email.toLowerCase().startsWith(actor.first.toLowerCase())) options.push(actor.first);
  return rng.pick(options);
}

/** A build as a writer names it: usually the 8-character id prefix, sometimes the whole id. */
export function renderBuild(build: BuildPlan, rng: Rng): string {
  return rng.chance(0.8) ? build.id.slice(0, 8) : build.id;
}

/** A duration in minutes as words: "45 minutes", "1 hour and 5 minutes", "about 45 minutes". */
export function renderMinutes(minutes: number, rng: Rng, approx = false): string {
  const about = approx ? 'about ' : '';
  if (minutes >= 60 && rng.chance(0.5)) {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    const hours = `${h} ${h === 1 ? 'hour' : 'hours'}`;
    return m === 0 ? `${about}${hours}` : `${about}${hours} and ${m} ${m === 1 ? 'minute' : 'minutes'}`;
  }
  return `${about}${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/** Upper-cases the first letter (a sentence starting with a name or "build"). */
export function capitalize(text: string): string {
  return text.length > 0 ? `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}` : text;
}

/** A shift of at least `min` minutes, either way, that keeps `ms` at least `min` minutes from every instant in `avoid`. */
export function shiftedTime(rng: Rng, ms: number, avoid: number[], min = 10, max = 30): number {
  for (let i = 0; i < 40; i++) {
    const shifted = ms + (rng.chance(0.5) ? 1 : -1) * rng.int(min, max) * MIN;
    if (avoid.every((a) => Math.abs(a - shifted) >= min * MIN)) return shifted;
  }
  return ms + (max + min) * MIN;
}
