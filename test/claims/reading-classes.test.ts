// Extraction classes behind wrong verdicts on other people's incidents: timelines that run
// past midnight, numbers inside quoted names, a doer bound to the verb it did, the roles of
// a revert, and a build named with what it deployed.

import { describe, expect, it } from 'vitest';
import { extractClaims, type ExtractContext } from '../../src/claims/extract.js';
import { parseReport } from '../../src/parse/index.js';
import type { Claim } from '../../src/types.js';

const ctx = (date: string, zone: string): ExtractContext => ({
  zone,
  zoneOrigin: 'test',
  date,
  dateOrigin: 'front matter date',
});
const claimsOf = (text: string, c = ctx('2026-06-09', 'UTC')): Claim[] => extractClaims(parseReport('r.md', text), c);
const startsOf = (claims: Claim[]) => claims.filter((c) => c.time).map((c) => c.time!.start);

describe('a timeline that runs past midnight goes on to the next day', () => {
  it('list items after midnight are dated the next day, daylight saving included', () => {
    const report = [
      '- 23:50 The agent deployed revision ledger-api-00008-def.',
      '- 23:58 Errors began.',
      '- 00:20 Errors stopped.',
      '- 03:10 Dana rolled back to revision ledger-api-00007-abc.',
      '',
    ].join('\n');
    // 2026-03-08 is the day New York springs forward: 00:20 is EST (−5), 03:10 is EDT (−4).
    expect(startsOf(claimsOf(report, ctx('2026-03-07', 'America/New_York')))).toEqual([
      '2026-03-08T04:50:00.000Z',
      '2026-03-08T04:58:00.000Z',
      '2026-03-08T05:20:00.000Z',
      '2026-03-08T07:10:00.000Z',
    ]);
  });

  it('prose that moves on past midnight is dated the same way, and says why', () => {
    const claims = claimsOf('Errors began at 23:52.\n\nErrors stopped at 00:31.\n');
    expect(startsOf(claims)).toEqual(['2026-06-09T23:52:00.000Z', '2026-06-10T00:31:00.000Z']);
    expect(claims[1]!.time!.dateOrigin).toContain('the next day (the timeline passed midnight)');
  });

  it('a range written across midnight ends the next day', () => {
    const [began, ended] = claimsOf('The outage lasted from 23:40 to 00:25.\n');
    expect([began!.time!.start, ended!.time!.start]).toEqual(['2026-06-09T23:40:00.000Z', '2026-06-10T00:25:00.000Z']);
  });

  it('a time a little before the last one stays on its day', () => {
    const claims = claimsOf('Errors stopped at 10:21.\n\nErrors began at 09:48.\n');
    expect(startsOf(claims)).toEqual(['2026-06-09T10:21:00.000Z', '2026-06-09T09:48:00.000Z']);
  });
});

describe('numbers in quoted names are not measurements', () => {
  const phrasings = [
    'The alert "5xx ratio above 5%" fired at 09:03.',
    'At 09:03 the “Checkout error rate > 2%” monitor paged the on-call.',
    "The page titled 'p99 latency over 30% of budget' opened at 09:03.",
  ];
  for (const text of phrasings) {
    it(`reads no share from: ${text}`, () => {
      const claims = claimsOf(`${text}\n`);
      expect(claims.filter((c) => c.kind === 'impact')).toEqual([]);
      expect(claims.flatMap((c) => c.quantities)).toEqual([]);
    });
  }

  it('still reads a share written outside quotes', () => {
    const [c] = claimsOf('The alert "error budget burn" fired when 40% of requests failed.\n');
    expect(c?.quantities.map((q) => q.value)).toEqual([40]);
  });
});

describe('each verb has its own doer', () => {
  const doers = (text: string) => claimsOf(`${text}\n`).map((c) => [c.kind, c.predicate, c.actor?.id ?? null]);

  it('"approved by Dana and merged" does not say Dana merged', () => {
    expect(doers('PR #214 was approved by Dana and merged at 09:40.')).toEqual([
      ['commit', 'merged', null],
      ['approval', 'approved', 'dana'],
    ]);
  });

  it('"Dana approved PR #214 and the agent merged it" names the agent as the one who merged', () => {
    expect(doers('Dana approved PR #214 and the agent merged it at 09:40.')).toEqual([
      ['commit', 'merged', 'agent'],
      ['approval', 'approved', 'dana'],
    ]);
  });

  it('"merged by Sam after review by Dana" binds each "by" to its own verb', () => {
    expect(doers('PR #214 was merged by Sam at 09:40 after it was reviewed by Dana.')).toEqual([
      ['commit', 'merged', 'sam'],
      ['approval', 'approved', 'dana'],
    ]);
  });
});

