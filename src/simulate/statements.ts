// Statements about a scenario, each with its truth computed from the scenario: true ones,
// and false ones made by one controlled change (a time moved ≥ 10 minutes, the wrong actor,
// count, status, build or revision, or an event denied). Every family has at least three
// phrasings; times are written in the scenario's zone.

import type { Rng } from './random.js';
import { capitalize, renderActor, renderBuild, renderMinutes, renderTime, shiftedTime, timeStyle } from './phrasing.js';
import type { Actor, BuildPlan, BuildStatus, PullRequest, Scenario } from './scenario-types.js';
import { failedShare, incidentBuilds, nonRecoveryBuilds, otherChangesDuringIncident, outageFacts, recoveryActionMs, recoveryWasRollback } from './truth.js';

/** The statement families. */
export const FAMILIES = [
  'outage-start',
  'outage-end',
  'duration',
  'failed-count',
  'failed-share',
  'merged-by',
  'change-size',
  'cancelled-by',
  'build-status',
  'build-deployed',
  'cause',
  'restored-by',
  'rollback',
  'no-rollback',
  'no-other-changes',
] as const;

export type Family = (typeof FAMILIES)[number];

/** One sentence about the scenario, with its truth and, for a false one, what was changed. */
export interface Statement {
  family: Family;
  truth: boolean;
  text: string;
  /** Which phrasing of the family was used (0-based). */
  phrasing: number;
  /** For a false statement: the controlled change; for a true one: the fact it states. */
  note: string;
}

const MIN = 60_000;

type Phrasings = ReadonlyArray<() => string>;

