// The coverage sentence of the human-readable formats (DESIGN.md: every output reports
// coverage): how many sentences state checkable facts, and how many of those the evidence
// reached. Worded once so the formats cannot drift apart; only numbers go into it, so it
// needs no escaping in any format.

import type { Coverage } from '../types.js';

/**
 * "14 of 17 factual sentences checked against evidence (3 unverifiable or not checked)",
 * or "no sentence states a checkable fact" when there are none.
 */
export function coverageText(coverage: Coverage): string {
  const { factualSentences: factual, checkedSentences: checked } = coverage;
  if (factual === 0) return 'no sentence states a checkable fact';
  const noun = factual === 1 ? 'factual sentence' : 'factual sentences';
  const unchecked = factual - checked;
  const rest = unchecked > 0 ? ` (${unchecked} unverifiable or not checked)` : '';
  return `${checked} of ${factual} ${noun} checked against evidence${rest}`;
}
