// The progress form (DESIGN §2.7, issue 9) through programs that did not write it: openpyxl fills
// it as a clerk would (test/forms/fill.py) and reads its look (read-form.py); LibreOffice saves it
// again as a unit's spreadsheet program would, and as the wrong formats people send back. The
// imports must agree to the byte. A missing program fails the tests, saying what to install.

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { de06, planCopy, progressFiles, removeCopies } from '../forms/helpers.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const PYTHON = '/usr/bin/python3';
const INSTALL = 'apt-get install -y --no-install-recommends libreoffice-calc python3-openpyxl';

function requireTools(): void {
  const missing = ([['soffice', ['soffice', '--version']], ['python3-openpyxl', [PYTHON, '-c', 'import openpyxl']]] as const)
    .filter(([, [cmd, ...args]]) => {
      try {
        execFileSync(cmd, args, { stdio: 'ignore', timeout: 60_000 });
        return false;
      } catch {
        return true;
      }
    })
    .map(([name]) => name);
  if (missing.length > 0) throw new Error(`the form round trips need ${missing.join(', ')}; install them with: ${INSTALL}`);
}

afterAll(removeCopies);

/** Fills FORM into OUT with openpyxl, by fill.py's SPEC. */
function fill(form: string, out: string, spec: unknown): string {
  const specPath = `${out}.json`;
  writeFileSync(specPath, JSON.stringify(spec));
  execFileSync(PYTHON, [join(HERE, '..', 'forms', 'fill.py'), form, out, specPath], { stdio: 'pipe' });
  return out;
}

/** The file converted by LibreOffice headless, with its own profile; returns the new file. */
function soffice(file: string, to: string, outDir: string): string {
  execFileSync('soffice', [`-env:UserInstallation=file://${join(outDir, '.profile')}`, '--headless', '--convert-to', to, '--outdir', outDir, file], { stdio: 'ignore', timeout: 180_000 });
  const ext = to.split(':')[0]!;
  const made = readdirSync(outDir).find((n) => n === file.split('/').pop()!.replace(/\.xlsx$/, `.${ext}`));
  if (!made) throw new Error(`LibreOffice did not write ${to} of ${file}`);
  return join(outDir, made);
}

/** The YAML `progress import --dry-run --format json` would write for one form (over any file). */
async function yamlOf(root: string, file: string): Promise<string> {
  const result = await de06(root, ['progress', 'import', file, '--dry-run', '--force', '--format', 'json']);
  const json = JSON.parse(result.stdout);
  expect(json.problems, result.stdout).toEqual([]);
  expect(result.exitCode).toBe(0);
  return json.forms[0].yaml as string;
}

const NFD = (s: string) => s.normalize('NFD');

