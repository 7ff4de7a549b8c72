// Hostile and careless input, class by class (DESIGN §7): every problem in one run at its own
// line, nothing read from outside the repository, nothing silently left out.

import { chmodSync, renameSync, statSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, lintLines, makePlan, removePlan } from '../helpers/plan.js';

const made: string[] = [];
afterAll(() => made.forEach(removePlan));

function plan(files: Record<string, string | Uint8Array> = {}): string {
  const dir = makePlan(undefined, files);
  made.push(dir);
  return dir;
}

const TASKS = 'plan/tasks/III-3-kt.yaml';
const task = (body: string) => `section: III.3\ntitle: Kinh tế\ntasks:\n${body}`;
/** A task that is clear in every "6 rõ" aspect, so that only what a case plants is reported. */
const clear = (id: string, extra = '') =>
  `  - id: ${id}\n    title: Nhiệm vụ\n    lead: cat\n    authority: UBND tỉnh\n    due: 2026-09-30\n    result: Kết quả\n${extra}`;

async function cli(dir: string, ...args: string[]) {
  return execa('node', [BIN, '--root', dir, ...args], { reject: false, timeout: 30_000, env: { DE06_NOW: '2026-08-12T03:00:00Z' } });
}

describe('validity is per field: one schema error hides nothing else of its item', () => {
  it('a task with an impossible date still has its unknown unit, unknown objective and duplicate id reported', async () => {
    const dir = plan({ [TASKS]: task(
      '  - id: III.3.1\n    title: A\n    objective: G9\n    lead: so-khong-co\n    authority: UBND tỉnh\n    due: 2026-02-30\n    result: R\n' +
      clear('III.3.1')) });
    expect(await lintLines(dir)).toEqual([
      `${TASKS}:6:16 error unknown-reference`,
      `${TASKS}:7:11 error unknown-reference`,
      `${TASKS}:9:10 error schema`,
      `${TASKS}:11:9 error duplicate-id`,
    ]);
  });

  it('an unknown key is the only thing left out', async () => {
    const dir = plan({ [TASKS]: task(clear('III.3.1', '    owner: cat\n').replace('lead: cat', 'lead: ca')) });
    expect(await lintLines(dir)).toEqual([`${TASKS}:6:11 error unknown-reference`, `${TASKS}:10:5 error schema`]);
  });

  it('a field that failed its schema is not also reported missing', async () => {
    const dir = plan({ 'plan/progress/so-yt/2026-07.yaml': 'unit: so-yt\nperiod: 2026-07\nsubmitted: 2026-08-07\nupdates:\n  - task: III.2.2\n    status: done\n    done_on: 2026-07-32\n' });
    expect(await lintLines(dir)).toEqual(['plan/progress/so-yt/2026-07.yaml:7:14 error schema']);
  });
});

