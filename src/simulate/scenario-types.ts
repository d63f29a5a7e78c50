// The shape of a simulated incident: who took part, what was committed, built, deployed,
// released and shifted, which requests failed, and what ended it. Everything the evidence
// bundle holds and everything a statement's truth rests on is one of these fields.

import type { History, MadeCommit } from './git-history.js';

export type Platform = 'cloud-run' | 'hosting';
export type CauseShape = 'merge-commit' | 'squash' | 'direct-push';
export type OutageShape = 'storm-5xx' | 'storm-404' | 'one-route' | 'partial' | 'two-windows';
export type RecoveryKind = 'hosting-rollback' | 'traffic-shift' | 'redeploy-image' | 'revert' | 'fix-forward';
/** How a failed fix attempt ended; INEFFECTIVE deployed fine but did not stop the errors. */
export type AttemptOutcome = 'FAILURE' | 'CANCELLED' | 'TIMEOUT' | 'INEFFECTIVE';
export type BuildStatus = 'SUCCESS' | 'FAILURE' | 'CANCELLED' | 'TIMEOUT';
export type ActorKind = 'person' | 'bot' | 'service-account';

/** A person, a bot or a service account. */
export interface Actor {
  id: string;
  kind: ActorKind;
  /** Git name ("Priya Raman", "deploy-agent[bot]"); a service account's email. */
  name: string;
  /** Git email and GCP principal. */
  email: string;
  /** A person's first name, when the email starts with it. */
  first?: string;
}

/** A pull request and how it landed. */
export interface PullRequest {
  number: number;
  title: string;
  branch: string;
  author: Actor;
  merger: Actor;
  shape: 'merge-commit' | 'squash';
  /** The commit on main that landed it (the merge, or the squash commit). */
  landed: MadeCommit;
  /** Files changed against main's previous tip. */
  files: number;
  role: 'history' | 'cause' | 'revert' | 'fix' | 'attempt';
}

/** One Cloud Build build. */
export interface BuildPlan {
  id: string;
  commit: MadeCommit;
  status: BuildStatus;
  createMs: number;
  startMs: number;
  finishMs: number;
  /** Who the build ran as. */
  runAs: Actor;
  triggerId: string;
  triggerName: string;
  /** Image tag it pushed ("…/api:1a2b3c4") and its digest, when it got that far. */
  image?: string;
  digest?: string;
  /** The Cloud Run revision or Hosting release it deployed. */
  revision?: string;
  release?: string;
  /** Who cancelled it, and when (CancelBuild audit entry). */
  cancel?: { actor: Actor; ms: number };
  /** Manually started (RunBuildTrigger audit entry by this actor). */
  startedBy?: Actor;
  timeoutSeconds: number;
  role: 'history' | 'previous' | 'cause' | 'attempt' | 'recovery';
}

/** One Cloud Run revision. */
export interface RevisionPlan {
  name: string;
  service: string;
  generation: number;
  createMs: number;
  /** When it took the service's traffic (Ready and routed); for a revision that never served, its creation. */
  servingMs: number;
  creator: Actor;
  image: string;
  digest: string;
  buildId?: string;
  commitSha?: string;
  role: 'history' | 'previous' | 'cause' | 'attempt' | 'recovery' | 'extra';
}

/** A Cloud Run service update (ReplaceService / UpdateService audit entry). */
export interface ServiceUpdate {
  ms: number;
  actor: Actor;
  service: string;
  /** Routes after the update: a revision name or "LATEST", with percent. */
  traffic: Array<{ revision: string; percent: number }>;
  /** The revision the update created, when it deployed one. */
  createdRevision?: string;
  image?: string;
  userAgent: string;
  /** When the new routing took effect (a traffic shift propagates after the call). */
  effectiveMs?: number;
  role: 'deploy' | 'shift' | 'redeploy' | 'extra';
}

/** A Hosting rewrite of a path glob to a Cloud Run service. */
export interface Rewrite {
  glob: string;
  serviceId: string;
}

