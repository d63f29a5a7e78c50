// Who takes part in a simulated incident: people (name, email), bots with a GitHub-style
// "[bot]" name and a service-account principal, and the CI service account builds run as.

import type { Rng } from './random.js';
import type { Actor } from './scenario-types.js';

const FIRST = [
  'Priya',
  'Marcus',
  'Dana',
  'Kenji',
  'Amara',
  'Lukas',
  'Sofia',
  'Tariq',
  'Ingrid',
  'Mateo',
  'Aisha',
  'Noah',
  'Chen',
  'Elena',
  'Ravi',
  'Hannah',
  'Omar',
  'Freya',
  'Diego',
  'Yuki',
];
const LAST = [
  'Raman',
  'Webb',
  'Ortiz',
  'Tanaka',
  'Okafor',
  'Becker',
  'Rossi',
  'Haddad',
  'Larsen',
  'Silva',
  'Khan',
  'Fischer',
  'Wei',
  'Petrova',
  'Iyer',
  'Schmidt',
  'Farouk',
  'Nilsson',
  'Morales',
  'Sato',
];
const DOMAINS = ['example.com', 'acme.dev', 'shopfront.io'];
const BOTS = ['deploy-agent', 'release-bot', 'autofix-agent', 'ops-copilot'];

/** The cast of one scenario: 3–5 people, one bot, the CI deployer. */
export function makeCast(rng: Rng, project: string): { people: Actor[]; bots: Actor[]; ci: Actor } {
  const count = rng.int(3, 5);
  const firsts = rng.shuffle(FIRST).slice(0, count);
  const lasts = rng.shuffle(LAST).slice(0, count);
  const domain = rng.pick(DOMAINS);
  const people = firsts.map((first, i): Actor => {
    const last = lasts[i] ?? 'Smith';
    const local = rng.chance(0.5) ? first.toLowerCase() : `${first}.${last}`.toLowerCase();
    return { id: `p${i}`, kind: 'person', name: `${first} ${last}`, email: `${local}@${domain}`, first };
  });
  const bot = rng.pick(BOTS);
  const bots: Actor[] = [{ id: 'bot', kind: 'bot', name: `${bot}[bot]`, email: `${bot}@${project}.iam.gserviceaccount.com` }];
  const ciName = rng.pick(['ci-deployer', 'cloud-build-deployer', 'release-pipeline']);
  const ciEmail = `${ciName}@${project}.iam.gserviceaccount.com`;
  const ci: Actor = { id: 'ci', kind: 'service-account', name: ciEmail, email: ciEmail };
  return { people, bots, ci };
}

/** GitHub's web-flow identity: the committer of merges made with the merge button. */
export const GITHUB = { name: 'GitHub', email: 'noreply@github.com' } as const;
