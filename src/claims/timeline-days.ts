// Clock times across midnight. A report dated by its first day whose timeline runs past
// midnight writes "23:52 … 00:10 …": read against the one declared date, every time after
// midnight would land a day early. Reports move forward through time, so a time that only
// borrows its date from the context is placed on the day that puts it nearest the time
// written before it (never before the declared date, unless within half a day before a time
// written with its full date); a time with its own date anchors.

import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import type { TimeRef } from '../types.js';

/** Most days a timeline is carried forward from its declared date. */
const MAX_DAYS = 7;
const HALF_DAY_MS = 12 * 3_600_000;

/** Places each context-dated time on the day nearest the previous one, in document order. */
export class TimelineDays {
  private last?: { ms: number; origin: string };

  /** The time on its day; call in document order. */
  place(ref: TimeRef): TimeRef {
    const start = Date.parse(ref.start);
    if (ref.dateOrigin.startsWith('the expression')) {
      this.last = { ms: start, origin: ref.dateOrigin };
      return ref;
    }
    const last = this.last?.origin === ref.dateOrigin || this.last?.origin.startsWith('the expression') ? this.last : undefined;
    let days = 0;
    if (last) {
      let best = Math.abs(start - last.ms);
      for (let k = 1; k <= MAX_DAYS; k++) {
        const distance = Math.abs(shift(start, ref.zone, k) - last.ms);
        if (distance >= best) break;
        best = distance;
        days = k;
      }
      // After a time written with its full date ("Recovery: 15 July 01:10"), a bare "18:42" may be the evening before it.
      const before = shift(start, ref.zone, -1);
      if (days === 0 && last.origin.startsWith('the expression') && last.ms > before && last.ms - before < HALF_DAY_MS && last.ms - before < best) days = -1;
    }
    const placed = days === 0 ? ref : moved(ref, days);
    this.last = { ms: Date.parse(placed.start), origin: ref.dateOrigin };
    return placed;
  }

  /** The end of a written range ("23:50–00:20"): on or after its start. */
  placeEnd(start: TimeRef, end: TimeRef): TimeRef {
    let placed = end;
    for (let k = 1; k <= MAX_DAYS && Date.parse(placed.start) < Date.parse(start.start); k++) placed = moved(end, k);
    return placed;
  }
}

function moved(ref: TimeRef, days: number): TimeRef {
  const note = days === 1 ? 'the next day' : days === -1 ? 'the day before' : `${days} days later`;
  return {
    ...ref,
    start: new Date(shift(Date.parse(ref.start), ref.zone, days)).toISOString(),
    end: new Date(shift(Date.parse(ref.end), ref.zone, days)).toISOString(),
    dateOrigin: `${ref.dateOrigin}, ${note} (${days < 0 ? 'nearest the dated time before it' : 'the timeline passed midnight'})`,
  };
}

/** The same wall-clock time `days` calendar days later in the zone (daylight saving respected). */
function shift(ms: number, zone: string, days: number): number {
  return addDays(new TZDate(ms, zone), days).getTime();
}
