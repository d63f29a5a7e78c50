// The fact detector on its own: every shape table's examples read as their row says, the
// non-statement rows set their examples aside, and each class of issue 6 is read in wordings
// of our own (none from the claims corpus): timed events, dates, relative times, changes
// without our id shapes, durations and counts in any words, actors, rollback vocabulary,
// negation and modality, causal words, segmentation, and the near misses once misread.

import { describe, expect, it } from 'vitest';
import { ACTION_SHAPES } from '../../src/claims/detect/actions.js';
import { ACTOR_SHAPES } from '../../src/claims/detect/actors.js';
import { IDENTIFIER_SHAPES } from '../../src/claims/detect/identifiers.js';
import { detectFacts, type DetectedFact } from '../../src/claims/detect/index.js';
import { findDurations, findQuantities } from '../../src/claims/detect/measures.js';
import { NON_STATEMENTS, nonStatement } from '../../src/claims/detect/modality.js';
import { findPeople, numberValue } from '../../src/claims/detect/nlp.js';
import { findDates, findRelativeTimes, weekdayDate } from '../../src/claims/detect/when.js';
import { readReport } from '../../src/claims/extract.js';
import { findTimes } from '../../src/claims/time.js';
import { parseReport } from '../../src/parse/index.js';

const UTC = { zone: 'UTC', zoneOrigin: 'test', date: '2025-03-04', dateOrigin: 'test' };

function facts(text: string): DetectedFact[] {
  return detectFacts(text, UTC);
}

function kinds(text: string): string[] {
  return [...new Set(facts(text).map((f) => f.kind))].sort();
}

function of(text: string, kind: DetectedFact['kind']): string[] {
  return facts(text)
    .filter((f) => f.kind === kind)
    .map((f) => f.text);
}

/** The instants a whole report's sentences were read at, by sentence text. */
function instants(markdown: string, ctx: { date?: string; zone?: string } = {}): Record<string, string[]> {
  const doc = parseReport('r.md', markdown);
  const zone = doc.timezone?.value ?? ctx.zone ?? 'UTC';
  const date = doc.date?.value ?? ctx.date;
  const { detected } = readReport(doc, { zone, zoneOrigin: 'test', ...(date ? { date } : {}), dateOrigin: 'test' });
  const out: Record<string, string[]> = {};
  for (const s of doc.sentences) {
    const times = (detected.get(s.id) ?? []).filter((f) => f.kind === 'time').flatMap((f) => [f.instant, f.until].filter((i) => i !== undefined));
    if (times.length > 0) out[s.text] = times.map((i) => i.slice(0, 16));
  }
  return out;
}

/** True when a row's pattern matches the text (rows are read with the g flag; a fresh copy has no state). */
function matches(pattern: RegExp, text: string): boolean {
  return new RegExp(pattern.source, pattern.flags.replace('g', '')).test(text);
}

describe('the shape tables', () => {
  // Each row reads its examples; whole sentences then go through detectFacts in the class tests below.
  it.each(ACTION_SHAPES.flatMap((row) => row.examples.map((text) => [row.action, text, row.pattern] as const)))('action %s reads "%s"', (_, text, pattern) => {
    expect(matches(pattern, text)).toBe(true);
  });

  it.each(ACTOR_SHAPES.flatMap((row) => row.examples.map((text) => [row.type, text, row.pattern] as const)))('actor %s reads "%s"', (_, text, pattern) => {
    expect(matches(pattern, text)).toBe(true);
  });

  it.each(IDENTIFIER_SHAPES.flatMap((row) => row.examples.map((text) => [row.type, text, row.pattern] as const)))(
    'identifier %s reads "%s"',
    (_, text, pattern) => {
      expect(matches(pattern, text)).toBe(true);
    },
  );

  it('reads each action example as its class in a whole sentence with a time', () => {
    for (const row of ACTION_SHAPES) {
      for (const text of row.examples)
        expect(
          facts(`At 10:00 UTC: ${text}.`).map((f) => f.action),
          text,
        ).toContain(row.action);
    }
  });

  it.each(NON_STATEMENTS.flatMap((row) => row.examples.map((text) => [row.why, text] as const)))('sets aside %s: "%s"', (why, text) => {
    expect(nonStatement(text)).toBe(why);
    expect(facts(text)).toEqual([]);
  });
});