describe('the progress form filled by openpyxl and saved again by LibreOffice', () => {
  let root: string;
  let form: string;
  beforeAll(async () => {
    requireTools();
    root = planCopy();
    const made = await de06(root, ['progress', 'form', '--unit', 'so-yt', '--period', '2026-05', '--out', join(root, 'out')]);
    expect(made.exitCode, made.stderr).toBe(0);
    form = join(root, 'out', 'so-yt.xlsx');
  });

  it('dates as date cells, serial numbers or dd/mm/yyyy text, numbers as text, labels in NFD with stray spaces: the YAML says what the clerk meant', async () => {
    const filled = fill(form, join(root, 'filled.xlsx'), {
      submitted: 'date:2026-06-04',
      document: '  45/BC-SYT ',
      rows: {
        11: { G: `  ${NFD('Đang thực hiện')}  `, H: ' 60 ', J: 'Đã chạy thử\nở 3 xã', K: 'Quyết định 1\nBiên bản 2', L: 'Thiếu kinh phí' },
        // 46176 is 2026-06-03 in Excel's 1900 date system
        12: { G: NFD('Đã hoàn thành'), I: 46176 },
        13: { G: 'Đã hoàn thành ', I: '02/06/2026' },
      },
      proposals: ['Bổ sung kinh phí'],
    });
    const yaml = await yamlOf(root, filled);
    expect(parse(yaml)).toEqual({
      unit: 'so-yt',
      period: '2026-05',
      submitted: '2026-06-04',
      document: '45/BC-SYT',
      updates: [
        { task: 'II.3', status: 'in_progress', percent: 60, note: 'Đã chạy thử\nở 3 xã', evidence: ['Quyết định 1', 'Biên bản 2'], problems: 'Thiếu kinh phí' },
        { task: 'II.7', status: 'done', done_on: '2026-06-03', occurrence: '2026-03' },
        { task: 'II.7', status: 'done', done_on: '2026-06-02', occurrence: '2026-05' },
      ],
      proposals: ['Bổ sung kinh phí'],
    });

    // the same form after LibreOffice has opened and saved it: the same bytes
    const resaved = soffice(filled, 'xlsx', join(root, 'resaved'));
    expect(await yamlOf(root, resaved)).toBe(yaml);

    // and written for real, twice: the same file, "không thay đổi" the second time
    const first = await de06(root, ['progress', 'import', resaved]);
    expect(first.exitCode, first.stdout).toBe(0);
    const written = readFileSync(join(root, 'plan', 'progress', 'so-yt', '2026-05.yaml'), 'utf8');
    expect(written).toBe(yaml);
    const again = await de06(root, ['progress', 'import', filled]);
    expect(again.stdout).toContain('không thay đổi');
    rmSync(join(root, 'plan', 'progress', 'so-yt', '2026-05.yaml'));
  });

  it('a bad value still points at its cell after LibreOffice saved the form', async () => {
    const filled = fill(form, join(root, 'bad.xlsx'), { submitted: '04/06/2026', rows: { 11: { G: 'Xong', H: 150 } } });
    const resaved = soffice(filled, 'xlsx', join(root, 'bad-resaved'));
    for (const file of [filled, resaved]) {
      const result = await de06(root, ['progress', 'import', file]);
      expect(result.exitCode).toBe(1);
      expect(result.stdout).toContain(`${file}!Báo cáo!G11`);
      expect(result.stdout).toContain(`${file}!Báo cáo!H11`);
    }
  });

  it('saved by LibreOffice as .xls, .ods or .csv and renamed .xlsx: one clear line each, exit 1, nothing written', async () => {
    const before = progressFiles(root);
    const filled = fill(form, join(root, 'wrong.xlsx'), { submitted: '04/06/2026', rows: { 11: { G: 'Đang thực hiện' } } });
    const cases = [
      ['xls', 'Tệp ở định dạng Excel 97–2003 (.xls)'],
      ['ods', 'Tệp ở định dạng OpenDocument (.ods)'],
      ['csv', 'Tệp không phải một sổ làm việc Excel .xlsx (có thể là .csv'],
    ] as const;
    for (const [ext, line] of cases) {
      const made = soffice(filled, ext, join(root, `as-${ext}`));
      const renamed = join(root, `as-${ext}`, `so-yt-${ext}.xlsx`);
      renameSync(made, renamed);
      const result = await de06(root, ['progress', 'import', renamed]);
      expect(result.exitCode, result.stdout).toBe(1);
      expect(result.stdout.split('\n').filter((l) => l.includes('  lỗi  '))).toEqual([expect.stringContaining(`${renamed}  lỗi  ${line}`)]);
      expect(result.stderr).toBe('');
    }
    expect(progressFiles(root)).toEqual(before);
  });

  it('encrypted with a password (ECMA-376 agile encryption, by xlsx-populate): one clear line, exit 1, nothing written', async () => {
    const before = progressFiles(root);
    // xlsx-populate fails to read the form back (a TypeError inside its parser), so a workbook
    // of its own: what matters is a really encrypted file where a form is expected
    const { default: XlsxPopulate } = await import('xlsx-populate');
    const workbook = await XlsxPopulate.fromBlankAsync();
    workbook.sheet(0).cell('A1').value('Báo cáo');
    const locked = join(root, 'locked.xlsx');
    writeFileSync(locked, await workbook.outputAsync({ password: 'mat-khau' }));
    // really encrypted: an OLE compound file, not a zip
    expect(readFileSync(locked).subarray(0, 4).toString('hex')).toBe('d0cf11e0');
    const result = await de06(root, ['progress', 'import', locked]);
    expect(result.exitCode, result.stdout).toBe(1);
    expect(result.stdout.split('\n').filter((l) => l.includes('  lỗi  '))).toEqual([expect.stringContaining(`${locked}  lỗi  Tệp đã được đặt mật khẩu`)]);
    expect(progressFiles(root)).toEqual(before);
  });

  it("looks as §2.7 says to openpyxl: sheets, labels, headers, drop-down and rules, unlocked inputs, protection without password, hidden _de06, A4 landscape", () => {
    const look = JSON.parse(execFileSync(PYTHON, [join(HERE, 'read-form.py'), form], { encoding: 'utf8' }));
    expect(look.sheets).toEqual(['Báo cáo', 'Chỉ tiêu', 'Đề xuất', 'Hướng dẫn', '_de06']);
    expect(look.active).toBe('Báo cáo');
    expect(look.states).toEqual({ 'Báo cáo': 'visible', 'Chỉ tiêu': 'visible', 'Đề xuất': 'visible', 'Hướng dẫn': 'visible', _de06: 'hidden' });
    expect(look.labels).toEqual(['Ngày gửi báo cáo', 'Số văn bản']);
    expect(look.header).toEqual(['STT', 'Mã nhiệm vụ', 'Nội dung nhiệm vụ', 'Thời hạn', 'Kỳ', 'Tình trạng kỳ trước', 'Tình trạng', 'Tỷ lệ (%)', 'Ngày hoàn thành', 'Kết quả thực hiện', 'Minh chứng', 'Khó khăn, vướng mắc']);
    expect(look.indicatorHeader).toEqual(['Mã chỉ tiêu', 'Tên chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu', 'Giá trị kỳ này']);
    expect(look.proposalHeader).toEqual(['STT', 'Đề xuất, kiến nghị']);
    expect(look.title).toBe('BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH SỐ 2/KH-THUNGHIEM');
    expect(look.deadline).toBe('Hạn gửi báo cáo: chậm nhất ngày 09/06/2026');
    expect(look.deadlineBold).toBe(true);
    const rule = (cells: string) => look.rules.find((r: { cells: string }) => r.cells === cells);
    expect(rule('G11:G13')).toMatchObject({ type: 'list', formula1: '"Chưa thực hiện,Đang thực hiện,Đã hoàn thành,Tạm dừng"', allowBlank: true });
    expect(rule('H11:H13')).toMatchObject({ type: 'whole', formula1: '0', formula2: '100' });
    expect(rule('I11:I13')).toMatchObject({ type: 'date' });
    expect(rule('C7')).toMatchObject({ type: 'date' });
    const inputs = ['G', 'H', 'I', 'J', 'K', 'L'].flatMap((c) => [11, 12, 13].map((r) => `${c}${r}`));
    expect(look.unlocked['Báo cáo'].sort()).toEqual(['C7', 'C8', ...inputs].sort());
    expect(look.unlocked['Đề xuất']).toHaveLength(20);
    expect(look.unlocked._de06).toEqual([]);
    expect(look.protected).toEqual({ 'Báo cáo': true, 'Chỉ tiêu': true, 'Đề xuất': true, 'Hướng dẫn': true, _de06: true });
    for (const password of Object.values(look.password)) expect(password ?? '').toBe('');
    expect(look.orientation).toBe('landscape');
    expect(look.paperSize).toBe(9);
    expect(look.fitToWidth).toBe(1);
    expect(look.wrap).toBe(true);
    expect(Object.fromEntries(look.identity)).toMatchObject({ form: 'de06-progress-form', version: 1, plan: 'kh-status-test', unit: 'so-yt', period: '2026-05', rows: 3 });
  });
});