/** One Firebase Hosting release on the live channel. */
export interface ReleasePlan {
  id: string;
  site: string;
  type: 'DEPLOY' | 'ROLLBACK';
  versionId: string;
  /** The version's Cloud Run rewrites, in order (a route's own rule before /api/**). */
  rewrites: Rewrite[];
  releaseMs: number;
  user: Actor;
  message?: string;
  buildId?: string;
  role: 'history' | 'previous' | 'cause' | 'attempt' | 'recovery' | 'extra';
}

/** A window of the storm: failures between the first and last failing request. */
export interface StormWindow {
  /** Failing requests start at this instant… */
  startMs: number;
  /** …and end by this one. */
  endMs: number;
  /** The first (last) minute holds only one or two failures. */
  quietStart: boolean;
  quietEnd: boolean;
}

/** Which requests fail, and how. */
export interface OutagePlan {
  shape: OutageShape;
  /** HTTP status of a failing request. */
  status: number;
  /** 'all' requests, one 'route', or the 'api' paths behind a Hosting rewrite. */
  scope: 'all' | 'route' | 'api';
  route?: string;
  /** Share of in-scope requests that fail in a storm minute. */
  share: number;
  windows: StormWindow[];
}

/** One request in the request log. */
export interface RequestPlan {
  ms: number;
  method: string;
  /** The path as requested ("/api/orders/4821"). */
  path: string;
  /** The route it belongs to ("/api/orders/:id"). */
  route: string;
  status: number;
  /** The Cloud Run revision that served it (Cloud Run platform). */
  revision?: string;
  /** Part of the storm (not background noise). */
  storm: boolean;
}

/** A fix attempt that did not end the outage. */
export interface AttemptPlan {
  outcome: AttemptOutcome;
  build: BuildPlan;
  pr?: PullRequest;
  commit: MadeCommit;
}

/** What ended the outage. */
export interface RecoveryPlan {
  kind: RecoveryKind;
  /** The person (or bot) who did it. */
  actor: Actor;
  /** The first instant with no more failures: the recovering change had taken effect. */
  servingMs: number;
  build?: BuildPlan;
  pr?: PullRequest;
  /** Cloud Run: the revision serving after recovery (the previous one for a traffic shift). */
  revision?: string;
  /** Hosting: the release that recovered. */
  release?: string;
}

/** An unrelated production change made during the incident. */
export interface ExtraChange {
  kind: 'revision' | 'release';
  actor: Actor;
  ms: number;
  /** Revision name or release id. */
  name: string;
  service: string;
}

/** A whole simulated incident. */
export interface Scenario {
  seed: number;
  zone: string;
  /** Local date of the outage's start: the report's `date:`. */
  date: string;
  /** The front door: what serves the requests the log records. */
  platform: Platform;
  /** What the pipeline deploys: Cloud Run revisions (also behind a Hosting rewrite) or Hosting releases. */
  deploysTo: Platform;
  project: string;
  projectNumber: string;
  region: string;
  /** The Cloud Run service that serves (or, for Hosting, the backend behind the rewrite). */
  service: string;
  /** Hosting site (Hosting platform). */
  site?: string;
  /** Host in request URLs. */
  host: string;
  people: Actor[];
  bots: Actor[];
  ci: Actor;
  history: History;
  prs: PullRequest[];
  cause: { shape: CauseShape; pr?: PullRequest; commit: MadeCommit; author: Actor; build: BuildPlan };
  builds: BuildPlan[];
  revisions: RevisionPlan[];
  serviceUpdates: ServiceUpdate[];
  releases: ReleasePlan[];
  outage: OutagePlan;
  requests: RequestPlan[];
  attempts: AttemptPlan[];
  recovery: RecoveryPlan;
  extras: ExtraChange[];
  /** The revision (Cloud Run) or release (Hosting) serving before the bad deploy. */
  previous: { revision?: string; release?: string; versionId?: string; image?: string; digest?: string };
  /** The bad revision or release. */
  bad: { revision?: string; release?: string; versionId?: string };
  /** Export shape choices. */
  formats: { revisions: 'v1' | 'v2'; runAudit: 'v1' | 'v2'; hostingAudit: boolean; twoEntryOperations: boolean };
}
