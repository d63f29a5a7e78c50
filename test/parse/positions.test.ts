import { describe, expect, it } from 'vitest';
import { createLocator, parseReport } from '../../src/parse/index.js';
import type { Document } from '../../src/types.js';
import { pointAt, sentence, texts, written } from './helpers.js';

/** Every sentence's start and end agree with an independent line/column count. */
function expectConsistentPoints(document: Document): void {
  for (const s of document.sentences) {
    expect(s.position.start).toEqual(pointAt(document.source, s.position.start.offset));
    expect(s.position.end).toEqual(pointAt(document.source, s.position.end.offset));
  }
}

const REPORT = [
  '# Portal outage', // 1
  '', // 2
  'Build **c7a91f3d** was cancelled. The [rollback](https://example.com/r) by *Marcus* worked.', // 3
  'It ended at `10:20:58`, with `firebase.json` fixed.', // 4
  '', // 5
  '## What happened', // 6
  '', // 7
  '- The agent merged PR #214. It changed 340 files.', // 8
  '  - Nested: the rewrite pointed at `portal-api-v2`.', // 9
  '    Nobody noticed for 33 minutes.', // 10
  '- Priya cancelled the build.', // 11
  '', // 12
  '> Quoted: the hotfix was never deployed.', // 13
  '> Marcus rolled back.', // 14
  '', // 15
  '| Service | State |', // 16
  '| --- | --- |', // 17
  '| portal-api | **healthy** |', // 18
  '', // 19
  'Escapes: 5 \\* 3 builds &amp; 2 releases were \\_checked\\_.', // 20
  '',
].join('\n');

describe('sentence positions are exact in the source', () => {
  const document = parseReport('pm.md', REPORT);

  it('yields every sentence in document order with ids s1, s2, …', () => {
    expect(texts(document)).toEqual([
      'Portal outage',
      'Build c7a91f3d was cancelled.',
      'The rollback by Marcus worked.',
      'It ended at 10:20:58, with firebase.json fixed.',
      'What happened',
      'The agent merged PR #214.',
      'It changed 340 files.',
      'Nested: the rewrite pointed at portal-api-v2.',
      'Nobody noticed for 33 minutes.',
      'Priya cancelled the build.',
      'Quoted: the hotfix was never deployed.',
      'Marcus rolled back.',
      'portal-api — healthy',
      'Escapes: 5 * 3 builds & 2 releases were _checked_.',
    ]);
    expect(document.sentences.map((s) => s.id)).toEqual(document.sentences.map((_, index) => `s${index + 1}`));
  });

  it('a paragraph sentence slices back to its markup-containing source', () => {
    const s = sentence(document, 'Build c7a91f3d was cancelled.');
    expect(written(document, s)).toBe('Build **c7a91f3d** was cancelled.');
    expect(s.position.start).toMatchObject({ line: 3, column: 1 });
    expect(s.position.end).toMatchObject({ line: 3, column: 34 });
    expect(s.container).toBe('paragraph');
  });

  it('links keep their text and the span covers the whole link', () => {
    const s = sentence(document, 'The rollback by Marcus worked.');
    expect(written(document, s)).toBe('The [rollback](https://example.com/r) by *Marcus* worked.');
    expect(s.position.start).toMatchObject({ line: 3, column: 35 });
  });

  it('inline code keeps its content, and a sentence running into the next line stays one', () => {
    const s = sentence(document, 'It ended at 10:20:58, with firebase.json fixed.');
    expect(written(document, s)).toBe('It ended at `10:20:58`, with `firebase.json` fixed.');
    expect(s.position.start).toMatchObject({ line: 4, column: 1 });
  });

  it('a heading is one sentence without its # marks', () => {
    const s = sentence(document, 'What happened');
    expect(written(document, s)).toBe('What happened');
    expect(s.position.start).toMatchObject({ line: 6, column: 4, offset: REPORT.indexOf('What happened') });
    expect(s.container).toBe('heading');
    expect(s.section).toEqual(['Portal outage', 'What happened']);
  });

  it('list items are segmented, and nested items keep exact multi-line spans', () => {
    const first = sentence(document, 'It changed 340 files.');
    expect(first.container).toBe('list-item');
    expect(first.position.start).toMatchObject({ line: 8, column: 29 });
    const nested = sentence(document, 'Nested: the rewrite pointed at portal-api-v2.');
    expect(written(document, nested)).toBe('Nested: the rewrite pointed at `portal-api-v2`.');
    expect(nested.position.start).toMatchObject({ line: 9, column: 5 });
    const continuation = sentence(document, 'Nobody noticed for 33 minutes.');
    expect(continuation.position.start).toMatchObject({ line: 10, column: 5 });
    expect(continuation.container).toBe('list-item');
  });

  it('block-quote lines are read without their > markers', () => {
    const s = sentence(document, 'Marcus rolled back.');
    expect(s.position.start).toMatchObject({ line: 14, column: 3 });
    expect(written(document, s)).toBe('Marcus rolled back.');
  });

  it('a table body row is one sentence spanning its first to last cell; the header is not a sentence', () => {
    const s = sentence(document, 'portal-api — healthy');
    expect(s.container).toBe('table-row');
    expect(written(document, s)).toBe('portal-api | **healthy**');
    expect(s.position.start).toMatchObject({ line: 18, column: 3 });
    expect(texts(document)).not.toContain('Service — State');
  });

  it('escapes and character references are decoded in the text and kept in the span', () => {
    const s = sentence(document, 'Escapes: 5 * 3 builds & 2 releases were _checked_.');
    expect(written(document, s)).toBe('Escapes: 5 \\* 3 builds &amp; 2 releases were \\_checked\\_.');
  });

  it('line and column agree with an independent count for every sentence', () => {
    expectConsistentPoints(document);
  });

  it('a sentence wrapped in emphasis includes the markup on both sides', () => {
    const doc = parseReport('pm.md', 'Intro here. **The build was cancelled.** Then *we rolled back*.\n');
    expect(written(doc, sentence(doc, 'The build was cancelled.'))).toBe('**The build was cancelled.**');
    expect(written(doc, sentence(doc, 'Then we rolled back.'))).toBe('Then *we rolled back*.');
  });

  it('repeated sentences get their own positions, not the first occurrence', () => {
    const doc = parseReport('pm.md', 'Build failed.\n\nBuild failed.\n');
    const [first, second] = doc.sentences;
    expect(first?.position.start.line).toBe(1);
    expect(second?.position.start.line).toBe(3);
    expect(second?.position.start.offset).toBe(15);
  });
});

