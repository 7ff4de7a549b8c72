// `de06 progress form` (DESIGN §2.7) end to end: which units get a form, what refuses, and what a
// form's rows are, read back with exceljs.

import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { de06, planCopy, removeCopies } from './helpers.js';

afterAll(removeCopies);

const files = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);

async function rows(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet('Báo cáo')!;
  const out: string[][] = [];
  const shown = (v: ExcelJS.CellValue) => (v instanceof Date ? v.toISOString().slice(0, 10) : v === null ? '' : String(v));
  for (let r = 11; r <= ws.rowCount; r++) out.push([2, 5, 6, 7, 8, 9].map((c) => shown(ws.getCell(r, c).value)));
  const id = wb.getWorksheet('_de06')!;
  const identity: string[][] = [];
  for (let r = 11; r <= id.rowCount; r++) identity.push([1, 2, 3, 4].map((c) => String(id.getCell(r, c).text)));
  return { table: out, identity, submitted: ws.getCell('C7').value };
}

describe('progress form: which units', () => {
  it('--all writes one form per unit of reporting.from, the standing unit left out', async () => {
    // base plan: reporting.from so-nganh = cat, vp-ubnd, so-yt; cat is the standing unit
    const root = planCopy('base');
    const result = await de06(root, ['progress', 'form', '--all', '--period', '2026-07', '--out', join(root, 'out')]);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(files(join(root, 'out'))).toEqual(['so-yt.xlsx', 'vp-ubnd.xlsx']);
  });

  it('writes to forms/<period>/ of the plan repository by default', async () => {
    const root = planCopy();
    const result = await de06(root, ['progress', 'form', '--unit', 'so-yt', '--period', '2026-05']);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(files(join(root, 'forms', '2026-05'))).toEqual(['so-yt.xlsx']);
  });

  it('--unit takes several units and groups, a unit once', async () => {
    const root = planCopy();
    const out = join(root, 'out');
    const result = await de06(root, ['progress', 'form', '--unit', 'so-yt', 'dia-phuong', '--unit', 'so-nganh', '--period', '2026-05', '--out', out]);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(files(out)).toEqual(['cat.xlsx', 'so-tc.xlsx', 'so-yt.xlsx', 'xa-mau.xlsx']);
    expect(result.stdout.trim().split('\n')).toHaveLength(4);
  });

  it.each([
    ['neither --unit nor --all', ['--period', '2026-05']],
    ['both --unit and --all', ['--all', '--unit', 'so-yt', '--period', '2026-05']],
  ])('refuses %s with the usage line, exit 2', async (_, args) => {
    const root = planCopy();
    const result = await de06(root, ['progress', 'form', ...args, '--out', join(root, 'out')]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('--unit <mã đơn vị>');
    expect(result.stderr).not.toMatch(/lỗi nội bộ|at .*\.js:\d+/);
    expect(files(join(root, 'out'))).toEqual([]);
  });

  it('an unknown unit is refused with the nearest id suggested', async () => {
    const root = planCopy();
    const result = await de06(root, ['progress', 'form', '--unit', 'so-y', '--period', '2026-05', '--out', join(root, 'out')]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('"so-y"');
    expect(result.stderr).toContain('có phải "so-yt"?');
    expect(files(join(root, 'out'))).toEqual([]);
  });

  it('a bad period is refused', async () => {
    const root = planCopy();
    const result = await de06(root, ['progress', 'form', '--unit', 'so-yt', '--period', '2026-13', '--out', join(root, 'out')]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('kỳ "2026-13" không hợp lệ');
  });
});

describe('progress form: never over a form without --force', () => {
  it('refuses when one of the forms exists, and writes none of them; --force writes all', async () => {
    const root = planCopy();
    const out = join(root, 'out');
    expect((await de06(root, ['progress', 'form', '--unit', 'so-yt', '--period', '2026-05', '--out', out])).exitCode).toBe(0);
    const before = readFileSync(join(out, 'so-yt.xlsx'));
    const refused = await de06(root, ['progress', 'form', '--unit', 'so-nganh', '--period', '2026-05', '--out', out]);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain('so-yt.xlsx');
    expect(refused.stderr).toContain('--force');
    expect(files(out)).toEqual(['so-yt.xlsx']);
    expect(readFileSync(join(out, 'so-yt.xlsx')).equals(before)).toBe(true);
    const forced = await de06(root, ['progress', 'form', '--unit', 'so-nganh', '--period', '2026-05', '--out', out, '--force']);
    expect(forced.exitCode, forced.stderr).toBe(0);
    expect(files(out)).toEqual(['cat.xlsx', 'so-tc.xlsx', 'so-yt.xlsx']);
  });

  it('the same plan, period and day give the same bytes', async () => {
    const root = planCopy();
    for (const dir of ['a', 'b']) expect((await de06(root, ['progress', 'form', '--all', '--period', '2026-05', '--out', join(root, dir)])).exitCode).toBe(0);
    for (const name of files(join(root, 'a'))) expect(readFileSync(join(root, 'b', name)).equals(readFileSync(join(root, 'a', name))), name).toBe(true);
    rmSync(join(root, 'b'), { recursive: true });
  });
});

describe("progress form: a unit's rows", () => {
  it("are its open lead items as the report falls due, one per open occurrence, with what it said of each before", async () => {
    const root = planCopy();
    const out = join(root, 'out');
    expect((await de06(root, ['progress', 'form', '--unit', 'so-yt', '--period', '2026-05', '--out', out])).exitCode).toBe(0);
    const { table, identity, submitted } = await rows(join(out, 'so-yt.xlsx'));
    // Mã nhiệm vụ, Kỳ, Tình trạng kỳ trước, Tình trạng, Tỷ lệ, Ngày hoàn thành
    expect(table).toEqual([
      ['II.3', '', 'Đang thực hiện', '', '', ''],
      // March was reported in progress (2026-03.yaml) and is still open; May's was never reported,
      // although April's occurrence was reported done later
      ['II.7', 'tháng 3/2026', 'Đang thực hiện', '', '', ''],
      ['II.7', 'tháng 5/2026', 'Chưa báo cáo', '', '', ''],
    ]);
    // done items (II.1, II.5, II.7 of January, February, April) are not asked again
    expect(identity).toEqual([
      ['task', '11', 'II.3', ''],
      ['task', '12', 'II.7', '2026-03'],
      ['task', '13', 'II.7', '2026-05'],
    ]);
    expect(submitted).toBeNull();
  });

  it("of a period with a progress file are that file's updates first, prefilled, then the other open items", async () => {
    const root = planCopy();
    const out = join(root, 'out');
    expect((await de06(root, ['progress', 'form', '--unit', 'so-yt', '--period', '2026-04', '--out', out])).exitCode).toBe(0);
    const { table, submitted } = await rows(join(out, 'so-yt.xlsx'));
    expect(table).toEqual([
      ['II.7', 'tháng 4/2026', 'Chưa báo cáo', 'Đã hoàn thành', '', '2026-05-06'],
      ['II.5', '', 'Chưa báo cáo', 'Đã hoàn thành', '', '2026-05-05'],
      ['II.3', '', 'Đang thực hiện', 'Đang thực hiện', '40', ''],
      ['II.7', 'tháng 3/2026', 'Đang thực hiện', '', '', ''],
      ['II.7', 'tháng 5/2026', 'Chưa báo cáo', '', '', ''],
    ]);
    expect(submitted).toEqual(new Date(Date.UTC(2026, 4, 6)));
  });
});
