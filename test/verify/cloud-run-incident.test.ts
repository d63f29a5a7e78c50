// Verdict classes that went wrong on incidents unlike the bundled one, pinned on a Cloud
// Run-only incident (no Firebase Hosting): absence against every change source, a deploy
// claim checked for its own build, rollbacks of every kind, cause and recovery from one
// model of what served when, and a revert named by its PR.
//
// ledger-api, 2026-06-09 (PDT): revision 00007 (image …aaa) served; build B1 of PR #41's
// merge deployed 00008 (image …bbb) at 09:00 and errors began at 09:02; build B2 failed at
// 09:20; Dana created 00009 by hand at 09:25; at 09:40 Priya shifted traffic back to 00007
// and errors stopped at 09:40:55.

import { describe, expect, it } from 'vitest';
import type { Claim, Entity, EvidenceEvent, Verdict } from '../../src/types.js';
import { verifyClaim } from '../../src/verify/index.js';
import { at, claim, ctx, event, evidence, requestHealth, source } from './builders.js';

const T = (hhmmss: string) => `2026-06-09T${String(Number(hhmmss.slice(0, 2)) + 7).padStart(2, '0')}${hhmmss.slice(2)}.000Z`;
const DEPLOYER = 'deployer@ledger-prod.iam.gserviceaccount.com';
const IMAGE = (d: string) => `us-docker.pkg.dev/ledger-prod/app/ledger-api@sha256:${d.repeat(64 / d.length)}`;
const MERGE_SHA = '41414141aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';

const revision = (n: string, time: string, actor: string, image: string, extra: Partial<EvidenceEvent> = {}) =>
  event(
    {
      id: `ledger-api-${n}`,
      source: 'cloud-run',
      type: 'revision-created',
      time: T(time),
      status: 'Ready',
      service: 'ledger-api',
      actor,
      image,
      summary: `revision ledger-api-${n} created by ${actor}`,
      ...extra,
    },
    `revisions.json#${n}`,
  );

const R7 = revision('00007-abc', '08:00:00', DEPLOYER, IMAGE('a'));
const R8 = revision('00008-def', '09:00:30', DEPLOYER, IMAGE('b'));
const R9 = revision('00009-ghi', '09:25:00', 'dana@example.com', IMAGE('c'));
const B1 = event(
  {
    id: 'b1b1b1b1-0000-4000-8000-000000000001',
    source: 'cloud-build',
    type: 'build',
    time: T('08:55:00'),
    endTime: T('09:01:00'),
    status: 'SUCCESS',
    commit: MERGE_SHA,
    runAs: DEPLOYER,
    images: [IMAGE('b')],
  },
  'builds.json#0',
);
const B2 = event(
  {
    id: 'b2b2b2b2-0000-4000-8000-000000000002',
    source: 'cloud-build',
    type: 'build',
    time: T('09:15:00'),
    endTime: T('09:20:00'),
    status: 'FAILURE',
    commit: MERGE_SHA,
    runAs: DEPLOYER,
  },
  'builds.json#1',
);
const B3 = event(
  {
    id: 'b3b3b3b3-0000-4000-8000-000000000003',
    source: 'cloud-build',
    type: 'build',
    time: T('09:21:00'),
    endTime: T('09:26:00'),
    status: 'SUCCESS',
    commit: MERGE_SHA,
    runAs: DEPLOYER,
    images: [IMAGE('d')],
  },
  'builds.json#2',
);
const SHIFT_BACK = event(
  {
    id: 'audit-shift',
    source: 'cloud-logging',
    type: 'service-update',
    time: T('09:40:00'),
    status: 'ok',
    service: 'ledger-api',
    actor: 'priya@example.com',
    target: 'ledger-api-00007-abc 100%',
    keys: ['audit-shift', 'ledger-api-00007-abc'],
    summary: 'ReplaceService of service ledger-api by priya@example.com: traffic ledger-api-00007-abc 100%',
  },
  'audit.json#0',
);
const MERGE_41 = event(
  {
    id: MERGE_SHA,
    source: 'git',
    type: 'merge',
    time: T('08:50:00'),
    pr: 41,
    actor: 'Sam Ortiz <sam@example.com>',
    keys: [MERGE_SHA, 'pr:41'],
    message: 'Merge pull request #41 from ledger/new-pool',
    change: { files: 3, additions: 40, deletions: 2, paths: ['pool.go'] },
  },
  'repo@41414141',
);
const HEALTH = requestHealth('ledger-api', T('08:30:00'), 90, [T('09:02:00'), T('09:40:00')]);

