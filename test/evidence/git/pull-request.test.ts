import { describe, expect, it } from 'vitest';
import { pullRequestFromSubject, pullRequestSubjectExamples } from '../../../src/evidence/git/index.js';

describe('pullRequestFromSubject', () => {
  it('reads the PR of a GitHub merge commit', () => {
    expect(pullRequestFromSubject('Merge pull request #214 from acme/agent/fix-auth')).toEqual({ number: 214, shape: 'merge-commit' });
  });

  it('reads the PR of a squash merge from the "(#N)" suffix', () => {
    expect(pullRequestFromSubject('Fix session refresh on 401 (#214)')).toEqual({ number: 214, shape: 'squash' });
    expect(pullRequestFromSubject('Fix session refresh (#214)  ')).toEqual({ number: 214, shape: 'squash' });
  });

  it('finds no PR in other subjects', () => {
    for (const subject of [
      'Fix session refresh',
      'Refs #214 in the middle of a subject',
      'Fix (#214) then more words',
      "Merge branch 'main' into feature",
      'Merge pull request #abc from acme/x',
      'Fix thing (#0)',
      'Fix thing (# 214)',
    ]) {
      expect(pullRequestFromSubject(subject), subject).toBeUndefined();
    }
  });

  it('every documented example parses to its own shape', () => {
    for (const { shape, example } of pullRequestSubjectExamples()) {
      expect(pullRequestFromSubject(example)?.shape).toBe(shape);
    }
  });
});