describe('a revert: what reverts and what is reverted', () => {
  const roles = (text: string) =>
    claimsOf(`${text}\n`)
      .filter((c) => c.predicate === 'reverted')
      .map((c) => [c.subject?.id ?? null, c.object?.id ?? null]);

  it('names the revert before the verb and what it undid after it', () => {
    expect(roles('PR #312 reverted PR #214 at 10:30.')).toEqual([['312', '214']]);
    expect(roles('Sam reverted PR #214 at 10:30.')).toEqual([[null, '214']]);
    expect(roles('Dana reverted it in PR #312 at 10:30.')).toEqual([['312', null]]);
    expect(roles('The revert (#312) landed at 10:30.')).toEqual([['312', null]]);
  });
});

describe('a build named with what it deployed', () => {
  it('"build X deployed revision R" is a claim about the build, with R as what it deployed', () => {
    for (const text of [
      'Build 4f1c2a9e deployed revision ledger-api-00009-ghi at 09:25.',
      'At 09:25 build 4f1c2a9e rolled out ledger-api-00009-ghi.',
      'The recovery build 4f1c2a9e shipped revision ledger-api-00009-ghi.',
    ]) {
      const deploy = claimsOf(`${text}\n`).find((c) => c.kind === 'deploy' && c.predicate === 'deployed');
      expect([deploy?.subject?.id, deploy?.object?.id], text).toEqual(['4f1c2a9e', 'ledger-api-00009-ghi']);
    }
  });
});

describe('denials with an exception, and denials placed before the verb', () => {
  const read = (text: string) => claimsOf(`${text}\n`).map((c) => [c.kind, c.denied ?? c.predicate, c.variant ?? null, c.excepted?.kind ?? null, c.negated]);

  it('reads what "apart from / besides / other than" leaves out', () => {
    expect(read('Apart from the rollback, no other changes were made to production.')).toEqual([['absence', 'change', 'others', 'rollback', true]]);
    expect(read('No other production changes were made during the incident besides the fix.')).toEqual([['absence', 'change', 'others', 'recovery', true]]);
    expect(read('Other than the revert, nothing was deployed or changed in production during the outage.')).toEqual([
      ['absence', 'deploy', 'others', 'rollback', true],
    ]);
    expect(read('No other production changes were made during the incident besides the redeploy of the previous image.')).toEqual([
      ['absence', 'change', 'others', 'rollback', true],
    ]);
  });

  it('"at no point was anything rolled back" is a negated rollback claim', () => {
    expect(read('At no point during the incident was anything rolled back.')).toEqual([['rollback', 'rolled-back', null, null, true]]);
  });
});

describe('roles in the passive', () => {
  it('"revision R was deployed by build X" is the build\'s claim about R', () => {
    const [c] = claimsOf('Revision ledger-api-00052-pr7 was deployed by build f2caa8f7.\n');
    expect([c?.subject?.id, c?.object?.id]).toEqual(['f2caa8f7', 'ledger-api-00052-pr7']);
  });

  it('"PR #458 was reverted by Sam" says PR #458 is what was undone', () => {
    const [c] = claimsOf('PR #458 was reverted by Sam at 14:22.\n');
    expect([c?.subject?.id ?? null, c?.object?.id, c?.actor?.id]).toEqual([null, '458', 'sam']);
  });
});

describe('what is not a claim of its kind', () => {
  it('"the outage caused 69 failed requests" is an impact, not a cause', () => {
    expect(claimsOf('The outage caused 69 failed requests.\n').map((c) => c.kind)).toEqual(['impact']);
    expect(claimsOf('The outage was caused by PR #41.\n').map((c) => c.kind)).toContain('cause');
  });

  it('a clock glued to a name or a version is no time', () => {
    for (const text of [
      'Traffic went to revision portal-api-00029-6am.',
      'We upgraded the client to 2.14.3 at the start.',
      'The v10.05-rc build was tagged.',
    ]) {
      const claims = claimsOf(`${text}\n`);
      expect(claims.flatMap((c) => [c.time?.text, c.unresolvedTime]).filter(Boolean), text).toEqual([]);
    }
  });
});

describe('timed events that are not outage edges', () => {
  const events = (text: string) =>
    claimsOf(`${text}\n`)
      .filter((c) => c.kind !== 'fact')
      .map((c) => [c.kind, c.action ?? null, c.time?.text ?? c.unresolvedTime ?? null]);

  it('reads a time and an action no other rule reads as a timeline event', () => {
    expect(events('At 09:17 an engineer pushed a config change.')).toEqual([['event', 'config-change', '09:17']]);
    expect(events('- 14:40 Incident closed.')).toEqual([['event', 'incident-closed', '14:40']]);
    expect(events('At 10:05 the agent deployed the fix by hand.')).toEqual([['event', 'deploy', '10:05']]);
    expect(events('At 09:05 the on-call was paged.')).toEqual([['event', 'alert', '09:05']]);
  });

  it('does not read an event without a time, or a time without an action', () => {
    expect(events('We deployed the fix.')).toEqual([]);
    expect(events('The meeting was at 10:00 to talk it through.')).toEqual([]);
  });

  it('leaves a sentence another rule reads to that rule', () => {
    expect(events('At 10:20 Marcus rolled back the live channel to version 3c8e1a7f0d2b9e44.').map((c) => c[0])).toEqual(['rollback']);
  });
});
