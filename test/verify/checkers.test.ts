import { describe, expect, it } from 'vitest';
import type { EvidenceEvent } from '../../src/types.js';
import { verifyClaim } from '../../src/verify/index.js';
import { CHECKERS } from '../../src/verify/registry.js';
import { supported } from '../../src/verify/verdict.js';
import { at, claim, ctx, event, evidence, requestHealth, source } from './builders.js';

// The incident in miniature (PDT = UTC−7): errors 09:48–10:20, a build cancelled at 10:14:40,
// a human's Hosting rollback at 10:20:05.
const cancelledBuild = event(
  {
    id: '4f1c2a9e-7d3b-4e8a-9c1f-0b6d2e8a5c47',
    source: 'cloud-build',
    type: 'build',
    time: '2026-06-09T17:05:10.123456Z',
    endTime: '2026-06-09T17:14:41.5Z',
    status: 'CANCELLED',
  },
  'builds.json#0',
);
const goodBuild = event(
  {
    id: 'b81d4e02-1111-4222-8333-944445555666',
    source: 'cloud-build',
    type: 'build',
    time: '2026-06-09T16:40:30Z',
    endTime: '2026-06-09T16:47:51Z',
    status: 'SUCCESS',
    commit: 'aaaaaaa1',
    runAs: 'portal-agent@portal-prod.iam.gserviceaccount.com',
  },
  'builds.json#1',
);
const cancel = event(
  {
    id: 'audit-1',
    source: 'cloud-logging',
    type: 'build-cancel',
    time: '2026-06-09T17:14:40.2Z',
    actor: 'priya@example.com',
    refersTo: cancelledBuild.id,
    keys: ['audit-1', cancelledBuild.id],
  },
  'audit.json#0',
);
const badDeploy = event({
  id: 'sites/portal-prod/channels/live/releases/1',
  source: 'firebase-hosting',
  type: 'release',
  time: '2026-06-09T16:47:40Z',
  actor: 'portal-agent@portal-prod.iam.gserviceaccount.com',
  status: 'DEPLOY',
  service: 'portal-prod',
  keys: ['sites/portal-prod/channels/live/releases/1', '9f4b6d21c0e8a735'],
  summary: 'DEPLOY release on portal-prod (live) by portal-agent@portal-prod.iam.gserviceaccount.com',
});
const rollback = event(
  {
    id: 'sites/portal-prod/channels/live/releases/2',
    source: 'firebase-hosting',
    type: 'rollback',
    time: '2026-06-09T17:20:05Z',
    actor: 'marcus@example.com',
    status: 'ROLLBACK',
    service: 'portal-prod',
    keys: ['sites/portal-prod/channels/live/releases/2', '3c8e1a7f0d2b9e44'],
    summary: 'ROLLBACK release on portal-prod (live) by marcus@example.com to version 3c8e1a7f0d2b9e44',
  },
  'releases.json#1',
);
const health = requestHealth('portal.example.com', '2026-06-09T16:30:00Z', 70, ['2026-06-09T16:48:00Z', '2026-06-09T17:20:00Z']);
const merge = event({
  id: 'aaaaaaa1bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
  source: 'git',
  type: 'merge',
  time: '2026-06-09T16:40:12Z',
  actor: 'portal-agent[bot] <portal-agent@portal-prod.iam.gserviceaccount.com>',
  pr: 214,
  keys: ['aaaaaaa1bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 'pr:214'],
  change: { files: 340, additions: 412, deletions: 28745, paths: ['firebase.json', 'docs/consultations/review.md'] },
});
const consultation = event({
  id: 'ccccccc1dddddddddddddddddddddddddddddddd',
  source: 'git',
  type: 'commit',
  time: '2026-06-09T16:20:00Z',
  actor: 'portal-agent[bot] <portal-agent@portal-prod.iam.gserviceaccount.com>',
  change: { files: 2, additions: 40, deletions: 0, paths: ['docs/consultations/review.md', 'firebase.json'] },
});

function incident(extra: EvidenceEvent[] = []) {
  return evidence([
    source('cloud-build', 'builds.json', [cancelledBuild, goodBuild]),
    source('cloud-logging', 'logs.json', [cancel], health),
    source('firebase-hosting', 'releases.json', [badDeploy, rollback, ...extra]),
    source('git', 'repo', [merge, consultation]),
  ]);
}

const build = (id: string) => ({ type: 'build' as const, id, text: `build ${id}` });

describe('recovery', () => {
  it('a cancelled build cannot have restored service; the verdict names the rollback that did', () => {
    const v = verifyClaim(
      claim({ kind: 'recovery', subject: build('4f1c2a9e'), predicate: 'restored', time: at('10:14'), pattern: 'recovery-by-entity' }),
      incident(),
      ctx(),
    );
    expect(v.verdict).toBe('contradicted');
    expect(v.reason).toContain('CANCELLED');
    expect(v.reason).toContain('priya@example.com');
    expect(v.reason).toContain('ROLLBACK release on portal-prod (live) by marcus@example.com');
    expect(v.reason).toContain('10:20:58 PDT');
    expect(v.evidence.map((e) => e.location)).toEqual(expect.arrayContaining(['builds.json#0', 'audit.json#0', 'releases.json#1']));
  });

  it("a human's rollback shortly before errors stopped is credited", () => {
    const v = verifyClaim(
      claim({ kind: 'recovery', predicate: 'restored', actor: { type: 'actor', id: 'marcus', text: 'Marcus' }, time: at('10:20'), variant: 'by-rollback' }),
      incident(),
      ctx(),
    );
    expect(v.verdict).toBe('supported');
    expect(v.evidence.length).toBeGreaterThan(0);
  });

  it('a change that served long before recovery is not credited', () => {
    const v = verifyClaim(claim({ kind: 'recovery', subject: build('b81d4e02'), predicate: 'restored', pattern: 'recovery-by-entity' }), incident(), ctx());
    expect(v.verdict).toBe('contradicted');
  });

  it('without request logs, recovery is unverifiable, never supported', () => {
    const ev = evidence([source('firebase-hosting', 'releases.json', [rollback])]);
    const v = verifyClaim(claim({ kind: 'recovery', predicate: 'restored', variant: 'by-rollback' }), ev, ctx());
    expect(v.verdict).toBe('unverifiable');
    expect(v.reason).toContain('no Cloud Logging evidence was given');
  });

  it('a source that failed makes the claim unverifiable and says why', () => {
    const ev = evidence([], [{ id: 'logs.json', kind: 'cloud-logging', events: 0, error: 'permission denied', warnings: [] }]);
    const v = verifyClaim(claim({ kind: 'recovery', predicate: 'restored', variant: 'by-rollback' }), ev, ctx());
    expect(v.verdict).toBe('unverifiable');
    expect(v.reason).toContain('permission denied');
  });
});

describe('deploy', () => {
  it('a cancelled build was never deployed', () => {
    const v = verifyClaim(claim({ kind: 'deploy', subject: build('4f1c2a9e'), predicate: 'deployed', time: at('10:12') }), incident(), ctx());
    expect(v.verdict).toBe('contradicted');
    expect(v.reason).toMatch(/CANCELLED at 10:14:41 PDT/);
  });

  it('"cancelled by Priya at 10:14" is supported by the build and the audit entry', () => {
    const v = verifyClaim(
      claim({ kind: 'deploy', subject: build('4f1c2a9e'), predicate: 'cancelled', time: at('10:14'), actor: { type: 'actor', id: 'priya', text: 'Priya' } }),
      incident(),
      ctx(),
    );
    expect(v.verdict).toBe('supported');
  });

  it('the wrong canceller is contradicted', () => {
    const v = verifyClaim(
      claim({ kind: 'deploy', subject: build('4f1c2a9e'), predicate: 'cancelled', actor: { type: 'actor', id: 'agent', text: 'the agent' } }),
      incident(),
      ctx(),
    );
    expect(v.verdict).toBe('contradicted');
    expect(v.reason).toContain('priya@example.com');
  });

  it('"never deployed" about a cancelled build is supported', () => {
    const v = verifyClaim(claim({ kind: 'deploy', subject: build('4f1c2a9e'), predicate: 'deployed', negated: true }), incident(), ctx());
    expect(v.verdict).toBe('supported');
  });

  it('a successful build deployed at the stated minute is supported; a wrong minute is contradicted', () => {
    expect(verifyClaim(claim({ kind: 'deploy', subject: build('b81d4e02'), predicate: 'completed', time: at('09:47') }), incident(), ctx()).verdict).toBe(
      'supported',
    );
    expect(verifyClaim(claim({ kind: 'deploy', subject: build('b81d4e02'), predicate: 'completed', time: at('09:30') }), incident(), ctx()).verdict).toBe(
      'contradicted',
    );
  });

  it('a build that is not in the export, where the export covers the time, is contradicted', () => {
    const v = verifyClaim(claim({ kind: 'deploy', subject: build('deadbeef'), predicate: 'deployed', time: at('10:00') }), incident(), ctx());
    expect(v.verdict).toBe('contradicted');
    expect(v.reason).toContain('no build deadbeef in builds.json');
  });

  it('with no Cloud Build export, a build claim is unverifiable', () => {
    const v = verifyClaim(claim({ kind: 'deploy', subject: build('4f1c2a9e'), predicate: 'deployed' }), evidence([]), ctx());
    expect(v.verdict).toBe('unverifiable');
  });
});

describe('outage time and duration', () => {
  it('errors began at 09:48 (supported) and not at 10:02 (contradicted)', () => {
    expect(verifyClaim(claim({ kind: 'time', predicate: 'began', time: at('09:48') }), incident(), ctx()).verdict).toBe('supported');
    const v = verifyClaim(claim({ kind: 'time', predicate: 'began', time: at('10:02') }), incident(), ctx());
    expect(v.verdict).toBe('contradicted');
    expect(v.reason).toContain('09:48:10 PDT');
  });

  it('a 33-minute outage is not 12 minutes', () => {
    const d = (minutes: number) =>
      verifyClaim(claim({ kind: 'duration', duration: { text: `${minutes} minutes`, minutes, approximate: false, exact: false } }), incident(), ctx()).verdict;
    expect(d(33)).toBe('supported');
    expect(d(12)).toBe('contradicted');
  });
});

describe('change size', () => {
  it('PR #214 changed 340 files, not 12; about 400 lines deleted is wrong by 28,345', () => {
    const pr = { type: 'pr' as const, id: '214', text: 'PR #214' };
    const files = (value: number) =>
      verifyClaim(
        claim({ kind: 'change-size', subject: pr, quantities: [{ value, unit: 'files', text: `${value} files`, approximate: false }] }),
        incident(),
        ctx(),
      );
    expect(files(340).verdict).toBe('supported');
    const wrong = files(12);
    expect(wrong.verdict).toBe('contradicted');
    expect(wrong.reason).toContain('340 files');
    const deleted = verifyClaim(
      claim({ kind: 'change-size', subject: pr, quantities: [{ value: 400, unit: 'lines-deleted', text: 'about 400 lines', approximate: true }] }),
      incident(),
      ctx(),
    );
    expect(deleted.verdict).toBe('contradicted');
  });
});

describe('absence', () => {
  it('"no other changes during the incident" is contradicted by the rollback and the cancellation', () => {
    const v = verifyClaim(claim({ kind: 'absence', denied: 'change', variant: 'others', negated: true }), incident(), ctx(['4f1c2a9e']));
    expect(v.verdict).toBe('contradicted');
    expect(v.reason).toContain('marcus@example.com');
  });

  it('"no rollback was performed" is supported only when the sources hold none, and cites them', () => {
    const quiet = evidence([source('cloud-logging', 'logs.json', [], health), source('firebase-hosting', 'releases.json', [badDeploy])]);
    const v = verifyClaim(claim({ kind: 'absence', denied: 'rollback', negated: true }), quiet, ctx());
    expect(v.verdict).toBe('supported');
    expect(v.evidence.map((e) => e.ref)).toContain('releases.json');
    expect(verifyClaim(claim({ kind: 'absence', denied: 'rollback', negated: true }), incident(), ctx()).verdict).toBe('contradicted');
  });
});

describe('approval and opinion', () => {
  it('an approval is unverifiable without review records, and says who added the cited file', () => {
    const v = verifyClaim(
      claim({
        kind: 'approval',
        predicate: 'approved',
        entities: [{ type: 'file', id: 'docs/consultations/review.md', text: 'docs/consultations/review.md' }],
      }),
      incident(),
      ctx(),
    );
    expect(v.verdict).toBe('unverifiable');
    expect(v.reason).toContain('added by portal-agent[bot]');
    expect(v.reason).toContain('inside PR #214 itself');
  });

  it('opinion is unverifiable', () => {
    expect(verifyClaim(claim({ kind: 'opinion' }), incident(), ctx()).verdict).toBe('unverifiable');
  });
});

describe('times the report gives no date for', () => {
  it('a claim that would be supported becomes unverifiable, saying which time went unchecked', () => {
    const v = verifyClaim(
      claim({ kind: 'commit', predicate: 'merged', subject: { type: 'pr', id: '214', text: 'PR #214' }, unresolvedTime: '09:40' }),
      incident(),
      ctx(),
    );
    expect(v.verdict).toBe('unverifiable');
    expect(v.reason).toContain('"09:40" could not be checked');
    expect(v.evidence.length).toBeGreaterThan(0);
  });

  it('a contradiction found without the time still stands', () => {
    const v = verifyClaim(claim({ kind: 'deploy', subject: build('4f1c2a9e'), predicate: 'deployed', unresolvedTime: '10:12' }), incident(), ctx());
    expect(v.verdict).toBe('contradicted');
  });
});

describe('negated claims', () => {
  it('are unverifiable for checkers that do not read negation, never judged as if positive', () => {
    const v = verifyClaim(claim({ kind: 'time', predicate: 'began', time: at('09:48'), negated: true }), incident(), ctx());
    expect(v.verdict).toBe('unverifiable');
    expect(v.reason).toContain('negated time claims');
  });
});

describe('the registry', () => {
  it('has a checker for every kind, each declaring itself for that kind', () => {
    for (const [kind, checker] of Object.entries(CHECKERS)) expect(checker.kind).toBe(kind);
  });

  it('a supported verdict without citations is turned into unverifiable', () => {
    const v = supported(claim({ kind: 'deploy' }), 'looks fine', []);
    expect(v.verdict).toBe('unverifiable');
  });
});

describe('roles', () => {
  it('"cancelled by the on-call engineer" is unsupported: records name people, not roles', () => {
    const v = verifyClaim(
      claim({ kind: 'deploy', subject: build('4f1c2a9e'), predicate: 'cancelled', actor: { type: 'actor', id: 'on-call', text: 'the on-call engineer' } }),
      incident(),
      ctx(),
    );
    expect(v.verdict).toBe('unsupported');
    expect(v.reason).toContain('the records say priya@example.com');
  });
});

describe('files added by a commit', () => {
  it('the time written for the commit that added a file is checked, not ignored', () => {
    const file = { type: 'file' as const, id: 'docs/consultations/review.md', text: 'docs/consultations/review.md' };
    const ok = verifyClaim(claim({ kind: 'commit', predicate: 'added', subject: file, entities: [file], time: at('09:20') }), incident(), ctx());
    expect(ok.verdict).toBe('supported');
    const wrong = verifyClaim(claim({ kind: 'commit', predicate: 'added', subject: file, entities: [file], time: at('11:00') }), incident(), ctx());
    expect(wrong.verdict).toBe('contradicted');
    expect(wrong.reason).toContain('not at 11:00');
  });
});

describe('impact shares', () => {
  it('"all requests failed" style shares are compared with the failing share of the outage window', () => {
    const share = (value: number, approximate: boolean) =>
      verifyClaim(claim({ kind: 'impact', pattern: 'affected', quantities: [{ value, unit: 'percent', text: `${value}%`, approximate }] }), incident(), ctx());
    expect(share(100, false).verdict).toBe('supported');
    const wrong = share(18, true);
    expect(wrong.verdict).toBe('contradicted');
    expect(wrong.reason).toContain('100.0% of requests failing');
  });

  it('user counts are unverifiable: request logs do not count users', () => {
    const v = verifyClaim(
      claim({ kind: 'impact', pattern: 'affected', quantities: [{ value: 3100, unit: 'users', text: '3,100 users', approximate: true }] }),
      incident(),
      ctx(),
    );
    expect(v.verdict).toBe('unverifiable');
  });
});