describe('positions never collapse to 1:1', () => {
  const unknownLead = clear('III.3.2').replace('lead: cat', 'lead: so-khong-co');
  for (const [name, value] of [
    ['!!binary', '!!binary "SGVsbG8="'], ['!!set', '!!set {a, b}'], ['!!timestamp', '!!timestamp 2026-07-01'],
    ['!!js/function', '!!js/function "function () { return 1 }"'], ['a custom !tag', '!ghi-chu "x"'],
  ]) {
    it(`a YAML tag (${name}) is an error at the tag, and the unknown unit two tasks on keeps its line`, async () => {
      const dir = plan({ [TASKS]: task(clear('III.3.1', `    note: ${value}\n`) + unknownLead) });
      expect(await lintLines(dir)).toEqual([
        `${TASKS}:10:11 error yaml-tag`,
        // a set is a mapping, where the note is text: the value, after its tag, is the wrong type
        ...(name === '!!set' ? [`${TASKS}:10:17 error schema`] : []),
        `${TASKS}:13:11 error unknown-reference`,
      ]);
    });
  }

  it('a NUL byte is an error where it stands, and the rest of the file keeps its lines', async () => {
    const dir = plan({ [TASKS]: task(clear('III.3.1').replace('title: Nhiệm vụ', 'title: Nhiệm\u0000 vụ') + unknownLead) });
    expect(await lintLines(dir)).toEqual([`${TASKS}:5:17 error yaml-syntax`, `${TASKS}:12:11 error unknown-reference`]);
  });

  it('CR-only line ends (old Mac files) are line ends', async () => {
    const dir = plan({ [TASKS]: task(clear('III.3.1') + unknownLead).replace(/\n/g, '\r') });
    expect(await lintLines(dir)).toEqual([`${TASKS}:12:11 error unknown-reference`]);
  });

  it('an undefined alias is reported as one, not as an alias bomb', async () => {
    const dir = plan({ [TASKS]: task(clear('III.3.1', '    note: *khong-co\n')) });
    const run = await cli(dir, 'lint', '--format', 'json');
    const problems = JSON.parse(run.stdout).problems;
    expect(problems).toEqual([expect.objectContaining({ line: 10, column: 11, rule: 'yaml-syntax', message: expect.stringContaining('"*khong-co"') })]);
    expect(problems[0].message).not.toMatch(/quá nhiều bí danh/);
  });

  it('an unclosed [ is reported at the bracket, not as bad indentation of the next line', async () => {
    const dir = plan({ [TASKS]: task('  - id: III.3.1\n    pillars: [du-lieu, phap-ly\n    title: A\n') });
    const run = await cli(dir, 'lint', '--format', 'json');
    expect(JSON.parse(run.stdout).problems).toEqual([expect.objectContaining({ line: 5, column: 14, message: expect.stringContaining('"["') })]);
  });

  it('a document that is one value says so in words, not "…không phải object"', async () => {
    const dir = plan({ [TASKS]: '"chỉ một dòng chữ"\n' });
    const run = await cli(dir, 'lint', '--format', 'json');
    const [problem] = JSON.parse(run.stdout).problems;
    expect(problem).toMatchObject({ line: 1, column: 1, rule: 'schema' });
    expect(problem.message).toContain('một giá trị đơn lẻ');
    expect(problem.message).not.toMatch(/object/);
  });

  it('a second %YAML directive is an error on its line, though yaml lets it pass', async () => {
    const dir = plan({ [TASKS]: '%YAML 1.2\n%YAML 1.2\n---\n' + task(clear('III.3.1')) });
    expect(await lintLines(dir)).toEqual([`${TASKS}:2:1 error yaml-syntax`]);
  });

  it('a collection used as a key is a finding at the key, and Node prints no warning', async () => {
    const dir = plan({ [TASKS]: task(clear('III.3.1', '    ? [a, b]\n    : x\n')) });
    const run = await cli(dir, 'lint', '--format', 'json');
    expect(JSON.parse(run.stdout).problems).toEqual([expect.objectContaining({ line: 10, column: 7, rule: 'yaml-syntax' })]);
    expect(run.stderr).toBe('');
  });
});

describe('nothing leaks through a symbolic link', () => {
  const SECRET = 'de06-bi-mat-khong-duoc-in-ra';
  const formats = ['stylish', 'json', 'github', 'sarif', 'junit', 'markdown'];

  it('a link to /proc/self/environ is unsafe-path, never read, in every output format', async () => {
    const dir = plan();
    symlinkSync('/proc/self/environ', join(dir, 'plan/tasks/x.yaml'));
    for (const format of formats) {
      const run = await execa('node', [BIN, '--root', dir, 'lint', '--format', format], { reject: false, env: { DE06_SECRET_TOKEN: SECRET } });
      expect(run.exitCode, format).toBe(1);
      expect(run.stdout + run.stderr, format).not.toContain(SECRET);
      expect(run.stdout, format).toContain('unsafe-path');
    }
  });

  it('a linked folder, a link inside the repository and a dangling link are reported too', async () => {
    const dir = plan({ 'notes/a.yaml': 'x: 1\n' });
    symlinkSync('/etc', join(dir, 'plan/tasks/etc'));
    symlinkSync('../../notes/a.yaml', join(dir, 'plan/tasks/III-9.yaml'));
    symlinkSync('/nowhere/at/all.yaml', join(dir, 'plan/tasks/III-8.yaml'));
    expect(await lintLines(dir)).toEqual([
      'plan/tasks/III-8.yaml:1:1 error unsafe-path',
      'plan/tasks/III-9.yaml:1:1 error unsafe-path',
      'plan/tasks/etc:1:1 error unsafe-path',
    ]);
  });

  it('plan/ itself being a link is reported, and its files are not read', async () => {
    const dir = plan();
    const real = join(dir, 'real-plan');
    renameSync(join(dir, 'plan'), real);
    symlinkSync(real, join(dir, 'plan'));
    const lines = await lintLines(dir);
    expect(lines).toContain('plan/:1:1 error unsafe-path');
  });

  it('a FIFO where a file should be is reported, and does not hang the run', async () => {
    const dir = plan();
    await execa('mkfifo', [join(dir, 'plan/tasks/III-7.yaml')]);
    const run = await cli(dir, 'lint', '--format', 'json');
    expect(run.timedOut).toBe(false);
    expect(JSON.parse(run.stdout).problems).toEqual([expect.objectContaining({ file: 'plan/tasks/III-7.yaml', rule: 'unreadable' })]);
  });
});