describe('class 1: timed events that are not outage edges', () => {
  it.each([
    ['At 07:12 a responder flushed the CDN cache for the assets bucket.', 'other'],
    ['16:45 UTC — the release train was paused by the release manager.', 'cancel'],
    ['By 22:05 the worker pool had been scaled back to 12 replicas.', 'scale'],
    ['At 03:30 the on-call engineer was paged by the queue-depth monitor.', 'alert'],
  ])('reads a time and an action in "%s"', (text, action) => {
    const found = facts(text);
    expect(found.some((f) => f.kind === 'time')).toBe(true);
    expect(found.some((f) => f.kind === 'action' && (action === 'other' || f.action === action))).toBe(true);
  });
});

describe('class 2: dates in any place', () => {
  it.each([
    ['Late on 14 February 2023 the ledger stopped accepting writes.', '2023-02-14'],
    ['The cutover happened on Sept. 9th, 2022.', '2022-09-09'],
    ['2021 December 2: storage nodes began to fill up.', '2021-12-02'],
    ['Replication stalled on 2020-07-30.', '2020-07-30'],
  ])('reads the date in "%s"', (text, value) => {
    expect(findDates(text).map((d) => d.value)).toContain(value);
  });

  it('takes the year a report writes elsewhere for a date without one', () => {
    const md = '# Availability in May 2024\n\nOn May 12 at 14:20 UTC the mail relays stopped delivering.\n';
    expect(instants(md)).toEqual({ 'On May 12 at 14:20 UTC the mail relays stopped delivering.': ['2024-05-12T14:20'] });
  });

  it('dates the items under a line that is only a date, whatever the report date', () => {
    const md = ['Friday 7 June', '', '- 23:50 UTC: a cron job removed the TLS bundle.', '- 23:58 UTC: health checks started failing.', ''].join('\n');
    const read = instants(md, { date: '2024-06-20' });
    expect(Object.values(read)).toEqual([['2024-06-07T23:50'], ['2024-06-07T23:58']]);
  });

  it('dates a report by its "Date:" line and its zone declaration line', () => {
    expect(instants('Date: 2019-08-02\n\nAt 10:15 UTC the cache cluster lost quorum.\n')).toEqual({
      'At 10:15 UTC the cache cluster lost quorum.': ['2019-08-02T10:15'],
    });
    const table = ['| Region | Start |', '|---|---|', '| north | 09:05 |', '', 'All times America/Chicago, 3 March 2023.', ''].join('\n');
    expect(Object.values(instants(table))).toContainEqual(['2023-03-03T15:05']);
  });

  it('carries a written date on while the story moves forward, and not across a day-long jump', () => {
    const story = [
      'At 8:40 AM EST on January 9th, a schema migration locked the orders table.',
      '',
      'The migration was killed at 9:05 AM, and writes resumed.',
      '',
    ].join('\n');
    expect(Object.values(instants(story, { date: '2024-01-15' }))).toEqual([['2024-01-09T13:40'], ['2024-01-09T14:05']]);
    const unrelated = ['The last errors were logged at 00:20 on March 5.', '', 'Errors began at 23:40.', ''].join('\n');
    // 23:40 on March 5 would be a day after 00:20: the report's own date (March 4) holds.
    expect(Object.values(instants(unrelated, { date: '2025-03-04' }))).toEqual([['2025-03-05T00:20'], ['2025-03-04T23:40']]);
  });

  it('dates a weekday by the report: the latest such day on or before its date', () => {
    // 2025-03-12 is a Wednesday.
    expect(weekdayDate('2025-03-12', 1)).toBe('2025-03-10');
    expect(weekdayDate('2025-03-12', 3)).toBe('2025-03-12');
    // "Monday the 3rd": the latest month whose 3rd was a Monday, on or before the date.
    expect(weekdayDate('2025-03-12', 1, 3)).toBe('2025-03-03');
    expect(weekdayDate('2025-03-02', 1, 3)).toBe('2025-02-03');
    expect(weekdayDate('2025-03-02', 3, 31)).toBe('2024-07-31');
    const md = ['On Thursday at 21:10 UTC the DNS resolvers began timing out.', '', 'Friday 02:30 UTC: resolvers recovered.', ''].join('\n');
    expect(Object.values(instants(md, { date: '2025-03-12' }))).toEqual([['2025-03-06T21:10'], ['2025-03-07T02:30']]);
  });
});

