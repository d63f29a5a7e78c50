import { describe, expect, it } from 'vitest';
import { gitDateToUtc } from '../../../src/evidence/git/index.js';

describe('gitDateToUtc', () => {
  it('converts a committer offset to UTC to the second', () => {
    expect(gitDateToUtc('2026-06-09T09:40:12-07:00')).toBe('2026-06-09T16:40:12Z');
    expect(gitDateToUtc('2026-06-10T03:10:12+05:30')).toBe('2026-06-09T21:40:12Z');
    expect(gitDateToUtc('2026-06-09T16:40:12Z')).toBe('2026-06-09T16:40:12Z');
  });

  it('rejects what is not strict ISO 8601', () => {
    expect(gitDateToUtc('Tue Jun 9 09:40:12 2026 -0700')).toBeUndefined();
    expect(gitDateToUtc('')).toBeUndefined();
  });
});
