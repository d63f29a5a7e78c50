import { describe, expect, it } from 'vitest';
import { isClockCell, matchLeadingTime, parseReport } from '../../src/parse/index.js';
import type { Document, Sentence } from '../../src/types.js';
import { sentence, texts, written } from './helpers.js';

/** The leading time as written in the source (its position sliced out). */
function leadingWritten(document: Document, s: Sentence): string | undefined {
  const time = s.leadingTime;
  return time ? document.source.slice(time.position.start.offset, time.position.end.offset) : undefined;
}

describe('timeline tables', () => {
  const source = [
    '# Incident', // 1
    '', // 2
    '| Time (PDT) | Event |', // 3
    '| --- | --- |', // 4
    '| 10:24 | Build c7a91f3d completed and was deployed. |', // 5
    '| **10:26** | Service *restored*. Errors stopped. |', // 6
    '|  | Continuation without a time. |', // 7
    '| 10:30 |  |', // 8
    '',
  ].join('\n');
  const document = parseReport('pm.md', source);

  it('turns each body row into one sentence with the time cell as leading time', () => {
    const row = sentence(document, 'Build c7a91f3d completed and was deployed.');
    expect(row.container).toBe('table-row');
    expect(row.leadingTime?.text).toBe('10:24');
    expect(leadingWritten(document, row)).toBe('10:24');
    expect(row.leadingTime?.position.start).toMatchObject({ line: 5, column: 3 });
    expect(written(document, row)).toBe('Build c7a91f3d completed and was deployed.');
    expect(row.position.start).toMatchObject({ line: 5, column: 11 });
  });

  it('reads the time without its markup, at the exact characters', () => {
    const row = sentence(document, 'Service restored. Errors stopped.');
    expect(row.leadingTime?.text).toBe('10:26');
    expect(leadingWritten(document, row)).toBe('10:26');
    expect(row.leadingTime?.position.start).toMatchObject({ line: 6, column: 5 });
    expect(written(document, row)).toBe('Service *restored*. Errors stopped.');
  });

  it('keeps a row without a time, and drops a row with nothing but a time', () => {
    expect(sentence(document, 'Continuation without a time.').leadingTime).toBeUndefined();
    expect(texts(document)).toEqual([
      'Incident',
      'Build c7a91f3d completed and was deployed.',
      'Service restored. Errors stopped.',
      'Continuation without a time.',
    ]);
  });

  it('takes the zone from the header "Time (PDT)" for its rows, and for the document when nothing else declares one', () => {
    const header = { value: 'America/Los_Angeles', origin: 'table header on line 3: "Time (PDT)"' };
    expect(document.timezone).toEqual(header);
    expect(document.sentences.filter((s) => s.container === 'table-row').map((s) => s.zone)).toEqual([header, header, header]);
    expect(sentence(document, 'Incident').zone).toBeUndefined();
  });

  it('joins several non-time cells with " — " and spans from the first to the last', () => {
    const doc = parseReport('pm.md', ['| When | Actor | What |', '|---|---|---|', '| 09:40 | `portal-agent[bot]` | merged **PR #214** |', ''].join('\n'));
    const [row] = doc.sentences;
    expect(row?.text).toBe('portal-agent[bot] — merged PR #214');
    expect(row && written(doc, row)).toBe('`portal-agent[bot]` | merged **PR #214**');
    expect(row?.leadingTime?.text).toBe('09:40');
  });

  it('uses a date column as the sentence date and leaves it out of the text', () => {
    const doc = parseReport(
      'pm.md',
      [
        '| Date | Time | Event |',
        '|---|---|---|',
        '| 2026-06-03 | 09:12 | Build of PR #211 succeeded. |',
        '| June 9, 2026 | 09:40 | PR #214 merged. |',
        '',
      ].join('\n'),
    );
    expect(doc.sentences.map((s) => [s.text, s.sectionDate, s.leadingTime?.text])).toEqual([
      ['Build of PR #211 succeeded.', '2026-06-03', '09:12'],
      ['PR #214 merged.', '2026-06-09', '09:40'],
    ]);
  });

  it('recognises a first column of clock times without a time header', () => {
    const doc = parseReport('pm.md', ['| | |', '|---|---|', '| 10:05 | Trigger run by hand. |', '| 10:14:40 UTC | Build cancelled. |', ''].join('\n'));
    expect(doc.sentences.map((s) => [s.text, s.leadingTime?.text])).toEqual([
      ['Trigger run by hand.', '10:05'],
      ['Build cancelled.', '10:14:40 UTC'],
    ]);
  });

  it('does not treat an ordinary table as a timeline', () => {
    const doc = parseReport('pm.md', ['| Name | Role |', '|---|---|', '| Priya | on-call SRE |', ''].join('\n'));
    expect(doc.sentences.map((s) => [s.text, s.leadingTime])).toEqual([['Priya — on-call SRE', undefined]]);
    expect(doc.timezone).toBeUndefined();
  });

  it('a header zone does not override a zone declared earlier', () => {
    const doc = parseReport('pm.md', ['All times are in UTC.', '', '| Time (PDT) | Event |', '|---|---|', '| 10:05 | Build ran. |', ''].join('\n'));
    expect(doc.timezone).toEqual({ value: 'UTC', origin: 'line 1: "All times are in UTC"' });
    expect(sentence(doc, 'Build ran.').zone).toEqual({ value: 'America/Los_Angeles', origin: 'table header on line 3: "Time (PDT)"' });
  });

  it('a "Time (UTC)" table keeps UTC for its rows while a later prose declaration sets the document zone', () => {
    const doc = parseReport(
      'pm.md',
      [
        '# Outage', // 1
        '', // 2
        '| Time (UTC) | Event |', // 3
        '|---|---|', // 4
        '| 17:05 | Build ran. |', // 5
        '| 17:14 | Build cancelled. |', // 6
        '', // 7
        'All times below are PDT. Errors began at 10:02.', // 8
        '',
      ].join('\n'),
    );
    expect(doc.timezone).toEqual({ value: 'America/Los_Angeles', origin: 'line 8: "All times below are PDT"' });
    const utc = { value: 'UTC', origin: 'table header on line 3: "Time (UTC)"' };
    expect(sentence(doc, 'Build ran.').zone).toEqual(utc);
    expect(sentence(doc, 'Build cancelled.').zone).toEqual(utc);
    expect(sentence(doc, 'Errors began at 10:02.').zone).toBeUndefined();
  });

  it('front matter sets the document zone; a header zone still governs its own rows', () => {
    const doc = parseReport(
      'pm.md',
      ['---', 'timezone: America/New_York', '---', '| Time (UTC) | Event |', '|---|---|', '| 14:05 | Build ran. |', '', 'Errors began at 10:02.', ''].join(
        '\n',
      ),
    );
    expect(doc.timezone).toEqual({ value: 'America/New_York', origin: 'front matter (line 2)' });
    expect(sentence(doc, 'Build ran.').zone).toEqual({ value: 'UTC', origin: 'table header on line 4: "Time (UTC)"' });
    expect(sentence(doc, 'Errors began at 10:02.').zone).toBeUndefined();
  });

  it('each table keeps its own header zone; the first one is the document zone when nothing is declared', () => {
    const doc = parseReport(
      'pm.md',
      [
        '| Time (UTC) | Event |',
        '|---|---|',
        '| 17:05 | Build ran. |',
        '',
        '| Time (PDT) | Event |',
        '|---|---|',
        '| 10:14 | Build cancelled. |',
        '',
        'Errors began at 10:02.',
        '',
      ].join('\n'),
    );
    expect(doc.timezone).toEqual({ value: 'UTC', origin: 'table header on line 1: "Time (UTC)"' });
    expect(sentence(doc, 'Build ran.').zone?.value).toBe('UTC');
    expect(sentence(doc, 'Build cancelled.').zone).toEqual({ value: 'America/Los_Angeles', origin: 'table header on line 5: "Time (PDT)"' });
    expect(sentence(doc, 'Errors began at 10:02.').zone).toBeUndefined();
  });

  it('a table without a header zone gives its rows no zone of their own', () => {
    const doc = parseReport('pm.md', ['All times are PDT.', '', '| Time | Event |', '|---|---|', '| 10:05 | Build ran. |', ''].join('\n'));
    expect(sentence(doc, 'Build ran.').zone).toBeUndefined();
    expect(doc.timezone?.value).toBe('America/Los_Angeles');
  });
});

