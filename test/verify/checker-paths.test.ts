// Every path of every checker in the registry, through verifyClaim, on evidence built from
// plain events and request-health buckets. Times in comments are PDT (UTC−7); the claims'
// times come from `at('HH:MM')`, which reads them as PDT on 2026-06-09.

import { describe, expect, it } from 'vitest';
import type {
  Claim,
  ClaimKind,
  DeniedKind,
  DescribedEntity,
  Entity,
  Predicate,
  EvidenceEvent,
  HealthBucket,
  Quantity,
  SourceKind,
  SourceReport,
  Verdict,
} from '../../src/types.js';
import { verifyClaim } from '../../src/verify/index.js';
import { CHECKERS } from '../../src/verify/registry.js';
import { at, claim, ctx, event, evidence, requestHealth, source } from './builders.js';

// ---------------------------------------------------------------------------------------
// Small helpers

/** A UTC instant on the incident day. */
const T = (hms: string) => `2026-06-09T${hms}Z`;

/** A source that was configured but could not be read. */
const failedSource = (kind: SourceKind, id: string, error: string): SourceReport => ({ id, kind, events: 0, error, warnings: [] });

const ent = {
  build: (id: string): Entity => ({ type: 'build', id, text: `build ${id}` }),
  version: (id: string): Entity => ({ type: 'version', id, text: `version ${id}` }),
  revision: (id: string): Entity => ({ type: 'revision', id, text: `revision ${id}` }),
  pr: (n: number): Entity => ({ type: 'pr', id: String(n), text: `PR #${n}` }),
  commit: (id: string): Entity => ({ type: 'commit', id, text: `commit ${id}` }),
  file: (path: string): Entity => ({ type: 'file', id: path, text: path }),
  service: (name: string): Entity => ({ type: 'service', id: name, text: name }),
  actor: (id: string, text = id): Entity => ({ type: 'actor', id, text }),
};
const priya = ent.actor('priya', 'Priya');
const marcus = ent.actor('marcus', 'Marcus');
const agent = ent.actor('agent', 'the agent');

const qty = (value: number, unit: Quantity['unit'], text: string, extra: Partial<Quantity> = {}): Quantity => ({
  value,
  unit,
  text,
  approximate: false,
  ...extra,
});

const locations = (v: Verdict) => v.evidence.map((e) => e.location);
const refs = (v: Verdict) => v.evidence.map((e) => e.ref);

/** Asserts a supported verdict that cites at least the given locations. */
function expectSupported(v: Verdict, reason: string | RegExp, cited: string[] = []) {
  expect(v.verdict, v.reason).toBe('supported');
  if (typeof reason === 'string') expect(v.reason).toContain(reason);
  else expect(v.reason).toMatch(reason);
  expect(v.evidence.length).toBeGreaterThan(0);
  expect(locations(v)).toEqual(expect.arrayContaining(cited));
}

function expectVerdict(v: Verdict, verdict: Verdict['verdict'], reason: string | RegExp) {
  expect(v.verdict, v.reason).toBe(verdict);
  if (typeof reason === 'string') expect(v.reason).toContain(reason);
  else expect(v.reason).toMatch(reason);
}

const check = (c: Partial<Claim> & Pick<Claim, 'kind'>, ev: ReturnType<typeof evidence>, named: string[] = []) => verifyClaim(claim(c), ev, ctx(named));

// ---------------------------------------------------------------------------------------
// The records. Errors on portal.example.com from 09:48:10 to 10:20:58 PDT.

const AGENT_SA = 'portal-agent@portal-prod.iam.gserviceaccount.com';
const DEPLOYER_SA = 'deployer@portal-prod.iam.gserviceaccount.com';

/** Request health with an outage 16:48–17:20 UTC (09:48:10–10:20:58 PDT). */
const outageHealth = (failing: [string, string] = [T('16:48:00'), T('17:20:00')]) => requestHealth('portal.example.com', T('16:30:00'), 70, failing);
/** Request health with traffic but no failures at all. */
const quietHealth = () => requestHealth('portal.example.com', T('16:30:00'), 70, [T('23:00:00'), T('23:00:00')]);

const WINDOW_REF = 'portal.example.com outage window';

