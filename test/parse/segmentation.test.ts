import { describe, expect, it } from 'vitest';
import { BEFORE_NUMBER, MAY_BE_FINAL, NEVER_FINAL, parseReport, segmentSentences } from '../../src/parse/index.js';
import { texts, written } from './helpers.js';

/** The sentences segmentSentences finds in a piece of plain text. */
function split(text: string): string[] {
  return segmentSentences(text).map(([start, end]) => text.slice(start, end));
}

describe('sentence segmentation traps', () => {
  it('"a.m." or "p.m." before a zone, a weekday or a month goes on with the time', () => {
    expect(split('The queue drained from 11:05 p.m. Friday until 4:20 a.m. Saturday, about five hours.')).toHaveLength(1);
    expect(split('Payments resumed at 7 a.m. NZDT after the failover.')).toHaveLength(1);
    expect(split('The fix shipped at 9:30 a.m. March 4 was the second attempt.')).toHaveLength(1);
    expect(split('It was quiet until 10:05 a.m. Dana then rolled back the release.')).toHaveLength(2);
  });

  it('a bullet typed as a character starts an entry, and a chat header starts a message', () => {
    const pasted = [
      'Lena Brandt  9:12 a.m.',
      'notes from the night shift',
      '• 01:10 the nightly export hung',
      '• 01:40 restarted it by hand',
      'Omar Haddad  9:20 a.m.',
      'thanks, adding an alert',
    ].join('\n');
    expect(split(pasted)).toEqual([
      'Lena Brandt  9:12 a.m.\nnotes from the night shift',
      '• 01:10 the nightly export hung',
      '• 01:40 restarted it by hand',
      'Omar Haddad  9:20 a.m.\nthanks, adding an alert',
    ]);
  });

  it('"… on May 6.⏎The outage began" is two sentences (parse-english joins them)', () => {
    const doc = parseReport('pm.md', 'The last deploy was on May 6.\nThe outage began at 09:48.\n');
    expect(texts(doc)).toEqual(['The last deploy was on May 6.', 'The outage began at 09:48.']);
    expect(doc.sentences[1]?.position.start).toMatchObject({ line: 2, column: 1 });
  });

  it('"on June 6. The outage" on one line is two sentences too', () => {
    expect(split('It started on June 6. The outage began at 10:05.')).toEqual(['It started on June 6.', 'The outage began at 10:05.']);
  });

  it('a report written one sentence per line gives one sentence per line', () => {
    const source = [
      '# Recovery',
      '',
      'The agent merged PR #214 at 09:40.',
      'Build b81d4e02 deployed at 09:47!',
      '404s began at 09:48.',
      'Was the rewrite wrong?',
      'Yes: it pointed at portal-api-v2.',
      '',
    ].join('\n');
    const doc = parseReport('pm.md', source);
    expect(texts(doc).slice(1)).toEqual([
      'The agent merged PR #214 at 09:40.',
      'Build b81d4e02 deployed at 09:47!',
      '404s began at 09:48.',
      'Was the rewrite wrong?',
      'Yes: it pointed at portal-api-v2.',
    ]);
    expect(doc.sentences.slice(1).map((s) => s.position.start.line)).toEqual([3, 4, 5, 6, 7]);
    for (const s of doc.sentences) expect(written(doc, s)).toBe(s.text);
  });

  it('a line break inside a wrapped sentence does not split it', () => {
    expect(split('The agent changed 340 files in\none commit. Then it merged.')).toEqual(['The agent changed 340 files in\none commit.', 'Then it merged.']);
    // Lower case after a line-ending period is a continuation, not a new sentence.
    expect(split('It was version 1.\nmore text followed.')).toEqual(['It was version 1.\nmore text followed.']);
  });

  it('version numbers, decimals, times, SHAs, paths and emails do not split sentences', () => {
    expect(
      split(
        'We shipped v1.2.3 today. The error rate was 3.5% at 10:05. Commit 3f2a1c0d rewrote firebase.json and src/app.ts. Mail priya@example.com now. Node 20.x broke.',
      ),
    ).toEqual([
      'We shipped v1.2.3 today.',
      'The error rate was 3.5% at 10:05.',
      'Commit 3f2a1c0d rewrote firebase.json and src/app.ts.',
      'Mail priya@example.com now.',
      'Node 20.x broke.',
    ]);
  });

  it('"10:05 a.m." ends a sentence before a capitalised word but not before a zone', () => {
    expect(split('Dr. Smith arrived at 10:05 a.m. and fixed it. Good.')).toEqual(['Dr. Smith arrived at 10:05 a.m. and fixed it.', 'Good.']);
    expect(split('It failed at 10:05 a.m. PDT and paged Priya.')).toEqual(['It failed at 10:05 a.m. PDT and paged Priya.']);
  });

  it('"e.g.", "i.e.", "approx." and "vs." never end a sentence, even at a line break', () => {
    expect(split('Some files, e.g.\nFirebase config, changed. Yes.')).toEqual(['Some files, e.g.\nFirebase config, changed.', 'Yes.']);
    expect(split('It took approx. 5 minutes. Then done.')).toEqual(['It took approx. 5 minutes.', 'Then done.']);
    expect(split('Errors were 30% vs. 2% before, i.e. fifteen times more.')).toEqual(['Errors were 30% vs. 2% before, i.e. fifteen times more.']);
  });

  it('markup around a full stop does not hide the boundary', () => {
    const doc = parseReport('pm.md', 'The build was **cancelled.**\nThe rollback *worked*.\n');
    expect(texts(doc)).toEqual(['The build was cancelled.', 'The rollback worked.']);
    expect(written(doc, doc.sentences[0]!)).toBe('The build was **cancelled.**');
  });

  it('trims whitespace and drops punctuation-only pieces', () => {
    expect(segmentSentences('   Spaced out.   ')).toEqual([[3, 14]]);
    expect(split('— ')).toEqual([]);
  });

  it('segments only from the given index', () => {
    const text = '10:05 — Build started. It failed.';
    expect(segmentSentences(text, 8).map(([start, end]) => text.slice(start, end))).toEqual(['Build started.', 'It failed.']);
  });
});

describe('abbreviation data: every example segments as listed', () => {
  for (const rule of [...NEVER_FINAL, ...BEFORE_NUMBER, ...MAY_BE_FINAL]) {
    it(`${rule.word} — ${rule.example}`, () => {
      expect(split(rule.example)).toEqual(rule.sentences);
    });
  }

  it('"No." alone is still a sentence', () => {
    expect(split('Was it tested? No. Nobody ran it.')).toEqual(['Was it tested?', 'No.', 'Nobody ran it.']);
  });
});