describe('class 2: times written in shapes chrono does not read', () => {
  const at = (text: string, zone = 'UTC') =>
    findTimes(text, { zone, zoneOrigin: 'test', date: '2025-06-10', dateOrigin: 'test' }).flatMap((t) => [
      t.ref.start,
      ...(t.rangeEnd ? [t.rangeEnd.start] : []),
    ]);

  it.each([
    ['The cache tier was down 0915Z–1040Z.', ['2025-06-10T09:15:00.000Z', '2025-06-10T10:40:00.000Z']],
    ['Report filed DTG 091630ZJUN25 by the duty officer.', ['2025-06-09T16:30:00.000Z']],
    ['Date:   Mon Jun 9 22:05:17 2025 -0400', ['2025-06-10T02:05:17.000Z']],
    ['The relay restarted at 07:14:09Z after the watchdog fired.', ['2025-06-10T07:14:09.000Z']],
    ['As vendas pararam às 14h05 e voltaram às 14h50.', ['2025-06-10T17:05:00.000Z', '2025-06-10T17:50:00.000Z']],
  ])('reads "%s"', (text, want) => {
    expect(at(text, text.includes('14h05') ? 'America/Sao_Paulo' : 'UTC')).toEqual(want);
  });

  it('reads noon and midnight as clock times, and "8 p.m." before a word', () => {
    expect(at('The queue was empty by midnight.')).toEqual(['2025-06-10T00:00:00.000Z']);
    expect(at('We reopened signups at noon.')).toEqual(['2025-06-10T12:00:00.000Z']);
    expect(at('The sale opened at 8 p.m. AWST on Monday', 'UTC')).toEqual(['2025-06-09T12:00:00.000Z']);
  });

  it('reads numeric dates day first where the zone writes them so, month first in the US and UTC', () => {
    const dated = (text: string, zone: string) => Object.values(instants(text, { zone, date: '2025-04-20' }))[0];
    expect(dated('Change 4471 went in on 03/04/2025 at 22:30.\n', 'Europe/Madrid')).toEqual(['2025-04-03T20:30']);
    expect(dated('Change 4471 went in on 03/04/2025 at 22:30.\n', 'America/Chicago')).toEqual(['2025-03-05T04:30']);
    expect(findDates('Aviso de 07/04/2025 sobre a queda', 2025, undefined, true).map((d) => d.value)).toEqual(['2025-04-07']);
    expect(findDates('Schichtprotokoll, Nacht vom 6.–7.04.2025', 2025).map((d) => d.value)).toEqual(['2025-04-06']);
    expect(findDates('Stand: 17.04.2025', 2025).map((d) => d.value)).toEqual(['2025-04-17']);
  });

  it('dates a day of the month from the report, and keeps a written weekday off the timeline carry', () => {
    const md = [
      'Date: Fri 11 Apr 2025, 3:00 p.m. ET',
      '',
      'The importer stalled from 8:05 to 8:50 a.m. ET on Wednesday the 9th.',
      '',
      'It had been restarted at 7:55.',
      '',
    ].join('\n');
    expect(Object.values(instants(md))).toEqual([['2025-04-11T19:00'], ['2025-04-09T12:05', '2025-04-09T12:50'], ['2025-04-09T11:55']]);
  });

  it('places a bare time the evening before a time written with its full date when that is nearer', () => {
    const md = [
      '**Start:** 2 May 2025 (Fri) 21:40 KST',
      '**Recovery:** 3 May 2025 (Sat) 02:15 KST',
      '',
      'Card payments failed from 21:40 to 23:05 KST.',
      '',
    ].join('\n');
    expect(Object.values(instants(md)).at(-1)).toEqual(['2025-05-02T12:40', '2025-05-02T14:05']);
  });

  it('a bare time after a full date-time goes to the day before when that is nearer, within half a day', () => {
    const md = 'Service was restored at 2025-05-03 01:10 UTC. Errors had begun at 18:42 the evening before. Cleanup ran at 09:30.\n';
    expect(Object.values(instants(md, { date: '2025-05-03' }))).toEqual([['2025-05-03T01:10'], ['2025-05-02T18:42'], ['2025-05-03T09:30']]);
  });
});

