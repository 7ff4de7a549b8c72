// de06 lint as a user runs it: the built binary, through execa.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, FIXTURES, REPO, makePlan, removePlan } from '../helpers/plan.js';

const made: string[] = [];
afterAll(() => made.forEach(removePlan));
const broken = () => {
  const dir = makePlan(join(FIXTURES, 'rules', 'unknown-reference'));
  made.push(dir);
  return dir;
};
const de06 = (args: string[], env: Record<string, string> = {}) =>
  execa('node', [BIN, ...args], { reject: false, env: { NO_COLOR: '1', ...env }, extendEnv: true, timeout: 30_000 });

describe('de06 lint on the shipped plan', () => {
  it('exits 0: its findings are six-clear warnings, listed', async () => {
    const run = await de06(['--root', REPO, 'lint']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/cảnh báo \[six-clear\] Nhiệm vụ III\.1\.1 chưa đủ "6 rõ"/);
    expect(run.stdout).toMatch(/✖ 0 lỗi, \d+ cảnh báo trong \d+ tệp/);
  });

  it('--strict makes the warnings fail the run', async () => {
    expect((await de06(['--root', REPO, 'lint', '--strict'])).exitCode).toBe(1);
  });

  it('--max-warnings N fails only past N', async () => {
    const json = JSON.parse((await de06(['--root', REPO, 'lint', '--format', 'json'])).stdout);
    const n = json.warningCount as number;
    expect((await de06(['--root', REPO, 'lint', '--max-warnings', String(n)])).exitCode).toBe(0);
    expect((await de06(['--root', REPO, 'lint', '--max-warnings', String(n - 1)])).exitCode).toBe(1);
  });

  it('finds the plan from a folder inside it, as git does', async () => {
    const run = await execa('node', [BIN, 'lint', '--format', 'json'], { cwd: join(REPO, 'plan', 'tasks'), reject: false });
    expect(JSON.parse(run.stdout).ok).toBe(true);
  });
});

describe('de06 lint on a broken plan', () => {
  it('--format json has exactly the DESIGN §4 shape', async () => {
    const run = await de06(['--root', broken(), 'lint', '--format', 'json']);
    expect(run.exitCode).toBe(1);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(['ok', 'errorCount', 'warningCount', 'fileCount', 'problems']);
    expect(out.ok).toBe(false);
    expect(out.errorCount).toBe(6);
    for (const p of out.problems) {
      expect(Object.keys(p)).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'rule', 'message']);
    }
    expect(out.problems[0]).toEqual({
      file: 'plan/progress/so-yt/2026-07.yaml', line: 5, column: 11, endLine: 5, endColumn: 18,
      severity: 'error', rule: 'unknown-reference', message: 'Không có nhiệm vụ nào mang mã "III.2.9".',
    });
    expect(run.stderr).toBe('');
  });

  it('stylish shows the line, a caret under the value and a fix with a suggestion', async () => {
    const run = await de06(['--root', broken(), 'lint']);
    expect(run.stdout).toContain('plan/tasks/III-3-kt.yaml:8:11');
    expect(run.stdout).toContain('    lead: so-y');
    expect(run.stdout).toMatch(/\n\s+\|\s+\^{4}\n/);
    expect(run.stdout).toContain('Có phải là "so-yt"?');
  });

  it('--lang en (and DE06_LANG=en) speak English', async () => {
    expect((await de06(['--root', broken(), '--lang', 'en', 'lint'])).stdout).toContain('No unit or group has the id "so-y".');
    expect((await de06(['--root', broken(), 'lint'], { DE06_LANG: 'en' })).stdout).toContain('Did you mean "so-yt"?');
  });

  it('github: annotations with line=, and a Markdown summary appended to $GITHUB_STEP_SUMMARY', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'de06-summary-'));
    const summary = join(dir, 'summary.md');
    const run = await de06(['--root', broken(), 'lint', '--format', 'github'], { GITHUB_STEP_SUMMARY: summary });
    expect(run.stdout).toContain('::error file=plan/tasks/III-3-kt.yaml,line=8,col=11');
    expect(readFileSync(summary, 'utf8')).toContain('| plan/tasks/III-3-kt.yaml:8:11 |');
    rmSync(dir, { recursive: true });
  });

  it('sarif 2.1.0, junit and markdown are well-formed', async () => {
    const sarif = JSON.parse((await de06(['--root', broken(), 'lint', '--format', 'sarif'])).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine).toBe(5);
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain('six-clear');
    const junit = (await de06(['--root', broken(), 'lint', '--format', 'junit'])).stdout;
    expect(junit).toMatch(/^<\?xml/);
    expect(junit.match(/<failure /g)).toHaveLength(6);
    expect((await de06(['--root', broken(), 'lint', '--format', 'markdown'])).stdout).toContain('unknown-reference');
  });

  it('paths limit what is reported, not what is read', async () => {
    const dir = broken();
    const run = await de06(['--root', dir, 'lint', '--format', 'json', join(dir, 'plan', 'progress')]);
    const files = new Set(JSON.parse(run.stdout).problems.map((p: { file: string }) => p.file));
    expect([...files]).toEqual(['plan/progress/so-yt/2026-07.yaml']);
  });
});