/** All statements for a scenario (true and false, in family order). */
export function makeStatements(s: Scenario, rng: Rng): Statement[] {
  const out: Statement[] = [];
  const say = (family: Family, truth: boolean, note: string, phrasings: Phrasings) => {
    const phrasing = rng.int(0, phrasings.length - 1);
    const text = (phrasings[phrasing] as () => string)();
    out.push({ family, truth, text, phrasing, note });
  };
  const t = (ms: number, approxOk = true) => renderTime(s, ms, timeStyle(rng, approxOk), rng);
  const who = (a: Actor) => renderActor(a, rng);
  const b = (x: BuildPlan) => renderBuild(x, rng);
  const o = outageFacts(s);
  const host = s.platform === 'hosting' ? s.host : s.service;
  // What failed, as precisely as a writer would put it: the service, its API, or one route.
  const target = s.outage.scope === 'route' ? (s.outage.route ?? host) : s.outage.scope === 'api' ? `the API on ${host}` : host;
  const failingRequests =
    s.outage.scope === 'route' ? `requests to ${s.outage.route ?? host}` : s.outage.scope === 'api' ? `API requests to ${host}` : `requests to ${host}`;
  const edges = o.windows.flatMap((w) => [w.startMs, w.endMs]);
  const errors = s.outage.status === 404 ? '404 errors' : 'errors';

  // ---- outage start / end
  const start = (ms: number): Phrasings => [
    () => `The outage began at ${t(ms)}.`,
    () => `At ${t(ms)}, ${target} started returning ${errors}.`,
    () => `Errors started at ${t(ms)}.`,
    () => `Users first saw ${errors} at ${t(ms)}.`,
  ];
  say('outage-start', true, `first failure ${iso(o.firstFailureMs)}`, start(o.firstFailureMs));
  const falseStart = shiftedTime(rng, o.firstFailureMs, edges);
  say('outage-start', false, `start moved ${minutesBetween(falseStart, o.firstFailureMs)}`, start(falseStart));
  const fully = o.windows.length > 1 ? 'fully ' : '';
  const end = (ms: number): Phrasings => [
    () => `Service ${fully}recovered at ${t(ms)}.`,
    () => `The last ${errors} were seen at ${t(ms)}.`,
    () => `At ${t(ms)}, ${target} was ${fully}healthy again.`,
    () => `The outage ${o.windows.length > 1 ? 'finally ' : ''}ended at ${t(ms)}.`,
  ];
  say('outage-end', true, `last failure ${iso(o.lastFailureMs)}`, end(o.lastFailureMs));
  const falseEnd = shiftedTime(rng, o.lastFailureMs, edges);
  say('outage-end', false, `end moved ${minutesBetween(falseEnd, o.lastFailureMs)}`, end(falseEnd));

  // ---- duration (one window only: two windows make "how long" ambiguous)
  if (o.windows.length === 1 && o.minutes >= 5) {
    const duration = (m: number, approx: boolean): Phrasings => [
      () => `The outage lasted ${renderMinutes(m, rng, approx)}.`,
      () => `For ${renderMinutes(m, rng, approx)}, ${failingRequests} failed.`,
      () => `Users saw ${errors} for ${renderMinutes(m, rng, approx)}.`,
      () => `The incident lasted ${renderMinutes(m, rng, approx)} from the first error to recovery.`,
    ];
    say('duration', true, `${o.minutes} minutes`, duration(o.minutes, rng.chance(0.3)));
    const wrong = rng.chance(0.5) ? o.minutes + Math.max(10, Math.round(o.minutes * 0.6)) : Math.max(1, o.minutes - Math.max(10, Math.round(o.minutes * 0.5)));
    if (Math.abs(wrong - o.minutes) >= Math.max(8, o.minutes * 0.35))
      say('duration', false, `${wrong} minutes instead of ${o.minutes}`, duration(wrong, false));
  }

  // ---- failed requests: count and share
  const countText = (n: number, approx: boolean) => (approx ? `about ${roughly(n)}` : String(n));
  const count = (n: number, approx: boolean): Phrasings => [
    () => `${capitalize(countText(n, approx))} requests failed during the outage.`,
    () => `During the outage, ${countText(n, approx)} ${failingRequests} returned ${errors}.`,
    () => `The outage caused ${countText(n, approx)} failed requests.`,
    () => `In total, ${countText(n, approx)} requests failed.`,
  ];
  say('failed-count', true, `${o.failed} failed`, count(o.failed, o.failed >= 100 && rng.chance(0.4)));
  const wrongCount = rng.chance(0.5) ? Math.max(1, Math.round(o.failed * 0.4)) : Math.round(o.failed * 2.5);
  say('failed-count', false, `${wrongCount} instead of ${o.failed}`, count(wrongCount, false));

  if (o.windows.length === 1) {
    const scopes: Array<{ label: string; include: (route: string) => boolean }> = [];
    if (s.outage.scope === 'all') scopes.push({ label: `requests to ${host}`, include: () => true });
    if (s.outage.scope === 'route' && s.outage.route) {
      const route = s.outage.route;
      scopes.push({ label: `requests to ${route}`, include: (r) => r === route });
      scopes.push({ label: `all requests to ${host}`, include: () => true });
    }
    if (s.outage.scope === 'api') {
      scopes.push({ label: 'API requests', include: (r) => r.startsWith('/api/') });
      scopes.push({ label: `all requests to ${host}`, include: () => true });
    }
    for (const scope of scopes) {
      const share = failedShare(s, scope.include);
      // Only when "during the outage" cannot be read two ways (edge minutes change the share).
      if (Math.abs(share.instant - share.minutes) > 1.5) continue;
      const x = Math.round(share.instant);
      const phr = (p: number, approx: boolean): Phrasings => [
        () => `${approx ? 'About ' : ''}${p}% of ${scope.label} failed during the outage.`,
        () => `During the outage, ${approx ? 'about ' : ''}${p}% of ${scope.label} returned ${errors}.`,
        () => `The error rate for ${scope.label} reached ${approx ? 'about ' : ''}${p}% during the outage.`,
      ];
      say('failed-share', true, `${share.instant.toFixed(1)}% of ${scope.label}`, phr(x, rng.chance(0.3)));
      const wrong = x >= 55 ? x - rng.int(30, 45) : Math.min(100, x + rng.int(30, 45));
      if (Math.abs(wrong - share.instant) >= 25 && Math.abs(wrong - share.minutes) >= 25)
        say('failed-share', false, `${wrong}% instead of ${x}%`, phr(wrong, false));
    }
  }

  // ---- merges and pushes
  const mergedPrs = [s.cause.pr, s.recovery.pr].filter((p): p is PullRequest => p !== undefined);
  for (const pr of mergedPrs) {
    const merged = (a: Actor, ms: number): Phrasings => [
      () => `PR #${pr.number} was merged by ${who(a)} at ${t(ms, false)}.`,
      () => `${who(a)} merged PR #${pr.number} at ${t(ms, false)}.`,
      () => `At ${t(ms, false)}, ${who(a)} merged pull request #${pr.number}.`,
    ];
    say('merged-by', true, `merged by ${pr.merger.email} at ${iso(pr.landed.timeMs)}`, merged(pr.merger, pr.landed.timeMs));
    if (rng.chance(0.5)) {
      const other = otherActor(s, pr.merger, rng);
      say('merged-by', false, `actor ${other.email} instead of ${pr.merger.email}`, merged(other, pr.landed.timeMs));
    } else {
      const moved = shiftedTime(
        rng,
        pr.landed.timeMs,
        mergedPrs.map((p) => p.landed.timeMs).filter((x) => x !== pr.landed.timeMs),
      );
      say('merged-by', false, `time moved ${minutesBetween(moved, pr.landed.timeMs)}`, merged(pr.merger, moved));
    }
  }
  if (s.cause.shape === 'direct-push') {
    const c = s.cause.commit;
    const pushed = (a: Actor, ms: number): Phrasings => [
      () => `Commit ${c.sha.slice(0, 7)} was pushed to main by ${who(a)} at ${t(ms, false)}.`,
      () => `${who(a)} pushed commit ${c.sha.slice(0, 7)} directly to main at ${t(ms, false)}.`,
      () => `At ${t(ms, false)}, ${who(a)} pushed ${c.sha.slice(0, 7)} to main.`,
    ];
    say('merged-by', true, `pushed by ${s.cause.author.email}`, pushed(s.cause.author, c.timeMs));
    const other = otherActor(s, s.cause.author, rng);
    say('merged-by', false, `actor ${other.email} instead of ${s.cause.author.email}`, pushed(other, c.timeMs));
  }

  // ---- change size of the cause
  {
    const files = s.cause.pr?.files ?? s.cause.commit.changedFiles;
    const subject = s.cause.pr ? `PR #${s.cause.pr.number}` : `commit ${s.cause.commit.sha.slice(0, 7)}`;
    const size = (n: number): Phrasings => [
      () => `${capitalize(subject)} changed ${n} ${n === 1 ? 'file' : 'files'}.`,
      () => `The change in ${subject} touched ${n} ${n === 1 ? 'file' : 'files'}.`,
      () => `${n} ${n === 1 ? 'file was' : 'files were'} changed in ${subject}.`,
    ];
    say('change-size', true, `${files} files`, size(files));
    const wrong = rng.chance(0.5) || files < 6 ? files * 3 + rng.int(4, 9) : Math.max(1, Math.floor(files / 3));
    say('change-size', false, `${wrong} files instead of ${files}`, size(wrong));
  }

  // ---- builds: cancelled by, status, what they deployed
  for (const build of incidentBuilds(s)) {
    const cancel = build.cancel;
    if (cancel) {
      const cancelled = (a: Actor): Phrasings => [
        () => `Build ${b(build)} was cancelled by ${who(a)}.`,
        () => `${who(a)} cancelled build ${b(build)}.`,
        () => `At ${t(cancel.ms, false)}, ${who(a)} cancelled build ${b(build)}.`,
      ];
      say('cancelled-by', true, `cancelled by ${cancel.actor.email}`, cancelled(cancel.actor));
      const other = otherPerson(s, cancel.actor, rng);
      say('cancelled-by', false, `cancelled by ${other.email}, not ${cancel.actor.email}`, cancelled(other));
    }
    say(
      'build-status',
      true,
      build.status,
      statusPhrasings(
        build.status,
        () => b(build),
        () => t(build.finishMs, false),
        build,
      ),
    );
    const wrongStatus = rng.pick(WRONG_STATUS[build.status]);
    say(
      'build-status',
      false,
      `${wrongStatus} instead of ${build.status}`,
      statusPhrasings(
        wrongStatus,
        () => b(build),
        () => t(build.finishMs, false),
        build,
      ),
    );
  }
  buildDeployStatements(s, rng, say, t, b);

  // ---- cause
  {
    const history = s.prs.filter((p) => p.role === 'history');
    const causeBy = (subject: string): Phrasings => [
      () => `The outage was caused by ${subject}.`,
      () => `${capitalize(subject)} caused the outage.`,
      () => (subject.startsWith('the deploy') ? `The outage was triggered by ${subject}.` : `The ${errors} were caused by the change in ${subject}.`),
    ];
    const causeName = s.cause.pr ? `PR #${s.cause.pr.number}` : `commit ${s.cause.commit.sha.slice(0, 7)}`;
    if (rng.chance(0.7)) say('cause', true, `cause ${causeName}`, causeBy(causeName));
    else say('cause', true, `cause build ${s.cause.build.id}`, causeBy(`the deploy of build ${b(s.cause.build)}`));
    const wrongPr = rng.chance(0.5) && s.recovery.pr ? s.recovery.pr : history.length > 0 ? rng.pick(history) : undefined;
    if (wrongPr && rng.chance(0.7)) say('cause', false, `PR #${wrongPr.number} (${wrongPr.role}) instead of ${causeName}`, causeBy(`PR #${wrongPr.number}`));
    else {
      const previous = s.builds.find((x) => x.role === 'previous');
      if (previous)
        say('cause', false, `build ${previous.id} (the previous deploy) instead of ${s.cause.build.id}`, causeBy(`the deploy of build ${b(previous)}`));
    }
  }

  // ---- recovery: what restored service, rollbacks, and what else changed
  recoveryStatements(s, rng, say, t, who, b);

  {
    const noRollback: Phrasings = [
      () => 'No rollback was performed.',
      () => 'We did not roll back.',
      () => 'At no point during the incident was anything rolled back.',
    ];
    const rolledBack = recoveryWasRollback(s);
    say('no-rollback', !rolledBack, rolledBack ? `recovery was a ${s.recovery.kind}` : `recovery was a ${s.recovery.kind}`, noRollback);
    const others = otherChangesDuringIncident(s);
    const noun = RECOVERY_NOUN[s.recovery.kind];
    const noOther: Phrasings = [
      () => `Apart from the ${noun}, no other changes were made to production during the incident.`,
      () => `No other production changes were made during the incident besides the ${noun}.`,
      () => `Other than the ${noun}, nothing was deployed or changed in production during the outage.`,
    ];
    say('no-other-changes', others.length === 0, others.length === 0 ? 'no other change' : `other changes: ${others.map((c) => c.what).join(', ')}`, noOther);
  }
  return out;
}