describe('timeline list items', () => {
  const source = [
    '- **09:14** — PR #88 merged by the bot. It touched 3 files.', // 1
    '- 14:05 UTC: Build b81d4e02 succeeded.', // 2
    '- 09:40 - merged', // 3
    '* [10:05] Agent ran the trigger by hand.', // 4
    '', // 5
    '- 2026-06-09 09:40 PDT: Rollback released.', // 6
    '  - Marcus confirmed it.', // 7
    '- 10:20 Errors stopped.', // 8
    '- 09:48–10:20: the outage.', // 9
    '- Priya was paged at 09:50.', // 10
    '',
  ].join('\n');
  const document = parseReport('pm.md', source);

  it('"- **09:14** — …": the time without markup, every sentence of the item carries it', () => {
    const first = sentence(document, 'PR #88 merged by the bot.');
    const second = sentence(document, 'It touched 3 files.');
    expect(first.leadingTime?.text).toBe('09:14');
    expect(leadingWritten(document, first)).toBe('09:14');
    expect(first.leadingTime?.position.start).toMatchObject({ line: 1, column: 5 });
    expect(second.leadingTime).toEqual(first.leadingTime);
    expect(written(document, first)).toBe('PR #88 merged by the bot.');
    expect(first.position.start).toMatchObject({ line: 1, column: 15 });
  });

  it('"- 14:05 UTC: …" keeps the zone in the time text', () => {
    const s = sentence(document, 'Build b81d4e02 succeeded.');
    expect(s.leadingTime?.text).toBe('14:05 UTC');
    expect(leadingWritten(document, s)).toBe('14:05 UTC');
  });

  it('"- 09:40 - merged" uses a hyphen as separator', () => {
    const s = sentence(document, 'merged');
    expect(s.leadingTime?.text).toBe('09:40');
    expect(s.position.start).toMatchObject({ line: 3, column: 11 });
  });

  it('"* [10:05] …" drops the brackets', () => {
    const s = sentence(document, 'Agent ran the trigger by hand.');
    expect(s.leadingTime?.text).toBe('10:05');
    expect(leadingWritten(document, s)).toBe('10:05');
    expect(written(document, s)).toBe('Agent ran the trigger by hand.');
  });

  it('"- 2026-06-09 09:40 PDT: …" keeps date and zone; nested items inherit the time', () => {
    const s = sentence(document, 'Rollback released.');
    expect(s.leadingTime?.text).toBe('2026-06-09 09:40 PDT');
    expect(leadingWritten(document, s)).toBe('2026-06-09 09:40 PDT');
    expect(sentence(document, 'Marcus confirmed it.').leadingTime).toEqual(s.leadingTime);
  });

  it('a time followed by a capitalised word needs no separator; ranges are kept whole', () => {
    expect(sentence(document, 'Errors stopped.').leadingTime?.text).toBe('10:20');
    expect(sentence(document, 'the outage.').leadingTime?.text).toBe('09:48–10:20');
  });

  it('an item that does not start with a time has no leading time', () => {
    expect(sentence(document, 'Priya was paged at 09:50.').leadingTime).toBeUndefined();
  });

  it('every item is a list-item sentence and no time leaks into the text', () => {
    for (const s of document.sentences) {
      expect(s.container).toBe('list-item');
      expect(written(document, s)).not.toMatch(/^\W*\d{1,2}:\d{2}/);
    }
  });
});