describe('de06 lint --quiet and the count by rule', () => {
  it('--quiet shows errors only, and says how many warnings it left out', async () => {
    const all = JSON.parse((await de06(['--root', REPO, 'lint', '--format', 'json'])).stdout);
    expect(all.warningCount).toBeGreaterThan(0);
    const run = await de06(['--root', REPO, 'lint', '--quiet']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).not.toContain('cảnh báo [');
    expect(run.stdout.trim()).toBe(`✔ Không có lỗi (${all.fileCount} tệp); ${all.warningCount} cảnh báo không hiện (--quiet)`);
  });

  it('--quiet keeps every error, in every format, and --max-warnings still counts the warnings', async () => {
    const dir = broken();
    const all = JSON.parse((await de06(['--root', dir, 'lint', '--format', 'json'])).stdout);
    const quiet = JSON.parse((await de06(['--root', dir, 'lint', '--format', 'json', '-q'])).stdout);
    expect(quiet.problems).toEqual(all.problems.filter((p: { severity: string }) => p.severity === 'error'));
    expect(quiet.errorCount).toBe(all.errorCount);
    const strict = await de06(['--root', REPO, 'lint', '--quiet', '--max-warnings', '0']);
    expect(strict.exitCode).toBe(1);
  });

  it('stylish ends with the number of problems of each rule, as the json counts them', async () => {
    const dir = broken();
    const problems = JSON.parse((await de06(['--root', dir, 'lint', '--format', 'json'])).stdout).problems as { rule: string; severity: string }[];
    const stdout = (await de06(['--root', dir, 'lint'])).stdout.trimEnd().split('\n');
    const block = stdout.slice(stdout.indexOf('Theo quy tắc:') + 1, -2).map((line) => line.trim().split(/\s{2,}/));
    const byRule = new Map(block.map(([rule, counts]) => [rule!, counts!]));
    expect(new Set(byRule.keys())).toEqual(new Set(problems.map((p) => p.rule)));
    for (const [rule, counts] of byRule) {
      const errors = problems.filter((p) => p.rule === rule && p.severity === 'error').length;
      const warnings = problems.filter((p) => p.rule === rule && p.severity === 'warning').length;
      expect(counts).toBe([errors ? `${errors} lỗi` : '', warnings ? `${warnings} cảnh báo` : ''].filter(Boolean).join(', '));
    }
  });
});

describe('usage errors are one line and exit 2', () => {
  it('a path that does not exist, or lies outside the repository, is never a green run', async () => {
    for (const path of [join(REPO, 'plan', 'tasks', 'khong-co.yaml'), tmpdir()]) {
      const run = await de06(['--root', REPO, 'lint', path]);
      expect(run.exitCode).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it.each([
    [['lint', '--format', 'xml']],
    [['lint', '--max-warnings', 'nhiều']],
    [['lint', '--bogus']],
    [['--lang', 'fr', 'lint']],
  ])('%j', async (args) => {
    const run = await de06(['--root', REPO, ...args]);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('commander\'s own errors speak Vietnamese, with its suggestion', async () => {
    const run = await de06(['--root', REPO, 'lint', '--formt', 'json']);
    expect(run.stderr).toContain('de06: không có tùy chọn "--formt". Có phải là --format?');
    expect((await de06(['--root', REPO, 'statu'])).stderr).toContain('de06: không có lệnh "statu". Có phải là status?');
  });

  it('--root pointing at a folder without a plan', async () => {
    const run = await de06(['--root', tmpdir(), 'lint']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