const ent = {
  build: (id: string): Entity => ({ type: 'build', id, text: `build ${id}` }),
  revision: (id: string): Entity => ({ type: 'revision', id, text: id }),
  pr: (n: number): Entity => ({ type: 'pr', id: String(n), text: `PR #${n}` }),
  actor: (id: string): Entity => ({ type: 'actor', id, text: id }),
};

function incident(opts: { run?: EvidenceEvent[]; audit?: EvidenceEvent[]; builds?: EvidenceEvent[]; git?: EvidenceEvent[] } = {}) {
  return evidence([
    source('cloud-run', 'revisions.json', opts.run ?? [R7, R8, R9]),
    source('cloud-build', 'builds.json', opts.builds ?? [B1, B2, B3]),
    source('cloud-logging', 'logs.json', opts.audit ?? [SHIFT_BACK], HEALTH),
    source('git', 'repo', opts.git ?? [MERGE_41]),
  ]);
}

const check = (c: Partial<Claim> & Pick<Claim, 'kind'>, ev = incident(), named: string[] = []): Verdict => verifyClaim(claim(c), ev, ctx(named));

function expectVerdict(v: Verdict, verdict: Verdict['verdict'], ...reasons: string[]) {
  expect(v.verdict, v.reason).toBe(verdict);
  for (const r of reasons) expect(v.reason).toContain(r);
  if (verdict === 'supported') expect(v.evidence.length).toBeGreaterThan(0);
}

describe('absence is checked against every source that records the denied kind', () => {
  it('"no other changes during the incident" is contradicted by a revision a person created', () => {
    const v = check({ kind: 'absence', denied: 'change', variant: 'others', negated: true }, incident(), ['41']);
    expectVerdict(v, 'contradicted', 'ledger-api-00009-ghi created by dana@example.com');
    expect(v.evidence.map((e) => e.location)).toContain('revisions.json#00009-ghi');
  });

  it('"no other deploys" counts a new revision, not only Hosting releases and traffic changes', () => {
    const v = check({ kind: 'absence', denied: 'deploy', negated: true }, incident({ audit: [] }));
    expectVerdict(v, 'contradicted', '1 deploy', 'ledger-api-00009-ghi');
  });

  it('"no other deploys" counts traffic changes too', () => {
    expectVerdict(check({ kind: 'absence', denied: 'deploy', negated: true }), 'contradicted', '2 deploys', 'traffic ledger-api-00007-abc 100%');
  });

  it('is supported only when none of the sources hold such a change', () => {
    const v = check({ kind: 'absence', denied: 'deploy', negated: true }, incident({ run: [R7, R8], audit: [] }));
    expectVerdict(v, 'supported', 'no deploy recorded');
  });
});

