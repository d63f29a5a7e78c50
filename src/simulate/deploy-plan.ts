// The deploy side of a scenario: builds (as Cloud Build records them), the Cloud Run
// revisions and Hosting releases they make, and the service updates (ReplaceService /
// UpdateService) behind every revision and traffic change, with names shaped like the real ones.

import type { MadeCommit } from './git-history.js';
import type { Rng } from './random.js';
import type { Actor, BuildPlan, BuildStatus, ReleasePlan, RevisionPlan, Rewrite, Scenario, ServiceUpdate } from './scenario-types.js';

const GCLOUD_UA = 'google-cloud-sdk gcloud/527.0.0 command/gcloud.run.';

/** Mutable lists a scenario is assembled into. */
export interface DeployRecords {
  builds: BuildPlan[];
  revisions: RevisionPlan[];
  serviceUpdates: ServiceUpdate[];
  releases: ReleasePlan[];
}

/** Builds, revisions and releases for one scenario's project. */
export class DeployPlan implements DeployRecords {
  readonly builds: BuildPlan[] = [];
  readonly revisions: RevisionPlan[] = [];
  readonly serviceUpdates: ServiceUpdate[] = [];
  readonly releases: ReleasePlan[] = [];
  private readonly generations = new Map<string, number>();
  private releaseClock = 0;

  constructor(
    private readonly rng: Rng,
    private readonly s: Pick<Scenario, 'project' | 'region' | 'service' | 'site' | 'platform'>,
    private readonly ci: Actor,
    readonly triggerId: string,
    readonly triggerName: string,
  ) {
    this.generations.set(s.service, rng.int(3, 60));
  }

  /** An image tag for a commit of a service. */
  image(service: string, commit: string): string {
    return `${this.s.region}-docker.pkg.dev/${this.s.project}/apps/${service}:${commit.slice(0, 7)}`;
  }

  /** A build of `commit`; deploys nothing yet (see deployRevision / deployRelease). */
  build(commit: MadeCommit, status: BuildStatus, createMs: number, durationMs: number, role: BuildPlan['role'], extra: Partial<BuildPlan> = {}): BuildPlan {
    const startMs = createMs + this.rng.int(1_500, 6_000);
    const build: BuildPlan = {
      id: this.rng.uuid(),
      commit,
      status,
      createMs,
      startMs,
      finishMs: startMs + durationMs,
      runAs: this.ci,
      triggerId: this.triggerId,
      triggerName: this.triggerName,
      timeoutSeconds: 1200,
      role,
      ...extra,
    };
    if (status === 'SUCCESS' || status === 'TIMEOUT') {
      build.image = this.image(this.s.service, commit.sha);
      build.digest = `sha256:${this.rng.hex(64)}`;
    }
    this.builds.push(build);
    return build;
  }

  /** The next revision name of a service ("api-00042-xak"). */
  nextRevisionName(service: string): { name: string; generation: number } {
    const generation = (this.generations.get(service) ?? this.rng.int(2, 30)) + 1;
    this.generations.set(service, generation);
    return { name: `${service}-${String(generation).padStart(5, '0')}-${this.rng.alnum(3)}`, generation };
  }

  /** A revision created at `ms` by `creator`, with a ReplaceService/UpdateService that sends it all traffic. */
  revision(
    service: string,
    ms: number,
    creator: Actor,
    image: string,
    digest: string,
    role: RevisionPlan['role'],
    extra: { buildId?: string; commitSha?: string; updateRole?: ServiceUpdate['role']; command?: string } = {},
  ): RevisionPlan {
    const { name, generation } = this.nextRevisionName(service);
    const revision: RevisionPlan = { name, service, generation, createMs: ms, servingMs: ms + this.rng.int(8_000, 20_000), creator, image, digest, role };
    if (extra.buildId) revision.buildId = extra.buildId;
    if (extra.commitSha) revision.commitSha = extra.commitSha;
    this.revisions.push(revision);
    this.serviceUpdates.push({
      ms: ms - this.rng.int(2_000, 8_000),
      actor: creator,
      service,
      traffic: [{ revision: 'LATEST', percent: 100 }],
      createdRevision: name,
      image,
      userAgent: `${GCLOUD_UA}${extra.command ?? 'deploy'}`,
      role: extra.updateRole ?? 'deploy',
    });
    return revision;
  }

  /** The revision a successful build deploys, created near the end of its run. */
  deployRevision(build: BuildPlan, role: RevisionPlan['role']): RevisionPlan {
    if (!build.image || !build.digest) throw new Error('deployRevision: build pushed no image');
    const ms = build.finishMs - this.rng.int(15_000, 45_000);
    const revision = this.revision(this.s.service, ms, build.runAs, build.image, build.digest, role, { buildId: build.id, commitSha: build.commit.sha });
    build.revision = revision.name;
    return revision;
  }

  /** A traffic shift: all traffic to `revision`. */
  shiftTraffic(ms: number, actor: Actor, revision: string): ServiceUpdate {
    const update: ServiceUpdate = {
      ms,
      actor,
      service: this.s.service,
      traffic: [{ revision, percent: 100 }],
      userAgent: `${GCLOUD_UA}services.update-traffic`,
      role: 'shift',
    };
    this.serviceUpdates.push(update);
    return update;
  }

  /** A Hosting release id: microseconds-like digits, increasing. */
  private releaseId(ms: number): string {
    this.releaseClock = Math.max(this.releaseClock + 1, ms * 1000 + this.rng.int(0, 999));
    return String(this.releaseClock);
  }

  /** A live-channel release of a version with these Cloud Run rewrites. */
  release(
    ms: number,
    user: Actor,
    type: ReleasePlan['type'],
    versionId: string,
    rewrites: Rewrite[],
    role: ReleasePlan['role'],
    extra: { message?: string; buildId?: string } = {},
  ): ReleasePlan {
    const release: ReleasePlan = {
      id: this.releaseId(ms),
      site: this.s.site ?? this.s.project,
      type,
      versionId,
      rewrites,
      releaseMs: ms,
      user,
      role,
      ...extra,
    };
    this.releases.push(release);
    return release;
  }

  /** The DEPLOY release a successful build makes, just before it finishes. */
  deployRelease(build: BuildPlan, rewrites: Rewrite[], role: ReleasePlan['role']): ReleasePlan {
    const ms = build.finishMs - this.rng.int(4_000, 15_000);
    const release = this.release(ms, build.runAs, 'DEPLOY', this.rng.hex(16), rewrites, role, {
      buildId: build.id,
      message: `Deploy ${build.commit.sha.slice(0, 7)}: ${build.commit.subject}`,
    });
    build.release = release.id;
    return release;
  }
}
