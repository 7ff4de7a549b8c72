// `de06 diff` and `de06 lint --base` end to end: the built binary in a temporary git repository
// where a branch amends the shipped plan, as CI runs them on a pull request.

import { execa } from 'execa';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, MAIN, planRepo, tempDir, type Repo } from '../git/repo.js';

const de06 = (root: string, ...args: string[]) =>
  execa('node', [join(MAIN, 'bin/de06.js'), '--root', root, ...args], { reject: false, env: { DE06_LANG: 'vi', GITHUB_STEP_SUMMARY: '' } });

// a new task in the last section file: without --base its six-clear warning sorts after ~80 others
const NEW_TASK = '\n  - id: V.9.99\n    title: "Nhiệm vụ mới chưa rõ người, rõ thời gian"\n';
const NEW_TASK_FILE = 'plan/tasks/V-9-so-yt.yaml';

let repo: Repo;
let mergeBase: string;
beforeAll(async () => {
  repo = await planRepo();
  mergeBase = await repo.git('rev-parse', 'HEAD');
  await repo.git('checkout', '-q', '-b', 'sua-doi');
  await repo.editTask('V.4.2a', (t) => Object.assign(t, { due: '2026-09-30' }));
  await repo.write(NEW_TASK_FILE, (await repo.read(NEW_TASK_FILE)) + NEW_TASK);
  await repo.commit('Dời hạn V.4.2a, thêm V.9.99');
});
afterAll(cleanup);

describe('de06 diff', () => {
  it('compares the working tree with the merge base of the default branch by default', async () => {
    const result = await de06(repo.root, 'diff', '--format', 'json');
    expect(result.exitCode).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.base).toBe(mergeBase.slice(0, 12));
    expect(json.head).toBe('working tree');
    expect(json.changes.map((c: { task: string; change: string }) => `${c.task} ${c.change}`)).toEqual(['V.4.2a due', 'V.9.99 added']);
  });

  it('compares two revisions in text and markdown', async () => {
    const text = await de06(repo.root, 'diff', 'main', 'sua-doi');
    expect(text.stdout.split('\n')[0]).toBe('Thay đổi từ main đến sua-doi: 2 thay đổi');
    const md = await de06(repo.root, 'diff', 'main', 'HEAD', '--format', 'markdown');
    expect(md.stdout).toContain('| Nhiệm vụ V.4.2a | thời hạn | trước ngày 2026-06-25 | 2026-09-30 (muộn hơn 98 ngày) | ⚠️ chưa ghi văn bản cho phép |');
  });

  it('in a shallow clone, exits 2 with one line that says what to fetch', async () => {
    const clone = await tempDir('de06-shallow-cli-');
    await execa('git', ['clone', '-q', '--depth', '1', '--branch', 'sua-doi', `file://${repo.dir}`, clone]);
    const result = await de06(clone, 'diff', 'HEAD~1');
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('fetch-depth: 0');
  });
});

describe('de06 lint --base', () => {
  it('adds the amendment findings, positioned on the changed field, and exits 1', async () => {
    const result = await de06(repo.root, 'lint', '--base', 'main', '--format', 'json');
    expect(result.exitCode).toBe(1);
    const problems = JSON.parse(result.stdout).problems as { file: string; line: number; rule: string; severity: string }[];
    const authority = problems.filter((p) => p.rule === 'amendment-authority');
    expect(authority).toHaveLength(1);
    const line = (await repo.read(authority[0]!.file)).split('\n')[authority[0]!.line - 1];
    expect(line?.trim()).toBe('due: 2026-09-30');
    // as of today the old deadline (24/6/2026) has passed and nobody reported V.4.2a done
    expect(problems.some((p) => p.rule === 'amendment-overdue-move' && p.severity === 'warning')).toBe(true);
  });

  it('github format spends the annotation budget on the lines the pull request changed first', async () => {
    const result = await de06(repo.root, 'lint', '--base', 'main', '--format', 'github');
    const warnings = result.stdout.split('\n').filter((l) => l.startsWith('::warning '));
    expect(warnings).toHaveLength(10);
    // the new task's six-clear warning is last of ~80; it is annotated because its lines are new
    const newTaskLine = (await repo.read(NEW_TASK_FILE)).split('\n').indexOf('  - id: V.9.99') + 1;
    expect(warnings).toContainEqual(expect.stringContaining(`file=${NEW_TASK_FILE},line=${newTaskLine},`));
    const withoutBase = await de06(repo.root, 'lint', '--format', 'github');
    expect(withoutBase.stdout).not.toContain(`file=${NEW_TASK_FILE},line=${newTaskLine},`);
    expect(result.stdout).toMatch(/^::notice title=de06::.*\d+ cảnh báo/m);
  });

  it('--warnings-exit-code: the given code when there are warnings and no errors', async () => {
    const base = await tempDir('de06-warn-');
    await execa('git', ['clone', '-q', '--branch', 'main', repo.dir, base]);
    expect((await de06(base, 'lint', '--warnings-exit-code', '3')).exitCode).toBe(3);
    expect((await de06(base, 'lint')).exitCode).toBe(0);
    expect((await de06(repo.root, 'lint', '--base', 'main', '--warnings-exit-code', '3')).exitCode).toBe(1);
  });
});
