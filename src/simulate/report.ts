// The markdown report a scenario's statements are checked in: front matter with the
// incident's local date and zone, a heading, and each statement as its own paragraph (one
// sentence, one line), so a statement's verdict is the verdict of the claims on its line.

import type { Scenario } from './scenario-types.js';
import type { Statement } from './statements.js';

/** The report text and the 1-based line of each statement (same order as given). */
export function renderReport(s: Scenario, statements: readonly Statement[]): { text: string; lines: number[] } {
  const out = [
    '---',
    `title: "Post-mortem: ${s.platform === 'hosting' ? s.host : s.service} outage"`,
    `date: ${s.date}`,
    `timezone: ${s.zone}`,
    '---',
    '',
    `# Post-mortem: ${s.platform === 'hosting' ? s.host : s.service} outage`,
    '',
    '## What happened',
    '',
  ];
  const lines: number[] = [];
  for (const statement of statements) {
    lines.push(out.length + 1);
    out.push(statement.text, '');
  }
  return { text: out.join('\n'), lines };
}
