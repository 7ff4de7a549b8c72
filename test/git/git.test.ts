import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { changedLines, parseZeroContextDiff } from '../../src/git/changed-lines.js';
import { defaultBranch, headCommit, isShallow, mergeBase, resolveCommit } from '../../src/git/revisions.js';
import { gitFileSource } from '../../src/git/source.js';
import { t } from '../../src/i18n/index.js';
import { fsFileSource } from '../../src/plan/files.js';
import { cleanup, MAIN, planRepo, repoAt, tempDir } from './repo.js';

afterAll(cleanup);

describe('the plan at a git revision', () => {
  it('lists and reads the same files as the working tree at that commit', async () => {
    const repo = await planRepo();
    const source = await gitFileSource(repo.root, 'HEAD');
    if (!source.ok) throw new Error(source.error.message);
    const tree = fsFileSource(repo.root);
    expect(await source.value.list()).toEqual(await tree.list());
    const read = await source.value.read('plan/tasks/III-2-tthc.yaml');
    expect(read.ok && Buffer.from(read.bytes).toString('utf8')).toBe(await repo.read('plan/tasks/III-2-tthc.yaml'));
  });

  it('reads the old content after the working tree moved on', async () => {
    const repo = await planRepo();
    const base = await repo.git('rev-parse', 'HEAD');
    await repo.write('plan/units.yaml', 'units: []\n');
    await repo.commit('xóa đơn vị');
    const source = await gitFileSource(repo.root, base);
    const read = source.ok ? await source.value.read('plan/units.yaml') : undefined;
    expect(read?.ok && Buffer.from(read.bytes).toString('utf8')).toContain('id: cat');
    expect(source.ok && (await source.value.read('plan/nothing.yaml'))).toEqual({ ok: false, reason: 'missing' });
  });

  it('works when the plan root is a folder inside the repository', async () => {
    const repo = await planRepo({ subfolder: 'ke-hoach' });
    const source = await gitFileSource(repo.root, 'HEAD');
    expect(source.ok && (await source.value.list()).files).toContain('plan/plan.yaml');
  });
});

describe('revisions', () => {
  it('names HEAD, the default branch and the merge base of a branch', async () => {
    const repo = await planRepo();
    const first = await repo.git('rev-parse', 'HEAD');
    expect(await headCommit(repo.root)).toEqual({ ok: true, value: first });
    await repo.git('checkout', '-q', '-b', 'sua-doi');
    await repo.write('plan/tasks/III-2-tthc.yaml', (await repo.read('plan/tasks/III-2-tthc.yaml')) + '\n');
    await repo.commit('sửa đổi');
    expect(await defaultBranch(repo.root)).toEqual({ ok: true, value: 'main' });
    expect(await mergeBase(repo.root, 'main', 'HEAD')).toEqual({ ok: true, value: first });
  });

  it('says an unknown revision is unknown', async () => {
    const repo = await planRepo();
    const result = await resolveCommit(repo.root, 'nhanh-khong-co');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.problem).toBe('unknown-revision');
      expect(t('vi', result.error.message, result.error.params)).toContain('"nhanh-khong-co"');
    }
  });

  it('says a folder outside git is not a repository', async () => {
    const dir = await tempDir('de06-nogit-');
    const result = await gitFileSource(dir, 'HEAD');
    expect(!result.ok && result.error.problem).toBe('not-a-repository');
  });

  it('says git is missing when it cannot be run', async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      const result = await resolveCommit(MAIN, 'HEAD');
      expect(!result.ok && result.error.problem).toBe('no-git');
    } finally {
      process.env.PATH = path;
    }
  });

  it('in a shallow clone, says what to fetch instead of "unknown"', async () => {
    const repo = await planRepo();
    await repo.write('plan/indicators.yaml', 'indicators: []\n');
    await repo.commit('thứ hai');
    const clone = await tempDir('de06-shallow-');
    await execa('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone]);
    const shallow = repoAt(clone);
    expect(await isShallow(shallow.root)).toBe(true);
    const result = await gitFileSource(shallow.root, 'HEAD~1');
    expect(!result.ok && result.error.problem).toBe('shallow');
    if (!result.ok) {
      const message = t('vi', result.error.message, result.error.params);
      expect(message).toContain('git fetch --deepen=');
      expect(message).toContain('fetch-depth: 0');
    }
    // the commit that is there still works
    expect((await gitFileSource(shallow.root, 'HEAD')).ok).toBe(true);
  });
});

describe('changed lines', () => {
  it('are the new-side lines of each hunk, relative to the plan root', async () => {
    const repo = await planRepo({ subfolder: 'ke-hoach' });
    const text = await repo.read('plan/plan.yaml');
    const lines = text.split('\n');
    lines[5] = 'number: 999/KH-UBND';
    await repo.write('plan/plan.yaml', lines.join('\n'));
    await repo.write('plan/progress/cat/2026-07.yaml', 'unit: cat\nperiod: 2026-07\n');
    const result = await changedLines(repo.root, 'HEAD');
    if (!result.ok) throw new Error(result.error.message);
    expect([...result.value.get('plan/plan.yaml')!]).toEqual([6]);
    // a file not yet added to git is new in every line
    expect([...result.value.get('plan/progress/cat/2026-07.yaml')!]).toEqual([1, 2]);
  });

  it('reads -U0 hunks: counts, single lines and pure deletions', () => {
    const diff = [
      'diff --git a/plan/x.yaml b/plan/x.yaml',
      '--- a/plan/x.yaml',
      '+++ b/plan/x.yaml',
      '@@ -3 +3 @@',
      '@@ -10,2 +10,3 @@ tasks:',
      '@@ -20,4 +21,0 @@',
      '--- a/plan/gone.yaml',
      '+++ /dev/null',
      '@@ -1,2 +0,0 @@',
    ].join('\n');
    expect(parseZeroContextDiff(diff)).toEqual(new Map([['plan/x.yaml', new Set([3, 10, 11, 12])]]));
  });
});
