import { describe, expect, it } from 'vitest';
import { extractClaims, type ExtractContext } from '../../src/claims/extract.js';
import { parseReport } from '../../src/parse/index.js';
import type { Claim } from '../../src/types.js';

const ctx: ExtractContext = { zone: 'America/Los_Angeles', zoneOrigin: 'test', date: '2026-06-09', dateOrigin: 'test' };

function claimsOf(markdown: string): Claim[] {
  return extractClaims(parseReport('report.md', markdown), ctx);
}

/** A compact view of a claim: kind/pattern, subject, actor, negation, local time. */
function view(c: Claim): string {
  const parts = [c.pattern, c.subject?.id, c.actor ? `by ${c.actor.id}` : undefined, c.negated ? 'negated' : undefined, c.time?.text];
  return parts.filter(Boolean).join(' ');
}

describe('claims from sentences', () => {
  it('reads change size and resolves "it" to the PR named before', () => {
    const claims = claimsOf('PR #214 was a focused change touching 12 files. It removed about 400 lines of unused code.\n');
    expect(claims.map((c) => [c.kind, c.subject?.id, c.quantities.map((q) => `${q.value} ${q.unit}${q.approximate ? ' approx' : ''}`)])).toEqual([
      ['change-size', '214', ['12 files']],
      ['change-size', '214', ['400 lines-deleted approx']],
    ]);
  });

  it('reads outage start, end and duration', () => {
    const claims = claimsOf('Errors began at 10:02. The outage lasted 12 minutes. Errors stopped at 10:21.\n');
    expect(claims.map(view)).toEqual(['outage-began 10:02', 'outage-duration', 'outage-ended 10:21']);
    expect(claims[1]?.duration?.minutes).toBe(12);
  });

  it('reads a range "from 09:48 to 10:21" as a start and an end, besides the duration', () => {
    const claims = claimsOf('API requests to portal.example.com failed with 404 for 33 minutes, from 09:48 to 10:21.\n');
    expect(claims.map((c) => c.kind).sort()).toEqual(['duration', 'time', 'time']);
  });

  it('credits recovery to a build, or to a rollback by a person', () => {
    expect(claimsOf('Recovery build 4f1c2a9e restored service at 10:14.\n').map(view)).toEqual(['recovery-by-entity 4f1c2a9e 10:14']);
    const byRollback = claimsOf("Marcus's rollback of the Hosting release to version 3c8e1a7f0d2b9e44 at 10:20 restored service.\n");
    expect(byRollback.map(view)).toEqual(['recovery-by-rollback by marcus 10:20', 'rollback 3c8e1a7f0d2b9e44 by marcus 10:20']);
  });

  it('splits "cancelled by Priya and never deployed" into two lifecycle claims, the second negated', () => {
    const claims = claimsOf('Build 4f1c2a9e was cancelled by Priya at 10:14 and never deployed.\n');
    // Priya is the "by" agent of the cancel only: "never deployed" names no one.
    expect(claims.map(view)).toEqual(['deploy-cancelled 4f1c2a9e by priya 10:14', 'deploy-deployed 4f1c2a9e negated 10:14']);
  });

  it("takes a timeline row's time from its time cell", () => {
    const claims = claimsOf('| Time (PDT) | Event |\n| --- | --- |\n| 10:14 | Recovery build 4f1c2a9e completed and service was restored. |\n');
    expect(claims.map(view)).toEqual(['recovery-by-entity 4f1c2a9e 10:14', 'deploy-completed 4f1c2a9e 10:14']);
  });

  it("takes a timeline list item's time from its leading time", () => {
    expect(claimsOf('- **09:40** — PR #214 was merged by portal-agent[bot].\n').map(view)).toEqual(['commit-merged 214 by portal-agent[bot] 09:40']);
  });

  it('reads negative existentials as absence claims', () => {
    const claims = claimsOf('No other changes were made to production during the incident. No rollback was performed.\n');
    expect(claims.map((c) => [c.kind, c.variant, c.denied])).toEqual([
      ['absence', 'others', 'change'],
      ['absence', undefined, 'rollback'],
    ]);
  });

  it('finds a commit named by what it is ("the hotfix commit")', () => {
    const [claim] = claimsOf('The hotfix commit was pushed at 10:04.\n');
    expect([view(claim!), claim!.subject, claim!.described]).toEqual([
      'commit-pushed 10:04',
      undefined,
      { type: 'commit', word: 'hotfix', text: 'The hotfix commit' },
    ]);
  });

  it('marks opinion and intent, and makes no claim of plain narrative', () => {
    expect(claimsOf('We will add more monitoring. We believe the new routing is the right long-term design.\n').map((c) => c.kind)).toEqual([
      'opinion',
      'opinion',
    ]);
    // Plain narrative with a checkable fact is still reported, as an uninterpreted `fact` claim naming what was read.
    expect(claimsOf('The team met the next morning to talk it through.\n').map((c) => [c.kind, c.read?.map((r) => r.kind)])).toEqual([
      ['fact', ['actor', 'action', 'relative-time']],
    ]);
    expect(claimsOf('It was a long night for everyone involved.\n')).toEqual([]);
  });

  it('reads approval claims with the files they cite', () => {
    const [c] = claimsOf('The change was reviewed and approved in a security consultation (see docs/consultations/2026-06-08-security-review.md).\n');
    expect(c?.kind).toBe('approval');
    expect(c?.entities).toContainEqual(expect.objectContaining({ type: 'file', id: 'docs/consultations/2026-06-08-security-review.md' }));
  });

  it('numbers claims c1, c2, … in document order and ties each to its sentence', () => {
    const claims = claimsOf('Errors began at 09:48.\n\nErrors stopped at 10:21.\n');
    expect(claims.map((c) => [c.id, c.sentenceId])).toEqual([
      ['c1', 's1'],
      ['c2', 's2'],
    ]);
  });

  it('keeps a time it cannot place on a date as unresolved, rather than dropping it', () => {
    const claims = extractClaims(parseReport('report.md', 'PR #214 was merged at 09:40.\n'), { ...ctx, date: undefined, dateOrigin: 'nowhere' });
    expect(claims[0]?.time).toBeUndefined();
    expect(claims[0]?.unresolvedTime).toBe('09:40');
  });

  it('marks sentence-level negation on claims whose rule does not track the verb', () => {
    expect(claimsOf('The outage did not start at 09:48.\n')[0]?.negated).toBe(true);
    expect(claimsOf('Errors began at 09:48.\n')[0]?.negated).toBe(false);
  });

  it('reads a "Time (UTC)" row\'s time in UTC and a prose time in the document zone (PDT)', () => {
    const doc = parseReport(
      'report.md',
      'All times below are PDT.\n\n| Time (UTC) | Event |\n| --- | --- |\n| 10:14 | Build 4f1c2a9e was cancelled. |\n\nBuild 4f1c2a9e was cancelled at 10:14.\n',
    );
    const zone = doc.timezone;
    if (!zone) throw new Error('the document declares PDT');
    const claims = extractClaims(doc, { ...ctx, zone: zone.value, zoneOrigin: zone.origin });
    const [row, prose] = claims.map((c) => c.time);
    expect(row).toMatchObject({ text: '10:14', start: '2026-06-09T10:14:00.000Z', zone: 'UTC', zoneOrigin: 'table header on line 3: "Time (UTC)"' });
    expect(prose).toMatchObject({
      text: '10:14',
      start: '2026-06-09T17:14:00.000Z',
      zone: 'America/Los_Angeles',
      zoneOrigin: 'line 1: "All times below are PDT"',
    });
  });
});
