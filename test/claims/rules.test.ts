// Every interpretation rule's examples run as tests, through the whole extract stage: what
// a rule reads ("reads") it reads, with those claims of its kind and no others of that kind;
// its near misses ("doesNotRead") give no claim of its kind. The registry covers every kind,
// and RULE_ORDER names each rule exactly once.

import { describe, expect, it } from 'vitest';
import { extractClaims, type ExtractContext } from '../../src/claims/extract.js';
import { isRule, RULE_ORDER, RULES, type ExpectedClaim, type Rule } from '../../src/claims/rules/index.js';
import { parseReport } from '../../src/parse/index.js';
import { CLAIM_KINDS, type Claim } from '../../src/types.js';

const ctx: ExtractContext = {
  zone: 'America/Los_Angeles',
  zoneOrigin: 'test',
  date: '2026-06-09',
  dateOrigin: 'test',
};

function claimsOf(text: string): Claim[] {
  return extractClaims(parseReport('r.md', text + '\n'), ctx);
}

/** Why a claim does not meet what an example expects, or undefined when it does. */
function mismatch(want: ExpectedClaim, c: Claim): string | undefined {
  if (want.predicate !== undefined && c.predicate !== want.predicate) return `predicate ${c.predicate ?? 'none'} ≠ ${want.predicate}`;
  if (want.subject !== undefined && (c.subject?.id ?? null) !== want.subject) return `subject ${c.subject?.id ?? 'none'} ≠ ${want.subject ?? 'none'}`;
  if (want.object !== undefined && c.object?.id !== want.object) return `object ${c.object?.id ?? 'none'} ≠ ${want.object}`;
  if (want.actor !== undefined && c.actor?.id !== want.actor) return `actor ${c.actor?.id ?? 'none'} ≠ ${want.actor}`;
  if (want.time !== undefined && !(c.time?.text ?? c.unresolvedTime ?? '').includes(want.time)) return `time ${c.time?.text ?? 'none'} ≠ ${want.time}`;
  if (want.negated !== undefined && c.negated !== want.negated) return `negated ${c.negated} ≠ ${want.negated}`;
  if (want.variant !== undefined && c.variant !== want.variant) return `variant ${c.variant ?? 'none'} ≠ ${want.variant}`;
  if (want.denied !== undefined && c.denied !== want.denied) return `denied ${c.denied ?? 'none'} ≠ ${want.denied}`;
  if (want.action !== undefined && c.action !== want.action) return `action ${c.action ?? 'none'} ≠ ${want.action}`;
  if (want.minutes !== undefined && c.duration?.minutes !== want.minutes) return `duration ${c.duration?.minutes ?? 'none'} ≠ ${want.minutes} min`;
  for (const [value, unit] of want.quantities ?? []) {
    if (!c.quantities.some((q) => q.value === value && q.unit === unit)) return `no quantity ${value} ${unit}`;
  }
  return undefined;
}

/** A claim in a line, for failure messages. */
function show(c: Claim): string {
  return [c.kind, c.pattern, c.predicate, c.subject?.id, c.actor && `by ${c.actor.id}`, c.time?.text, c.negated && 'negated'].filter(Boolean).join(' ');
}

const rules: Rule[] = Object.values(RULES).filter(isRule);

describe('the rule registry', () => {
  it('has an entry for every claim kind, each under its own kind', () => {
    expect(Object.keys(RULES).sort()).toEqual([...CLAIM_KINDS].sort());
    for (const [kind, entry] of Object.entries(RULES)) expect(entry.kind).toBe(kind);
  });

  it('orders every rule exactly once', () => {
    const ordered = [...RULE_ORDER.alone, ...RULE_ORDER.together, ...RULE_ORDER.otherwise];
    expect(new Set(ordered).size).toBe(ordered.length);
    expect(ordered.map((r) => r.kind).sort()).toEqual(rules.map((r) => r.kind).sort());
  });

  it('reads opinion first and absence second, each ending the sentence, and a timed event only when nothing else is read', () => {
    expect(RULE_ORDER.alone.map((r) => r.kind)).toEqual(['opinion', 'absence']);
    expect(RULE_ORDER.otherwise.map((r) => r.kind)).toEqual(['event', 'fact']);
  });
});

describe.each(rules.map((rule) => [rule.kind, rule] as const))('rule %s', (kind, rule) => {
  it('has at least 3 examples it reads and 2 it does not', () => {
    expect(rule.examples.reads.length).toBeGreaterThanOrEqual(3);
    expect(rule.examples.doesNotRead.length).toBeGreaterThanOrEqual(2);
  });

  it.each(rule.examples.reads.map((e) => [e.text, e] as const))('reads %j', (_text, example) => {
    const claims = claimsOf(example.text);
    const seen = claims.map(show).join('\n  ') || '(none)';
    for (const want of example.claims) {
      const candidates = claims.filter((c) => c.kind === want.kind);
      const reasons = candidates.map((c) => mismatch(want, c));
      expect(reasons.includes(undefined), `expected ${JSON.stringify(want)}: ${reasons.join('; ') || 'no claim of that kind'}\n  ${seen}`).toBe(true);
    }
    // All the claims of the rule's kind it reads there, no more.
    const ofKind = claims.filter((c) => c.kind === kind).length;
    expect(ofKind, `claims of kind ${kind}:\n  ${seen}`).toBe(example.claims.filter((w) => w.kind === kind).length);
  });

  it.each(rule.examples.doesNotRead)('does not read %j', (text) => {
    expect(
      claimsOf(text)
        .filter((c) => c.kind === kind)
        .map(show),
    ).toEqual([]);
  });
});