const RECOVERY_NOUN: Record<Scenario['recovery']['kind'], string> = {
  'hosting-rollback': 'rollback',
  'traffic-shift': 'traffic shift',
  'redeploy-image': 'redeploy of the previous image',
  revert: 'revert',
  'fix-forward': 'fix',
};

const WRONG_STATUS: Record<BuildStatus, BuildStatus[]> = {
  SUCCESS: ['FAILURE', 'CANCELLED', 'TIMEOUT'],
  FAILURE: ['SUCCESS', 'CANCELLED'],
  CANCELLED: ['SUCCESS'],
  TIMEOUT: ['SUCCESS'],
};

function statusPhrasings(status: BuildStatus, id: () => string, finished: () => string, build: BuildPlan): Phrasings {
  switch (status) {
    case 'SUCCESS':
      return [() => `Build ${id()} succeeded.`, () => `Build ${id()} completed successfully.`, () => `Build ${id()} finished successfully at ${finished()}.`];
    case 'FAILURE':
      return [() => `Build ${id()} failed.`, () => `Build ${id()} failed at ${finished()}.`, () => `Build ${id()} ended in failure.`];
    case 'CANCELLED':
      return [
        () => `Build ${id()} was cancelled.`,
        () => `Build ${id()} was cancelled before it finished.`,
        () => `At ${finished()}, build ${id()} was cancelled.`,
      ];
    case 'TIMEOUT':
      return [
        () => `Build ${id()} timed out.`,
        () => `Build ${id()} timed out after ${Math.round(build.timeoutSeconds / 60)} minutes.`,
        () => `At ${finished()}, build ${id()} hit its timeout.`,
      ];
  }
}