describe('CRLF line endings', () => {
  const lf = REPORT;
  const crlf = REPORT.replace(/\n/g, '\r\n');
  const lfDocument = parseReport('pm.md', lf);
  const crlfDocument = parseReport('pm.md', crlf);

  it('give the same sentences on the same lines and columns', () => {
    expect(texts(crlfDocument)).toEqual(texts(lfDocument));
    const lines = (document: Document) =>
      document.sentences.map((s) => [s.position.start.line, s.position.start.column, s.position.end.line, s.position.end.column]);
    expect(lines(crlfDocument)).toEqual(lines(lfDocument));
  });

  it('keep offsets exact: slices match the LF slices with \\r\\n restored', () => {
    crlfDocument.sentences.forEach((s, index) => {
      const lfSentence = lfDocument.sentences[index];
      if (!lfSentence) throw new Error('missing sentence');
      expect(written(crlfDocument, s)).toBe(written(lfDocument, lfSentence).replace(/\n/g, '\r\n'));
    });
    expectConsistentPoints(crlfDocument);
  });

  it('split one-sentence-per-line paragraphs at \\r\\n', () => {
    const doc = parseReport('pm.md', 'Priya cancelled it at 10:14.\r\nMarcus rolled back at 10:20.\r\n');
    expect(texts(doc)).toEqual(['Priya cancelled it at 10:14.', 'Marcus rolled back at 10:20.']);
    expect(doc.sentences[1]?.position.start).toEqual({ line: 2, column: 1, offset: 30 });
  });
});

describe('createLocator', () => {
  it('counts \\n, \\r\\n and a lone \\r as line endings, columns from 1', () => {
    const locate = createLocator('ab\ncd\r\nef\rgh');
    expect(locate(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(locate(3)).toEqual({ line: 2, column: 1, offset: 3 });
    expect(locate(7)).toEqual({ line: 3, column: 1, offset: 7 });
    expect(locate(10)).toEqual({ line: 4, column: 1, offset: 10 });
    expect(locate(12)).toEqual({ line: 4, column: 3, offset: 12 });
  });
});
