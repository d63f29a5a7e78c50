// The one ordering of verdicts (DESIGN.md): contradicted > unsupported > unverifiable >
// supported. Checkers fold partial findings with it; formatters group sentences with it.

import type { VerdictValue } from './types.js';

/** Verdicts from worst to best: the order summaries list them in. */
export const VERDICTS_WORST_FIRST: readonly VerdictValue[] = ['contradicted', 'unsupported', 'unverifiable', 'supported'];

/** The worse of two verdicts. */
export function worseVerdict(a: VerdictValue, b: VerdictValue): VerdictValue {
  return VERDICTS_WORST_FIRST.indexOf(a) <= VERDICTS_WORST_FIRST.indexOf(b) ? a : b;
}

/** The worst of several verdicts; `supported` for none. */
export function worstOf(values: VerdictValue[]): VerdictValue {
  return values.reduce<VerdictValue>(worseVerdict, 'supported');
}
