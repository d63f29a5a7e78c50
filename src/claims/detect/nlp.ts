// What the NLP library (compromise) reads for the detector: people's names and the values of
// numbers written in words. It was chosen over wink-nlp on the claims corpus (issue 6 note):
// its people() finds names with fewer false hits than proper-noun runs, and its numbers()
// reads "three million" and "sixty thousand", which wink's model does not value.

import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import wordListPath from 'word-list';

/** A span of text. */
export interface Found {
  text: string;
  index: number;
  length: number;
}

// Where a capitalised name is a person whatever the lexicon knows: "by Jonas", "Amara (on-call)",
// "Incident commander: Dana Whitfield", "The incident commander, Wen Hao,", "Kenji, the on-call,".
const NAME = "[A-Z][a-zà-ÿ'’-]+(?: [A-Z][a-zà-ÿ'’-]+)?|[A-Z]\\. [A-Z][a-zà-ÿ-]+";
const NAME_IN_PLACE = new RegExp(
  [
    `(?<=\\bby )(?:${NAME})(?![\\w-])`,
    `(?:${NAME})(?= \\((?:[\\w\\s-]*(?:on-?call|lead|commander|engineer|SRE|IC|manager|oncall|secondary|primary)[\\w\\s-]*)\\))`,
    `(?<=(?:commander|owner|lead|author|reporter|responder|assignee|on-?call|engineer|manager|IC)(?::|,) )(?:${NAME})(?![\\w-])`,
    `^(?:${NAME})(?= (?:\\d{1,2}:\\d\\d|>|, the\\b))`,
    // At the start of a clause, before a verb of doing: "Priya cancelled it", "At 7:19, Amara merged PR #892".
    `(?<=^|[,;:—–] )(?:${NAME})(?=,? (?:[a-z]+ed|acknowledges|ran|began|took|shut|put|set|sent|made|gave|brought|kicked|drained|rolls|reverts|merges|cancels|deploys|restarts|pages) )`,
  ].join('|'),
  'g',
);
// Words that open a name shape but name no one.
const NOT_A_NAME =
  /^(?:The|This|That|These|Those|It|We|Our|They|Then|Automated|Monitoring|Engineering|Support|Incident|Status|Severity|Summary|Timeline|Impact|Detected|Resolved|Mitigated|Started|Rollout|Deploy|Release)\b/;

// Words of incident jargon that a dictionary lacks and that open clauses ("Failover completed").
const JARGON = new Set([
  'failover',
  'autoscaler',
  'dns',
  'cdn',
  'api',
  'apis',
  'ci',
  'cd',
  'k8s',
  'kubernetes',
  'redis',
  'kafka',
  'postgres',
  'mysql',
  'nginx',
  'envoy',
  'istio',
  'terraform',
  'helm',
  'argo',
  'grafana',
  'prometheus',
  'pagerduty',
  'slack',
  'github',
  'gitlab',
  'jenkins',
  'datadog',
]);
let dictionary: Set<string> | undefined;

/** True when a capitalised word may be a name: not an English word (the word-list dictionary), not jargon, not tagged as another part of speech. */
function mayBeName(word: string): boolean {
  const lower = word.toLowerCase();
  if (JARGON.has(lower)) return false;
  dictionary ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  const tags = (nlp(word).terms().json() as TermJson[])[0]?.terms[0]?.tags ?? [];
  if (tags.includes('Person')) return true;
  return (
    !dictionary.has(lower) && !tags.some((t) => ['Plural', 'Verb', 'Preposition', 'Adverb', 'Determiner', 'Pronoun', 'Conjunction', 'Uncountable'].includes(t))
  );
}