describe('a deploy claim is checked for its own build', () => {
  it('"build B2 deployed revision 00009" is contradicted: the build failed and Dana created the revision', () => {
    const v = check({ kind: 'deploy', predicate: 'deployed', subject: ent.build('b2b2b2b2'), object: ent.revision('ledger-api-00009-ghi') });
    expectVerdict(v, 'contradicted', 'FAILURE', 'created at 09:25:00 PDT by dana@example.com');
  });

  it('a successful build did not deploy a revision someone else created with another image', () => {
    const v = check({ kind: 'deploy', predicate: 'deployed', subject: ent.build('b3b3b3b3'), object: ent.revision('ledger-api-00009-ghi') });
    expectVerdict(v, 'contradicted', 'was created by dana@example.com, not by the identity the build ran as', 'which the build did not push');
  });

  it('"build B1 deployed revision 00008" is supported by the image it pushed and the identity it ran as', () => {
    const v = check({ kind: 'deploy', predicate: 'deployed', subject: ent.build('b1b1b1b1'), object: ent.revision('ledger-api-00008-def'), time: at('09:00') });
    expectVerdict(v, 'supported', 'same image, identity');
    expect(v.evidence.map((e) => e.location)).toEqual(expect.arrayContaining(['builds.json#0', 'revisions.json#00008-def']));
  });

  it('a build with a Cloud Run revision as its only trace is deployed (no Hosting needed)', () => {
    expectVerdict(check({ kind: 'deploy', predicate: 'deployed', subject: ent.build('b1b1b1b1') }), 'supported', 'revision ledger-api-00008-def');
  });
});

describe('rollbacks are more than Hosting rollbacks', () => {
  it("a person's traffic shift back to an older revision is a rollback", () => {
    const v = check({
      kind: 'rollback',
      predicate: 'rolled-back',
      actor: ent.actor('priya'),
      time: at('09:40'),
      subject: ent.revision('ledger-api-00007-abc'),
    });
    expectVerdict(v, 'supported', 'traffic shifted back to an earlier revision');
  });

  it('"no rollback was performed" is contradicted by that traffic shift', () => {
    expectVerdict(check({ kind: 'rollback', predicate: 'rolled-back', negated: true }), 'contradicted', 'traffic shifted back');
    expectVerdict(check({ kind: 'absence', denied: 'rollback', negated: true }), 'contradicted', 'a rollback: traffic shifted back to an earlier revision');
  });

  it('a redeploy of the image that served before is a rollback', () => {
    const redeploy = revision('00010-jkl', '09:40:00', 'priya@example.com', IMAGE('a'));
    const v = check(
      { kind: 'rollback', predicate: 'rolled-back', actor: ent.actor('priya'), time: at('09:40') },
      incident({ run: [R7, R8, redeploy], audit: [] }),
    );
    expectVerdict(v, 'supported', 'an image that served before, redeployed');
  });

  it('with Cloud Run only, a missing rollback is not answered with Firebase Hosting', () => {
    const v = check({ kind: 'rollback', predicate: 'rolled-back', time: at('09:40') }, evidence([source('cloud-build', 'builds.json', [B1])]));
    expectVerdict(v, 'unverifiable', 'no source that records rollbacks was given', 'Cloud Run');
  });
});

describe('cause and recovery are answered by one model of what served when', () => {
  it('PR #41 caused the outage: its build deployed the revision that served just before errors began', () => {
    const v = check({ kind: 'cause', predicate: 'caused', entities: [ent.pr(41)] });
    expectVerdict(v, 'supported', 'PR #41 (build b1b1b1b1)', 'errors began at 09:02');
  });

  it('the traffic shift back restored service, and a rollback credited to it is supported', () => {
    const v = check({ kind: 'recovery', predicate: 'restored', variant: 'by-rollback', actor: ent.actor('priya') });
    expectVerdict(v, 'supported', 'errors stopped at 09:40');
  });

  it("Dana's revision did not restore service: the verdict names the traffic shift", () => {
    const v = check({ kind: 'recovery', predicate: 'restored', subject: ent.revision('ledger-api-00009-ghi') });
    expectVerdict(v, 'contradicted', 'ReplaceService of service ledger-api by priya@example.com');
  });
});

