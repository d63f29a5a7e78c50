// The seeded incident generator: from one seed, a whole incident — platform, cause, outage
// shape, failed fix attempts, recovery, cast, time zone (DST edges, local midnight), stray
// changes — with every record it leaves behind. Same seed, same incident, byte for byte.

import { makeCast } from './actors.js';
import { DeployPlan } from './deploy-plan.js';
import type { MadeCommit } from './git-history.js';
import { Rng } from './random.js';
import { RepoPlan } from './repo-plan.js';
import type {
  Actor,
  AttemptOutcome,
  AttemptPlan,
  BuildPlan,
  CauseShape,
  ExtraChange,
  OutagePlan,
  OutageShape,
  Platform,
  PullRequest,
  RecoveryKind,
  RecoveryPlan,
  RequestPlan,
  Rewrite,
  Scenario,
} from './scenario-types.js';
import { API_ROUTES, STATIC_ROUTES, generateTraffic, type Route } from './traffic.js';
import { ZONES, formatLocal, localToUtcMs, nextLocalDate } from './zones.js';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;

const PROJECTS = [
  { project: 'shop-prod', service: 'shop-api', host: 'shop' },
  { project: 'portal-prod', service: 'portal-api', host: 'portal' },
  { project: 'orders-prod', service: 'orders-api', host: 'orders' },
  { project: 'ledger-prod', service: 'ledger-api', host: 'ledger' },
];
const REGIONS = ['us-central1', 'europe-west1', 'asia-south1', 'australia-southeast1'];
const CAUSE_TITLES = [
  'Refactor order pagination',
  'Switch session store to the new client',
  'Tidy up checkout validation',
  'Move API routes to the new router',
  'Upgrade the HTTP framework',
  'Fix auth session refresh',
];
const FIX_TITLES = ['Fix null cart in checkout handler', 'Restore legacy route table', 'Handle missing session header', 'Guard against empty order list'];
const HISTORY_TITLES = [
  'Add order export endpoint',
  'Cache catalog lookups',
  'Log slow checkout requests',
  'Add profile avatar upload',
  'Bump dependencies',
  'Document the on-call runbook',
];

/** A firebase.json with these Cloud Run rewrites (then the single-page fallback). */
function firebaseJson(rewrites: Rewrite[], region: string): string {
  const rules = [...rewrites.map((w) => ({ source: w.glob, run: { serviceId: w.serviceId, region } })), { source: '**', destination: '/index.html' }];
  return `${JSON.stringify({ hosting: { public: 'dist', rewrites: rules } }, null, 2)}\n`;
}

