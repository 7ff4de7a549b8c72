import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { startMeter, type MeterStream } from '../../src/cli/meter.js';
import { BIN, FIXTURES, REPO } from '../helpers/plan.js';

/** A stderr that records what is written; `tty` says whether it is a terminal. */
function stream(tty: boolean, columns = 80): MeterStream & { text: () => string; writes: string[] } {
  const writes: string[] = [];
  return { isTTY: tty, columns, write: (s: string) => writes.push(s), writes, text: () => writes.join('') };
}

/** The line a terminal shows: each carriage return starts it again, the erase code clears it. */
function screen(text: string): string[] {
  const lines: string[] = [];
  for (const line of text.split('\n')) lines.push(line.split('\r').at(-1)!.replace('\u001b[2K', ''));
  return lines;
}

describe('the progress line of long work', () => {
  it('writes nothing at all when stderr is not a terminal (piped, CI)', () => {
    const err = stream(false);
    const meter = startMeter('Lập báo cáo', 3, err, () => 0);
    meter.step('đọc');
    meter.step('ghi');
    meter.done();
    expect(err.writes).toEqual([]);
  });

  it('on a terminal, shows the title, a bar, the step count and what is being done', () => {
    const err = stream(true);
    let clock = 0;
    const meter = startMeter('Lập báo cáo', 4, err, () => clock);
    meter.step('đọc và kiểm tra kế hoạch');
    expect(screen(err.text()).at(-1)).toBe(`Lập báo cáo [${'░'.repeat(20)}] 1/4 đọc và kiểm tra kế hoạch`);
    clock += 150;
    meter.step('tạo tệp docx');
    expect(screen(err.text()).at(-1)).toBe(`Lập báo cáo [${'█'.repeat(5)}${'░'.repeat(15)}] 2/4 tạo tệp docx`);
  });

  it('redraws at most every 100 ms, so a fast loop costs nothing', () => {
    const err = stream(true);
    const meter = startMeter('Biểu mẫu', 1000, err, () => 5);
    for (let i = 0; i < 1000; i++) meter.step();
    expect(err.writes).toHaveLength(1);
  });

  it('leaves an empty line when done, and draws nothing after', () => {
    const err = stream(true);
    const meter = startMeter('Lập báo cáo', 2, err, () => 0);
    meter.step('đọc');
    meter.done();
    meter.step('ghi');
    expect(screen(err.text())).toEqual(['']);
  });

  it('prints a note on a line of its own and redraws the progress line below it', () => {
    const err = stream(true);
    const meter = startMeter('Biểu mẫu', 2, err, () => 0);
    meter.step('so-yt');
    meter.note('Đơn vị so-tc chưa có email.');
    expect(screen(err.text())).toEqual(['Đơn vị so-tc chưa có email.', `Biểu mẫu [${'░'.repeat(20)}] 1/2 so-yt`]);
  });

  it('writes a note even when stderr is not a terminal', () => {
    const err = stream(false);
    startMeter('Biểu mẫu', 2, err, () => 0).note('Đơn vị so-tc chưa có email.');
    expect(err.text()).toBe('Đơn vị so-tc chưa có email.\n');
  });

  it('never draws wider than the terminal, so the line never wraps', () => {
    const err = stream(true, 30);
    startMeter('Lập báo cáo năm 2030', 5, err, () => 0).step('một việc có tên rất dài');
    expect([...screen(err.text()).at(-1)!].length).toBe(29);
  });
});

describe('de06 report in a terminal', () => {
  it('shows its progress on the terminal, then only the paths of the files it wrote and its warnings', async () => {
    const root = mkdtempSync(join(tmpdir(), 'de06-meter-'));
    cpSync(join(FIXTURES, 'report'), root, { recursive: true });
    try {
      // script(1) gives the command a real terminal, as a person at a console has
      const command = `node ${BIN} --root ${root} report --year 2026 --as-of 2026-08-09 --format docx,xlsx`;
      const run = await execa('script', ['-qec', command, '/dev/null'], { cwd: REPO, reject: false, env: { COLUMNS: '100' } });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(run.stdout).toContain('Lập báo cáo [');
      const lines = screen(run.stdout.replace(/\r\n/g, '\n')).filter((line) => line !== '');
      // a year report made in August says so (DESIGN §5), and names the narrative file it lacks
      expect(lines.filter((line) => !line.startsWith('de06: cảnh báo:'))).toEqual([
        'reports/2026/bao-cao-nam-2026.docx',
        'reports/2026/bao-cao-nam-2026.xlsx',
      ].map((path) => relative(REPO, join(root, path))));
      expect(lines.filter((line) => line.startsWith('de06: cảnh báo:'))).toHaveLength(2);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('site and progress form --all in a terminal', () => {
  it.each([
    ['site', ['site', '--as-of', '2026-08-09', '--out', 'SITE'], 'Dựng trang theo dõi ['],
    ['progress form --all', ['progress', 'form', '--all', '--period', '2026-07', '--as-of', '2026-08-09', '--out', 'FORMS'], 'Lập biểu mẫu ['],
  ])('%s shows its progress, then only the paths it wrote', async (_name, args, title) => {
    const root = mkdtempSync(join(tmpdir(), 'de06-meter-'));
    cpSync(join(FIXTURES, 'report'), root, { recursive: true });
    try {
      const argv = args.map((a) => (a === 'SITE' || a === 'FORMS' ? join(root, a.toLowerCase()) : a));
      const run = await execa('script', ['-qec', `node ${BIN} --root ${root} ${argv.join(' ')}`, '/dev/null'], { cwd: REPO, reject: false, env: { COLUMNS: '100' } });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(run.stdout).toContain(title);
      const lines = screen(run.stdout.replace(/\r\n/g, '\n')).filter((line) => line !== '');
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line).toMatch(/\.(html|xlsx)$/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