describe('clock-time recognition', () => {
  it('matchLeadingTime finds the time and where the content starts', () => {
    const text = '14:05 UTC: Build b81d4e02 succeeded.';
    const match = matchLeadingTime(text);
    expect(match && text.slice(match.timeStart, match.timeEnd)).toBe('14:05 UTC');
    expect(match && text.slice(match.contentStart)).toBe('Build b81d4e02 succeeded.');
  });

  it('does not take a number or a lower-case continuation for a leading time', () => {
    expect(matchLeadingTime('5 amazing things happened')).toBeUndefined();
    expect(matchLeadingTime('10:05 was when it broke')).toBeUndefined();
    expect(matchLeadingTime('340 files changed')).toBeUndefined();
  });

  it('isClockCell accepts times with seconds, dates, zones and a.m./p.m.', () => {
    for (const cell of ['10:24', '10:14:40', '2026-06-09 09:40', '2026-06-09T16:48:10Z', '9:40 a.m.', '10:05 PDT', '~10:05']) {
      expect(isClockCell(cell), cell).toBe(true);
    }
    for (const cell of ['agent', '10', 'PR #214', '10:05 deploy']) expect(isClockCell(cell), cell).toBe(false);
  });
});

describe('12-hour clocks at the head of timeline list items', () => {
  const source = ['- 3:05 PM Errors began.', '- **3:40 pm** — Errors stopped.', '- 11:02 A.M. — Deploy started.', '- 10:05 AMI images rebuilt.', ''].join('\n');
  const document = parseReport('pm.md', source);

  it('keeps AM/PM, in either case, with the time and out of the sentence', () => {
    expect(document.sentences.map((s) => [s.text, s.leadingTime?.text])).toEqual([
      ['Errors began.', '3:05 PM'],
      ['Errors stopped.', '3:40 pm'],
      ['Deploy started.', '11:02 A.M.'],
      ['AMI images rebuilt.', '10:05'],
    ]);
  });
});
