// Every claim kind has exactly one checker: a kind without one fails to type-check here.

import type { ClaimKind } from '../types.js';
import { absenceChecker } from './absence.js';
import { approvalChecker } from './approval.js';
import { causeChecker } from './cause.js';
import { changeSizeChecker } from './change-size.js';
import type { Checker } from './checker.js';
import { commitChecker } from './commit.js';
import { deployChecker } from './deploy.js';
import { durationChecker } from './duration.js';
import { eventChecker } from './event.js';
import { factChecker } from './fact.js';
import { outageTimeChecker } from './outage-time.js';
import { impactChecker } from './impact.js';
import { recoveryChecker } from './recovery.js';
import { rollbackChecker } from './rollback.js';
import { uncheckedKind } from './unchecked.js';

export const CHECKERS: Record<ClaimKind, Checker> = {
  deploy: deployChecker,
  recovery: recoveryChecker,
  rollback: rollbackChecker,
  time: outageTimeChecker,
  duration: durationChecker,
  'change-size': changeSizeChecker,
  commit: commitChecker,
  absence: absenceChecker,
  approval: approvalChecker,
  impact: impactChecker,
  attribution: uncheckedKind('attribution', 'attribution claims are not checked yet'),
  cause: causeChecker,
  opinion: uncheckedKind('opinion', 'opinion or intent: no record can settle it'),
  event: eventChecker,
  fact: factChecker,
};
