import { describe, expect, it } from 'vitest';
import { revertedCommit } from '../../../src/evidence/git/index.js';

const SHA = '3f2a1c0d9e8b7a6f5e4d3c2b1a0f9e8d7c6b5a49';

describe('revertedCommit', () => {
  it('reads the SHA from the line git revert writes', () => {
    expect(revertedCommit(`Revert "Point /api at portal-api-v2"\n\nThis reverts commit ${SHA}.`)).toBe(SHA);
  });

  it('reads a merge revert, which names the first parent too', () => {
    const other = 'a'.repeat(40);
    expect(revertedCommit(`Revert "Merge pull request #214"\n\nThis reverts commit ${SHA}, reversing\nchanges made to ${other}.`)).toBe(SHA);
  });

  it('ignores messages that only talk about reverting', () => {
    expect(revertedCommit('Revert the rewrite change')).toBeUndefined();
    expect(revertedCommit('We will say This reverts commit later')).toBeUndefined();
    expect(revertedCommit('This reverts commit xyz1234567.')).toBeUndefined();
  });
});
