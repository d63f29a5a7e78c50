import { describe, expect, it } from 'vitest';
import { commitEvent, GitLogFormatError, type RawCommit } from '../../../src/evidence/git/index.js';

const COMMIT: RawCommit = {
  sha: 'a'.repeat(40),
  parents: ['b'.repeat(40)],
  authorName: 'Dana Ortiz',
  authorEmail: 'dana@example.com',
  authorDate: '2026-06-10T03:10:12+05:30',
  committerName: 'Dana Ortiz',
  committerEmail: 'dana@example.com',
  committerDate: '2026-06-09T09:40:12-07:00',
  subject: 'Route /api to v2',
  message: 'Route /api to v2',
  change: { files: 1, additions: 2, deletions: 1, paths: ['firebase.json'] },
};

describe('commit dates', () => {
  it("converts the committer's offset to UTC to the second and notes a different author date", () => {
    const event = commitEvent(COMMIT, 'portal');
    expect(event.time).toBe('2026-06-09T16:40:12Z');
    expect(event.summary).toContain('authored 2026-06-09T21:40:12Z');
  });

  it('leaves out the author date when it is the same instant in another offset', () => {
    const event = commitEvent({ ...COMMIT, authorDate: '2026-06-09T16:40:12Z' }, 'portal');
    expect(event.summary).not.toContain('authored');
  });

  it('rejects a date that is not strict ISO 8601 as a git output format error', () => {
    expect(() => commitEvent({ ...COMMIT, committerDate: 'Tue Jun 9 09:40:12 2026 -0700' }, 'portal')).toThrow(GitLogFormatError);
    expect(() => commitEvent({ ...COMMIT, authorDate: '' }, 'portal')).toThrow(/unreadable author date ""/);
  });
});
