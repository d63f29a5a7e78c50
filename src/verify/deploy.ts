// deploy: what happened to a build, Hosting version, release or revision — deployed,
// completed, cancelled, failed, started — when, and by whom.

import type { Claim, Entity, EvidenceEvent, Verdict } from '../types.js';
import type { Evidence } from '../evidence/evidence.js';
import type { Checker, VerifyContext } from './checker.js';
import { localTime } from './local-time.js';
import { actorMatches, anyTimeMatches } from './match.js';
import { shortId, type Serving } from './serving.js';
import { servingOfClaim } from './subject.js';
import { cite, combine, contradicted, sourceCitation, supported, unsupported, unverifiable } from './verdict.js';

const FAILED = new Set(['FAILURE', 'INTERNAL_ERROR', 'TIMEOUT', 'EXPIRED']);

export const deployChecker: Checker = {
  kind: 'deploy',
  description: 'Checks what a build, Hosting version/release or Cloud Run revision did (deployed, completed, cancelled, failed, started), when and by whom.',
  sources: ['cloud-build', 'firebase-hosting', 'cloud-run', 'cloud-logging'],
  negation: true,
  check(claim, ev, ctx) {
    const subject = claim.subject;
    if (!subject && claim.described?.type === 'release') {
      if (!ev.has('firebase-hosting'))
        return unverifiable(claim, ev.whyMissing('firebase-hosting', 'pass a Firebase Hosting releases.list export with --evidence'));
      return describedRelease(claim, ev, ctx);
    }
    if (!subject) return unverifiable(claim, 'the sentence names no build, release or revision to check');
    const serving = servingOfClaim(claim, subject, ev, ctx, claim.time?.end);
    if ('verdict' in serving) return serving;
    if (serving.records[0]?.type === 'build') {
      if (claim.object && claim.predicate === 'deployed' && !claim.negated) return buildDeployedObject(claim, serving, claim.object, ev, ctx);
      return checkBuild(claim, serving, ev, ctx);
    }
    return checkServed(claim, serving, ctx);
  },
};

/** "The bad release was deployed by X at 09:47": a release named by who and when, not by id. */
function describedRelease(claim: Claim, ev: Evidence, ctx: VerifyContext): Verdict {
  if (!claim.actor && !claim.time) return unverifiable(claim, 'the sentence names the release by neither id, person nor time');
  const releases = ev.liveReleases();
  const matching = releases.filter(
    (e) => (!claim.actor || actorMatches(claim.actor, e.actor)) && (!claim.time || anyTimeMatches(claim.time, [e.time], ctx.config)),
  );
  const found = matching[0];
  if (found) {
    const story = `${found.summary} at ${localTime(found.time, ctx.zone)}`;
    return claim.negated ? contradicted(claim, story, cite(found)) : supported(claim, story, cite(found));
  }
  const who = claim.actor ? ` by ${claim.actor.text}` : '';
  const when = claim.time ? ` at ${claim.time.text}` : '';
  const searched = ev.sourcesOf('firebase-hosting').map((s) => sourceCitation(s, `${s.events} Hosting releases searched`));
  const none = `no live Hosting release${who}${when} in ${searched.map((c) => c.ref).join(', ')}`;
  return claim.negated
    ? supported(claim, none, searched)
    : contradicted(claim, none, [...searched, ...cite(...releases.filter((e) => !claim.actor || actorMatches(claim.actor, e.actor)).slice(0, 3))]);
}

function checkBuild(claim: Claim, serving: Serving, ev: Evidence, ctx: VerifyContext): Verdict {
  const build = serving.records[0]!;
  const status = build.status ?? 'STATUS_UNKNOWN';
  const name = `build ${shortId(build.id)}`;
  const evidence = cite(build, ...serving.because, serving.servedBy);
  const parts: Verdict[] = [];
  switch (claim.predicate) {
    case 'deployed': {
      const deployed = serving.at !== undefined;
      if (serving.unlinked) {
        parts.push(unsupported(claim, serving.story, evidence));
        break;
      }
      if (claim.negated) {
        parts.push(deployed ? contradicted(claim, `${serving.story}`, evidence) : supported(claim, serving.story, evidence));
        break;
      }
      if (!deployed) {
        parts.push(contradicted(claim, serving.story, evidence));
        break;
      }
      parts.push(timePart(claim, [serving.at, build.endTime], serving.story, evidence, ctx));
      break;
    }
    case 'completed': {
      if (claim.negated) {
        parts.push(status === 'SUCCESS' ? contradicted(claim, serving.story, evidence) : supported(claim, serving.story, evidence));
        break;
      }
      if (status !== 'SUCCESS') {
        parts.push(contradicted(claim, serving.story, evidence));
        break;
      }
      parts.push(timePart(claim, [build.endTime], serving.story, evidence, ctx));
      break;
    }
    case 'cancelled': {
      const cancelled = status === 'CANCELLED';
      if (claim.negated !== !cancelled) {
        parts.push(contradicted(claim, `${name} ended ${status}${build.endTime ? ` at ${localTime(build.endTime, ctx.zone)}` : ''}`, evidence));
        break;
      }
      if (claim.negated) {
        parts.push(supported(claim, `${name} ended ${status}, not CANCELLED`, evidence));
        break;
      }
      const cancel = ev.cancellationOf(build.id);
      parts.push(timePart(claim, [cancel?.time, build.endTime], serving.story, evidence, ctx));
      if (claim.actor) parts.push(actorPart(claim, cancel, 'cancelled', evidence, ev.has('cloud-logging')));
      break;
    }
    case 'failed':
    case 'timed-out': {
      // "Timed out" names one way of failing: only TIMEOUT (or an expired queue) is that.
      const failed = claim.predicate === 'timed-out' ? status === 'TIMEOUT' || status === 'EXPIRED' : FAILED.has(status);
      if (claim.negated === failed) parts.push(contradicted(claim, `${name} ended ${status}`, evidence));
      else
        parts.push(
          claim.negated ? supported(claim, `${name} ended ${status}`, evidence) : timePart(claim, [build.endTime], `${name} ended ${status}`, evidence, ctx),
        );
      break;
    }
    case 'started': {
      const request = ev.requestOf(build.id);
      if (claim.negated) {
        parts.push(contradicted(claim, `${name} was created at ${localTime(build.time, ctx.zone)}`, cite(build, request)));
        break;
      }
      parts.push(timePart(claim, [build.time, request?.time], `${name} was created at ${localTime(build.time, ctx.zone)}`, cite(build, request), ctx));
      if (claim.actor) parts.push(actorPart(claim, request, 'started', cite(build, request), ev.has('cloud-logging')));
      break;
    }
    default:
      parts.push(unverifiable(claim, `pmcheck does not check "${claim.predicate}" for builds`));
  }
  return combine(claim, parts);
}