describe('round trip: a progress file → its form → the unchanged form imported', () => {
  it('gives the same progress data, also after LibreOffice saved the form, and the same bytes twice', async () => {
    requireTools();
    const root = planCopy();
    const file = join(root, 'plan', 'progress', 'so-yt', '2026-04.yaml');
    const original = parse(readFileSync(file, 'utf8'));
    const made = await de06(root, ['progress', 'form', '--unit', 'so-yt', '--period', '2026-04', '--out', join(root, 'out')]);
    expect(made.exitCode, made.stderr).toBe(0);
    const form = join(root, 'out', 'so-yt.xlsx');
    const resaved = soffice(form, 'xlsx', join(root, 'resaved'));
    const direct = await yamlOf(root, form);
    expect(parse(direct)).toEqual(original);
    expect(await yamlOf(root, resaved)).toBe(direct);

    // the hand-written file becomes the imported one once (--force), then stays byte for byte
    const forced = await de06(root, ['progress', 'import', form, '--force']);
    expect(forced.exitCode, forced.stdout).toBe(0);
    const bytes = readFileSync(file);
    expect(parse(bytes.toString())).toEqual(original);
    for (const again of [form, resaved]) {
      const result = await de06(root, ['progress', 'import', again]);
      expect(result.exitCode, result.stdout).toBe(0);
      expect(result.stdout).toContain('không thay đổi');
      expect(readFileSync(file).equals(bytes)).toBe(true);
    }
  });
});