/** People named in `text`: the library's people, and names in the places reports put them. */
export function findPeople(text: string): Found[] {
  const out: Found[] = [];
  const add = (name: string, index: number, checked = false) => {
    const clean = name.replace(/[.,;:]+$/, '');
    if (clean === '' || NOT_A_NAME.test(clean) || !/^[A-Z]/.test(clean)) return;
    // A name read from its place alone must look like one ("Amara merged", not "Errors stopped").
    if (!checked && !mayBeName(clean.split(/\s+/)[0]!.replace(/['’]s$/, ''))) return;
    if (out.some((f) => index < f.index + f.length && index + clean.length > f.index)) return;
    out.push({ text: clean, index, length: clean.length });
  };
  for (const m of text.matchAll(NAME_IN_PLACE)) add(m[0], m.index);
  const people = nlp(text).people().json({ offset: true }) as Array<{ text: string; offset: { start: number } }>;
  // The library may run a name into the next capitalised word ("Marcus LGTM'd"): keep the words shaped like a name.
  for (const p of people) add(nameWords(p.text), p.offset.start, true);
  return out.sort((a, b) => a.index - b.index);
}

/** The leading words of `text` shaped like a name ("Marcus LGTM'd" → "Marcus"). */
function nameWords(text: string): string {
  const words = text.split(/\s+/);
  const kept: string[] = [];
  for (const w of words) {
    if (!/^(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.)[.,;:]?$/.test(w)) break;
    kept.push(w);
  }
  return kept.join(' ');
}

/** The value of a number written in digits or words ("three", "60 thousand", "2.4B", "12k", "a dozen"), or undefined. */
export function numberValue(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  const short = /^(\d+(?:\.\d+)?)\s?([kmb])$/.exec(t);
  if (short) return Number(short[1]) * { k: 1e3, m: 1e6, b: 1e9 }[short[2] as 'k' | 'm' | 'b'];
  if (/^\d{1,3}(?:[ \u00a0]\d{3})+$/.test(t)) return Number(t.replace(/\D/g, ''));
  if (/^(?:a|one) dozen$/.test(t)) return 12;
  if (/^an?$/.test(t)) return 1;
  if (/^half an?$/.test(t)) return 0.5;
  const found = nlp(t).numbers().json() as Array<{ number?: { num?: number } }>;
  const value = found[0]?.number?.num;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A verb phrase's main verb as written ("paused" in "was paused", "rolled back" in "have rolled back"), and its tense. */
export interface FoundVerb extends Found {
  past: boolean;
  present: boolean;
}

interface TermJson {
  text: string;
  offset: { start: number };
  terms: Array<{ tags: string[] }>;
}

const PARTICLE = /^(?:back|over|out|off|up|down|in|away)$/i;
const NOT_AN_ACTION =
  /^(?:seemed|seems|felt|feels|looked|looks|meant|means|knew|knows|thought|thinks|believed|believes|hoped|hopes|wanted|wants|needed|needs|learned|learnt|appreciated|appreciates|liked|likes)$/i;

/** The verbs of `text` that say something was done or happened, in the past or the present: no copulas, auxiliaries, gerunds, infinitives or verbs of thinking. */
export function findVerbs(text: string): FoundVerb[] {
  const out: FoundVerb[] = [];
  nlp(text)
    .verbs()
    .forEach((phrase) => {
      const terms = phrase.terms().json({ offset: true }) as TermJson[];
      const candidate = (t: TermJson) => {
        const tags = t.terms[0]?.tags ?? [];
        return tags.includes('Verb') && !tags.some((tag) => ['Auxiliary', 'Copula', 'Negative', 'Adverb', 'Hyphenated', 'Modal'].includes(tag));
      };
      // "the mail relays stopped delivering": a past verb after a present one is the verb; the present one a noun.
      const pastAt = terms.findIndex((t) => candidate(t) && (t.terms[0]?.tags ?? []).includes('PastTense'));
      const at = pastAt >= 0 ? pastAt : terms.findIndex(candidate);
      const main = terms[at];
      if (!main) return;
      const tags = main.terms[0]?.tags ?? [];
      if (tags.includes('Gerund') || tags.includes('Infinitive') || NOT_AN_ACTION.test(main.text)) return;
      const past = tags.includes('PastTense');
      const present = tags.includes('PresentTense');
      if (!past && !present) return;
      // "rolled back", "failed over": the particle belongs to the verb.
      const next = terms[at + 1];
      const word = main.text.replace(/[.,;:!?]+$/, '');
      const withParticle =
        next && PARTICLE.test(next.text.replace(/[.,;:!?]+$/, '')) && !/[.,;:!?]$/.test(main.text) ? `${word} ${next.text.replace(/[.,;:!?]+$/, '')}` : word;
      const index = main.offset.start;
      if (text.slice(index, index + withParticle.length) !== withParticle) return;
      out.push({ text: withParticle, index, length: withParticle.length, past, present });
    });
  return out;
}