describe('class 2: zones written in the report', () => {
  it('takes the only zone a report names for its unzoned times', () => {
    const md = ['Window: 2023-04-02 06:10 to 2023-04-02 07:45, Europe/Madrid.', '', '| Time | Event |', '|---|---|', '| 06:10 | queue backs up |', ''].join(
      '\n',
    );
    const read = instants(md);
    expect(read['Window: 2023-04-02 06:10 to 2023-04-02 07:45, Europe/Madrid.']).toEqual(['2023-04-02T04:10', '2023-04-02T05:45']);
    expect(Object.values(read)).toContainEqual(['2023-04-02T04:10']);
  });

  it('reads a fixed-offset header ("Time (UTC-3)")', () => {
    const md = ['| Time (UTC-3) | Event |', '|---|---|', '| 2022-10-01 21:30 | gateway restarted |', ''].join('\n');
    expect(Object.values(instants(md))).toEqual([['2022-10-02T00:30']]);
  });
});

describe('class 3: relative times', () => {
  it.each(['four minutes later', 'twenty minutes after the failover', 'shortly after midnight', 'within the hour'])('reads "%s"', (phrase) => {
    expect(findRelativeTimes(`The queue drained ${phrase}.`).map((r) => r.text.toLowerCase())).toContainEqual(expect.stringContaining(phrase.split(' ')[0]!));
  });
});

describe('class 4: changes named without our id shapes', () => {
  it.each([
    ['The fleet was moved to gatekeeper 7.3.12 overnight.', 'version'],
    ['Reverted in https://github.com/acme/router/pull/9031.', 'pr'],
    ['The fix landed as !2207 in the monorepo.', 'pr'],
    ['Follow-up lives in platform/edge#412.', 'ticket'],
  ])('reads the change in "%s"', (text, type) => {
    expect(facts(text).some((f) => f.kind === 'identifier' && f.type === type)).toBe(true);
  });

  it('reads a configuration change from one value to another', () => {
    expect(facts('The pool size went from 64 to 8.').some((f) => f.kind === 'action' && f.action === 'config-change')).toBe(true);
  });
});

describe('class 5: durations in any words', () => {
  it.each(['took roughly 7 hours', '3+ hours', 'well over a week', '2.4s', 'only 19 minutes', 'two and a half hours', '1h 5m'])('reads "%s"', (phrase) => {
    expect(findDurations(`Recovery ${phrase} in the end.`).length).toBeGreaterThan(0);
  });

  it('reads no duration in a status code plural or a clock', () => {
    expect(findDurations('Clients saw 503s.')).toEqual([]);
    expect(findDurations('at 10:45 the pods restarted')).toEqual([]);
  });
});

describe('class 6: counts in any unit', () => {
  it.each([
    ['1.8B log lines were dropped.', '1.8B log lines', '1.8B', 1.8e9],
    ['about 45 thousand devices went offline', 'about 45 thousand devices', '45 thousand', 45_000],
    ['roughly 310 000 uploads failed', 'roughly 310 000 uploads', '310 000', 310_000],
    ['more than four million messages queued', 'more than four million messages', 'four million', 4_000_000],
  ])('reads the count in "%s"', (text, quantity, number, value) => {
    expect(findQuantities(text).map((q) => q.text)).toEqual([quantity]);
    expect(numberValue(number)).toBe(value);
  });

  it('stops the unit at the noun: the words after it are the sentence', () => {
    expect(findQuantities('Support logged 57 tickets from enterprise tenants.').map((q) => q.text)).toEqual(['57 tickets']);
    expect(findQuantities('About sixty merchants contacted us.').map((q) => q.text)).toEqual(['About sixty merchants']);
  });

  it('reads no count in a year, a status code, a severity or an anaphoric number word', () => {
    expect(findQuantities('In 2024 we saw 502 responses at SEV-2.')).toEqual([]);
    expect(findQuantities('Nobody linked the two until later.')).toEqual([]);
  });
});

