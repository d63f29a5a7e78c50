import { describe, expect, it } from 'vitest';
import { coverageText } from '../../src/report/coverage-text.js';

describe('coverageText', () => {
  it('says how many factual sentences were checked against evidence, and how many were not', () => {
    expect(coverageText({ factualSentences: 17, checkedSentences: 14 })).toBe(
      '14 of 17 factual sentences checked against evidence (3 unverifiable or not checked)',
    );
    expect(coverageText({ factualSentences: 2, checkedSentences: 0 })).toBe(
      '0 of 2 factual sentences checked against evidence (2 unverifiable or not checked)',
    );
  });

  it('leaves out the remainder when every factual sentence was checked', () => {
    expect(coverageText({ factualSentences: 26, checkedSentences: 26 })).toBe('26 of 26 factual sentences checked against evidence');
  });

  it('uses the singular for one factual sentence', () => {
    expect(coverageText({ factualSentences: 1, checkedSentences: 1 })).toBe('1 of 1 factual sentence checked against evidence');
    expect(coverageText({ factualSentences: 1, checkedSentences: 0 })).toBe('0 of 1 factual sentence checked against evidence (1 unverifiable or not checked)');
  });

  it('says so when no sentence states a checkable fact', () => {
    expect(coverageText({ factualSentences: 0, checkedSentences: 0 })).toBe('no sentence states a checkable fact');
  });
});
