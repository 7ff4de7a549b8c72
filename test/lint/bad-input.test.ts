// DESIGN §7: no input crashes the tool. Each bad file is a diagnostic at its place (exit 1) or one
// clear line (exit 2); never a stack trace, never a hang.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, lintLines, makePlan, removePlan } from '../helpers/plan.js';

const made: string[] = [];
afterAll(() => made.forEach(removePlan));

function plan(files: Record<string, string | Uint8Array>): string {
  const dir = makePlan(undefined, files);
  made.push(dir);
  return dir;
}

const TASKS = 'plan/tasks/III-3-kt.yaml';
const task = (body: string) => `section: III.3\ntitle: Kinh tế\ntasks:\n${body}`;

async function cli(dir: string, ...args: string[]) {
  return execa('node', [BIN, '--root', dir, ...args], { reject: false, timeout: 30_000 });
}

describe('bad input', () => {
  it('malformed YAML: an unclosed quote is one yaml-syntax error, where the parser runs out', async () => {
    const dir = plan({ [TASKS]: task('  - id: III.3.1\n    title: "chưa đóng nháy\n    lead: cat\n') });
    expect(await lintLines(dir)).toEqual([`${TASKS}:7:1 error yaml-syntax`]);
  });

  it('malformed YAML: an unclosed bracket is one yaml-syntax error', async () => {
    const dir = plan({ [TASKS]: task('  - id: III.3.1\n    pillars: [du-lieu\n    title: A\n') });
    const lines = await lintLines(dir);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/error yaml-syntax$/);
  });

  it('duplicate keys: the second key is reported', async () => {
    const dir = plan({ [TASKS]: task('  - id: III.3.1\n    title: A\n    title: B\n') });
    // the rest of the file still counts: the task is checked for everything else too
    expect(await lintLines(dir)).toEqual([`${TASKS}:4:9 warning six-clear`, `${TASKS}:6:5 error duplicate-key`]);
  });

  it('tabs used for indentation are reported where they stand', async () => {
    const dir = plan({ [TASKS]: task('  - id: III.3.1\n\ttitle: A\n') });
    expect((await lintLines(dir))[0]).toBe(`${TASKS}:5:1 error yaml-syntax`);
  });

  it('a BOM is read, with a warning', async () => {
    const dir = plan({ 'plan/units.yaml': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('units:\n  - {id: cat, name: Công an tỉnh}\n  - {id: vp-ubnd, name: VP}\n  - {id: so-yt, name: Sở Y tế}\ngroups:\n  - {id: so-nganh, name: Sở ngành, members: [cat, vp-ubnd, so-yt]}\n')]) });
    expect(await lintLines(dir)).toEqual(['plan/units.yaml:1:1 warning encoding']);
  });

  it('bytes that are not UTF-8 (a Windows-1258 file) are an error at the first bad byte', async () => {
    const bytes = Buffer.concat([Buffer.from(task('  - id: III.3.1\n    title: S'), 'utf8'), Buffer.from([0xf4]), Buffer.from(' Y t\n', 'utf8')]);
    const dir = plan({ [TASKS]: bytes });
    expect(await lintLines(dir)).toEqual([`${TASKS}:5:13 error encoding`]);
  });

  it('an alias bomb is refused quickly instead of expanded', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(',')}]`);
    }
    const dir = plan({ [TASKS]: levels.join('\n') + '\n' });
    const started = performance.now();
    const lines = await lintLines(dir);
    expect(performance.now() - started).toBeLessThan(5000);
    // the first alias: `*a` on line 2
    expect(lines).toEqual([`${TASKS}:2:8 error yaml-syntax`]);
  });

  it('a __proto__ key is an unknown field, and pollutes nothing', async () => {
    const dir = plan({ [TASKS]: task('  - id: III.3.1\n    title: A\n    __proto__: {polluted: true}\n') });
    expect(await lintLines(dir)).toContain(`${TASKS}:6:5 error schema`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('an impossible date (2026-02-30) is a schema error on the value', async () => {
    const dir = plan({ [TASKS]: task('  - id: III.3.1\n    title: A\n    due: 2026-02-30\n') });
    expect(await lintLines(dir)).toContain(`${TASKS}:6:10 error schema`);
  });

  it('a 50 MB file is refused by its size, without being read', async () => {
    const dir = plan({ [TASKS]: Buffer.alloc(50 * 1024 * 1024, 0x61) });
    const started = performance.now();
    expect(await lintLines(dir)).toEqual([`${TASKS}:1:1 error unreadable`]);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('an empty file is reported', async () => {
    const dir = plan({ [TASKS]: '' });
    expect(await lintLines(dir)).toEqual([`${TASKS}:1:1 error yaml-syntax`]);
  });

  it('a file holding only a comment is empty too', async () => {
    const dir = plan({ [TASKS]: '# chưa có nội dung\n' });
    expect(await lintLines(dir)).toEqual([`${TASKS}:1:1 error yaml-syntax`]);
  });

  it('a folder where a file should be is reported', async () => {
    const dir = plan({});
    mkdirSync(join(dir, TASKS));
    writeFileSync(join(dir, TASKS, 'x.txt'), 'x');
    expect(await lintLines(dir)).toEqual([`${TASKS}:1:1 error unreadable`]);
  });

  it('a list where a mapping should be is a schema error on the file', async () => {
    const dir = plan({ [TASKS]: '- a\n- b\n' });
    expect(await lintLines(dir)).toEqual([`${TASKS}:1:1 error schema`]);
  });

  it('several documents in one file are reported', async () => {
    const dir = plan({ [TASKS]: task('  - id: III.3.1\n    title: A\n') + '---\nx: 1\n' });
    expect((await lintLines(dir))[0]).toMatch(/error yaml-syntax$/);
  });
});

describe('bad input through the binary', () => {
  it('prints diagnostics, never a stack trace, and exits 1', async () => {
    const dir = plan({ [TASKS]: task('  - id: III.3.1\n\ttitle: A\n'), 'plan/tasks/III-4-x.yaml': '' });
    const run = await cli(dir, 'lint');
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(`${TASKS}:5:1`);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('a folder without a plan is one clear line and exit 2', async () => {
    const run = await execa('node', [BIN, 'lint'], { reject: false, cwd: '/' });
    expect(run.exitCode).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('plan/plan.yaml');
  });

  it('plan.yaml being a folder is a diagnostic, not a crash', async () => {
    const dir = plan({});
    const { rmSync } = await import('node:fs');
    rmSync(join(dir, 'plan/units.yaml'));
    mkdirSync(join(dir, 'plan/units.yaml'));
    const run = await cli(dir, 'lint', '--format', 'json');
    expect(run.exitCode).toBe(1);
    const problems = JSON.parse(run.stdout).problems as { file: string; rule: string }[];
    expect(problems.map((p) => `${p.file} ${p.rule}`)).toContain('plan/units.yaml unreadable');
  });
});
