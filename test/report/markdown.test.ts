import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatMarkdown, stripAnnotations } from '../../src/report/markdown.js';
import type { CheckReport } from '../../src/types.js';
import { HOSTILE_STRINGS } from './hostile.js';
import { nodesOfType, parseMarkdownTree, visibleText } from './markdown-tree.js';
import { claimAt, reportWithClaims, SAMPLE_SOURCE, sampleReport, withSentences } from './sample-report.js';

const golden = (name: string) => readFileSync(new URL(`./golden/${name}`, import.meta.url), 'utf8');

/** The sample report's sentences, annotated over a variant of the sample source that holds them. */
function annotate(source: string): string {
  return formatMarkdown(sampleReport(source), source);
}

describe('formatMarkdown', () => {
  const annotated = annotate(SAMPLE_SOURCE);

  it('matches the golden annotated report', () => {
    expect(golden('small.md')).toBe(SAMPLE_SOURCE);
    expect(annotated).toBe(golden('small.annotated.md'));
  });

  it('changes nothing of the original: stripping the annotations gives back the exact bytes', () => {
    expect(stripAnnotations(annotated)).toBe(SAMPLE_SOURCE);
  });

  it('is idempotent: annotating the stripped output gives the same bytes', () => {
    expect(annotate(stripAnnotations(annotated))).toBe(annotated);
  });

  it('replaces old annotations on a re-run instead of stacking them', () => {
    const report = sampleReport();
    const rerun = formatMarkdown(withSentences({ ...report, claims: report.claims.slice(0, 2) }), stripAnnotations(annotated));
    expect(rerun.match(/pmcheck:summary:start/g)).toHaveLength(1);
    expect(rerun.match(/pmcheck:evidence:start/g)).toHaveLength(1);
    expect(rerun.match(/<!--pmcheck:m-->/g)).toHaveLength(2);
  });

  it('puts the summary after the front matter and the title, with a sentence count per verdict', () => {
    const lines = annotated.split('\n');
    expect(lines.slice(0, 5)).toEqual(['---', 'date: 2026-06-09', '---', '# Portal outage', '<!-- pmcheck:summary:start -->']);
    expect(annotated).toContain('| ❌ contradicted | 1 |\n| ⚠️ unsupported | 1 |\n| ❔ unverifiable | 1 |\n| ✅ supported | 3 |\n');
    expect(annotated).toContain('Time zone: America/Los\\_Angeles.');
    const tree = parseMarkdownTree(annotated);
    expect(tree.children[0]!.type).toBe('yaml');
    expect(tree.children[1]).toMatchObject({ type: 'heading', depth: 1 });
  });

  it('says in the summary how many factual sentences were checked against evidence', () => {
    const summary = annotated.slice(annotated.indexOf('<!-- pmcheck:summary:start -->'), annotated.indexOf('<!-- pmcheck:summary:end -->'));
    expect(summary).toContain(
      '| ✅ supported | 3 |\n\n**Coverage:** 5 of 6 factual sentences checked against evidence (1 unverifiable or not checked).\n\nChecked by pmcheck:',
    );
    // It renders as a paragraph of its own, led by a bold label.
    const paragraph = nodesOfType(parseMarkdownTree(annotated), 'paragraph').find((p) => visibleText(p).startsWith('Coverage:'))!;
    expect(visibleText(paragraph)).toBe('Coverage: 5 of 6 factual sentences checked against evidence (1 unverifiable or not checked).');
    expect(paragraph.children[0]).toMatchObject({ type: 'strong' });
  });

  it('prints the coverage the report carries, including when every factual sentence was checked', () => {
    const report = sampleReport();
    report.summary.coverage = { factualSentences: 17, checkedSentences: 14 };
    expect(formatMarkdown(report, SAMPLE_SOURCE)).toContain(
      '\n**Coverage:** 14 of 17 factual sentences checked against evidence (3 unverifiable or not checked).\n',
    );
    report.summary.coverage = { factualSentences: 1, checkedSentences: 1 };
    expect(formatMarkdown(report, SAMPLE_SOURCE)).toContain('\n**Coverage:** 1 of 1 factual sentence checked against evidence.\n');
  });

  it('says so when no sentence states a checkable fact', () => {
    const none = reportWithClaims([]);
    expect(none.summary.coverage).toEqual({ factualSentences: 0, checkedSentences: 0 });
    const out = formatMarkdown(none, SAMPLE_SOURCE);
    expect(out).toContain('\n**Coverage:** no sentence states a checkable fact.\n');
    expect(stripAnnotations(out)).toBe(SAMPLE_SOURCE);
    // With no line start for the summary, it leads the evidence section, coverage and all.
    const titleOnly = formatMarkdown(none, '# Title');
    expect(titleOnly.indexOf('**Coverage:** no sentence states a checkable fact.')).toBeGreaterThan(titleOnly.indexOf('pmcheck:evidence:start'));
    expect(stripAnnotations(titleOnly)).toBe('# Title');
  });

  it('marks every claim sentence, numbered in document order, each linked to its evidence entry', () => {
    const markers = [...annotated.matchAll(/<sup>\[(\S+) (\w+)\]\(#pmcheck-(\d+)\)<\/sup>/g)];
    expect(markers.map((m) => [m[2], m[3]])).toEqual([
      ['supported', '1'],
      ['contradicted', '2'],
      ['supported', '3'],
      ['unsupported', '4'],
      ['supported', '5'],
      ['unverifiable', '6'],
    ]);
    for (const [, , , n] of markers) expect(annotated).toContain(`<a id="pmcheck-${n}"></a>`);
    expect(annotated).toContain('restored by build 4f1c2a9e at 10:21. <!--pmcheck:m--><sup>[❌ contradicted](#pmcheck-2)</sup>');
  });

  it('keeps a table valid when its cells get markers', () => {
    const rowsOf = (text: string) =>
      text.split('\n').filter((line) => line.startsWith('|') && !line.includes('pmcheck verdict') && !/^\| [❌⚠❔✅]/u.test(line));
    const pipes = (line: string) => line.replace(/\\./g, '').split('|').length - 1;
    const before = rowsOf(SAMPLE_SOURCE);
    const after = rowsOf(annotated).filter((line) => !line.startsWith('| ---: |') && line !== '| --- | ---: |');
    expect(after).toHaveLength(before.length);
    after.forEach((line, i) => expect(pipes(line)).toBe(pipes(before[i]!)));

    const [, table] = nodesOfType(parseMarkdownTree(annotated), 'table');
    expect(table!.children.map((row) => row.children.length)).toEqual([2, 2, 2]);
    const links = nodesOfType(table!.children[1]!, 'link');
    expect(links.map((l) => l.url)).toEqual(['#pmcheck-3']);
  });

  it('writes the evidence section last, one entry per marker with reasons and citations', () => {
    const start = annotated.indexOf('<!-- pmcheck:evidence:start -->');
    expect(annotated.slice(start - 3, start)).toBe('\n\n\n');
    expect(annotated.endsWith('<!-- pmcheck:evidence:end -->\n')).toBe(true);
    const section = annotated.slice(start);
    expect(section).toContain('## pmcheck evidence');
    const entry = section.slice(section.indexOf('<a id="pmcheck-2">'), section.indexOf('<a id="pmcheck-3">'));
    expect(entry).toContain('**2. ❌ contradicted**, line 8:');
    expect(entry).toContain('- ❌ build 4f1c2a9e was CANCELLED');
    expect(entry).toContain('- ✅ errors stopped at 10:20:58 PDT');
    expect(entry).toContain('  - cloud\\-build 4f1c2a9e\\-7d3b\\-4e8a\\-9c1f\\-0b6d2e8a5c47 at 2026\\-06\\-09T17:14:41Z — build CANCELLED (builds.json\\#1)');
  });
});

describe('formatMarkdown on other report shapes', () => {
  const shapes: Record<string, string> = {
    'CRLF line endings': SAMPLE_SOURCE.replaceAll('\n', '\r\n'),
    'no final newline': SAMPLE_SOURCE.trimEnd(),
    'no front matter': SAMPLE_SOURCE.replace(/^---\n[^]*?\n---\n/, ''),
    'no title': SAMPLE_SOURCE.replace('# Portal outage\n', ''),
    'a setext title': SAMPLE_SOURCE.replace('# Portal outage\n', 'Portal outage\n=============\n'),
    'a paragraph before the title': SAMPLE_SOURCE.replace('---\n# Portal', '---\nDraft.\n\n# Portal'),
    'the last sentence at the very end': SAMPLE_SOURCE.replace(/- We believe no users were affected\.\n$/, '- We believe no users were affected.'),
  };

  it.each(Object.entries(shapes))('round-trips and is idempotent with %s', (_, source) => {
    const annotated = annotate(source);
    expect(stripAnnotations(annotated)).toBe(source);
    expect(annotate(stripAnnotations(annotated))).toBe(annotated);
    expect(annotated.match(/<!--pmcheck:m-->/g)).toHaveLength(6);
  });

  it('writes CRLF line endings into a CRLF report', () => {
    const annotated = annotate(shapes['CRLF line endings']!);
    expect(annotated).not.toMatch(/[^\r]\n/);
    expect(annotated).toContain('# Portal outage\r\n<!-- pmcheck:summary:start -->\r\n');
  });

  it('puts the summary at the top when the report does not start with a title', () => {
    expect(annotate(shapes['no title']!)).toMatch(/^---\ndate: 2026-06-09\n---\n<!-- pmcheck:summary:start -->\n/);
    expect(annotate(shapes['a paragraph before the title']!)).toMatch(/^---\ndate: 2026-06-09\n---\n<!-- pmcheck:summary:start -->\n/);
    const setext = annotate(shapes['a setext title']!);
    expect(setext).toContain('Portal outage\n=============\n<!-- pmcheck:summary:start -->\n');
  });

  it('marks the last sentence when it ends the file, before the evidence section', () => {
    const annotated = annotate(shapes['the last sentence at the very end']!);
    expect(annotated).toContain('affected. <!--pmcheck:m--><sup>[❔ unverifiable](#pmcheck-6)</sup><!--/pmcheck:m-->\n\n<!-- pmcheck:evidence:start -->');
  });

  it('moves the summary into the evidence section when the report is only a title without a final newline', () => {
    const source = '# Build 4f1c2a9e restored service.';
    const claim = claimAt(source, {
      id: 'c1',
      sentenceId: 's1',
      kind: 'recovery',
      text: 'Build 4f1c2a9e restored service.',
      section: [],
      verdict: 'contradicted',
      reason: 'cancelled',
      evidence: [],
    });
    const report: CheckReport = reportWithClaims([claim]);
    const annotated = formatMarkdown(report, source);
    expect(annotated.startsWith(`${source} <!--pmcheck:m-->`)).toBe(true);
    expect(annotated.indexOf('pmcheck:summary:start')).toBeGreaterThan(annotated.indexOf('pmcheck:evidence:start'));
    expect(stripAnnotations(annotated)).toBe(source);
    for (const only of ['---\ntitle: x\n---', '', '\n', 'no sentences here']) {
      const out = formatMarkdown(reportWithClaims([]), only);
      expect(stripAnnotations(out)).toBe(only);
      expect(out).toContain('No claims were found.');
    }
  });

  it('puts a marker after a link or code span that the sentence ends inside', () => {
    const source = 'Deployed by [build 4f1c2a9e.](https://example.com/b) Then `run deploy.` and done.\n';
    const claims = ['Deployed by [build 4f1c2a9e.', 'Then `run deploy.'].map((text, i) =>
      claimAt(source, { id: `c${i}`, sentenceId: `s${i}`, kind: 'deploy', text, section: [], verdict: 'supported', reason: 'ok', evidence: [] }),
    );
    const annotated = formatMarkdown(reportWithClaims(claims), source);
    expect(annotated).toContain('(https://example.com/b) <!--pmcheck:m--><sup>[✅ supported](#pmcheck-1)</sup><!--/pmcheck:m--> Then');
    expect(annotated).toContain('`run deploy.` <!--pmcheck:m--><sup>[✅ supported](#pmcheck-2)</sup>');
    expect(stripAnnotations(annotated)).toBe(source);
  });

  it('rejects a claim whose offsets lie outside the report (an internal error)', () => {
    expect(() => formatMarkdown(sampleReport(), 'short')).toThrow(/outside the report/);
  });
});

describe('formatMarkdown with hostile text', () => {
  const attack = HOSTILE_STRINGS.join(' ');

  function hostileReport(source: string): CheckReport {
    const report = sampleReport(source);
    const line = source.split('\n').find((l) => l.startsWith('The agent wrote:'))!;
    report.claims.push(
      claimAt(source, {
        id: 'c8',
        sentenceId: 's11',
        kind: 'cause',
        text: line,
        section: ['Portal outage', 'Impact'],
        verdict: 'unsupported',
        reason: '',
        evidence: [],
      }),
    );
    report.timezone = 'UTC <!-- pmcheck:summary:end -->';
    report.sources[0]!.id = '<!-- pmcheck:evidence:end -->\n\n[x](https://evil.example)';
    report.sources[4]!.error = attack;
    for (const claim of report.claims) {
      claim.reason = attack;
      claim.evidence = [{ source: 'git', ref: attack, time: '2026-06-09T16:40:12Z', summary: attack, location: attack }];
    }
    return withSentences(report);
  }

  // The report itself may carry the same text; its sentences go into the evidence entries.
  // The pipeline strips annotations before parsing, so a forged marker in it is gone.
  const written = `${SAMPLE_SOURCE}\nThe agent wrote: ${HOSTILE_STRINGS.slice(0, 12).join(' ').replaceAll('\n', ' ')}\n`;
  const source = stripAnnotations(written);
  const annotated = formatMarkdown(hostileReport(source), source);
  const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

  it('loses a forged marker that the report carried when it is stripped before checking', () => {
    expect(source).toBe(written.replace(HOSTILE_STRINGS[1]!, ''));
  });

  it('still strips back to the exact source', () => {
    expect(stripAnnotations(annotated)).toBe(source);
    expect(formatMarkdown(hostileReport(source), stripAnnotations(annotated))).toBe(annotated);
  });

  it('renders no link, image, footnote or HTML but our own', () => {
    const inserted = parseMarkdownTree(annotated);
    const original = parseMarkdownTree(source);
    const urls = (tree: typeof inserted) => nodesOfType(tree, 'link').map((l) => l.url);
    const markers = [1, 2, 3, 4, 5, 6, 7].map((n) => `#pmcheck-${n}`);
    expect(urls(inserted).sort()).toEqual([...urls(original), ...markers].sort());
    for (const type of ['image', 'imageReference', 'footnoteReference', 'linkReference', 'definition', 'footnoteDefinition'] as const) {
      expect(nodesOfType(inserted, type)).toHaveLength(nodesOfType(original, type).length);
    }
    const ours = /^(?:<!-- pmcheck:(?:summary|evidence):(?:start|end) -->|<!--\/?pmcheck:m-->|<\/?sup>|<a id="pmcheck-\d+">|<\/a>)$/;
    const originalHtml = nodesOfType(original, 'html').map((h) => h.value);
    const added = nodesOfType(inserted, 'html').map((h) => h.value);
    for (const value of originalHtml) added.splice(added.indexOf(value), 1);
    for (const value of added) expect(value).toMatch(ours);
  });

  it('keeps the delimiters unique: hostile text cannot open or close a block', () => {
    for (const [pattern, added] of [
      [/<!-- pmcheck:summary:end -->/g, 1],
      [/<!-- pmcheck:evidence:end -->/g, 1],
      [/<!--\/pmcheck:m-->/g, 7],
    ] as const) {
      expect(count(annotated, pattern) - count(source, pattern)).toBe(added);
    }
  });
});
