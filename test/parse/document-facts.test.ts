import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { findDate, findZoneDeclaration, normaliseDate, parseReport, readTimeHeader, resolveZone } from '../../src/parse/index.js';
import { sentence } from './helpers.js';

/** The InputError a call throws; fails the test when it throws nothing or something else. */
function inputErrorOf(call: () => unknown): InputError {
  try {
    call();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('document time zone', () => {
  it('comes from front matter timezone / tz / time_zone, with its line', () => {
    const doc = parseReport('pm.md', '---\ntitle: Outage\ntimezone: America/New_York\n---\n# Outage\n\nAll times are PDT.\n');
    expect(doc.timezone).toEqual({ value: 'America/New_York', origin: 'front matter (line 3)' });
    expect(parseReport('pm.md', '---\ntz: PDT\n---\nText.\n').timezone?.value).toBe('America/Los_Angeles');
    expect(parseReport('pm.md', '---\ntime_zone: UTC\n---\nText.\n').timezone?.value).toBe('UTC');
  });

  it('comes from a sentence such as "All times are PDT", naming its line', () => {
    const doc = parseReport('pm.md', '# Outage\n\nSummary first.\n\nAll times are PDT. The build failed.\n');
    expect(doc.timezone).toEqual({ value: 'America/Los_Angeles', origin: 'line 5: "All times are PDT"' });
  });

  it('understands the usual phrasings', () => {
    const cases: Array<[string, string]> = [
      ['All times in UTC.', 'UTC'],
      ['Times are Pacific (PDT).', 'America/Los_Angeles'],
      ['All times below are in US/Pacific.', 'America/Los_Angeles'],
      ['All times in this report are Eastern Time.', 'America/New_York'],
      ['Time zone: CEST.', 'Europe/Berlin'],
      ['All times are given in Asia/Tokyo.', 'Asia/Tokyo'],
      ['Timeline (all times PDT)', 'America/Los_Angeles'],
    ];
    for (const [text, zone] of cases) expect(findZoneDeclaration(text)?.zone, text).toBe(zone);
    expect(findZoneDeclaration('All times are approximate.')).toBeUndefined();
    expect(findZoneDeclaration('Build times are long.')).toBeUndefined();
  });

  it('an invalid zone in front matter is an InputError naming the file and line', () => {
    const error = inputErrorOf(() => parseReport('reports/pm.md', '---\ntitle: Outage\ntimezone: Mars/Olympus_Mons\n---\nText.\n'));
    expect(error.file).toBe('reports/pm.md');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^reports\/pm\.md:3: front matter timezone "Mars\/Olympus_Mons" is not a known time zone/);
  });

  it('maps abbreviations through the data table and canonicalises IANA names', () => {
    expect(resolveZone('PST')).toBe('America/Los_Angeles');
    expect(resolveZone('edt')).toBe('America/New_York');
    expect(resolveZone('BST')).toBe('Europe/London');
    expect(resolveZone('AEDT')).toBe('Australia/Sydney');
    expect(resolveZone('Z')).toBe('UTC');
    expect(resolveZone('US/Pacific')).toBe('America/Los_Angeles');
    expect(resolveZone('Europe/Nowhere')).toBeUndefined();
    expect(resolveZone('local')).toBeUndefined();
  });

  it('reads time headers', () => {
    expect(readTimeHeader('Time (PDT)')).toEqual({ isTime: true, zone: 'America/Los_Angeles' });
    expect(readTimeHeader('When')).toEqual({ isTime: true });
    expect(readTimeHeader('UTC')).toEqual({ isTime: true, zone: 'UTC' });
    expect(readTimeHeader('Timestamp (UTC)')).toEqual({ isTime: true, zone: 'UTC' });
    expect(readTimeHeader('Event')).toEqual({ isTime: false });
  });
});

describe('document date', () => {
  it('comes from front matter, a YAML timestamp read without a zone shift', () => {
    // 23:30 at UTC−7 is already the next day in UTC: the date written must win.
    const doc = parseReport('pm.md', '---\ndate: 2026-06-09T23:30:00-07:00\n---\n# Outage on 2026-01-01\n');
    expect(doc.date).toEqual({ value: '2026-06-09', origin: 'front matter (line 2)' });
    expect(parseReport('pm.md', '---\ndate: 2026-06-09\n---\nText.\n').date?.value).toBe('2026-06-09');
  });

  it('normalises a YAML Date object by its calendar fields', () => {
    expect(normaliseDate(new Date(Date.UTC(2026, 5, 9)))).toBe('2026-06-09');
    expect(normaliseDate(new Date(Number.NaN))).toBeUndefined();
    expect(normaliseDate('June 9, 2026')).toBe('2026-06-09');
  });

  it('a front-matter date that is not a date is an InputError with its line', () => {
    const error = inputErrorOf(() => parseReport('pm.md', '---\ntitle: x\ndate: yesterday\n---\nText.\n'));
    expect(error.line).toBe(3);
    expect(error.message).toContain('front matter date "yesterday" is not a date');
  });

  it('comes from the title when there is no front matter', () => {
    for (const title of ['Portal outage 2026-06-09', 'Portal outage, June 9, 2026', 'Portal outage (9 June 2026)']) {
      const doc = parseReport('pm.md', `Intro.\n\n# ${title}\n\nText.\n`);
      expect(doc.title).toBe(title);
      expect(doc.date).toEqual({ value: '2026-06-09', origin: `line 3: title "${title}"` });
    }
  });

  it('comes from the first date heading when the title has none', () => {
    const doc = parseReport('pm.md', '# Portal outage\n\n## Background\n\n## Tuesday, June 9, 2026\n\nText.\n');
    expect(doc.title).toBe('Portal outage');
    expect(doc.date).toEqual({ value: '2026-06-09', origin: 'line 5: heading "Tuesday, June 9, 2026"' });
  });

  it('findDate rejects days that do not exist and needs a year for "June 9"', () => {
    expect(findDate('June 31, 2026')).toBeUndefined();
    expect(findDate('2026-02-30')).toBeUndefined();
    expect(findDate('on June 9')).toBeUndefined();
    expect(findDate('on June 9', 2026)?.iso).toBe('2026-06-09');
    expect(findDate('we may 5 times')).toBeUndefined();
  });
});

describe('section dates', () => {
  const source = [
    '# Portal outage', // 1
    '', // 2
    'Summary.', // 3
    '', // 4
    '## June 8, 2026', // 5
    '', // 6
    'Setup happened.', // 7
    '', // 8
    '### Details', // 9
    '', // 10
    'Still the eighth.', // 11
    '', // 12
    '## 2026-06-09', // 13
    '', // 14
    '- 09:40 — PR #214 merged.', // 15
    '', // 16
    '## Aftermath', // 17
    '', // 18
    'No date here.', // 19
    '', // 20
    '## June 10', // 21
    '', // 22
    'Cleanup.', // 23
    '',
  ].join('\n');
  const doc = parseReport('pm.md', source);

  it('a date heading applies to the sentences below it until a heading of the same or a higher level', () => {
    expect(sentence(doc, 'Summary.').sectionDate).toBeUndefined();
    expect(sentence(doc, 'Setup happened.').sectionDate).toBe('2026-06-08');
    expect(sentence(doc, 'Still the eighth.').sectionDate).toBe('2026-06-08');
    expect(sentence(doc, 'PR #214 merged.').sectionDate).toBe('2026-06-09');
    expect(sentence(doc, 'No date here.').sectionDate).toBeUndefined();
  });

  it('a year-less date heading borrows the document year', () => {
    expect(doc.date?.value).toBe('2026-06-08');
    expect(sentence(doc, 'Cleanup.').sectionDate).toBe('2026-06-10');
  });

  it('section lists the headings from the top down', () => {
    expect(sentence(doc, 'Still the eighth.').section).toEqual(['Portal outage', 'June 8, 2026', 'Details']);
    expect(sentence(doc, 'No date here.').section).toEqual(['Portal outage', 'Aftermath']);
  });
});

describe('front matter and unanalysed constructs', () => {
  it('malformed YAML is an InputError with the report line', () => {
    const error = inputErrorOf(() => parseReport('pm.md', '---\ntitle: Outage\ndate: [2026\nfoo: : bar\n---\nText.\n'));
    expect(error.file).toBe('pm.md');
    expect(error.line).toBe(4);
    expect(error.message).toMatch(/^pm\.md:4: front matter is not valid YAML/);
  });

  it('front matter is never a sentence, and its title is used when there is no h1', () => {
    const doc = parseReport('pm.md', '---\ntitle: Portal outage\n---\nThe build failed.\n');
    expect(doc.sentences.map((s) => s.text)).toEqual(['The build failed.']);
    expect(doc.title).toBe('Portal outage');
  });

  it('an HTML block is skipped with a warning at its line; code blocks and rules silently', () => {
    const doc = parseReport('pm.md', 'Before.\n\n<div class="note">The build was fine.</div>\n\n```sh\ngcloud builds list\n```\n\n---\n\nAfter.\n');
    expect(doc.sentences.map((s) => s.text)).toEqual(['Before.', 'After.']);
    expect(doc.warnings).toEqual([{ message: 'HTML block not analysed: claims inside it are not checked', line: 3, column: 1 }]);
  });

  it('an HTML comment is not a construct to warn about', () => {
    const doc = parseReport('pm.md', '<!-- template: fill in the timeline -->\n\nText.\n');
    expect(doc.warnings).toEqual([]);
    expect(doc.sentences.map((s) => s.text)).toEqual(['Text.']);
  });

  it('a report with no prose warns that nothing was found', () => {
    const doc = parseReport('pm.md', '```\ncode only\n```\n');
    expect(doc.sentences).toEqual([]);
    expect(doc.warnings.map((w) => w.message)).toEqual(['no sentences found: the report has no prose, list or table text to check']);
  });

  it('the Document keeps path and source as given', () => {
    const source = 'One sentence.\n';
    const doc = parseReport('a/b.md', source);
    expect(doc.path).toBe('a/b.md');
    expect(doc.source).toBe(source);
  });
});
