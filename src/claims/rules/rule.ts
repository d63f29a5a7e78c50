// The shape of an interpretation rule: the claim kind it reads, how it reads a sentence's
// facts, and examples of what it reads and what it must not, which run as tests
// (test/claims/rules.test.ts), as remark-lint's ok/not-ok examples and ESLint's RuleTester do.

import type { ActionClass, ClaimKind, ClaimVariant, DeniedKind, Predicate, QuantityUnit } from '../../types.js';
import type { Draft, Memory, SentenceFacts } from './sentence-facts.js';

/** One claim an example expects; only the fields given are checked. */
export interface ExpectedClaim {
  kind: ClaimKind;
  predicate?: Predicate;
  /** The subject's id, or null for "names none". */
  subject?: string | null;
  /** The object's id ("build X deployed *revision R*"). */
  object?: string;
  /** The actor's id ("cancelled by Priya" → "priya"). */
  actor?: string;
  /** HH:MM that the claim's time text contains. */
  time?: string;
  negated?: boolean;
  variant?: ClaimVariant;
  denied?: DeniedKind;
  action?: ActionClass;
  /** The duration, in minutes. */
  minutes?: number;
  /** [value, unit] pairs the claim must carry. */
  quantities?: Array<[number, QuantityUnit]>;
}

/** A report excerpt a rule reads, and the claims of the rule's kind it reads from it (all of them). */
export interface ReadsExample {
  text: string;
  claims: ExpectedClaim[];
}

/** What a rule reads and what it must not read. */
export interface RuleExamples {
  reads: ReadsExample[];
  /** Near misses: excerpts from which no claim of the rule's kind is read. */
  doesNotRead: string[];
}

/** An interpretation rule for one claim kind. */
export interface Rule<K extends ClaimKind = ClaimKind> {
  kind: K;
  /** The claims the sentence makes of this kind (a rule may also read a claim of a related kind, as recovery reads "restored at 10:26" as an outage end). */
  read: (f: SentenceFacts, memory: Readonly<Memory>) => Draft[];
  examples: RuleExamples;
}

/** A claim kind that no rule reads yet, and why: marked, so its absence is on purpose. */
export interface NoRule<K extends ClaimKind = ClaimKind> {
  kind: K;
  noRule: string;
}

/** Whether a registry entry is a rule rather than a kind marked as read by none. */
export function isRule<E extends Rule | NoRule>(entry: E): entry is Extract<E, Rule> {
  return 'read' in entry;
}