describe('class 7: actors', () => {
  it.each([
    ['Reviewed and merged by Oluwaseun Adeyemi.', 'person'],
    ['@mkowalski rolled the canary back.', 'handle'],
    ['The payments platform team drained the queue.', 'team'],
    ['Our first responders restarted the brokers.', 'role'],
    ['renovate[bot] merged the upgrade PR.', 'bot'],
  ])('reads the actor in "%s"', (text, type) => {
    expect(facts(text).some((f) => f.kind === 'actor' && f.type === type)).toBe(true);
  });

  it('reads a name the lexicon does not know where reports put names', () => {
    expect(findPeople('Incident commander: Tadeusz Wróbel').map((p) => p.text)).toEqual(['Tadeusz Wróbel']);
  });

  it('reads no fact in a sentence that only names people (a signature, a list of teams)', () => {
    expect(facts('The impact reached well beyond the teams we spoke with.')).toEqual([]);
    expect(facts('— Amaya Ruiz and Joon Park, founders')).toEqual([]);
  });

  it('does not take a role word inside a hyphenated name for an actor', () => {
    expect(of('- oncall-rotation doc updated afterwards', 'actor')).toEqual([]);
  });
});

describe('class 8: rollback vocabulary', () => {
  it.each([
    'We failed the primary over to the standby in zone c.',
    'The kill switch for instant-payouts was thrown.',
    'Undoing all recent changes to the edge config brought the error rate down.',
    'Redeploying the previous image fixed it.',
    'The feature flag was turned off for all tenants.',
  ])('reads a rollback-like action in "%s"', (text) => {
    expect(facts(text).some((f) => f.kind === 'action' && ['rollback', 'failover', 'revert', 'config-change'].includes(f.action ?? ''))).toBe(true);
  });
});

describe('class 9: negation and modality', () => {
  it.each([
    'A staged rollout would have limited the blast radius.',
    'No single engineer should ever be able to push to every region.',
    'We will move the nightly job off the primary.',
    'Action item: page on replication lag above 30 seconds.',
    'To fail over, the on-call promotes the replica by hand.',
    'Is the backup restore tested regularly?',
  ])('reads no fact in "%s"', (text) => {
    expect(facts(text)).toEqual([]);
  });

  it('reads facts in a statement that says something works normally', () => {
    expect(kinds('By 11:05 UTC the gateways were serving normally.')).toContain('time');
  });

  it('reads no fact in a plan or lessons section', () => {
    expect(nonStatement('Backups ran at 02:00 on the standby.', ['Report', 'Lessons learned'])).toMatch(/plans and lessons/);
  });
});

describe('class 10: causal words that state no cause', () => {
  it.each(['We are sorry for the disruption this caused.', 'We regret the trouble this caused and apologise.'])('reads no fact in "%s"', (text) => {
    expect(facts(text)).toEqual([]);
  });
});

describe('segmentation of real layouts', () => {
  it('splits a status-page label line and a timestamp heading from the text under them', () => {
    const doc = parseReport('r.md', '**Resolved**\nThe queue is empty again.\n\n**Monitoring** — Jun 2 at 04:10pm BST\nA fix has been applied.\n');
    expect(doc.sentences.map((s) => s.text)).toEqual(['Resolved', 'The queue is empty again.', 'Monitoring — Jun 2 at 04:10pm BST', 'A fix has been applied.']);
  });
});

describe('near misses once misread', () => {
  it('reads no clock in a version and no PR in an incident number', () => {
    expect(of('We rolled forward to 3.10.45 at once.', 'time')).toEqual([]);
    expect(facts('See incident #418 for the earlier outage.').filter((f) => f.type === 'pr')).toEqual([]);
  });

  it('reads a date after a clock ("12:03 am on November 23") as the date alone', () => {
    expect(findDates('The last errors were seen at 12:03 am on November 23.', 2026)).toEqual([
      { index: 41, length: 11, text: 'November 23', value: '2026-11-23' },
    ]);
  });

  it('reads an ISO date-time range as a range, not a clock with an offset', () => {
    const read = instants('Impact: 2021-05-30 22:10 to 2021-05-31 00:40 UTC.\n');
    expect(Object.values(read)).toEqual([['2021-05-30T22:10', '2021-05-31T00:40']]);
  });
});