/** Generates the incident of one seed. */
export function generateScenario(seed: number): Scenario {
  const rng = new Rng(seed);
  const zoneInfo = rng.pick(ZONES);
  const zone = zoneInfo.zone;
  const platform: Platform = rng.chance(0.55) ? 'cloud-run' : 'hosting';
  const proj = rng.pick(PROJECTS);
  const region = rng.pick(REGIONS);
  const project = proj.project;
  const service = proj.service;
  // What the pipeline deploys: Cloud Run revisions, or Hosting releases (with a Cloud Run rewrite).
  const deploysTo: Platform = platform === 'cloud-run' || rng.chance(0.35) ? 'cloud-run' : 'hosting';
  const run = deploysTo === 'cloud-run';
  const site = platform === 'hosting' ? project : undefined;
  const host = platform === 'hosting' ? `${proj.host}.example.com` : `${service}-${rng.alnum(10)}-${rng.pick(['uc', 'ew', 'as'])}.a.run.app`;
  const { people, bots, ci } = makeCast(rng, project);
  const bot = bots[0] as Actor;
  const person = (not: Actor[] = []): Actor => rng.pick(people.filter((p) => !not.includes(p)).length > 0 ? people.filter((p) => !not.includes(p)) : people);

  // ---- when: a local date (sometimes next to a DST change), a start time (sometimes late enough to cross midnight).
  let date: string;
  if (zoneInfo.dstChanges.length > 0 && rng.chance(0.35)) {
    const change = rng.pick(zoneInfo.dstChanges);
    const offset = rng.int(-1, 1);
    date = formatLocal(zone, localToUtcMs(zone, change, 12, 0) + offset * DAY, 'yyyy-MM-dd');
  } else {
    date = `2026-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  }
  const crossMidnight = rng.chance(0.2);
  const startHour = crossMidnight ? 23 : rng.int(7, 21);
  const startMinute = crossMidnight ? rng.int(10, 40) : rng.int(0, 59);
  const startMs = localToUtcMs(zone, date, startHour, startMinute);
  const maxDuration = crossMidnight ? Math.floor((localToUtcMs(zone, nextLocalDate(zone, date), 0, 50) - startMs) / MIN) : 70;

  // ---- what failed, and how.
  const shape: OutageShape =
    platform === 'hosting' && !run
      ? rng.weighted<OutageShape>([
          ['storm-404', 3],
          ['one-route', 1],
        ])
      : platform === 'hosting'
        ? rng.weighted<OutageShape>([
            ['storm-5xx', 3],
            ['one-route', 1],
            ['partial', 1],
          ])
        : rng.weighted<OutageShape>([
            ['storm-5xx', 3],
            ['storm-404', 1],
            ['one-route', 1],
            ['partial', 1.5],
            ['two-windows', 1],
          ]);
  let duration = rng.int(shape === 'two-windows' ? 24 : 10, Math.max(shape === 'two-windows' ? 30 : 12, maxDuration));
  duration = Math.min(duration, Math.max(12, maxDuration));
  const routes: readonly Route[] = platform === 'hosting' ? [...API_ROUTES, ...STATIC_ROUTES] : API_ROUTES;
  const oneRoute = rng.pick(['/api/checkout', '/api/session', '/api/profile']);
  const outageBase: Omit<OutagePlan, 'windows'> = {
    shape,
    status: shape === 'storm-404' || !run ? 404 : rng.pick([500, 502, 503]),
    scope: platform === 'hosting' ? (shape === 'one-route' ? 'route' : 'api') : shape === 'one-route' ? 'route' : 'all',
    share: shape === 'partial' ? rng.pick([0.3, 0.4, 0.5, 0.6, 0.7]) : 1,
  };
  if (outageBase.scope === 'route') outageBase.route = oneRoute;
  const windowMinutes: Array<{ startMinute: number; endMinute: number; quietStart: boolean; quietEnd: boolean }> = [];
  if (shape === 'two-windows') {
    const first = rng.int(5, Math.max(5, Math.floor(duration / 2) - 4));
    const gap = rng.int(6, 12);
    const secondStart = startMs + (first + gap) * MIN;
    windowMinutes.push({ startMinute: startMs, endMinute: startMs + (first - 1) * MIN, quietStart: rng.chance(0.25), quietEnd: false });
    windowMinutes.push({
      startMinute: secondStart,
      endMinute: Math.max(secondStart + 4 * MIN, startMs + (duration - 1) * MIN),
      quietStart: false,
      quietEnd: rng.chance(0.25),
    });
  } else {
    windowMinutes.push({ startMinute: startMs, endMinute: startMs + (duration - 1) * MIN, quietStart: rng.chance(0.25), quietEnd: rng.chance(0.25) });
  }
  const lastWindow = windowMinutes[windowMinutes.length - 1];
  if (!lastWindow) throw new Error('no storm window');

  // ---- the repository, with weeks of ordinary history.
  const repo = new RepoPlan(rng.fork(1), zone, 'example', project.replace(/-prod$/, ''));
  const history = repo.history;
  const deploys = new DeployPlan(rng.fork(2), { project, region, service, site, platform }, ci, rng.uuid(), `deploy-${service}-main`);
  const healthyTarget = service;
  const badTarget = `${service}-v2`;
  // The healthy site sends /api/** to the service; the bad one sends it (or one route) to a service that does not exist.
  const healthyRewrites: Rewrite[] = [{ glob: '/api/**', serviceId: healthyTarget }];
  const badRewrites: Rewrite[] =
    outageBase.scope === 'route' && outageBase.route
      ? [{ glob: outageBase.route, serviceId: badTarget }, ...healthyRewrites]
      : [{ glob: '/api/**', serviceId: badTarget }];
  let clock = startMs - rng.int(30, 60) * DAY;
  const initialFiles: Record<string, string> = { 'README.md': `# ${project}\n`, 'cloudbuild.yaml': 'steps: []\n' };
  for (let i = 0; i < 6; i++) initialFiles[`src/app/module-${i}.ts`] = repo.content(`src/app/module-${i}.ts`);
  if (platform === 'hosting') initialFiles['firebase.json'] = firebaseJson(healthyRewrites, region);
  repo.initial(people[0] as Actor, clock, initialFiles);
  const authors = rng.shuffle(people);
  for (const author of authors) {
    clock += rng.int(1, 4) * DAY + rng.int(0, 8 * 60) * MIN;
    if (rng.chance(0.6)) {
      const merger = rng.chance(0.5) ? author : person([author]);
      const prShape = rng.chance(0.5) ? 'merge-commit' : 'squash';
      repo.pullRequest({
        title: rng.pick(HISTORY_TITLES),
        author,
        merger: prShape === 'squash' ? author : merger,
        shape: prShape,
        branchStartMs: clock - rng.int(60, 600) * MIN,
        mergedMs: clock,
        change: repo.change(rng.int(1, 6)),
        role: 'history',
      });
    } else {
      repo.push(author, clock, `${rng.pick(HISTORY_TITLES)}\n`, repo.change(rng.int(1, 3)));
    }
  }
  // Older deploys, then the one serving when the incident starts.
  const oldBuild = deploys.build(
    history.commits[history.commits.length - 2] as MadeCommit,
    'SUCCESS',
    clock - rng.int(2, 6) * DAY,
    rng.int(3, 6) * MIN,
    'history',
  );
  if (run) deploys.deployRevision(oldBuild, 'history');
  else deploys.deployRelease(oldBuild, healthyRewrites, 'history');
  const previousCommit = history.commits[history.commits.length - 1] as MadeCommit;
  const previousBuild = deploys.build(previousCommit, 'SUCCESS', clock + rng.int(5, 40) * 1000, rng.int(3, 6) * MIN, 'previous');
  const previous: Scenario['previous'] = {};
  if (run) {
    const rev = deploys.deployRevision(previousBuild, 'previous');
    Object.assign(previous, { revision: rev.name, image: rev.image, digest: rev.digest });
    // Behind Hosting, the site's own last release (days earlier) rewrites /api/** to the service.
    if (platform === 'hosting')
      deploys.release(clock - rng.int(2, 9) * DAY, rng.pick(people), 'DEPLOY', rng.hex(16), healthyRewrites, 'history', { message: 'Deploy site' });
  } else {
    const rel = deploys.deployRelease(previousBuild, healthyRewrites, 'previous');
    Object.assign(previous, { release: rel.id, versionId: rel.versionId });
    // The backend behind the rewrite has revisions of its own.
    const backend = deploys.build(previousCommit, 'SUCCESS', clock - rng.int(1, 3) * DAY, rng.int(3, 6) * MIN, 'history');
    deploys.deployRevision(backend, 'history');
  }

  // ---- the cause: merged (or pushed) so that its deploy reaches serving just before the first failure.
  const causeShape: CauseShape = rng.weighted<CauseShape>([
    ['merge-commit', 2],
    ['squash', 2],
    ['direct-push', 1],
  ]);
  const causeAuthor = rng.chance(0.4) ? bot : person();
  const buildDuration = rng.int(180, 420) * 1000;
  const servingLead = rng.int(60, 120) * 1000;
  const deployLead = run ? rng.int(15, 45) * 1000 : rng.int(4, 15) * 1000;
  const mergeMs = startMs - servingLead - deployLead - buildDuration - rng.int(8, 30) * 1000;
  const causeTitle = rng.pick(CAUSE_TITLES);
  const causeChange = repo.change(rng.int(2, 40), !run ? { 'firebase.json': firebaseJson(badRewrites, region) } : {});
  let causePr: PullRequest | undefined;
  let causeCommit: MadeCommit;
  if (causeShape === 'direct-push') {
    causeCommit = repo.push(causeAuthor, mergeMs, `${causeTitle}\n`, causeChange);
  } else {
    const merger = causeShape === 'squash' ? causeAuthor : rng.chance(0.5) ? causeAuthor : person([causeAuthor]);
    causePr = repo.pullRequest({
      title: causeTitle,
      author: causeAuthor,
      merger,
      shape: causeShape,
      branchStartMs: mergeMs - rng.int(30, 300) * MIN,
      mergedMs: mergeMs,
      change: causeChange,
      role: 'cause',
    });
    causeCommit = causePr.landed;
  }
  const causeBuild = deploys.build(causeCommit, 'SUCCESS', mergeMs + rng.int(5, 25) * 1000, buildDuration, 'cause');
  const bad: Scenario['bad'] = {};
  if (run) bad.revision = deploys.deployRevision(causeBuild, 'cause').name;
  else {
    const rel = deploys.deployRelease(causeBuild, badRewrites, 'cause');
    Object.assign(bad, { release: rel.id, versionId: rel.versionId });
  }

  // ---- the storm, placed in the request log.
  const fromMs = Math.floor((startMs - rng.int(45, 60) * MIN) / MIN) * MIN;
  const toMs = lastWindow.endMinute + rng.int(20, 30) * MIN;
  const traffic = generateTraffic(rng.fork(3), {
    fromMs,
    toMs,
    routes,
    outage: { ...outageBase, windows: windowMinutes },
    noNoise: { fromMs: startMs - 15 * MIN, toMs: lastWindow.endMinute + 15 * MIN },
  });
  const outage: OutagePlan = { ...outageBase, windows: traffic.windows };
  const firstFailure = traffic.windows[0]?.startMs ?? startMs;
  const lastFailure = traffic.windows[traffic.windows.length - 1]?.endMs ?? lastWindow.endMinute;
  // The first instant without failures: whatever ended the outage had taken effect by then.
  const recoveryServingMs = lastFailure + rng.int(100, 900);
  // The recovering record itself comes a little earlier: a release or traffic call seconds
  // before, a new revision tens of seconds before (created, then Ready, then routed).
  const recoveryRevisionMs = recoveryServingMs - rng.int(10, 40) * 1000;
  const recoveryCallMs = recoveryServingMs - rng.int(3, 15) * 1000;

  // ---- recovery: what reached serving right after the last failure.
  const recoveryKind: RecoveryKind = !run
    ? rng.weighted<RecoveryKind>([
        ['hosting-rollback', 2],
        ['revert', 1.5],
        ['fix-forward', 1],
      ])
    : rng.weighted<RecoveryKind>([
        ['traffic-shift', 2],
        ['redeploy-image', 1],
        ['revert', 1.5],
        ['fix-forward', 1],
      ]);
  const recoverer = rng.chance(0.15) ? bot : person();
  // A change built and deployed for recovery is merged this long before it serves.
  const recoveryBuildDuration = rng.int(150, 300) * 1000;
  const recoveryLead = recoveryBuildDuration + rng.int(20, 60) * 1000;
  const recoveryStartMs =
    recoveryKind === 'revert' || recoveryKind === 'fix-forward' ? recoveryRevisionMs - recoveryLead : recoveryRevisionMs - rng.int(30, 90) * 1000;

  // ---- failed attempts, between the first failure and the recovery's start.
  const attempts: AttemptPlan[] = [];
  const attemptCount = rng.weighted([
    [0, 2],
    [1, 3],
    [2, 1.5],
  ] as const);
  let attemptClock = firstFailure + rng.int(2, 5) * MIN;
  for (let i = 0; i < attemptCount; i++) {
    const outcome: AttemptOutcome = rng.weighted<AttemptOutcome>([
      ['FAILURE', 1],
      ['CANCELLED', 1.5],
      ['TIMEOUT', 0.7],
      ['INEFFECTIVE', 1],
    ]);
    const runMs =
      outcome === 'TIMEOUT'
        ? rng.pick([300, 480, 600]) * 1000
        : outcome === 'FAILURE'
          ? rng.int(60, 200) * 1000
          : outcome === 'CANCELLED'
            ? rng.int(60, 280) * 1000
            : rng.int(150, 280) * 1000;
    const endBy = recoveryStartMs - 60_000;
    if (attemptClock + runMs + 40_000 > endBy) break;
    const author = rng.chance(0.5) ? causeAuthor : person();
    const title = rng.pick(FIX_TITLES);
    let pr: PullRequest | undefined;
    let commit: MadeCommit;
    const change = repo.change(rng.int(1, 3));
    if (rng.chance(0.5)) {
      commit = repo.push(author, attemptClock, `Hotfix: ${title.toLowerCase()}\n`, change);
    } else {
      pr = repo.pullRequest({
        title,
        author,
        merger: author,
        shape: 'squash',
        branchStartMs: attemptClock - rng.int(3, 10) * MIN,
        mergedMs: attemptClock,
        change,
        role: 'attempt',
      });
      commit = pr.landed;
    }
    const status = outcome === 'INEFFECTIVE' ? 'SUCCESS' : outcome;
    const build = deploys.build(commit, status, attemptClock + rng.int(5, 20) * 1000, runMs, 'attempt');
    if (outcome === 'TIMEOUT') build.timeoutSeconds = Math.round(runMs / 1000);
    if (outcome === 'CANCELLED') {
      const canceller = person(author.kind === 'person' ? [author] : []);
      build.cancel = { actor: canceller, ms: build.finishMs - rng.int(200, 900) };
    }
    if (rng.chance(0.3)) build.startedBy = author;
    if (outcome === 'INEFFECTIVE') {
      if (run) deploys.deployRevision(build, 'attempt');
      else deploys.deployRelease(build, badRewrites, 'attempt');
    }
    attempts.push({ outcome, build, commit, ...(pr ? { pr } : {}) });
    attemptClock = build.finishMs + rng.int(1, 4) * MIN;
  }

  // ---- the recovery itself.
  const recovery: RecoveryPlan = { kind: recoveryKind, actor: recoverer, servingMs: recoveryServingMs };
  if (recoveryKind === 'hosting-rollback') {
    const rel = deploys.release(recoveryCallMs, recoverer, 'ROLLBACK', previous.versionId ?? rng.hex(16), healthyRewrites, 'recovery');
    recovery.release = rel.id;
  } else if (recoveryKind === 'traffic-shift') {
    const shift = deploys.shiftTraffic(recoveryCallMs, recoverer, previous.revision ?? '');
    shift.effectiveMs = recoveryServingMs;
    recovery.revision = previous.revision;
  } else if (recoveryKind === 'redeploy-image') {
    const rev = deploys.revision(service, recoveryRevisionMs, recoverer, previous.image ?? '', previous.digest ?? '', 'recovery', { updateRole: 'redeploy' });
    rev.servingMs = recoveryServingMs;
    recovery.revision = rev.name;
  } else {
    let commit: MadeCommit;
    if (recoveryKind === 'revert') {
      const change = repo.revertChange(causeCommit);
      const title = `Revert "${causeCommit.subject}"`;
      if (causePr && rng.chance(0.8)) {
        const revertShape = rng.chance(0.5) ? 'merge-commit' : 'squash';
        const pr = repo.pullRequest({
          title,
          author: recoverer,
          merger: recoverer,
          shape: revertShape,
          branchStartMs: recoveryStartMs - rng.int(30, 90) * 1000,
          mergedMs: recoveryStartMs,
          change,
          role: 'revert',
          body: repo.revertBody(causeCommit),
          branch: `revert-${causePr.number}-${causePr.branch.replace(/\//g, '-')}`,
        });
        recovery.pr = pr;
        commit = pr.landed;
      } else {
        commit = repo.push(recoverer, recoveryStartMs, `${title}\n\n${repo.revertBody(causeCommit)}\n`, change);
      }
    } else {
      const change = repo.change(rng.int(1, 4), !run ? { 'firebase.json': firebaseJson(healthyRewrites, region) } : {});
      const title = rng.pick(FIX_TITLES);
      if (rng.chance(0.7)) {
        const pr = repo.pullRequest({
          title,
          author: recoverer,
          merger: recoverer,
          shape: rng.chance(0.5) ? 'merge-commit' : 'squash',
          branchStartMs: recoveryStartMs - rng.int(5, 15) * MIN,
          mergedMs: recoveryStartMs,
          change,
          role: 'fix',
        });
        recovery.pr = pr;
        commit = pr.landed;
      } else {
        commit = repo.push(recoverer, recoveryStartMs, `${title}\n`, change);
      }
    }
    const build = deploys.build(commit, 'SUCCESS', recoveryStartMs + rng.int(5, 15) * 1000, 0, 'recovery');
    // Finish so that the deploy lands at the serving instant.
    if (run) {
      build.finishMs = recoveryServingMs + rng.int(15, 40) * 1000;
      const rev = deploys.deployRevision(build, 'recovery');
      rev.createMs = recoveryRevisionMs;
      rev.servingMs = recoveryServingMs;
      const update = deploys.serviceUpdates[deploys.serviceUpdates.length - 1];
      if (update) update.ms = rev.createMs - rng.int(2_000, 6_000);
      recovery.revision = rev.name;
    } else {
      build.finishMs = recoveryCallMs + rng.int(4, 12) * 1000;
      const rel = deploys.deployRelease(build, healthyRewrites, 'recovery');
      rel.releaseMs = recoveryCallMs;
      recovery.release = rel.id;
    }
    recovery.build = build;
  }

  // ---- stray changes by someone during the incident.
  const extras: ExtraChange[] = [];
  if (rng.chance(0.3) && recoveryStartMs - firstFailure > 6 * MIN) {
    const actor = person();
    const ms = firstFailure + rng.int(2 * MIN, recoveryStartMs - firstFailure - 2 * MIN);
    if (platform === 'hosting' && rng.chance(0.5)) {
      const rel = deploys.release(ms, actor, 'DEPLOY', rng.hex(16), run ? healthyRewrites : badRewrites, 'extra', { message: 'Update help page copy' });
      extras.push({ kind: 'release', actor, ms, name: rel.id, service: site ?? project });
    } else {
      // Never the serving service of a Cloud Run deploy: a new revision there would change what serves.
      const other = !run ? service : rng.pick(['billing-worker', 'email-sender', 'search-indexer']);
      const image = deploys.image(other, rng.hex(40));
      const rev = deploys.revision(other, ms, actor, image, `sha256:${rng.hex(64)}`, 'extra', { updateRole: 'extra' });
      extras.push({ kind: 'revision', actor, ms, name: rev.name, service: other });
    }
  }

  // ---- which revision served each request (Cloud Run).
  const requests: RequestPlan[] = traffic.requests;
  if (platform === 'cloud-run') {
    const timeline = servingTimeline(
      deploys.revisions.filter((r) => r.service === service),
      deploys.serviceUpdates.filter((u) => u.service === service),
    );
    for (const r of requests) r.revision = servingAt(timeline, r.ms);
  }

  return {
    seed,
    zone,
    date: formatLocal(zone, firstFailure, 'yyyy-MM-dd'),
    platform,
    deploysTo,
    project,
    projectNumber: String(rng.int(100_000_000_000, 999_999_999_999)),
    region,
    service,
    ...(site ? { site } : {}),
    host,
    people,
    bots,
    ci,
    history,
    prs: repo.prs,
    cause: { shape: causeShape, ...(causePr ? { pr: causePr } : {}), commit: causeCommit, author: causeAuthor, build: causeBuild },
    builds: deploys.builds,
    revisions: deploys.revisions,
    serviceUpdates: deploys.serviceUpdates,
    releases: deploys.releases,
    outage,
    requests,
    attempts,
    recovery,
    extras,
    previous,
    bad,
    formats: {
      revisions: rng.chance(0.6) ? 'v1' : 'v2',
      runAudit: rng.chance(0.6) ? 'v1' : 'v2',
      hostingAudit: rng.chance(0.3),
      twoEntryOperations: rng.chance(0.5),
    },
  };
}

/** (from, revision) steps of what served, from revision creations (LATEST) and traffic shifts. */
function servingTimeline(revisions: Scenario['revisions'], updates: Scenario['serviceUpdates']): Array<[number, string]> {
  const steps: Array<[number, string]> = [];
  for (const rev of revisions) steps.push([rev.servingMs, rev.name]);
  for (const u of updates) {
    const target = u.traffic[0]?.revision;
    if (u.role === 'shift' && target) steps.push([u.effectiveMs ?? u.ms, target]);
  }
  return steps.sort((a, b) => a[0] - b[0]);
}

function servingAt(timeline: Array<[number, string]>, ms: number): string {
  let current = timeline[0]?.[1] ?? '';
  for (const [from, name] of timeline) {
    if (from > ms) break;
    current = name;
  }
  return current;
}

/** The build a scenario holds by id. */
export function buildById(scenario: Scenario, id: string): BuildPlan | undefined {
  return scenario.builds.find((b) => b.id === id);
}
