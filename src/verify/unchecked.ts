// Kinds that are recognised but that no record can settle yet, or ever (opinion, intent).
// They are reported honestly as unverifiable rather than dropped.

import type { ClaimKind } from '../types.js';
import type { Checker } from './checker.js';
import { unverifiable } from './verdict.js';

/** A checker for a kind no record settles: the verdict is unverifiable, with why. */
export function uncheckedKind(kind: ClaimKind, reason: string): Checker {
  return {
    kind,
    description: `Reports ${kind} claims as unverifiable: ${reason}.`,
    sources: [],
    check: (claim) => unverifiable(claim, reason),
  };
}