describe('an unreadable folder is an error, never a smaller plan', () => {
  // root reads every folder whatever its mode: the check runs as an ordinary user. That user must
  // reach de06 itself: a checkout inside a folder only root may enter (mktemp -d makes one) gets
  // the right to pass through (never to list) for the length of these tests, then its mode back.
  const opened: [string, number][] = [];
  beforeAll(() => {
    if (process.getuid?.() !== 0) return;
    for (let dir = dirname(BIN); dir !== dirname(dir); dir = dirname(dir)) {
      const mode = statSync(dir).mode & 0o7777;
      if ((mode & 0o001) === 0) {
        chmodSync(dir, mode | 0o001);
        opened.push([dir, mode]);
      }
    }
  });
  afterAll(() => opened.forEach(([dir, mode]) => chmodSync(dir, mode)));
  const asUser = (dir: string, ...args: string[]) => process.getuid?.() === 0
    ? execa('runuser', ['-u', 'nobody', '--', 'node', BIN, '--root', dir, ...args], { reject: false, env: { DE06_NOW: '2026-08-12T03:00:00Z' } })
    : cli(dir, ...args);

  for (const folder of ['plan/tasks', 'plan/progress/so-yt']) {
    it(`${folder}/ without read permission: lint is red, status and report refuse or say so`, async () => {
      const dir = plan({ 'plan/progress/so-yt/2026-07.yaml': 'unit: so-yt\nperiod: 2026-07\nsubmitted: 2026-08-07\nupdates: []\n' });
      chmodSync(dir, 0o755);
      chmodSync(join(dir, folder), 0o000);
      const lint = await asUser(dir, 'lint', '--format', 'json');
      expect(lint.exitCode).toBe(1);
      expect(JSON.parse(lint.stdout).problems).toContainEqual(expect.objectContaining({ file: `${folder}/`, rule: 'unreadable', severity: 'error' }));
      const report = await asUser(dir, 'report', '--month', '2026-07', '--format', 'json');
      expect(report.exitCode).toBe(1);
      chmodSync(join(dir, folder), 0o755);
    });
  }
});

describe('bad values are refused at their place', () => {
  it('within_days: 1e12 is out of bounds', async () => {
    const dir = plan({ [TASKS]: task(clear('III.3.1').replace('due: 2026-09-30', 'due: {after: văn bản ban hành, within_days: 1e12}')) });
    expect(await lintLines(dir)).toEqual([`${TASKS}:8:49 error schema`]);
  });

  it('overdue --within past ten years is a usage error', async () => {
    const run = await cli(plan(), 'overdue', '--within', '3000000');
    expect(run.exitCode).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('lint of a path that does not exist is exit 2, never a green run', async () => {
    const run = await cli(plan(), 'lint', 'khong-co.yaml');
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
  });

  for (const now of ['2026-08-12T03:00:00', '2026-02-30T03:00:00Z', '12/08/2026']) {
    it(`DE06_NOW=${now} is refused: an offset and a real day are required`, async () => {
      const run = await execa('node', [BIN, '--root', plan(), 'status'], { reject: false, env: { DE06_NOW: now } });
      expect(run.exitCode).toBe(2);
      expect(run.stderr).toContain('DE06_NOW');
    });
  }
});
