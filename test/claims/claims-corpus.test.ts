// The labelled claims corpus (fixtures/claims/) is well formed: every entry has the shape its
// README gives, labels every non-empty line of its excerpt exactly once, and uses known fact
// kinds, action classes and claim kinds. (This checks the labels, not the extractor.)

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ACTION_CLASSES, CLAIM_KINDS } from '../../src/types.js';

const ROOT = resolve(import.meta.dirname, '../../fixtures/claims');
// The actions pmcheck reads as timed events, plus the outage's own edges and anything else.
const ACTIONS = [...ACTION_CLASSES, 'outage-begin', 'outage-end', 'other'] as const;
const bound = z.enum(['gt', 'lt']).optional();

const fact = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('time'),
    text: z.string().min(1),
    instant: z
      .string()
      .regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?Z$/)
      .optional(),
    precision: z.enum(['second', 'minute', 'hour', 'day']).optional(),
  }),
  z.strictObject({
    kind: z.literal('date'),
    text: z.string().min(1),
    value: z
      .string()
      .regex(/^\d{4}-\d\d-\d\d$/)
      .optional(),
    range: z.tuple([z.string(), z.string()]).optional(),
  }),
  z.strictObject({ kind: z.literal('relative-time'), text: z.string().min(1), anchor: z.string().optional(), offsetMinutes: z.number().optional() }),
  z.strictObject({ kind: z.literal('duration'), text: z.string().min(1), minutes: z.number().nonnegative(), bound }),
  z.strictObject({ kind: z.literal('quantity'), text: z.string().min(1), value: z.number(), unit: z.string().min(1), bound }),
  z.strictObject({
    kind: z.literal('identifier'),
    text: z.string().min(1),
    type: z.enum(['pr', 'commit', 'build', 'revision', 'release', 'version', 'config', 'ticket', 'service', 'file']),
    id: z.string().min(1),
  }),
  z.strictObject({ kind: z.literal('actor'), text: z.string().min(1), type: z.enum(['person', 'handle', 'team', 'role', 'bot', 'system']) }),
  z.strictObject({ kind: z.literal('action'), text: z.string().min(1), class: z.enum(ACTIONS) }),
]);

const line = z.strictObject({
  line: z.number().int().min(1),
  facts: z.array(fact),
  kinds: z.array(z.enum([...CLAIM_KINDS, 'event'])).optional(),
  negated: z.boolean().optional(),
  hedged: z.boolean().optional(),
});

const entry = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  style: z.string().min(3),
  markdown: z.string().min(1),
  context: z.strictObject({
    date: z
      .string()
      .regex(/^\d{4}-\d\d-\d\d$/)
      .optional(),
    zone: z.string().optional(),
  }),
  lines: z.array(line).min(1),
  note: z.string().optional(),
});

type Entry = z.infer<typeof entry>;

function entriesOf(split: string): Array<{ file: string; n: number; raw: unknown }> {
  const dir = join(ROOT, split);
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl'));
  return files.flatMap((file) =>
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .map((text, i) => ({ file: `${split}/${file}`, n: i + 1, text }))
      .filter((l) => l.text.trim() !== '')
      .map((l) => ({ file: l.file, n: l.n, raw: JSON.parse(l.text) as unknown })),
  );
}

const SPLITS = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe.each(SPLITS)('claims corpus, %s split', (split) => {
  const all = entriesOf(split);

  it('holds entries of the documented shape', () => {
    const problems = all.flatMap(({ file, n, raw }) => {
      const parsed = entry.safeParse(raw);
      return parsed.success ? [] : [`${file}:${n}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`];
    });
    expect(problems).toEqual([]);
  });

  it('labels every non-empty line of each excerpt once, and only those', () => {
    const problems = all.flatMap(({ file, n, raw }) => {
      const e = raw as Entry;
      const nonEmpty = e.markdown
        .split('\n')
        .map((text, i) => ({ text, line: i + 1 }))
        .filter((l) => l.text.trim() !== '')
        .map((l) => l.line);
      const labelled = e.lines.map((l) => l.line);
      const same = nonEmpty.length === labelled.length && nonEmpty.every((l, i) => labelled[i] === l);
      return same ? [] : [`${file}:${n} (${e.id}): non-empty lines ${nonEmpty.join(',')}, labelled ${labelled.join(',')}`];
    });
    expect(problems).toEqual([]);
  });

  it('gives each fact words that stand in its line, and ids once', () => {
    const ids = new Set<string>();
    const problems: string[] = [];
    for (const { file, n, raw } of all) {
      const e = raw as Entry;
      if (ids.has(e.id)) problems.push(`${file}:${n}: duplicate id ${e.id}`);
      ids.add(e.id);
      const lines = e.markdown.split('\n');
      for (const l of e.lines) {
        const text = lines[l.line - 1] ?? '';
        for (const f of l.facts) if (!text.includes(f.text)) problems.push(`${file}:${n} (${e.id}) line ${l.line}: "${f.text}" is not in the line`);
      }
    }
    expect(problems).toEqual([]);
  });
});