/**
 * "Build X deployed revision R": the build must have succeeded, R must exist, and R must be
 * the build's work — its commit or image, made by the identity the build ran as, while it
 * ran. Each part that fails is named.
 */
function buildDeployedObject(claim: Claim, serving: Serving, object: Entity, ev: Evidence, ctx: VerifyContext): Verdict {
  const build = serving.records[0]!;
  const name = `build ${shortId(build.id)}`;
  const target = servingOfClaim(claim, object, ev, ctx, claim.time?.end);
  if ('verdict' in target) return target;
  const record = target.records.find((r) => r.type === 'revision-created' || r.type === 'release') ?? target.servedBy ?? target.records[0]!;
  const evidence = cite(build, ...serving.because, record);
  if (build.status !== 'SUCCESS') {
    const who = record.actor ? ` by ${record.actor}` : '';
    return contradicted(claim, `${serving.story}; ${object.type} ${object.id} was created at ${localTime(record.time, ctx.zone)}${who}`, evidence);
  }
  const link = ev.linkBetween(build, record);
  const failures: string[] = [];
  if (link.commit === false) failures.push(`${object.id} carries commit ${shortId(record.commit ?? '')}, not the build's ${shortId(build.commit ?? '')}`);
  if (link.image === false) failures.push(`${object.id} runs ${record.image ?? 'another image'}, which the build did not push`);
  if (link.identity === false)
    failures.push(`${object.id} was created by ${record.actor}, not by the identity the build ran as (${build.runAs ?? 'none recorded'})`);
  if (!link.timing)
    failures.push(
      `${object.id} was created at ${localTime(record.time, ctx.zone)}, outside the build's run (${localTime(build.time, ctx.zone)}–${localTime(build.endTime ?? build.time, ctx.zone)})`,
    );
  if (failures.length > 0) return contradicted(claim, `${name} succeeded, but ${failures.join('; ')}`, evidence);
  const basis = [link.commit && 'commit', link.image && 'image', link.identity && 'identity'].filter(Boolean).join(', ');
  if (!basis)
    return unsupported(
      claim,
      `${name} succeeded and ${object.id} appeared while it ran, but nothing links them (no commit, image or identity to compare)`,
      evidence,
    );
  const story = `${name} succeeded; ${record.summary} at ${localTime(record.time, ctx.zone)} (same ${basis})`;
  const parts = [timePart(claim, [record.time, build.endTime], story, evidence, ctx)];
  return combine(claim, parts);
}

/** Releases, versions, revisions: they either served (with a time and a person) or not. */
function checkServed(claim: Claim, serving: Serving, ctx: VerifyContext): Verdict {
  const evidence = cite(...serving.records);
  if (claim.negated) {
    return serving.at ? contradicted(claim, serving.story, evidence) : supported(claim, serving.story, evidence);
  }
  if (!serving.at) return contradicted(claim, serving.story, evidence);
  const parts = [
    timePart(
      claim,
      serving.records.map((r) => r.time),
      serving.story,
      evidence,
      ctx,
    ),
  ];
  if (claim.actor) parts.push(actorPart(claim, serving.servedBy, 'released', evidence, true));
  return combine(claim, parts);
}

/** Compares the sentence's time (if any) with the record's instants. */
export function timePart(claim: Claim, instants: Array<string | undefined>, story: string, evidence: ReturnType<typeof cite>, ctx: VerifyContext): Verdict {
  if (!claim.time) return supported(claim, story, evidence);
  if (anyTimeMatches(claim.time, instants, ctx.config)) return supported(claim, story, evidence);
  return contradicted(claim, `${story}, not at ${claim.time.text}`, evidence);
}

/** Compares the person the sentence names with the one the record names. */
export function actorPart(claim: Claim, record: EvidenceEvent | undefined, verb: string, evidence: ReturnType<typeof cite>, auditGiven: boolean): Verdict {
  const named = claim.actor!;
  if (named.id === 'on-call') {
    const who = record?.actor ? `the records say ${record.actor}` : 'the records name nobody';
    return unsupported(claim, `${verb} by "${named.text}": ${who}, and who was on call is not in the evidence`, record ? cite(record) : evidence);
  }
  if (!record?.actor) {
    const why = auditGiven ? 'the audit log holds no entry naming who did it' : 'who did it is only in Cloud Audit Logs, which were not given';
    return unsupported(claim, `cannot confirm it was ${named.text}: ${why}`, evidence);
  }
  if (actorMatches(named, record.actor)) return supported(claim, `${verb} by ${record.actor}`, cite(record));
  return contradicted(claim, `${verb} by ${record.actor}, not ${named.text}`, cite(record));
}