type Say = (family: Family, truth: boolean, note: string, phrasings: Phrasings) => void;
type At = (ms: number, approxOk?: boolean) => string;

function buildDeployStatements(s: Scenario, rng: Rng, say: Say, t: At, b: (x: BuildPlan) => string): void {
  const builds = incidentBuilds(s);
  if (s.deploysTo === 'cloud-run') {
    const revisions = s.revisions.filter((r) => r.service === s.service);
    for (const build of builds) {
      const deployed = build.revision;
      const phr = (rev: string): Phrasings => [
        () => `Build ${b(build)} deployed revision ${rev}.`,
        () => `Revision ${rev} was deployed by build ${b(build)}.`,
        () => `Build ${b(build)} rolled out revision ${rev} to ${s.service}.`,
      ];
      if (deployed) say('build-deployed', true, `${build.id} → ${deployed}`, phr(deployed));
      const others = revisions.filter((r) => r.name !== deployed && r.createMs > s.cause.build.createMs - 30 * 24 * 60 * MIN);
      if (others.length > 0) {
        const wrong = rng.pick(others);
        say(
          'build-deployed',
          false,
          `${wrong.name} was ${wrong.buildId ? `deployed by build ${wrong.buildId}` : `created by ${wrong.creator.email}`}; build ${build.id} ${deployed ? `deployed ${deployed}` : 'deployed nothing'}`,
          phr(wrong.name),
        );
      }
    }
  } else {
    for (const build of builds) {
      const release = s.releases.find((r) => r.id === build.release);
      const phr = (ms: number): Phrasings => [
        () => `Build ${b(build)} deployed to Firebase Hosting at ${t(ms, false)}.`,
        () => `At ${t(ms, false)}, build ${b(build)} released the new version to Firebase Hosting.`,
        () => `The Firebase Hosting release at ${t(ms, false)} came from build ${b(build)}.`,
      ];
      if (release) {
        say('build-deployed', true, `${build.id} released at ${iso(release.releaseMs)}`, phr(release.releaseMs));
        const moved = shiftedTime(
          rng,
          release.releaseMs,
          s.releases.map((r) => r.releaseMs).filter((x) => x !== release.releaseMs),
        );
        say('build-deployed', false, `release time moved ${minutesBetween(moved, release.releaseMs)}`, phr(moved));
      } else {
        say('build-deployed', false, `build ${build.id} ${build.status} never released`, phr(build.finishMs));
      }
    }
  }
}

