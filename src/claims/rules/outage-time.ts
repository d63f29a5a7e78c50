// When the outage began and ended ("Errors began at 10:02", "from 09:48 to 10:21", "the site
// was fully recovered by 10:30"): the edges of the outage, each with the time that belongs to it.

import { OUTAGE_EDGE, OUTAGE_NOUNS, RECOVERED_PHRASES } from '../patterns.js';
import type { Rule } from './rule.js';
import { CHANGE_TYPES, DEPLOYABLE_TYPES, draft, firstTime, rangeOf, timeOwnedBy, type Draft, type SentenceFacts } from './sentence-facts.js';

/** The outage's start and end times: from an edge verb, a range, or an outage noun with a start or stop word. */
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

/** Reads the outage's start and end times (kind `time`). */
export const outageTimeRule: Rule<'time'> = {
  kind: 'time',
  read: outageTimeClaims,
  examples: {
    reads: [
      { text: 'Errors began at 10:02.', claims: [{ kind: 'time', predicate: 'began', time: '10:02' }] },
      { text: 'Errors stopped at 10:21.', claims: [{ kind: 'time', predicate: 'ended', time: '10:21' }] },
      {
        text: 'The outage lasted from 09:48 to 10:21.',
        claims: [
          { kind: 'time', predicate: 'began', time: '09:48' },
          { kind: 'time', predicate: 'ended', time: '10:21' },
        ],
      },
      { text: 'The site was fully recovered by 10:30.', claims: [{ kind: 'time', predicate: 'ended', time: '10:30' }] },
    ],
    doesNotRead: [
      // A build's start is not the outage's.
      'The build started at 10:02.',
      // An outage with no time.
      'The outage was long.',
      'Errors are expected during deploys.',
    ],
  },
};
