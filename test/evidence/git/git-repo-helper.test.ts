import { describe, expect, it } from 'vitest';
import { gitRepo, type GitRepo } from '../../support/git-repo.js';

async function buildSample(repo: GitRepo): Promise<string[]> {
  await repo.write('a.txt', 'a\n');
  const first = await repo.commit('First');
  await repo.branch('feature');
  await repo.write('b.txt', 'b\n');
  const feature = await repo.commit('Feature', { author: { name: 'Priya Raman', email: 'priya@example.com' } });
  await repo.switchTo('main');
  const merge = await repo.merge('feature', 'Merge pull request #1 from acme/feature');
  const revert = await repo.revert(feature);
  return [first, feature, merge, revert];
}

describe('gitRepo()', () => {
  it('builds the same SHAs every time: identities, dates and config are fixed', async () => {
    const one = await gitRepo();
    const two = await gitRepo();
    try {
      const shas = await buildSample(one);
      expect(await buildSample(two)).toEqual(shas);
      expect(shas.every((sha) => /^[0-9a-f]{40}$/.test(sha))).toBe(true);
      expect(await one.git(['log', '-1', '--format=%an <%ae> %cI', shas[0] ?? ''])).toBe('Dana Ortiz <dana@example.com> 2026-06-09T08:01:00-07:00');
      expect(await one.git(['rev-list', '--parents', '-1', shas[2] ?? ''])).toMatch(/^[0-9a-f]{40} [0-9a-f]{40} [0-9a-f]{40}$/);
    } finally {
      await one.cleanup();
      await two.cleanup();
    }
  });
});