/** A Firebase Hosting release on the live channel (or a preview channel). */
function release(
  n: string,
  time: string,
  opts: { actor?: string; version: string; type?: 'release' | 'rollback'; channel?: string; commit?: string; run?: string; location?: string },
): EvidenceEvent {
  const channel = opts.channel ?? 'live';
  const name = `sites/portal-prod/channels/${channel}/releases/${n}`;
  const kind = opts.type === 'rollback' ? 'ROLLBACK' : 'DEPLOY';
  const place = channel === 'live' ? 'live' : `channel ${channel}`;
  const target = `version ${opts.version}${opts.run ? `; /api/** → run:${opts.run} (us-central1)` : ''}`;
  return event(
    {
      id: name,
      source: 'firebase-hosting',
      type: opts.type ?? 'release',
      time,
      status: kind,
      service: channel === 'live' ? 'portal-prod' : `portal-prod:${channel}`,
      keys: [name, n, opts.version],
      target,
      summary: `${kind} release on portal-prod (${place})${opts.actor ? ` by ${opts.actor}` : ''} to version ${opts.version}`,
      ...(opts.actor ? { actor: opts.actor } : {}),
      ...(opts.commit ? { commit: opts.commit } : {}),
    },
    opts.location ?? `releases.json#${n}`,
  );
}

function cloudBuild(id: string, location: string, fields: { time: string; endTime?: string; status: string; commit?: string; runAs?: string }): EvidenceEvent {
  return event({ id, source: 'cloud-build', type: 'build', ...fields }, location);
}

// Builds
const CANCELLED = cloudBuild('4f1c2a9e-7d3b-4e8a-9c1f-0b6d2e8a5c47', 'builds.json#0', {
  time: T('17:05:10.123456'),
  endTime: T('17:14:41.5'),
  status: 'CANCELLED',
});
const CANCEL_AUDIT = event(
  {
    id: 'audit-cancel',
    source: 'cloud-logging',
    type: 'build-cancel',
    time: T('17:14:40.2'),
    actor: 'priya@example.com',
    refersTo: CANCELLED.id,
    keys: ['audit-cancel', CANCELLED.id],
  },
  'audit.json#0',
);
// Shipped the bad rewrite: linked to its release by the identity it ran as.
const SHIPPED = cloudBuild('b81d4e02-1111-4222-8333-944445555666', 'builds.json#1', {
  time: T('16:40:30'),
  endTime: T('16:47:30'),
  status: 'SUCCESS',
  commit: 'aaaaaaa1',
  runAs: AGENT_SA,
});
const FAILED = cloudBuild('f00dfa11-2222-4333-8444-955556666777', 'builds.json#2', { time: T('16:20:00'), endTime: T('16:25:30'), status: 'FAILURE' });
// Succeeded, but nothing links it to a release.
const UNLINKED = cloudBuild('e1e1e1e1-3333-4444-8555-a66667777888', 'builds.json#3', {
  time: T('16:00:00'),
  endTime: T('16:05:00'),
  status: 'SUCCESS',
  commit: 'eeeeeee1',
});
// Linked by identity only (no commit on either side).
const BY_IDENTITY = cloudBuild('ab12cd34-4444-4555-8666-b77778888999', 'builds.json#4', {
  time: T('15:00:00'),
  endTime: T('15:05:00'),
  status: 'SUCCESS',
  runAs: DEPLOYER_SA,
});
// Same identity as a release right after it, but the release carries another commit.
const OTHER_COMMIT = cloudBuild('dd11ee22-5555-4666-8777-c88889999aaa', 'builds.json#5', {
  time: T('14:00:00'),
  endTime: T('14:05:00'),
  status: 'SUCCESS',
  commit: 'ddddddd1',
  runAs: DEPLOYER_SA,
});
const TWIN_A = cloudBuild('77777777-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'builds.json#6', { time: T('13:00:00'), endTime: T('13:01:00'), status: 'FAILURE' });
const TWIN_B = cloudBuild('77777777-bbbb-4bbb-8bbb-bbbbbbbbbbbb', 'builds.json#7', { time: T('13:10:00'), endTime: T('13:11:00'), status: 'FAILURE' });
const STARTED = cloudBuild('a5a5a5a5-6666-4777-8888-d9999aaaabbb', 'builds.json#8', { time: T('17:00:03'), endTime: T('17:04:00'), status: 'FAILURE' });
// The RunBuildTrigger audit entry that asked for STARTED.
const TRIGGER = event(
  {
    id: 'audit-trigger',
    source: 'cloud-logging',
    type: 'build',
    time: T('17:00:00.5'),
    actor: 'marcus@example.com',
    status: 'REQUESTED',
    refersTo: STARTED.id,
    keys: ['audit-trigger', STARTED.id],
  },
  'audit.json#1',
);
// Its commit only reached a preview channel.
const PREVIEWED = cloudBuild('c0c0c0c0-7777-4888-8999-eaaaabbbbccc', 'builds.json#9', {
  time: T('12:00:00'),
  endTime: T('12:05:00'),
  status: 'SUCCESS',
  commit: 'c0ffee01',
});

// Releases
const OTHER_COMMIT_RELEASE = release('r-other', T('14:06:00'), { actor: DEPLOYER_SA, version: '0dd0dd0dd0dd0dd0', commit: 'fffffff1' });
const IDENTITY_RELEASE = release('r-identity', T('15:06:00'), { actor: DEPLOYER_SA, version: '1dd1dd1dd1dd1dd1', run: 'portal-api' });
const PREVIEW_RELEASE = release('r-preview', T('16:30:00'), { actor: AGENT_SA, version: 'beefbeef00000001', channel: 'pr-214' });
const PREVIEWED_RELEASE = release('r-previewed', T('12:06:00'), { actor: AGENT_SA, version: 'c0c0c0c000000001', channel: 'pr-199', commit: 'c0ffee01' });
const BAD_RELEASE = release('r-bad', T('16:47:40'), { actor: AGENT_SA, version: '9f4b6d21c0e8a735', run: 'portal-api-v2' });
const ROLLBACK = release('r-rollback', T('17:20:05'), { actor: 'marcus@example.com', version: '3c8e1a7f0d2b9e44', type: 'rollback', run: 'portal-api' });

// Cloud Run
const READY_REVISION = event(
  {
    id: 'portal-api-00041-dab',
    source: 'cloud-run',
    type: 'revision-created',
    time: T('15:30:00'),
    status: 'Ready',
    service: 'portal-api',
    summary: 'revision portal-api-00041-dab created (Ready)',
  },
  'revisions.json#0',
);
const BROKEN_REVISION = event(
  {
    id: 'portal-api-00042-xak',
    source: 'cloud-run',
    type: 'revision-created',
    time: T('16:10:00'),
    status: 'False',
    service: 'portal-api',
    summary: 'revision portal-api-00042-xak created (not ready)',
  },
  'revisions.json#1',
);

// Git
const AGENT_GIT = `portal-agent[bot] <${AGENT_SA}>`;
const MERGE_214 = event(
  {
    id: 'aaaaaaa1bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
    source: 'git',
    type: 'merge',
    time: T('16:40:12'),
    actor: AGENT_GIT,
    pr: 214,
    keys: ['aaaaaaa1bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 'pr:214'],
    message: 'Merge pull request #214 from portal/fix-auth',
    summary: 'merge of PR #214 by portal-agent[bot]',
    change: { files: 340, additions: 412, deletions: 28745, paths: ['firebase.json', 'docs/consultations/review.md', 'src/auth/session.ts'] },
  },
  'repo@aaaaaaa1',
);
const CONSULTATION = event(
  {
    id: 'ccccccc1dddddddddddddddddddddddddddddddd',
    source: 'git',
    type: 'commit',
    time: T('16:20:00'),
    actor: AGENT_GIT,
    message: 'docs: add consultation notes',
    change: { files: 2, additions: 40, deletions: 0, paths: ['docs/consultations/review.md', 'firebase.json'] },
  },
  'repo@ccccccc1',
);
const TIDY = event(
  {
    id: 'd0d0d0d1eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee',
    source: 'git',
    type: 'commit',
    time: T('15:31:00'),
    actor: AGENT_GIT,
    message: 'chore: tidy imports',
    change: { files: 4, additions: 10, deletions: 10, paths: ['a.ts', 'b.ts', 'c.ts', 'd.ts'] },
  },
  'repo@d0d0d0d1',
);
const HOTFIX = event(
  {
    id: 'b0b0b0b1ffffffffffffffffffffffffffffffff',
    source: 'git',
    type: 'commit',
    time: T('17:02:00'),
    actor: AGENT_GIT,
    message: 'fix: hotfix for session refresh\n\nlonger body',
    change: { files: 1, additions: 12, deletions: 3, paths: ['src/auth/session.ts'] },
  },
  'repo@b0b0b0b1',
);
const REVERT = event(
  {
    id: 'e0e0e0e1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    source: 'git',
    type: 'revert',
    time: T('17:30:00'),
    actor: 'Marcus Lee <marcus@example.com>',
    refersTo: MERGE_214.id,
    message: 'Revert "Point /api at portal-api-v2"',
    change: { files: 1, additions: 3, deletions: 3, paths: ['firebase.json'] },
  },
  'repo@e0e0e0e1',
);

const ALL_BUILDS = [CANCELLED, SHIPPED, FAILED, UNLINKED, BY_IDENTITY, OTHER_COMMIT, TWIN_A, TWIN_B, STARTED, PREVIEWED];
const ALL_RELEASES = [OTHER_COMMIT_RELEASE, IDENTITY_RELEASE, PREVIEW_RELEASE, PREVIEWED_RELEASE, BAD_RELEASE, ROLLBACK];
const GIT = [MERGE_214, CONSULTATION, TIDY, HOTFIX, REVERT];

/** Everything: builds, audit and request logs, releases, revisions, git. */
function incident(
  opts: {
    builds?: EvidenceEvent[];
    audit?: EvidenceEvent[];
    releases?: EvidenceEvent[];
    git?: EvidenceEvent[];
    health?: HealthBucket[];
    run?: EvidenceEvent[];
  } = {},
) {
  return evidence([
    source('cloud-build', 'builds.json', opts.builds ?? ALL_BUILDS),
    source('cloud-logging', 'logs.json', opts.audit ?? [CANCEL_AUDIT, TRIGGER], opts.health ?? outageHealth()),
    source('firebase-hosting', 'releases.json', opts.releases ?? ALL_RELEASES),
    source('cloud-run', 'revisions.json', opts.run ?? [READY_REVISION, BROKEN_REVISION]),
    source('git', 'repo', opts.git ?? GIT),
  ]);
}
const EV = incident();

// ---------------------------------------------------------------------------------------

describe('deploy: builds', () => {
  const deploy = (subject: Entity | undefined, predicate: Predicate, extra: Partial<Claim> = {}, ev = EV) =>
    check({ kind: 'deploy', ...(subject ? { subject } : {}), predicate, ...extra }, ev);

  it('a build that completed at the stated minute is supported and cites the build', () => {
    expectSupported(deploy(ent.build('b81d4e02'), 'completed', { time: at('09:47') }), 'build b81d4e02 succeeded at 09:47:30 PDT', ['builds.json#1']);
  });

  it('a build that completed at another minute is contradicted', () => {
    expectVerdict(deploy(ent.build('b81d4e02'), 'completed', { time: at('09:30') }), 'contradicted', 'not at 09:30');
  });

  it('a cancelled build did not complete', () => {
    expectVerdict(deploy(ent.build('4f1c2a9e'), 'completed'), 'contradicted', 'build 4f1c2a9e was CANCELLED at 10:14:41 PDT');
  });

  it('"cancelled by Priya at 10:14" is supported by the build and the CancelBuild audit entry', () => {
    const v = deploy(ent.build('4f1c2a9e'), 'cancelled', { time: at('10:14'), actor: priya });
    expectSupported(v, 'cancelled by priya@example.com', ['builds.json#0', 'audit.json#0']);
  });

  it('a cancellation credited to the wrong person is contradicted, naming who cancelled', () => {
    const v = deploy(ent.build('4f1c2a9e'), 'cancelled', { actor: agent });
    expectVerdict(v, 'contradicted', 'cancelled by priya@example.com, not the agent');
    expect(locations(v)).toContain('audit.json#0');
  });

  it('who cancelled is unsupported when the audit log was given but holds no CancelBuild entry', () => {
    const ev = incident({ audit: [TRIGGER] });
    expectVerdict(deploy(ent.build('4f1c2a9e'), 'cancelled', { actor: priya }, ev), 'unsupported', 'the audit log holds no entry naming who did it');
  });

  it('who cancelled is unsupported when no audit log was given at all', () => {
    const ev = evidence([source('cloud-build', 'builds.json', ALL_BUILDS)]);
    expectVerdict(deploy(ent.build('4f1c2a9e'), 'cancelled', { actor: priya }, ev), 'unsupported', 'only in Cloud Audit Logs, which were not given');
  });

  it('without a person, a cancellation at the minute the build ended is supported from the build alone', () => {
    const ev = evidence([source('cloud-build', 'builds.json', ALL_BUILDS)]);
    expectSupported(deploy(ent.build('4f1c2a9e'), 'cancelled', { time: at('10:14') }, ev), 'CANCELLED at 10:14:41 PDT', ['builds.json#0']);
  });

  it('a cancellation at the wrong minute is contradicted', () => {
    expectVerdict(deploy(ent.build('4f1c2a9e'), 'cancelled', { time: at('10:02') }), 'contradicted', 'not at 10:02');
  });

  it('a build that succeeded was not cancelled', () => {
    expectVerdict(deploy(ent.build('b81d4e02'), 'cancelled'), 'contradicted', 'build b81d4e02 ended SUCCESS at 09:47:30 PDT');
  });

  it('"was not cancelled" is supported for a build that succeeded and contradicted for one that was cancelled', () => {
    expectSupported(deploy(ent.build('b81d4e02'), 'cancelled', { negated: true }), 'ended SUCCESS, not CANCELLED', ['builds.json#1']);
    expectVerdict(deploy(ent.build('4f1c2a9e'), 'cancelled', { negated: true }), 'contradicted', 'ended CANCELLED');
  });

  it('a failed build failed at the minute it ended', () => {
    expectSupported(deploy(ent.build('f00dfa11'), 'failed', { time: at('09:25') }), 'build f00dfa11 ended FAILURE', ['builds.json#2']);
    expectVerdict(deploy(ent.build('f00dfa11'), 'failed', { time: at('09:00') }), 'contradicted', 'not at 09:00');
  });

  it('a build that succeeded did not fail, and "did not fail" is judged by its status', () => {
    expectVerdict(deploy(ent.build('b81d4e02'), 'failed'), 'contradicted', 'ended SUCCESS');
    expectSupported(deploy(ent.build('b81d4e02'), 'failed', { negated: true }), 'ended SUCCESS', ['builds.json#1']);
    expectVerdict(deploy(ent.build('f00dfa11'), 'failed', { negated: true }), 'contradicted', 'ended FAILURE');
  });

  it('"Marcus started build a5a5a5a5 at 10:00" is supported by the RunBuildTrigger audit entry', () => {
    const v = deploy(ent.build('a5a5a5a5'), 'started', { time: at('10:00'), actor: marcus });
    expectSupported(v, 'started by marcus@example.com', ['builds.json#8', 'audit.json#1']);
  });

  it('a build started by someone else than the sentence says is contradicted', () => {
    expectVerdict(deploy(ent.build('a5a5a5a5'), 'started', { actor: priya }), 'contradicted', 'started by marcus@example.com, not Priya');
  });

  it("a start at the wrong minute is contradicted with the build's creation time", () => {
    expectVerdict(deploy(ent.build('a5a5a5a5'), 'started', { time: at('10:30') }), 'contradicted', 'build a5a5a5a5 was created at 10:00:03 PDT, not at 10:30');
  });

  it('who started a build is unsupported when the audit log holds no request for it', () => {
    const ev = incident({ audit: [CANCEL_AUDIT] });
    expectVerdict(deploy(ent.build('a5a5a5a5'), 'started', { actor: marcus }, ev), 'unsupported', 'the audit log holds no entry naming who did it');
  });

  it('a build deployed at the minute its linked release went live is supported and cites the release', () => {
    const v = deploy(ent.build('b81d4e02'), 'deployed', { time: at('09:47') });
    expectSupported(v, 'DEPLOY release on portal-prod (live) by portal-agent', ['builds.json#1', 'releases.json#r-bad']);
  });

  it('a deploy at the wrong minute is contradicted', () => {
    expectVerdict(deploy(ent.build('b81d4e02'), 'deployed', { time: at('10:30') }), 'contradicted', 'not at 10:30');
  });

  it('a cancelled build was never deployed', () => {
    const v = deploy(ent.build('4f1c2a9e'), 'deployed', { time: at('10:12') });
    expectVerdict(v, 'contradicted', 'it never served traffic');
    expect(v.reason).toContain('cancelled by priya@example.com at 10:14:40 PDT');
  });

  it('a successful build with no linked release is unsupported for "deployed", not supported', () => {
    const v = deploy(ent.build('e1e1e1e1'), 'deployed');
    expectVerdict(v, 'unsupported', 'release or traffic change in the evidence shows what it deployed');
    expect(locations(v)).toContain('builds.json#3');
  });

  it("a release made by the identity the build ran as is that build's deploy", () => {
    expectSupported(deploy(ent.build('ab12cd34'), 'deployed', { time: at('08:06') }), 'DEPLOY release on portal-prod (live) by deployer@', [
      'releases.json#r-identity',
    ]);
  });

  it("a release by the build's identity that carries another commit is not that build's deploy", () => {
    expectVerdict(deploy(ent.build('dd11ee22'), 'deployed'), 'unsupported', 'release or traffic change in the evidence shows');
  });

  it("a release of the build's commit on a preview channel does not deploy it", () => {
    expectVerdict(deploy(ent.build('c0c0c0c0'), 'deployed'), 'unsupported', 'release or traffic change in the evidence shows');
  });

  it('"was never deployed" is contradicted for a build whose release went live, and unsupported for an unlinked one', () => {
    const v = deploy(ent.build('b81d4e02'), 'deployed', { negated: true });
    expectVerdict(v, 'contradicted', 'DEPLOY release on portal-prod (live)');
    expect(locations(v)).toContain('releases.json#r-bad');
    expectVerdict(deploy(ent.build('e1e1e1e1'), 'deployed', { negated: true }), 'unsupported', 'release or traffic change in the evidence shows');
  });

  it('"was never deployed" about a cancelled build is supported and cites the cancellation', () => {
    expectSupported(deploy(ent.build('4f1c2a9e'), 'deployed', { negated: true }), 'never served traffic', ['builds.json#0', 'audit.json#0']);
  });

  it('a build id prefix that matches two builds is unsupported and asks for a longer id', () => {
    const v = deploy(ent.build('77777777'), 'completed');
    expectVerdict(v, 'unsupported', '77777777 matches 2 records');
    expect(v.reason).toContain('name it by a longer id');
    expect(locations(v)).toEqual(expect.arrayContaining(['builds.json#6', 'builds.json#7']));
  });

  it('the full id of one of two builds sharing a prefix names that build', () => {
    expectSupported(deploy(ent.build(TWIN_A.id), 'failed'), 'ended FAILURE', ['builds.json#6']);
  });

  it("a build not in the export is contradicted when the claim's time is inside the export's coverage", () => {
    const v = deploy(ent.build('deadbeef'), 'deployed', { time: at('10:00') });
    expectVerdict(v, 'contradicted', 'no build deadbeef in builds.json, which covers 10:00');
    expect(refs(v)).toContain('builds.json');
  });

  it("a build not in the export is only unsupported when the claim's time is outside the coverage", () => {
    expectVerdict(deploy(ent.build('deadbeef'), 'deployed', { time: at('11:30') }), 'unsupported', 'the export does not cover that time');
  });

  it('a build not in the export is only unsupported when the sentence gives no time', () => {
    expectVerdict(deploy(ent.build('deadbeef'), 'deployed'), 'unsupported', 'the sentence gives no time');
  });

  it('a bare hex id the sentence took for a commit is read as the build that has it', () => {
    expectVerdict(deploy(ent.commit('4f1c2a9e'), 'deployed'), 'contradicted', 'build 4f1c2a9e was CANCELLED');
  });

  it('without a Cloud Build export a build claim is unverifiable and says how to give one', () => {
    const v = deploy(ent.build('4f1c2a9e'), 'deployed', {}, evidence([source('firebase-hosting', 'releases.json', ALL_RELEASES)]));
    expectVerdict(v, 'unverifiable', 'no Cloud Build evidence was given');
    expect(v.reason).toContain('gcloud builds list');
  });

  it('a Cloud Build export that failed to read makes a build claim unverifiable, with the error', () => {
    const v = deploy(ent.build('4f1c2a9e'), 'deployed', {}, evidence([], [failedSource('cloud-build', 'builds.json', 'permission denied')]));
    expectVerdict(v, 'unverifiable', 'the Cloud Build source builds.json failed: permission denied');
  });

  it('a sentence that names nothing deployable is unverifiable', () => {
    expectVerdict(deploy(undefined, 'deployed'), 'unverifiable', 'names no build, release or revision');
  });

  it('a lifecycle verb pmcheck does not know for builds is unverifiable', () => {
    expectVerdict(deploy(ent.build('b81d4e02'), 'approved'), 'unverifiable', 'does not check "approved" for builds');
  });

  // A build that ended CANCELLED never completed: "never completed" is true of it.
  it('"build 4f1c2a9e never completed" about a cancelled build is supported', () => {
    expectSupported(deploy(ent.build('4f1c2a9e'), 'completed', { negated: true }), 'CANCELLED', ['builds.json#0']);
  });

  // checkBuild ignores `negated` for "started": an existing build "was never started" comes out supported.
  it('"build a5a5a5a5 was never started" is contradicted by the build record', () => {
    expectVerdict(deploy(ent.build('a5a5a5a5'), 'started', { negated: true }), 'contradicted', 'created at 10:00:03 PDT');
  });
});

describe('deploy: Hosting versions, releases and revisions', () => {
  const deploy = (subject: Entity, extra: Partial<Claim> = {}, ev = EV) => check({ kind: 'deploy', subject, predicate: 'deployed', ...extra }, ev);

  it('a version released on the live channel at the stated minute is supported', () => {
    expectSupported(
      deploy(ent.version('9f4b6d21c0e8a735'), { time: at('09:47') }),
      'DEPLOY release on portal-prod (live) by portal-agent@portal-prod.iam.gserviceaccount.com to version 9f4b6d21c0e8a735 at 09:47:40 PDT',
      ['releases.json#r-bad'],
    );
  });

  it('a live version released at another minute is contradicted', () => {
    expectVerdict(deploy(ent.version('9f4b6d21c0e8a735'), { time: at('10:10') }), 'contradicted', 'not at 10:10');
  });

  it('a version released by someone else than the sentence says is contradicted', () => {
    expectVerdict(deploy(ent.version('9f4b6d21c0e8a735'), { actor: marcus }), 'contradicted', `released by ${AGENT_SA}, not Marcus`);
  });

  it('a version released by the person named is supported', () => {
    expectSupported(deploy(ent.version('9f4b6d21c0e8a735'), { actor: agent }), `released by ${AGENT_SA}`, ['releases.json#r-bad']);
  });

  it('a version only released on a preview channel was never deployed to the live site', () => {
    const v = deploy(ent.version('beefbeef00000001'), { time: at('09:30') });
    expectVerdict(v, 'contradicted', 'only released on a preview channel');
    expect(v.reason).toContain('it never served the live site');
  });

  it('"was not deployed" is supported for a preview-only version and contradicted for a live one', () => {
    expectSupported(deploy(ent.version('beefbeef00000001'), { negated: true }), 'only released on a preview channel', ['releases.json#r-preview']);
    expectVerdict(deploy(ent.version('9f4b6d21c0e8a735'), { negated: true }), 'contradicted', 'DEPLOY release on portal-prod (live)');
  });

  it('a version not in the releases export, at a covered time, is contradicted', () => {
    expectVerdict(deploy(ent.version('0000111122223333'), { time: at('09:30') }), 'contradicted', 'no version 0000111122223333 in releases.json');
  });

  it('without a Hosting export a version claim is unverifiable', () => {
    expectVerdict(
      deploy(ent.version('9f4b6d21c0e8a735'), {}, evidence([source('cloud-build', 'builds.json', ALL_BUILDS)])),
      'unverifiable',
      'no Firebase Hosting evidence was given',
    );
  });

  it('a Cloud Run revision that became Ready is deployed at its creation', () => {
    expectSupported(deploy(ent.revision('portal-api-00041-dab'), { time: at('08:30') }), 'revision portal-api-00041-dab created (Ready) at 08:30:00 PDT', [
      'revisions.json#0',
    ]);
  });

  it('a Cloud Run revision that never became ready was never deployed', () => {
    expectVerdict(deploy(ent.revision('portal-api-00042-xak')), 'contradicted', 'revision portal-api-00042-xak was created but never became ready');
  });
});

describe('deploy: a release named by who and when ("the bad release")', () => {
  const described: DescribedEntity = { type: 'release', text: 'the bad release' };
  const deploy = (extra: Partial<Claim>, ev = EV) => check({ kind: 'deploy', described, predicate: 'deployed', ...extra }, ev);

  it('the live release by that person at that minute supports it', () => {
    expectSupported(deploy({ actor: agent, time: at('09:47') }), 'DEPLOY release on portal-prod (live) by portal-agent', ['releases.json#r-bad']);
  });

  it('no live release by that person at that minute contradicts it, citing their releases', () => {
    const v = deploy({ actor: agent, time: at('10:30') });
    expectVerdict(v, 'contradicted', 'no live Hosting release by the agent at 10:30 in releases.json');
    expect(locations(v)).toContain('releases.json#r-bad');
  });

  it('a preview release at the stated minute does not count as the live one', () => {
    expectVerdict(deploy({ actor: agent, time: at('09:30') }), 'contradicted', 'no live Hosting release by the agent at 09:30');
  });

  it('a release named by neither person nor time is unverifiable', () => {
    expectVerdict(deploy({}), 'unverifiable', 'names the release by neither id, person nor time');
  });

  it('without a Hosting export it is unverifiable', () => {
    expectVerdict(
      deploy({ actor: agent, time: at('09:47') }, evidence([source('cloud-build', 'builds.json', ALL_BUILDS)])),
      'unverifiable',
      'no Firebase Hosting evidence was given',
    );
  });

  // describedRelease ignores `negated`: "the bad release was not deployed by the agent at 09:47" comes out supported.
  it('"the release was not deployed by the agent at 09:47" is contradicted when it was', () => {
    expectVerdict(deploy({ actor: agent, time: at('09:47'), negated: true }), 'contradicted', 'portal-agent');
  });
});

// ---------------------------------------------------------------------------------------

describe('recovery', () => {
  // A fix built from commit fade0001 and released at 10:17:00, under four minutes before errors stopped.
  const FIX = cloudBuild('f1f1f1f1-6666-4777-8888-d9999aaaabbb', 'builds.json#fix', {
    time: T('17:10:00'),
    endTime: T('17:16:30'),
    status: 'SUCCESS',
    commit: 'fade0001',
  });
  const FIX_RELEASE = release('r-fix', T('17:17:00'), { actor: DEPLOYER_SA, version: 'f1f1000000000003', commit: 'fade0001' });
  const recovery = (extra: Partial<Claim>, ev: ReturnType<typeof evidence>) =>
    check({ kind: 'recovery', predicate: 'restored', pattern: 'recovery-by-entity', ...extra }, ev);
  const withFix = (releases: EvidenceEvent[], builds: EvidenceEvent[] = [FIX]) => incident({ builds, releases });

  it('a build whose release went live shortly before errors stopped, with nothing between, restored service', () => {
    const v = recovery({ subject: ent.build('f1f1f1f1'), time: at('10:21') }, withFix([BAD_RELEASE, FIX_RELEASE]));
    expectSupported(v, 'errors stopped at 10:20:58 PDT and no other change came between', ['builds.json#fix', 'releases.json#r-fix']);
    expect(refs(v)).toContain(WINDOW_REF);
  });

  it('the claim may give the time the fix went live instead of when errors stopped', () => {
    expectSupported(recovery({ subject: ent.build('f1f1f1f1'), time: at('10:17') }, withFix([BAD_RELEASE, FIX_RELEASE])), 'no other change came between', [
      'releases.json#r-fix',
    ]);
  });

  it('a recovery time far from when errors stopped is contradicted', () => {
    expectVerdict(
      recovery({ subject: ent.build('f1f1f1f1'), time: at('09:55') }, withFix([BAD_RELEASE, FIX_RELEASE])),
      'contradicted',
      'errors stopped at 10:20:58 PDT, not at 09:55',
    );
  });

  it('another serving change between the credited change and recovery is named as what came later', () => {
    const v = recovery({ subject: ent.build('f1f1f1f1') }, withFix([BAD_RELEASE, FIX_RELEASE, ROLLBACK]));
    expectVerdict(v, 'contradicted', 'but ROLLBACK release on portal-prod (live) by marcus@example.com to version 3c8e1a7f0d2b9e44 at 10:20:05 PDT came later');
    expect(locations(v)).toContain('releases.json#r-rollback');
  });

  it('a change live before the outage began was serving during it and cannot have ended it', () => {
    const v = recovery({ subject: ent.build('b81d4e02') }, incident({ builds: [SHIPPED], releases: [BAD_RELEASE, ROLLBACK] }));
    expectVerdict(v, 'contradicted', 'before the outage began at 09:48:10 PDT');
    expect(v.reason).toContain('after ROLLBACK release on portal-prod (live) by marcus@example.com');
  });

  it('a change that went live long before errors stopped is not credited', () => {
    const early = release('r-early', T('17:00:00'), { actor: DEPLOYER_SA, version: 'f1f1000000000004', commit: 'fade0001' });
    const earlyFix = cloudBuild(FIX.id, 'builds.json#fix', { time: T('16:55:00'), endTime: T('16:59:00'), status: 'SUCCESS', commit: 'fade0001' });
    expectVerdict(
      recovery({ subject: ent.build('f1f1f1f1') }, withFix([BAD_RELEASE, early], [earlyFix])),
      'contradicted',
      '21 minutes before errors stopped at 10:20:58 PDT',
    );
  });

  it('a change that went live after errors stopped did not stop them', () => {
    const late = release('r-late', T('17:30:00'), { actor: DEPLOYER_SA, version: 'f1f1000000000005', commit: 'fade0001' });
    const lateFix = cloudBuild(FIX.id, 'builds.json#fix', { time: T('17:25:00'), endTime: T('17:29:00'), status: 'SUCCESS', commit: 'fade0001' });
    expectVerdict(
      recovery({ subject: ent.build('f1f1f1f1') }, withFix([BAD_RELEASE, late, ROLLBACK], [lateFix])),
      'contradicted',
      'after errors stopped at 10:20:58 PDT (ROLLBACK release',
    );
  });

  it('a cancelled build cannot have restored service; the verdict names the rollback', () => {
    const v = recovery({ subject: ent.build('4f1c2a9e') }, EV);
    expectVerdict(v, 'contradicted', 'it never served traffic; errors stopped at 10:20:58 PDT after ROLLBACK release');
    expect(locations(v)).toEqual(expect.arrayContaining(['builds.json#0', 'audit.json#0', 'releases.json#r-rollback']));
  });

  // An unlinked build has no serving time, so the "never served" branch answers before the "unlinked" one.
  it('a credited build that no release links to serving is unsupported, not contradicted', () => {
    const v = recovery({ subject: ent.build('e1e1e1e1') }, EV);
    expectVerdict(v, 'unsupported', 'release or traffic change in the evidence shows what it deployed');
  });

  it('a version whose later release (a rollback to it) ended the outage restored service', () => {
    // Version 3c8e… served the site in the morning, was replaced by the bad release, and came back by rollback.
    const morning = release('r-morning', T('15:00:00'), { actor: DEPLOYER_SA, version: '3c8e1a7f0d2b9e44' });
    const v = recovery({ subject: ent.version('3c8e1a7f0d2b9e44'), time: at('10:21') }, incident({ releases: [morning, BAD_RELEASE, ROLLBACK] }));
    expectSupported(v, 'ROLLBACK release on portal-prod (live) by marcus@example.com to version 3c8e1a7f0d2b9e44 at 10:20:05 PDT', [
      'releases.json#r-rollback',
    ]);
    expect(locations(v)).not.toContain('releases.json#r-morning');
  });

  it('no outage in the request logs leaves nothing to recover from', () => {
    expectVerdict(
      recovery({ subject: ent.build('f1f1f1f1') }, incident({ builds: [FIX], releases: [FIX_RELEASE], health: quietHealth() })),
      'unsupported',
      'the request logs show no outage window to recover from',
    );
  });

  describe('credited to a PR', () => {
    const MERGE_301 = event(
      {
        id: 'fade0001aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
        source: 'git',
        type: 'merge',
        time: T('17:08:00'),
        actor: 'Priya <priya@example.com>',
        pr: 301,
        keys: ['fade0001aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'pr:301'],
        summary: 'merge of PR #301',
      },
      'repo@fade0001',
    );

    it('a PR is credited through the build of its merge commit and the release that build made', () => {
      const v = recovery({ subject: ent.pr(301) }, incident({ builds: [FIX], releases: [BAD_RELEASE, FIX_RELEASE], git: [MERGE_301] }));
      expectSupported(v, 'build f1f1f1f1 succeeded at 10:16:30 PDT', ['repo@fade0001', 'builds.json#fix', 'releases.json#r-fix']);
    });

    it('a merged PR whose build no release links to serving is unsupported', () => {
      const v = recovery({ subject: ent.pr(301) }, incident({ builds: [FIX], releases: [BAD_RELEASE], git: [MERGE_301] }));
      expectVerdict(v, 'unsupported', 'no successful build of PR #301 that a release or traffic change links to serving is in the evidence');
      expect(locations(v)).toEqual(expect.arrayContaining(['repo@fade0001', 'builds.json#fix']));
    });

    it('a PR with no merge in the history is not found', () => {
      expectVerdict(recovery({ subject: ent.pr(999) }, incident({ git: [MERGE_301] })), 'unsupported', 'no merge of PR #999 in repo');
    });

    it('without the repository a PR cannot be followed to production', () => {
      const ev = evidence([source('cloud-logging', 'logs.json', [], outageHealth()), source('firebase-hosting', 'releases.json', ALL_RELEASES)]);
      expectVerdict(recovery({ subject: ent.pr(301) }, ev), 'unverifiable', 'no git evidence was given');
    });
  });

  describe('credited to a rollback', () => {
    const byRollback = (extra: Partial<Claim>, ev = EV) => check({ kind: 'recovery', predicate: 'restored', variant: 'by-rollback', ...extra }, ev);

    it("Marcus's rollback shortly before errors stopped is credited", () => {
      expectSupported(byRollback({ actor: marcus, time: at('10:20') }), 'no other change came between', ['releases.json#r-rollback']);
    });

    it('a rollback credited to someone who made none is contradicted', () => {
      expectVerdict(byRollback({ actor: priya }), 'contradicted', 'no rollback by Priya in logs.json, releases.json');
    });

    it('a rollback to a named version must be to that version', () => {
      expectVerdict(byRollback({ entities: [ent.version('0000aaaa0000aaaa')] }), 'contradicted', 'no rollback to 0000aaaa0000aaaa in logs.json, releases.json');
      expectSupported(byRollback({ entities: [ent.version('3c8e1a7f0d2b9e44')] }), 'ROLLBACK release', ['releases.json#r-rollback']);
    });

    // rollbackCredited takes the LAST matching rollback of the whole export, not the one that explains the recovery.
    it('a later, unrelated rollback by the same person does not hide the one that ended the outage', () => {
      const evening = release('r-evening', T('19:00:00'), { actor: 'marcus@example.com', version: '3c8e1a7f0d2b9e44', type: 'rollback' });
      const v = byRollback({ actor: marcus }, incident({ releases: [BAD_RELEASE, ROLLBACK, evening] }));
      expectSupported(v, 'at 10:20:05 PDT', ['releases.json#r-rollback']);
    });

    it('with request health but neither Hosting releases nor audit logs, it is unverifiable', () => {
      const ev = evidence([source('prometheus', 'prometheus', [], outageHealth())]);
      expectVerdict(
        byRollback({ actor: marcus }, ev),
        'unverifiable',
        'no source that records rollbacks was given (git, Cloud Run, Firebase Hosting, Cloud Logging)',
      );
    });
  });

  it('the outage a recovery claim speaks of is the one ending nearest its time', () => {
    const health = [
      ...requestHealth('portal.example.com', T('16:30:00'), 60, [T('16:48:00'), T('17:20:00')]),
      ...requestHealth('portal.example.com', T('17:30:00'), 60, [T('18:00:00'), T('18:05:00')]),
    ];
    const second = release('r-rollback-2', T('18:04:00'), { actor: 'marcus@example.com', version: '3c8e1a7f0d2b9e44', type: 'rollback' });
    const ev = incident({ releases: [BAD_RELEASE, ROLLBACK, second], health });
    const claimed = { kind: 'recovery' as const, predicate: 'restored' as const, variant: 'by-rollback' as const, actor: marcus };
    expectSupported(check({ ...claimed, time: at('11:06') }, ev), 'errors stopped at 11:05:58 PDT', ['releases.json#r-rollback-2']);
    // Without a time, the final recovery is meant: Marcus's later rollback ended the last outage.
    expectSupported(check(claimed, ev), 'errors stopped at 11:05:58 PDT', ['releases.json#r-rollback-2']);
    // His first rollback ended the first outage, but the errors came back: it did not restore service for good.
    const onlyFirst = incident({ releases: [BAD_RELEASE, ROLLBACK], health });
    expectVerdict(check({ ...claimed, entities: [] }, onlyFirst), 'unsupported', 'but errors came back at 11:00');
  });

  it('a sentence that does not say what restored service is unverifiable', () => {
    expectVerdict(recovery({}, EV), 'unverifiable', 'does not say what restored service');
  });

  it('a Cloud Logging source that failed makes recovery unverifiable, with the error', () => {
    const ev = evidence([source('firebase-hosting', 'releases.json', ALL_RELEASES)], [failedSource('cloud-logging', 'logs.json', 'quota exceeded')]);
    expectVerdict(recovery({ subject: ent.build('f1f1f1f1') }, ev), 'unverifiable', 'the Cloud Logging source logs.json failed: quota exceeded');
  });

  it('without request logs recovery is unverifiable, never supported', () => {
    const ev = evidence([source('firebase-hosting', 'releases.json', ALL_RELEASES), source('cloud-build', 'builds.json', ALL_BUILDS)]);
    expectVerdict(recovery({ subject: ent.build('b81d4e02') }, ev), 'unverifiable', 'no Cloud Logging evidence was given');
  });
});

// ---------------------------------------------------------------------------------------

describe('rollback', () => {
  const rollback = (extra: Partial<Claim>, ev = EV) => check({ kind: 'rollback', predicate: 'rolled-back', ...extra }, ev);

  it('"Marcus rolled back at 10:20" is supported by the ROLLBACK release', () => {
    const v = rollback({ actor: marcus, time: at('10:20') });
    expectSupported(v, 'rolled back by marcus@example.com', ['releases.json#r-rollback']);
    expect(v.reason).toContain('ROLLBACK release on portal-prod (live) by marcus@example.com to version 3c8e1a7f0d2b9e44 at 10:20:05 PDT');
  });

  it('a rollback credited to the wrong person is contradicted, naming who did it', () => {
    expectVerdict(rollback({ actor: priya, time: at('10:20') }), 'contradicted', 'rolled back by marcus@example.com, not Priya');
  });

  it('a rollback at the wrong time is contradicted', () => {
    expectVerdict(
      rollback({ time: at('09:30') }),
      'contradicted',
      'the nearest is ROLLBACK release on portal-prod (live) by marcus@example.com to version 3c8e1a7f0d2b9e44 at 10:20:05 PDT',
    );
  });

  it('a rollback to a version is supported only when the rollback went to it', () => {
    expectSupported(rollback({ subject: ent.version('3c8e1a7f0d2b9e44') }), 'to version 3c8e1a7f0d2b9e44', ['releases.json#r-rollback']);
    expectVerdict(
      rollback({ subject: ent.version('9f4b6d21c0e8a735'), time: at('10:20') }),
      'contradicted',
      'no rollback to 9f4b6d21c0e8a735 at 10:20 in logs.json, releases.json, revisions.json, repo, which cover 10:20',
    );
  });

  it('no rollback where the sources cover the claimed time is contradicted', () => {
    const ev = incident({
      releases: [OTHER_COMMIT_RELEASE, BAD_RELEASE, release('r-later', T('17:40:00'), { actor: DEPLOYER_SA, version: '5555666677778888' })],
      audit: [],
      git: [],
    });
    const v = rollback({ actor: marcus, time: at('10:20') }, ev);
    expectVerdict(v, 'contradicted', 'no rollback at 10:20 in releases.json, revisions.json, repo, which cover 10:20');
    expect(refs(v)).toContain('releases.json');
  });

  it('no rollback where the sources do not cover the claimed time is only unsupported', () => {
    const ev = incident({ releases: [OTHER_COMMIT_RELEASE, BAD_RELEASE], audit: [] });
    expectVerdict(rollback({ time: at('11:30') }, ev), 'unsupported', 'they do not cover the time of the claim');
  });

  it('a Cloud Logging file of request logs only (no audit entries) does not record rollbacks: unverifiable', () => {
    const ev = evidence([source('cloud-logging', 'requests.json', [], outageHealth())]);
    expectVerdict(
      rollback({ actor: marcus }, ev),
      'unverifiable',
      'no source that records rollbacks was given (git, Cloud Run, Firebase Hosting, Cloud Logging)',
    );
  });

  it('a Hosting export that failed makes a rollback claim unverifiable, with the error', () => {
    const ev = evidence(
      [source('cloud-logging', 'requests.json', [], outageHealth())],
      [failedSource('firebase-hosting', 'releases.json', 'not a releases.list export')],
    );
    expectVerdict(rollback({ actor: marcus }, ev), 'unverifiable', 'the Firebase Hosting source releases.json failed: not a releases.list export');
  });

  it('a rollback recorded only in the audit log counts', () => {
    const audited = event(
      {
        id: 'audit-rollback',
        source: 'cloud-logging',
        type: 'rollback',
        time: T('17:20:05'),
        actor: 'marcus@example.com',
        summary: 'ROLLBACK of portal-prod by marcus@example.com',
      },
      'audit.json#9',
    );
    const ev = evidence([source('cloud-logging', 'logs.json', [audited], outageHealth())]);
    expectSupported(rollback({ actor: marcus, time: at('10:20') }, ev), 'rolled back by marcus@example.com', ['audit.json#9']);
  });

  it('"no rollback was performed" is contradicted by a rollback, naming it', () => {
    const v = rollback({ negated: true });
    expectVerdict(v, 'contradicted', 'ROLLBACK release on portal-prod (live) by marcus@example.com');
    expect(locations(v)).toContain('releases.json#r-rollback');
  });

  // The negated path ignores claim.actor: Marcus's rollback "contradicts" a sentence about Priya, with a reason that never mentions her.
  it('"Priya did not roll back" is not contradicted by a rollback Marcus made', () => {
    const v = rollback({ negated: true, actor: priya });
    expect(v.verdict).not.toBe('contradicted');
    expect(v.reason).toContain('Priya');
  });

  it('"no rollback was performed" is supported when the sources hold none, and cites them', () => {
    const preview = release('r-preview-rb', T('17:10:00'), { actor: 'marcus@example.com', version: '3c8e1a7f0d2b9e44', type: 'rollback', channel: 'pr-214' });
    const v = rollback({ negated: true }, incident({ releases: [BAD_RELEASE, preview], audit: [], git: [] }));
    expectSupported(v, 'no rollback in releases.json');
    expect(refs(v)).toContain('releases.json');
  });
});

// ---------------------------------------------------------------------------------------

describe('time: when the outage began and ended', () => {
  const time = (predicate: 'began' | 'ended', t: ReturnType<typeof at> | undefined, ev = EV) =>
    check({ kind: 'time', predicate, ...(t ? { time: t } : {}) }, ev);

  it('errors began at 09:48 is supported and cites the outage window', () => {
    const v = time('began', at('09:48'));
    expectSupported(v, 'request logs: errors began at 09:48:10 PDT (660 of 660 requests failed between 09:48:10 PDT and 10:20:58 PDT)');
    expect(refs(v)).toEqual([WINDOW_REF]);
  });

  it('errors began at 10:02 is contradicted, giving the real start', () => {
    expectVerdict(time('began', at('10:02')), 'contradicted', 'errors began at 09:48:10 PDT');
  });

  it('errors stopped at 10:21 is supported; at 10:30 it is contradicted', () => {
    expectSupported(time('ended', at('10:21')), 'errors stopped at 10:20:58 PDT');
    expectVerdict(
      time('ended', at('10:30')),
      'contradicted',
      'errors stopped at 10:20:58 PDT (660 of 660 requests failed between 09:48:10 PDT and 10:20:58 PDT), not at 10:30',
    );
  });

  it('"around 10:25" widens the tolerance enough to match 10:20:58; "10:25" does not', () => {
    expectSupported(time('ended', at('10:25', true)), 'errors stopped at 10:20:58 PDT');
    expectVerdict(time('ended', at('10:25')), 'contradicted', 'not at 10:25');
  });

  it('with two outages, the claim is compared with the nearest one', () => {
    const health = [
      ...requestHealth('portal.example.com', T('16:30:00'), 60, [T('16:48:00'), T('17:20:00')]),
      ...requestHealth('portal.example.com', T('17:30:00'), 60, [T('18:00:00'), T('18:05:00')]),
    ];
    expectSupported(time('began', at('11:00'), incident({ health })), 'errors began at 11:00:10 PDT');
  });

  it('without request logs the time is unverifiable', () => {
    expectVerdict(
      time('began', at('09:48'), evidence([source('git', 'repo', GIT)])),
      'unverifiable',
      'no Cloud Logging evidence was given (request logs are needed',
    );
  });

  it('a failed request-log source makes the time unverifiable, with the error', () => {
    expectVerdict(
      time('began', at('09:48'), evidence([], [failedSource('cloud-logging', 'logs.json', 'truncated JSON')])),
      'unverifiable',
      'the Cloud Logging source logs.json failed: truncated JSON',
    );
  });

  it('request logs without an outage leave the time unsupported', () => {
    expectVerdict(time('began', at('09:48'), incident({ health: quietHealth() })), 'unsupported', 'the request logs show no outage window');
  });

  it('a sentence with no time is unverifiable', () => {
    expectVerdict(time('began', undefined), 'unverifiable', 'gives no time to check');
  });
});

describe('duration', () => {
  const lasted = (minutes: number, opts: { approximate?: boolean; exact?: boolean; text?: string } = {}, ev = EV) =>
    check(
      { kind: 'duration', duration: { text: opts.text ?? `${minutes} minutes`, minutes, approximate: opts.approximate ?? false, exact: opts.exact ?? false } },
      ev,
    );

  it('a 33-minute outage matches "33 minutes" and cites the window', () => {
    const v = lasted(33);
    expectSupported(v, 'request logs show failures from 09:48:10 PDT to 10:20:58 PDT (33 minutes, 660 of 660 requests failed)');
    expect(refs(v)).toEqual([WINDOW_REF]);
  });

  it('"12 minutes" is contradicted with the measured span', () => {
    expectVerdict(lasted(12), 'contradicted', '(33 minutes, 660 of 660 requests failed), not 12 minutes');
  });

  it('within max(2 minutes, 10%) matches; beyond it does not', () => {
    // The window lasts 32.8 minutes: 31 is within 3.1, 36 within 3.6, 38 is not within 3.8.
    expect(lasted(31).verdict).toBe('supported');
    expect(lasted(36).verdict).toBe('supported');
    expectVerdict(lasted(38), 'contradicted', 'not 38 minutes');
  });

  it('"about 40 minutes" is close enough to 33; a plain "40 minutes" is not', () => {
    expectSupported(lasted(40, { approximate: true, text: 'about 40 minutes' }), '33 minutes');
    expectVerdict(lasted(40), 'contradicted', 'not 40 minutes');
  });

  it('"exactly 32 minutes" allows no tolerance, though "32 minutes" matches', () => {
    expect(lasted(32).verdict).toBe('supported');
    expectVerdict(lasted(32, { exact: true, text: 'exactly 32 minutes' }), 'contradicted', 'not exactly 32 minutes');
    expect(lasted(33, { exact: true, text: 'exactly 33 minutes' }).verdict).toBe('supported');
  });

  it('with two outages, the longest is measured', () => {
    const health = [
      ...requestHealth('portal.example.com', T('16:30:00'), 60, [T('16:48:00'), T('17:20:00')]),
      ...requestHealth('portal.example.com', T('17:30:00'), 60, [T('18:00:00'), T('18:05:00')]),
    ];
    expectSupported(lasted(33, {}, incident({ health })), 'from 09:48:10 PDT to 10:20:58 PDT');
  });

  it('without request logs it is unverifiable; without an outage it is unsupported', () => {
    expectVerdict(lasted(33, {}, evidence([source('git', 'repo', GIT)])), 'unverifiable', 'request logs are needed to measure the outage');
    expectVerdict(lasted(33, {}, incident({ health: quietHealth() })), 'unsupported', 'the request logs show no outage window');
  });

  it('a failed request-log source makes it unverifiable, with the error', () => {
    expectVerdict(lasted(33, {}, evidence([], [failedSource('cloud-logging', 'logs.json', 'truncated JSON')])), 'unverifiable', 'failed: truncated JSON');
  });

  it('a sentence with no duration is unverifiable', () => {
    expectVerdict(check({ kind: 'duration' }, EV), 'unverifiable', 'gives no duration to check');
  });
});

// ---------------------------------------------------------------------------------------

describe('change-size', () => {
  const size = (subject: Entity | undefined, quantities: Quantity[], ev = EV) =>
    check({ kind: 'change-size', ...(subject ? { subject } : {}), quantities, predicate: 'changed' }, ev);

  it('PR #214 changed 340 files: supported, citing its merge', () => {
    expectSupported(size(ent.pr(214), [qty(340, 'files', '340 files')]), 'PR #214 changed 340 files (+412 −28,745 lines) against its first parent', [
      'repo@aaaaaaa1',
    ]);
  });

  it('a wrong file count is contradicted with the real one', () => {
    expectVerdict(
      size(ent.pr(214), [qty(12, 'files', '12 files')]),
      'contradicted',
      'changed 340 files (+412 −28,745 lines) against its first parent, not 12 files',
    );
  });

  it('lines added, deleted and changed are compared with additions, deletions and their sum', () => {
    expectSupported(size(ent.pr(214), [qty(412, 'lines-added', '412 lines added')]), 'PR #214 changed 340 files', ['repo@aaaaaaa1']);
    expectSupported(size(ent.pr(214), [qty(28745, 'lines-deleted', '28,745 lines deleted')]), 'PR #214', ['repo@aaaaaaa1']);
    expectSupported(size(ent.pr(214), [qty(29157, 'lines', '29,157 lines')]), 'PR #214', ['repo@aaaaaaa1']);
    expectVerdict(size(ent.pr(214), [qty(28745, 'lines', '28,745 lines')]), 'contradicted', 'not 28,745 lines');
  });

  it('only the wrong count of several is named', () => {
    const v = size(ent.pr(214), [qty(340, 'files', '340 files'), qty(12, 'lines-added', '12 lines added')]);
    expectVerdict(v, 'contradicted', 'not 12 lines added');
    expect(v.reason).not.toContain('not 340 files');
  });

  it('"about" allows 10%: about 28,000 deleted lines matches 28,745, exactly 28,000 does not', () => {
    expectSupported(size(ent.pr(214), [qty(28000, 'lines-deleted', 'about 28,000 lines', { approximate: true })]), 'PR #214', ['repo@aaaaaaa1']);
    expectVerdict(size(ent.pr(214), [qty(28000, 'lines-deleted', '28,000 lines')]), 'contradicted', 'not 28,000 lines');
    expectVerdict(size(ent.pr(214), [qty(400, 'lines-deleted', 'about 400 lines', { approximate: true })]), 'contradicted', 'not about 400 lines');
  });

  it('"more than" and "under" are bounds', () => {
    expectSupported(size(ent.pr(214), [qty(300, 'files', 'more than 300 files', { bound: 'gt' })]), 'PR #214', ['repo@aaaaaaa1']);
    expectVerdict(size(ent.pr(214), [qty(400, 'files', 'more than 400 files', { bound: 'gt' })]), 'contradicted', 'not more than 400 files');
    expectSupported(size(ent.commit('b0b0b0b1'), [qty(20, 'files', 'under 20 files', { bound: 'lt' })]), 'commit b0b0b0b1 changed 1 files', ['repo@b0b0b0b1']);
    expectVerdict(size(ent.pr(214), [qty(20, 'files', 'under 20 files', { bound: 'lt' })]), 'contradicted', 'not under 20 files');
  });

  it('a commit is measured against its own diff', () => {
    expectSupported(size(ent.commit('b0b0b0b1'), [qty(15, 'lines', '15 lines')]), 'commit b0b0b0b1 changed 1 files (+12 −3 lines)', ['repo@b0b0b0b1']);
  });

  it('a PR with no merge in the history is contradicted', () => {
    expectVerdict(size(ent.pr(999), [qty(3, 'files', '3 files')]), 'contradicted', 'no merge of PR #999 in the repository history');
  });

  // DESIGN: every verdict carries citations; this contradiction cites nothing, not even the repository searched.
  it('a contradiction for a PR missing from the history cites the repository searched', () => {
    const v = size(ent.pr(999), [qty(3, 'files', '3 files')]);
    expect(v.verdict).toBe('contradicted');
    expect(refs(v)).toContain('repo');
  });

  it('a commit not in the history is contradicted', () => {
    expectVerdict(size(ent.commit('1234567'), [qty(3, 'files', '3 files')]), 'contradicted', 'no commit 1234567 in the repository history');
  });

  it('without the repository it is unverifiable', () => {
    expectVerdict(
      size(ent.pr(214), [qty(340, 'files', '340 files')], evidence([source('cloud-build', 'builds.json', ALL_BUILDS)])),
      'unverifiable',
      'no git evidence was given (pass the repository with --repo)',
    );
    expectVerdict(
      size(ent.pr(214), [qty(340, 'files', '340 files')], evidence([], [failedSource('git', 'repo', 'not a git repository')])),
      'unverifiable',
      'the git source repo failed: not a git repository',
    );
  });

  it('a size with no change named is unverifiable', () => {
    expectVerdict(size(undefined, [qty(340, 'files', '340 files')]), 'unverifiable', 'does not say which change it measures');
  });
});

// ---------------------------------------------------------------------------------------

describe('commit', () => {
  const commit = (predicate: Predicate, extra: Partial<Claim> = {}, ev = EV) => check({ kind: 'commit', predicate, ...extra }, ev);

  describe('merged', () => {
    it('"PR #214 was merged at 09:40 by the agent" is supported by the merge commit', () => {
      const v = commit('merged', { subject: ent.pr(214), time: at('09:40'), actor: agent });
      expectSupported(v, 'PR #214 was merged at 09:40:12 PDT by portal-agent[bot]', ['repo@aaaaaaa1']);
      expect(v.reason).toContain('merged by portal-agent[bot]');
    });

    it('a merge at another time is contradicted', () => {
      expectVerdict(commit('merged', { subject: ent.pr(214), time: at('10:30') }), 'contradicted', 'not at 10:30');
    });

    it('a merge by someone else is contradicted', () => {
      expectVerdict(commit('merged', { subject: ent.pr(214), actor: marcus }), 'contradicted', 'merged by portal-agent[bot]');
      expect(commit('merged', { subject: ent.pr(214), actor: marcus }).reason).toContain('not Marcus');
    });

    it('a PR that was never merged is contradicted', () => {
      expectVerdict(commit('merged', { subject: ent.pr(999) }), 'contradicted', 'no merge of PR #999 in the repository history');
    });

    it('"PR #214 was not merged" is contradicted by its merge', () => {
      const v = commit('merged', { subject: ent.pr(214), negated: true });
      expectVerdict(v, 'contradicted', 'merge of PR #214 by portal-agent[bot] at 09:40:12 PDT');
      expect(locations(v)).toContain('repo@aaaaaaa1');
    });

    // The checker means "supported" but cites nothing, so the verdict builder demotes it to unverifiable
    // although git was consulted; the repository should be cited as the record searched.
    it('"PR #999 was not merged" is supported by the history that holds no merge of it', () => {
      expectSupported(commit('merged', { subject: ent.pr(999), negated: true }), 'no merge of PR #999');
    });

    it('"merged" about something that is not a PR is unverifiable', () => {
      expectVerdict(commit('merged', { subject: ent.commit('b0b0b0b1') }), 'unverifiable', 'does not name the PR that was merged');
    });
  });

  describe('pushed', () => {
    it('"the hotfix commit" is found by its subject line', () => {
      const v = commit('pushed', { described: { type: 'commit', word: 'hotfix', text: 'the hotfix commit' }, time: at('10:02') });
      expectSupported(v, 'commit b0b0b0b1 was committed at 10:02:00 PDT', ['repo@b0b0b0b1']);
      expect(v.reason).toContain('fix: hotfix for session refresh');
    });

    it('of two commits described the same way, the one at the stated time is meant', () => {
      const second = event(
        { id: 'b1b1b1b1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', source: 'git', type: 'commit', time: T('17:40:00'), actor: AGENT_GIT, message: 'fix: second hotfix' },
        'repo@b1b1b1b1',
      );
      const ev = incident({ git: [...GIT, second] });
      expectSupported(commit('pushed', { described: { type: 'commit', word: 'hotfix', text: 'the hotfix' }, time: at('10:40') }, ev), 'commit b1b1b1b1', [
        'repo@b1b1b1b1',
      ]);
      expectVerdict(
        commit('pushed', { described: { type: 'commit', word: 'hotfix', text: 'the hotfix' } }, ev),
        'unsupported',
        '2 commits mention "hotfix"; name the commit by its SHA',
      );
    });

    it('a description no commit subject matches is unsupported', () => {
      expectVerdict(
        commit('pushed', { described: { type: 'commit', word: 'rollback', text: 'the rollback commit' } }),
        'unsupported',
        'no commit whose subject mentions "rollback"',
      );
    });

    it('a commit at another time than stated is contradicted', () => {
      expectVerdict(commit('pushed', { subject: ent.commit('b0b0b0b1'), time: at('09:00') }), 'contradicted', 'not at 09:00');
    });

    it('a commit by someone else is contradicted', () => {
      expectVerdict(commit('pushed', { subject: ent.commit('b0b0b0b1'), actor: marcus }), 'contradicted', 'not Marcus');
    });

    it('a commit SHA that is not in the history is contradicted', () => {
      expectVerdict(commit('pushed', { subject: ent.commit('1234567') }), 'contradicted', 'no commit 1234567 in the repository history');
    });

    it('with no commit named, the author and time find it', () => {
      const v = commit('pushed', { actor: agent, time: at('10:02') });
      expectSupported(v, 'commit b0b0b0b1 by portal-agent[bot]', ['repo@b0b0b0b1']);
      expect(v.reason).toContain('fix: hotfix for session refresh');
    });

    it('no commit by that author at that time is contradicted, listing their commits', () => {
      const v = commit('pushed', { actor: agent, time: at('11:00') });
      expectVerdict(v, 'contradicted', 'no commit by the agent at 11:00; their commits: ');
      expect(v.reason).toContain('b0b0b0b1 at 10:02:00 PDT');
    });

    it('with no commit named and no time, it is unverifiable', () => {
      expectVerdict(commit('pushed', { actor: agent }), 'unverifiable', 'names neither the commit nor both its author and time');
    });
  });

  describe('reverted', () => {
    it('"Marcus reverted the change" is supported by his revert commit', () => {
      const v = commit('reverted', { actor: marcus, time: at('10:30') });
      expectSupported(v, 'commit e0e0e0e1 by Marcus Lee <marcus@example.com> at 10:30:00 PDT', ['repo@e0e0e0e1']);
      expect(v.reason).toContain('Revert "Point /api at portal-api-v2"');
    });

    it('a revert credited to someone who made none is contradicted', () => {
      const v = commit('reverted', { actor: priya });
      expectVerdict(v, 'contradicted', 'no revert commit by Priya in the repository history');
      expect(locations(v)).toContain('repo@e0e0e0e1');
    });

    it('a plain commit whose subject starts with "Revert" is a revert', () => {
      const plain = event(
        {
          id: 'abababab00000000000000000000000000000000',
          source: 'git',
          type: 'commit',
          time: T('17:31:00'),
          actor: 'Priya <priya@example.com>',
          message: 'Revert "tidy"',
        },
        'repo@abababab',
      );
      expectSupported(commit('reverted', { actor: priya }, incident({ git: [...GIT, plain] })), 'commit abababab', ['repo@abababab']);
    });

    it('"nobody reverted it" is contradicted by a revert', () => {
      expectVerdict(commit('reverted', { negated: true }), 'contradicted', 'commit e0e0e0e1 is a revert by Marcus Lee <marcus@example.com>');
    });

    // Same demotion as for merges: "no revert" found after searching git should cite the repository and be supported.
    it('"nobody reverted it" is supported by a history without reverts', () => {
      expectSupported(commit('reverted', { negated: true }, incident({ git: [MERGE_214, HOTFIX] })), 'no revert');
    });
  });

  describe('added', () => {
    const review = ent.file('docs/consultations/review.md');

    it('a file added in a commit and merged in the PR named is supported, citing both', () => {
      expectSupported(
        commit('added', { subject: review, entities: [review, ent.pr(214)] }),
        'docs/consultations/review.md was added in commit ccccccc1 by portal-agent[bot]',
        ['repo@ccccccc1', 'repo@aaaaaaa1'],
      );
      expect(commit('added', { subject: review, entities: [review, ent.pr(214)] }).reason).toContain('merged in PR #214');
    });

    it('a file no commit touches is contradicted', () => {
      expectVerdict(commit('added', { entities: [ent.file('docs/approval.md')] }), 'contradicted', 'no commit in the repository touches docs/approval.md');
    });

    it('a PR that does not touch the file is contradicted', () => {
      const other = event(
        {
          id: '21621621aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
          source: 'git',
          type: 'merge',
          time: T('15:00:00'),
          actor: AGENT_GIT,
          pr: 216,
          keys: ['21621621aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'pr:216'],
          change: { files: 1, additions: 1, deletions: 0, paths: ['README.md'] },
        },
        'repo@21621621',
      );
      expectVerdict(
        commit('added', { entities: [review, ent.pr(216)] }, incident({ git: [...GIT, other] })),
        'contradicted',
        'PR #216 does not touch docs/consultations/review.md',
      );
    });

    it('a PR that was never merged is contradicted', () => {
      expectVerdict(commit('added', { entities: [review, ent.pr(999)] }), 'contradicted', 'no merge of PR #999 in the repository history');
    });

    it('who added the file is checked against the commit author', () => {
      expectVerdict(commit('added', { entities: [review], actor: marcus }), 'contradicted', 'docs/consultations/review.md was added by portal-agent[bot]');
      expectSupported(commit('added', { entities: [review], actor: agent }), 'docs/consultations/review.md was added by portal-agent[bot]', ['repo@ccccccc1']);
    });

    it('"added" with no file named is unverifiable', () => {
      expectVerdict(commit('added', { entities: [ent.pr(214)] }), 'unverifiable', 'names no file to look for');
    });
  });

  describe('changed', () => {
    it('a commit that touched the file named is supported', () => {
      expectSupported(
        commit('changed', { subject: ent.commit('b0b0b0b1'), entities: [ent.file('src/auth/session.ts')] }),
        'commit b0b0b0b1 touched src/auth/session.ts',
        ['repo@b0b0b0b1'],
      );
    });

    it('a file named by its base name matches the full path', () => {
      expectSupported(commit('changed', { subject: ent.commit('b0b0b0b1'), entities: [ent.file('session.ts')] }), 'touched session.ts', ['repo@b0b0b0b1']);
    });

    it('a file the change did not touch is contradicted', () => {
      expectVerdict(
        commit('changed', { subject: ent.commit('b0b0b0b1'), entities: [ent.file('firebase.json')] }),
        'contradicted',
        'commit b0b0b0b1 does not touch firebase.json (it touches 1 files)',
      );
    });

    it('"changed only X" is contradicted when the change touched more', () => {
      const v = commit('changed', { subject: ent.pr(214), entities: [ent.file('firebase.json')], text: 'PR #214 changed only firebase.json.' });
      expectVerdict(v, 'contradicted', 'PR #214 touches 3 files, not only firebase.json');
    });

    it('"changed only X" is supported when X is all it touched', () => {
      expectSupported(
        commit('changed', {
          subject: ent.commit('b0b0b0b1'),
          entities: [ent.file('src/auth/session.ts')],
          text: 'The hotfix changed only src/auth/session.ts.',
        }),
        'touched src/auth/session.ts',
        ['repo@b0b0b0b1'],
      );
    });

    it('a routing target is supported by a live release after the change that routes to it', () => {
      const v = commit('changed', { subject: ent.pr(214), entities: [ent.pr(214), ent.service('portal-api-v2')] });
      expectSupported(v, 'routes version 9f4b6d21c0e8a735; /api/** → run:portal-api-v2 (us-central1)', ['releases.json#r-bad']);
    });

    it('"portal-api" does not match a release that routes to "portal-api-v2"', () => {
      const v = commit('changed', { subject: ent.pr(214), entities: [ent.pr(214), ent.service('portal-api')] });
      expectVerdict(v, 'unsupported', 'no live Hosting release after PR #214 routes to portal-api');
    });

    it('a release routing to the service before the change was made does not count', () => {
      // IDENTITY_RELEASE (08:06) routes to portal-api, but PR #214 was merged at 09:40.
      const ev = incident({ releases: [IDENTITY_RELEASE, BAD_RELEASE] });
      expectVerdict(commit('changed', { subject: ent.pr(214), entities: [ent.service('portal-api')] }, ev), 'unsupported', 'routes to portal-api');
    });

    it('a change named with nothing to compare is unverifiable', () => {
      expectVerdict(commit('changed', { subject: ent.commit('b0b0b0b1') }), 'unverifiable', 'does not say what the change touched');
    });

    it('a PR never merged cannot have changed anything', () => {
      expectVerdict(commit('changed', { subject: ent.pr(999), entities: [ent.file('firebase.json')] }), 'contradicted', 'no merge of PR #999');
    });
  });

  it('negated claims other than merged and reverted are unverifiable', () => {
    expectVerdict(
      commit('pushed', { subject: ent.commit('b0b0b0b1'), negated: true }),
      'unverifiable',
      'negated "pushed" claims about commits are not checked yet',
    );
  });

  it('a verb pmcheck does not check for commits is unverifiable', () => {
    expectVerdict(commit('approved', { subject: ent.pr(214) }), 'unverifiable', 'does not check "approved" for commits');
  });

  it('without the repository every commit claim is unverifiable', () => {
    expectVerdict(
      commit('merged', { subject: ent.pr(214) }, evidence([source('cloud-build', 'builds.json', ALL_BUILDS)])),
      'unverifiable',
      'no git evidence was given',
    );
    expectVerdict(
      commit('merged', { subject: ent.pr(214) }, evidence([], [failedSource('git', 'repo', 'not a git repository')])),
      'unverifiable',
      'the git source repo failed: not a git repository',
    );
  });
});

// ---------------------------------------------------------------------------------------

describe('absence', () => {
  // During the outage (and the lead time after it): the cancelled build, its cancellation, Marcus's rollback.
  const DURING = incident({ builds: [CANCELLED, SHIPPED], audit: [CANCEL_AUDIT], git: [MERGE_214, CONSULTATION, TIDY] });
  const absence = (denied: DeniedKind, extra: Partial<Claim> = {}, ev = DURING, named: string[] = []) =>
    check({ kind: 'absence', denied, pattern: 'absence', negated: true, ...extra }, ev, named);

  it('"no other changes during the incident" is contradicted by changes the report does not name', () => {
    const v = absence('change', { variant: 'others' }, DURING, ['4f1c2a9e']);
    expectVerdict(v, 'contradicted', '1 other change between 09:48:10 PDT–10:35:58 PDT: ROLLBACK release on portal-prod (live) by marcus@example.com');
    expect(locations(v)).toEqual(['releases.json#r-rollback']);
  });

  it('"other" excludes every record named by the report; what is left is supported, citing the sources consulted', () => {
    const v = absence('change', { variant: 'others' }, DURING, ['4f1c2a9e', '3c8e1a7f0d2b9e44']);
    // A change to production is what changes what serves: revisions, traffic, releases (builds and commits are denied by name).
    expectSupported(v, 'no other change recorded between 09:48:10 PDT–10:35:58 PDT in logs.json, releases.json, revisions.json');
    expect(refs(v)).toEqual(['logs.json', 'releases.json', 'revisions.json']);
  });

  it('without "other", records the report names still count', () => {
    const v = absence('change', {}, DURING, ['4f1c2a9e', '3c8e1a7f0d2b9e44']);
    expectVerdict(v, 'contradicted', '1 change between');
    expect(v.reason).toContain('ROLLBACK release on portal-prod (live) by marcus@example.com');
    // A cancelled build changed nothing in production, but it is a build.
    expectVerdict(absence('build', {}, DURING, ['4f1c2a9e']), 'contradicted', 'build 4f1c2a9e (CANCELLED)');
  });

  it('names shorter than six characters do not excuse a record', () => {
    expectVerdict(absence('change', { variant: 'others' }, DURING, ['4f1c2', '3c8e1']), 'contradicted', '1 other change');
  });

  it('"no rollback" counts only rollbacks; "no deploy" counts releases up to the recovery lead time after the outage', () => {
    const after = release('r-after', T('17:30:00'), { actor: DEPLOYER_SA, version: '7777000077770000' });
    const tooLate = release('r-too-late', T('17:40:00'), { actor: DEPLOYER_SA, version: '8888000088880000' });
    const ev = incident({ releases: [BAD_RELEASE, after, tooLate], audit: [], git: [MERGE_214] });
    expectSupported(absence('rollback', {}, ev), 'no rollback recorded between');
    const v = absence('deploy', {}, ev);
    expectVerdict(v, 'contradicted', '1 deploy between 09:48:10 PDT–10:35:58 PDT: DEPLOY release on portal-prod (live) by deployer@');
    expect(locations(v)).toEqual(['releases.json#r-after']);
  });

  it('a preview-channel release during the outage is not a deploy', () => {
    const preview = release('r-preview-late', T('17:00:00'), { actor: AGENT_SA, version: 'beefbeef00000002', channel: 'pr-215' });
    expectSupported(absence('deploy', {}, incident({ releases: [BAD_RELEASE, preview], audit: [] })), 'no deploy recorded', ['releases.json']);
  });

  it('the audit entry that asked for a build is not a second build', () => {
    const ev = incident({ builds: [SHIPPED], audit: [TRIGGER] });
    const v = absence('build', {}, ev);
    expectSupported(v, 'no build recorded between');
    expect(refs(v)).toEqual(['builds.json', 'logs.json']);
    // The build itself, during the outage, does count.
    expectVerdict(absence('build', {}, incident({ builds: [STARTED], audit: [TRIGGER] })), 'contradicted', '1 build between');
  });

  it('a request-log-only Cloud Logging file does not record rollbacks: unverifiable, not supported', () => {
    const ev = evidence([source('cloud-logging', 'requests.json', [], outageHealth())]);
    expectVerdict(absence('rollback', {}, ev), 'unverifiable', 'no source that records rollbacks was given');
  });

  it('request logs without an outage cannot bound "during the incident"', () => {
    expectVerdict(absence('change', {}, incident({ health: quietHealth() })), 'unverifiable', 'the request logs show no outage to bound "during the incident"');
  });

  it('without request logs it is unverifiable', () => {
    expectVerdict(
      absence('change', {}, evidence([source('firebase-hosting', 'releases.json', ALL_RELEASES)])),
      'unverifiable',
      'no Cloud Logging evidence was given (request logs bound the incident)',
    );
  });

  describe('"no Cloud Run service of that name exists"', () => {
    it('is supported when no revision belongs to it, listing the services that exist', () => {
      const v = absence('service', { subject: ent.service('portal-api-v2') });
      expectSupported(v, 'no revision of a service named portal-api-v2 in revisions.json; the revisions listed belong to portal-api');
      expect(refs(v)).toEqual(['revisions.json']);
    });

    it('is contradicted when Cloud Run records show the service', () => {
      const v = absence('service', { subject: ent.service('portal-api') });
      expectVerdict(v, 'contradicted', 'Cloud Run records show service portal-api: revision portal-api-00041-dab created (Ready)');
      expect(locations(v)).toContain('revisions.json#0');
    });

    it('is unverifiable without a Cloud Run export', () => {
      expectVerdict(
        absence('service', { subject: ent.service('portal-api-v2') }, evidence([source('firebase-hosting', 'releases.json', ALL_RELEASES)])),
        'unverifiable',
        'no Cloud Run evidence was given',
      );
    });

    it('is unverifiable when the sentence does not name the service', () => {
      expectVerdict(absence('service'), 'unverifiable', 'does not name the service');
    });
  });
});

// ---------------------------------------------------------------------------------------

describe('approval', () => {
  it('is unverifiable without review records, and says who added the cited file and that it is inside the PR', () => {
    const v = check({ kind: 'approval', predicate: 'approved', subject: ent.pr(214), entities: [ent.pr(214), ent.file('docs/consultations/review.md')] }, EV);
    expectVerdict(v, 'unverifiable', 'no GitHub evidence was given (approvals are only confirmed by pull-request review records)');
    expect(v.reason).toContain('docs/consultations/review.md is not a review record: it was added by portal-agent[bot]');
    expect(v.reason).toContain('in commit ccccccc1 at 09:20:00 PDT, inside PR #214 itself');
    expect(locations(v)).toEqual(['repo@ccccccc1']);
  });

  it('a cited file that no PR contains is reported without a PR', () => {
    const v = check({ kind: 'approval', predicate: 'approved', entities: [ent.file('docs/consultations/review.md')] }, incident({ git: [CONSULTATION] }));
    expectVerdict(v, 'unverifiable', 'is not a review record: it was added by portal-agent[bot]');
    expect(v.reason).toContain('in commit ccccccc1');
    expect(v.reason).not.toContain('inside PR');
  });

  it('with no file cited it is unverifiable and cites nothing', () => {
    const v = check({ kind: 'approval', predicate: 'approved', subject: ent.pr(214), entities: [ent.pr(214)] }, EV);
    expectVerdict(v, 'unverifiable', 'approvals are only confirmed by pull-request review records');
    expect(v.evidence).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------

describe('impact', () => {
  const failedRequests = (q: Quantity, ev = EV) => check({ kind: 'impact', predicate: 'failed', pattern: 'failed-requests', quantities: [q] }, ev);

  it('the count of failed requests during the outage is supported and cites the window', () => {
    const v = failedRequests(qty(660, 'requests', '660 requests'));
    expectSupported(v, 'request logs show 660 failed requests during the outage (09:48:10 PDT–10:20:58 PDT)');
    expect(refs(v)).toEqual([WINDOW_REF]);
  });

  it('a wrong count is contradicted with the real one', () => {
    expectVerdict(
      failedRequests(qty(130, 'requests', 'About 130 API requests', { approximate: true })),
      'contradicted',
      '660 failed requests during the outage (09:48:10 PDT–10:20:58 PDT), not About 130 API requests',
    );
  });

  it('"about" and "more than" are honoured', () => {
    expect(failedRequests(qty(650, 'requests', 'about 650 requests', { approximate: true })).verdict).toBe('supported');
    expectVerdict(failedRequests(qty(650, 'requests', '650 requests')), 'contradicted', 'not 650 requests');
    expect(failedRequests(qty(500, 'requests', 'more than 500 requests', { bound: 'gt' })).verdict).toBe('supported');
  });

  it('failed requests of every outage window are added up', () => {
    const health = [
      ...requestHealth('portal.example.com', T('16:30:00'), 60, [T('16:48:00'), T('17:20:00')]),
      ...requestHealth('portal.example.com', T('17:30:00'), 60, [T('18:00:00'), T('18:05:00')]),
    ];
    expectSupported(failedRequests(qty(780, 'requests', '780 requests'), incident({ health })), '780 failed requests');
  });

  it('"the site returned 404s" is supported by the outage window', () => {
    const v = check({ kind: 'impact', predicate: 'failed', variant: 'occurred' }, EV);
    expectSupported(v, 'request logs show 660 of 660 requests to portal.example.com failing between 09:48:10 PDT and 10:20:58 PDT');
    expect(refs(v)).toEqual([WINDOW_REF]);
  });

  it('request logs without an outage leave it unsupported; without request logs it is unverifiable', () => {
    expectVerdict(
      failedRequests(qty(660, 'requests', '660 requests'), incident({ health: quietHealth() })),
      'unsupported',
      'the request logs show no outage window',
    );
    expectVerdict(check({ kind: 'impact', variant: 'occurred' }, incident({ health: quietHealth() })), 'unsupported', 'no outage window');
    expectVerdict(
      failedRequests(qty(660, 'requests', '660 requests'), evidence([source('git', 'repo', GIT)])),
      'unverifiable',
      'request logs are needed to count failed requests',
    );
  });

  it('impact other than failed-request counts is unverifiable', () => {
    expectVerdict(
      check({ kind: 'impact', pattern: 'users', quantities: [qty(40, 'users', '40 users')] }, EV),
      'unverifiable',
      'request logs do not count users',
    );
  });
});

// ---------------------------------------------------------------------------------------

describe('cause', () => {
  const CAUSE_TEXT = 'The outage was caused by PR #214.';
  const cause = (entities: Entity[], ev = EV) => check({ kind: 'cause', predicate: 'caused', text: CAUSE_TEXT, entities }, ev);
  const withErrorsFrom = (from: string, extraReleases: EvidenceEvent[] = []) =>
    incident({ releases: [BAD_RELEASE, ...extraReleases], health: outageHealth([T(from), T('17:20:00')]) });

  it('a PR that went live shortly before errors began, with nothing between, is supported', () => {
    const v = cause([ent.pr(214)]);
    expectSupported(v, 'PR #214 (build b81d4e02) went live at 09:47:40 PDT', ['repo@aaaaaaa1', 'builds.json#1', 'releases.json#r-bad']);
    expect(v.reason).toContain('errors began at 09:48:10 PDT, 30 s later, with no other change between');
    expect(refs(v)).toContain(WINDOW_REF);
  });

  it('a PR that went live after errors began did not cause them', () => {
    expectVerdict(cause([ent.pr(214)], withErrorsFrom('16:40:00')), 'contradicted', 'errors began at 09:40:10 PDT: after the errors began');
  });

  it('a PR that went live long before errors began is not tied to them by timing', () => {
    expectVerdict(cause([ent.pr(214)], withErrorsFrom('17:10:00')), 'unsupported', 'too long before to tie them by timing');
  });

  it('another change between the PR going live and the errors leaves the cause unsupported, naming it', () => {
    const between = release('r-between', T('16:50:00'), { actor: 'marcus@example.com', version: '6666000066660000' });
    const v = cause([ent.pr(214)], withErrorsFrom('16:55:00', [between]));
    expectVerdict(v, 'unsupported', 'DEPLOY release on portal-prod (live) by marcus@example.com to version 6666000066660000 came between');
    expect(locations(v)).toContain('releases.json#r-between');
  });

  it('a service named in the sentence must be exactly where the live release routes', () => {
    expectSupported(
      cause([ent.pr(214), ent.service('portal-api-v2')]),
      'that release routes version 9f4b6d21c0e8a735; /api/** → run:portal-api-v2 (us-central1)',
      ['releases.json#r-bad'],
    );
    expectVerdict(
      cause([ent.pr(214), ent.service('portal-api')]),
      'contradicted',
      'that release routes version 9f4b6d21c0e8a735; /api/** → run:portal-api-v2 (us-central1), not to portal-api',
    );
  });

  it('a PR whose build no release links to serving is unsupported', () => {
    const ev = incident({
      builds: [cloudBuild(SHIPPED.id, 'builds.json#1', { time: T('16:40:30'), endTime: T('16:47:30'), status: 'SUCCESS', commit: 'aaaaaaa1' })],
    });
    expectVerdict(cause([ent.pr(214)], ev), 'unsupported', 'no successful build of PR #214 that a release or traffic change links to serving');
  });

  it('a cancelled build cannot have caused anything', () => {
    expectVerdict(cause([ent.build('4f1c2a9e')]), 'contradicted', 'build 4f1c2a9e was CANCELLED');
  });

  it('a build with no linked release is unsupported as a cause', () => {
    expectVerdict(cause([ent.build('e1e1e1e1')]), 'unsupported', 'release or traffic change in the evidence shows what it deployed');
  });

  it('a version that went live shortly before errors began is supported', () => {
    expectSupported(cause([ent.version('9f4b6d21c0e8a735')]), 'went live at 09:47:40 PDT', ['releases.json#r-bad']);
  });

  it('a cause that names no change is a judgement: unverifiable', () => {
    expectVerdict(cause([ent.service('portal-api-v2')]), 'unverifiable', 'a cause is a judgement');
  });

  it('without request logs, without an outage, or without git it is not confirmed', () => {
    const noLogs = evidence([
      source('git', 'repo', GIT),
      source('cloud-build', 'builds.json', ALL_BUILDS),
      source('firebase-hosting', 'releases.json', ALL_RELEASES),
    ]);
    expectVerdict(cause([ent.pr(214)], noLogs), 'unverifiable', 'request logs tell when errors began');
    expectVerdict(cause([ent.pr(214)], incident({ health: quietHealth() })), 'unsupported', 'the request logs show no outage window');
    const noGit = evidence([
      source('cloud-logging', 'logs.json', [], outageHealth()),
      source('cloud-build', 'builds.json', ALL_BUILDS),
      source('firebase-hosting', 'releases.json', ALL_RELEASES),
    ]);
    expectVerdict(cause([ent.pr(214)], noGit), 'unverifiable', 'no git evidence was given');
  });
});

// ---------------------------------------------------------------------------------------

describe('opinion and attribution', () => {
  it('opinion is unverifiable: no record can settle it', () => {
    expectVerdict(check({ kind: 'opinion', text: 'We believe the agent meant well.' }, EV), 'unverifiable', 'opinion or intent: no record can settle it');
  });

  it('attribution is unverifiable for now', () => {
    expectVerdict(check({ kind: 'attribution' }, EV), 'unverifiable', 'attribution claims are not checked yet');
  });
});

describe('negation and failures, across the registry', () => {
  // Claims each of these checkers supports; "not …" of the same claim must not be judged as if it were positive.
  const positive: Array<[ClaimKind, Partial<Claim>]> = [
    ['recovery', { predicate: 'restored', variant: 'by-rollback', actor: marcus }],
    ['time', { predicate: 'began', time: at('09:48') }],
    ['duration', { duration: { text: '33 minutes', minutes: 33, approximate: false, exact: false } }],
    ['change-size', { subject: ent.pr(214), quantities: [qty(340, 'files', '340 files')] }],
    ['impact', { pattern: 'failed-requests', quantities: [qty(660, 'requests', '660 requests')] }],
    ['cause', { predicate: 'caused', entities: [ent.pr(214)] }],
  ];

  it.each(positive)('a negated %s claim is unverifiable, though the same claim unnegated is supported', (kind, fields) => {
    expect(check({ kind, ...fields }, EV).verdict).toBe('supported');
    expectVerdict(check({ kind, ...fields, negated: true }, EV), 'unverifiable', `negated ${kind} claims ("not", "never") are not checked yet`);
  });

  it.each(['approval', 'opinion', 'attribution'] as ClaimKind[])('a negated %s claim is unverifiable for being negated', (kind) => {
    expectVerdict(check({ kind, negated: true }, EV), 'unverifiable', `negated ${kind} claims`);
  });

  it('exactly the checkers that read negation themselves declare it', () => {
    const declaring = Object.values(CHECKERS)
      .filter((c) => c.negation)
      .map((c) => c.kind)
      .sort();
    expect(declaring).toEqual(['absence', 'commit', 'deploy', 'rollback']);
  });

  it("a checker's own failure becomes unverifiable with the error, not a crash", () => {
    const broken = { ...at('09:48'), start: 'not-a-time' };
    expectVerdict(
      check({ kind: 'time', predicate: 'began', time: broken }, EV),
      'unverifiable',
      'internal error while checking (please report it): not an RFC 3339 timestamp: not-a-time',
    );
  });

  it('a time the report gives no date for turns a supported verdict into unverifiable, keeping the reason and evidence', () => {
    const v = check({ kind: 'deploy', subject: ent.build('b81d4e02'), predicate: 'completed', unresolvedTime: '09:47' }, EV);
    expectVerdict(v, 'unverifiable', 'build b81d4e02 succeeded at 09:47:30 PDT');
    expect(v.reason).toContain('but "09:47" could not be checked: the report gives no date for it');
    expect(locations(v)).toContain('builds.json#1');
  });

  it('a time without a date does not soften a contradiction', () => {
    const v = check({ kind: 'deploy', subject: ent.build('4f1c2a9e'), predicate: 'completed', unresolvedTime: '10:14' }, EV);
    expectVerdict(v, 'contradicted', 'build 4f1c2a9e was CANCELLED');
    expect(v.reason).not.toContain('could not be checked');
  });

  it('with no evidence at all, no checker supports anything', () => {
    // Every supported verdict above went through expectSupported (which demands citations); here, for
    // every kind in the registry, nothing configured can never mean "supported".
    const empty = evidence([]);
    for (const kind of Object.keys(CHECKERS) as ClaimKind[]) {
      const v = check({ kind, predicate: 'deployed', subject: ent.build('4f1c2a9e'), time: at('09:48'), pattern: 'absence' }, empty);
      expect(v.verdict, `${kind}: ${v.reason}`).not.toBe('supported');
    }
  });
});