describe('a revert named by its PR is that revert or none', () => {
  const other = event(
    {
      id: 'cccccccc11111111111111111111111111111111',
      source: 'git',
      type: 'revert',
      time: T('09:30:00'),
      actor: 'Sam Ortiz <sam@example.com>',
      refersTo: 'ffffffff00000000000000000000000000000000',
      message: 'Revert "tidy"',
      change: { files: 1, additions: 1, deletions: 1, paths: ['x.go'] },
    },
    'repo@cccccccc',
  );
  const revertMerge = event(
    {
      id: '45454545bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
      source: 'git',
      type: 'merge',
      time: T('09:50:00'),
      pr: 45,
      actor: 'Priya Raman <priya@example.com>',
      keys: ['45454545bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 'pr:45'],
      message: 'Merge pull request #45 from ledger/revert-41-new-pool',
      change: { files: 3, additions: 2, deletions: 40, paths: ['pool.go'] },
    },
    'repo@45454545',
  );
  const ev = incident({ git: [MERGE_41, other, revertMerge] });

  it('"PR #45 reverted PR #41 at 09:50" is PR #45\'s merge, not the other revert at 09:30', () => {
    const v = check({ kind: 'commit', predicate: 'reverted', subject: ent.pr(45), object: ent.pr(41), time: at('09:50') }, ev);
    expectVerdict(v, 'supported', '45454545');
  });

  it('"Sam reverted PR #41" looks only at reverts of PR #41, and finds none by Sam', () => {
    const v = check({ kind: 'commit', predicate: 'reverted', object: ent.pr(41), actor: ent.actor('sam') }, ev);
    expectVerdict(v, 'contradicted', 'no revert commit by sam');
  });
});

describe('a written time far from every record is suspect before it is contradicting', () => {
  const dayBefore = (hhmm: string) => {
    const t = at(hhmm);
    const back = (iso: string) => new Date(Date.parse(iso) - 86_400_000).toISOString();
    return { ...t, start: back(t.start), end: back(t.end), dateOrigin: 'front matter date' };
  };

  it('a time dated in its own words on the wrong day is unsupported, saying to check the date', () => {
    const v = check({ kind: 'time', predicate: 'began', time: { ...dayBefore('09:02'), dateOrigin: 'the expression' } });
    expectVerdict(v, 'unsupported', 'more than 12 hours from every record given', "check the report's date");
  });

  it("a time that took the report's date is read on the neighbouring day when only that fits, and says so", () => {
    const v = check({ kind: 'time', predicate: 'began', time: dayBefore('09:02') });
    expectVerdict(v, 'supported', 'errors began at 09:02', "read on 2026-06-09, the day after the report's date");
    // On the neighbouring day a wrong time is never contradicted: the day itself was a guess.
    expectVerdict(check({ kind: 'time', predicate: 'began', time: dayBefore('09:40') }), 'unsupported', "check the report's date");
  });

  it('the same time on the right day is supported, and a wrong time that day is still contradicted', () => {
    expectVerdict(check({ kind: 'time', predicate: 'began', time: at('09:02') }), 'supported', 'errors began at 09:02');
    expectVerdict(check({ kind: 'time', predicate: 'began', time: at('09:30') }), 'contradicted', 'not at 09:30');
  });
});

describe('a cause the timeline rules out is contradicted', () => {
  // PR #30 merged long before; its build deployed R7 at 08:00 (the same image), and R7 served
  // healthily until B1's revision R8 went live at 09:00:30; errors began at 09:02.
  const OLD_SHA = '30303030cccccccccccccccccccccccccccccccc';
  const MERGE_30 = event(
    {
      id: OLD_SHA,
      source: 'git',
      type: 'merge',
      time: T('07:40:00'),
      pr: 30,
      actor: 'Sam Ortiz <sam@example.com>',
      keys: [OLD_SHA, 'pr:30'],
      parents: ['1111111111111111111111111111111111111111'],
      message: 'Merge pull request #30 from ledger/old',
      change: { files: 1, additions: 1, deletions: 1, paths: ['a.go'] },
    },
    'repo@30303030',
  );
  const MERGE_41_AFTER = { ...MERGE_41, parents: [OLD_SHA] };
  const B0 = event(
    {
      id: 'b0b0b0b0-0000-4000-8000-000000000000',
      source: 'cloud-build',
      type: 'build',
      time: T('07:55:00'),
      endTime: T('08:00:30'),
      status: 'SUCCESS',
      commit: OLD_SHA,
      runAs: DEPLOYER,
      images: [IMAGE('a')],
    },
    'builds.json#9',
  );
  const R7_AT = revision('00007-abc', '08:00:00', DEPLOYER, IMAGE('a'));
  const ev = () => incident({ run: [R7_AT, R8, R9], builds: [B0, B1, B2, B3], git: [MERGE_30, MERGE_41_AFTER] });

  it('a change that served without errors until another change preceded the errors did not cause them', () => {
    const v = check({ kind: 'cause', predicate: 'caused', entities: [ent.pr(30)] }, ev());
    expectVerdict(v, 'contradicted', 'served without errors until', 'errors began at 09:02');
  });

  it('a change already in the healthy commit that served before is ruled out, even with no build of its own', () => {
    const v = check(
      { kind: 'cause', predicate: 'caused', entities: [ent.pr(30)] },
      incident({ run: [R7_AT, R8, R9], builds: [B1, B2, B3], git: [MERGE_30, MERGE_41_AFTER] }),
    );
    // Without B0, R7's commit is not known: nothing rules PR #30 out, and nothing ties it in.
    expectVerdict(v, 'unsupported', 'no successful build of PR #30');
    // R7 labelled with the commit it runs, whose history holds PR #30: PR #30 served, healthy, before R8.
    const HEALTHY = event(
      {
        id: '70707070eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee',
        source: 'git',
        type: 'commit',
        time: T('07:50:00'),
        actor: 'Sam Ortiz <sam@example.com>',
        parents: [OLD_SHA],
        message: 'tidy',
        change: { files: 1, additions: 1, deletions: 0, paths: ['b.go'] },
      },
      'repo@70707070',
    );
    const labelled = revision('00007-abc', '08:00:00', DEPLOYER, IMAGE('a'), { commit: HEALTHY.id });
    const ruledOut = check(
      { kind: 'cause', predicate: 'caused', entities: [ent.pr(30)] },
      incident({ run: [labelled, R8, R9], builds: [B1, B2, B3], git: [MERGE_30, HEALTHY, MERGE_41_AFTER] }),
    );
    expectVerdict(ruledOut, 'contradicted', 'was already in commit 70707070', 'served from 08:00:00 PDT without errors');
  });

  it('the change that went live just before the errors is still the supported cause', () => {
    expectVerdict(check({ kind: 'cause', predicate: 'caused', entities: [ent.pr(41)] }, ev()), 'supported', 'PR #41 (build b1b1b1b1)');
  });
});

describe('"apart from X, no other changes": the exception decides what is other', () => {
  it('"apart from the rollback" leaves out the traffic shift back, and still counts Dana\'s revision', () => {
    const v = check({ kind: 'absence', denied: 'change', variant: 'others', excepted: { kind: 'rollback', text: 'Apart from the rollback' }, negated: true });
    expectVerdict(v, 'contradicted', '1 other change', 'ledger-api-00009-ghi');
    expect(v.reason).not.toContain('priya');
  });

  it('"apart from the fix" leaves out the change that ended the incident', () => {
    const v = check(
      { kind: 'absence', denied: 'change', variant: 'others', excepted: { kind: 'recovery', text: 'Apart from the fix' }, negated: true },
      incident({ run: [R7, R8] }),
    );
    expectVerdict(v, 'supported', 'no other change recorded');
  });

  it("a deploy's audit entry and the revision it creates are one change", () => {
    const deployAudit = event(
      {
        id: 'audit-deploy',
        source: 'cloud-logging',
        type: 'service-update',
        time: T('09:24:58'),
        status: 'ok',
        service: 'ledger-api',
        actor: 'dana@example.com',
        target: 'LATEST 100%',
        keys: ['audit-deploy'],
        summary: 'ReplaceService of service ledger-api by dana@example.com: traffic LATEST 100%',
      },
      'audit.json#1',
    );
    const v = check({ kind: 'absence', denied: 'deploy', negated: true }, incident({ audit: [deployAudit] }));
    expectVerdict(v, 'contradicted', '1 deploy');
  });
});

describe('rollbacks through code', () => {
  it('deploying a revert is a rollback, besides the revert commit itself', () => {
    const REVERT_SHA = '52525252dddddddddddddddddddddddddddddddd';
    const revert = event(
      {
        id: REVERT_SHA,
        source: 'git',
        type: 'revert',
        time: T('09:30:00'),
        actor: 'Priya Raman <priya@example.com>',
        refersTo: MERGE_SHA,
        message: 'Revert "new pool"\n\nThis reverts commit 41414141aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.',
        change: { files: 3, additions: 2, deletions: 40, paths: ['pool.go'] },
      },
      'repo@52525252',
    );
    const build = event(
      {
        id: 'b5b5b5b5-0000-4000-8000-000000000005',
        source: 'cloud-build',
        type: 'build',
        time: T('09:31:00'),
        endTime: T('09:38:00'),
        status: 'SUCCESS',
        commit: REVERT_SHA,
        runAs: DEPLOYER,
        images: [IMAGE('e')],
      },
      'builds.json#5',
    );
    const deployed = revision('00010-rev', '09:37:30', DEPLOYER, IMAGE('e'));
    const ev = incident({ run: [R7, R8, deployed], audit: [], builds: [B1, build], git: [MERGE_41, revert] });
    const v = check({ kind: 'absence', denied: 'rollback', negated: true }, ev);
    expectVerdict(v, 'contradicted', '2 rollbacks', 'the deploy of a git revert', 'a git revert');
  });
});

describe('the change that ended the errors may land just after the last failed request', () => {
  it('a traffic shift seconds after the last failure restored service', () => {
    const late = { ...SHIFT_BACK, time: T('09:40:58') };
    const v = check({ kind: 'recovery', predicate: 'restored', variant: 'by-rollback', actor: ent.actor('priya') }, incident({ audit: [late] }));
    expectVerdict(v, 'supported', 'errors stopped at 09:40');
  });

  it('one more than a minute after it did not', () => {
    const tooLate = { ...SHIFT_BACK, time: T('09:43:00') };
    expectVerdict(
      check({ kind: 'recovery', predicate: 'restored', variant: 'by-rollback', actor: ent.actor('priya') }, incident({ audit: [tooLate] })),
      'contradicted',
      'after errors stopped',
    );
  });
});

describe('timed events are checked against the evidence timeline', () => {
  const event_ = (action: Claim['action'], time: string, actor?: Entity) => check({ kind: 'event', action, time: at(time), ...(actor ? { actor } : {}) });

  it('a deploy at the minute a revision went live is supported, citing it', () => {
    const v = event_('deploy', '09:00');
    expectVerdict(v, 'supported', 'ledger-api-00008-def');
    expect(v.evidence.map((e) => e.location)).toContain('revisions.json#00008-def');
  });

  it('a rollback by the person who made it is supported, by another person contradicted', () => {
    expectVerdict(event_('rollback', '09:40', ent.actor('priya')), 'supported', 'priya@example.com');
    expectVerdict(event_('rollback', '09:40', ent.actor('dana')), 'contradicted', 'not dana');
  });

  it('no record of that class at that time is unsupported, naming the nearest', () => {
    expectVerdict(event_('deploy', '09:12'), 'unsupported', 'no deploy recorded at 09:12', 'the nearest is');
  });

  it('an action no source records is unverifiable, saying what was read', () => {
    expectVerdict(event_('alert', '09:03', ent.actor('on-call')), 'unverifiable', 'read an alert at 09:03 by on-call; no record pmcheck reads answers it');
  });
});