function recoveryStatements(s: Scenario, rng: Rng, say: Say, t: At, who: (a: Actor) => string, b: (x: BuildPlan) => string): void {
  const r = s.recovery;
  const actionMs = recoveryActionMs(s);
  const o = outageFacts(s);
  const edges = [actionMs, o.firstFailureMs, o.lastFailureMs];
  const causeName = s.cause.pr ? `PR #${s.cause.pr.number}` : `commit ${s.cause.commit.sha.slice(0, 7)}`;

  // What restored service.
  let restored: Phrasings;
  switch (r.kind) {
    case 'hosting-rollback':
      restored = [
        () => `Service was restored when ${who(r.actor)} rolled back the Firebase Hosting release.`,
        () => `${who(r.actor)} restored service at ${t(actionMs)} by rolling back the Hosting release.`,
        () => `The Hosting rollback at ${t(actionMs)} restored service.`,
      ];
      break;
    case 'traffic-shift':
      restored = [
        () => `Service was restored when ${who(r.actor)} shifted traffic back to revision ${r.revision ?? ''}.`,
        () => `Moving all traffic back to revision ${r.revision ?? ''} restored service.`,
        () => `${who(r.actor)} restored service at ${t(actionMs)} by routing traffic back to ${r.revision ?? ''}.`,
      ];
      break;
    case 'redeploy-image':
      restored = [
        () => `Service was restored when ${who(r.actor)} redeployed the previous image as revision ${r.revision ?? ''}.`,
        () => `Revision ${r.revision ?? ''}, a redeploy of the last good image, restored service.`,
        () => `${who(r.actor)} restored service at ${t(actionMs)} by redeploying the previous image.`,
      ];
      break;
    default: {
      const build = r.build as BuildPlan;
      const what = r.kind === 'revert' ? `the revert of ${causeName}` : r.pr ? `the fix in PR #${r.pr.number}` : 'the fix';
      restored = [
        () => `Service was restored by build ${b(build)}, which deployed ${what}.`,
        () => `Build ${b(build)} restored service at ${t(actionMs)}.`,
        () => `Deploying ${what} (build ${b(build)}) restored service.`,
      ];
    }
  }
  say('restored-by', true, `${r.kind} by ${r.actor.email}`, restored);
  // Credit a failed, cancelled or timed-out attempt when there is one (the classic mistake), else another build.
  const failedAttempts = s.attempts.filter((a) => a.outcome !== 'INEFFECTIVE').map((a) => a.build);
  const wrong = failedAttempts.length > 0 && rng.chance(0.7) ? rng.pick(failedAttempts) : rng.pick(nonRecoveryBuilds(s));
  const credited: Phrasings = [
    () => `Service was restored by build ${b(wrong)}.`,
    () => `Build ${b(wrong)} restored service at ${t(actionMs)}.`,
    () => `The deploy of build ${b(wrong)} brought the service back.`,
  ];
  say('restored-by', false, `credited build ${wrong.id} (${wrong.role}, ${wrong.status}); restored by ${r.kind}`, credited);

  // Rollbacks, as the writer tells them; and a rollback that did not happen.
  const other = otherActor(s, r.actor, rng);
  const moved = shiftedTime(
    rng,
    actionMs,
    edges.filter((x) => x !== actionMs),
  );
  const wrongOrTime = rng.chance(0.5);
  const rollbackFalse = (make: (a: Actor, ms: number) => Phrasings) =>
    wrongOrTime
      ? say('rollback', false, `actor ${other.email} instead of ${r.actor.email}`, make(other, actionMs))
      : say('rollback', false, `time moved ${minutesBetween(moved, actionMs)}`, make(r.actor, moved));
  switch (r.kind) {
    case 'traffic-shift': {
      const rev = r.revision ?? '';
      const make = (a: Actor, ms: number, to = rev): Phrasings => [
        () => `${who(a)} shifted traffic back to revision ${to} at ${t(ms)}.`,
        () => `At ${t(ms)}, ${who(a)} rolled ${s.service} back to revision ${to}.`,
        () => `Traffic was moved back to ${to} by ${who(a)} at ${t(ms)}.`,
      ];
      say('rollback', true, `shift to ${rev} by ${r.actor.email} at ${iso(actionMs)}`, make(r.actor, actionMs));
      if (rng.chance(0.3) && s.bad.revision)
        say('rollback', false, `revision ${s.bad.revision} (the bad one) instead of ${rev}`, make(r.actor, actionMs, s.bad.revision));
      else rollbackFalse((a, ms) => make(a, ms));
      break;
    }
    case 'hosting-rollback': {
      const make = (a: Actor, ms: number): Phrasings => [
        () => `${who(a)} rolled back the Firebase Hosting release at ${t(ms)}.`,
        () => `At ${t(ms)}, ${who(a)} rolled the live site back to the previous version.`,
        () => `The Hosting release was rolled back by ${who(a)} at ${t(ms)}.`,
      ];
      say('rollback', true, `rollback by ${r.actor.email} at ${iso(actionMs)}`, make(r.actor, actionMs));
      rollbackFalse(make);
      break;
    }
    case 'redeploy-image': {
      const make = (a: Actor, ms: number): Phrasings => [
        () => `${who(a)} rolled back by redeploying the previous image as revision ${r.revision ?? ''} at ${t(ms)}.`,
        () => `At ${t(ms)}, ${who(a)} redeployed the last good image of ${s.service}.`,
        () => `The previous image was redeployed by ${who(a)} at ${t(ms)}.`,
      ];
      say('rollback', true, `redeploy by ${r.actor.email} at ${iso(actionMs)}`, make(r.actor, actionMs));
      rollbackFalse(make);
      break;
    }
    case 'revert': {
      const landed = r.pr?.landed.timeMs ?? s.history.commits.find((c) => c.message.includes(`This reverts commit ${s.cause.commit.sha}`))?.timeMs ?? actionMs;
      const movedRevert = shiftedTime(rng, landed, [o.firstFailureMs, o.lastFailureMs]);
      const make = (a: Actor, ms: number): Phrasings => [
        () => `${who(a)} reverted ${causeName} at ${t(ms, false)}.`,
        () => `${capitalize(causeName)} was reverted by ${who(a)} at ${t(ms, false)}.`,
        () => `At ${t(ms, false)}, ${who(a)} landed a revert of ${causeName}.`,
      ];
      say('rollback', true, `revert by ${r.actor.email} at ${iso(landed)}`, make(r.actor, landed));
      if (wrongOrTime) say('rollback', false, `actor ${other.email} instead of ${r.actor.email}`, make(other, landed));
      else say('rollback', false, `time moved ${minutesBetween(movedRevert, landed)}`, make(r.actor, movedRevert));
      break;
    }
    case 'fix-forward': {
      // No rollback happened: claiming one is false.
      const phr: Phrasings =
        s.deploysTo === 'cloud-run'
          ? [
              () => `${who(r.actor)} rolled ${s.service} back to revision ${s.previous.revision ?? ''} at ${t(actionMs)}.`,
              () => `At ${t(actionMs)}, ${who(r.actor)} shifted traffic back to revision ${s.previous.revision ?? ''}.`,
              () => `Traffic was moved back to ${s.previous.revision ?? ''} by ${who(r.actor)} at ${t(actionMs)}.`,
            ]
          : [
              () => `${who(r.actor)} rolled back the Firebase Hosting release at ${t(actionMs)}.`,
              () => `At ${t(actionMs)}, ${who(r.actor)} rolled the live site back to the previous version.`,
              () => `The Hosting release was rolled back by ${who(r.actor)} at ${t(actionMs)}.`,
            ];
      say('rollback', false, 'no rollback happened (fix-forward)', phr);
      break;
    }
  }
}

function otherActor(s: Scenario, not: Actor, rng: Rng): Actor {
  const pool = [...s.people, ...s.bots].filter((a) => a.email !== not.email);
  return rng.pick(pool);
}

function otherPerson(s: Scenario, not: Actor, rng: Rng): Actor {
  const pool = s.people.filter((a) => a.email !== not.email);
  return pool.length > 0 ? rng.pick(pool) : otherActor(s, not, rng);
}

function roughly(n: number): number {
  if (n >= 1000) return Math.round(n / 100) * 100;
  if (n >= 100) return Math.round(n / 10) * 10;
  return n;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function minutesBetween(a: number, b: number): string {
  const m = Math.round((a - b) / MIN);
  return `${m > 0 ? '+' : ''}${m} min`;
}
