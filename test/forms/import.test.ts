// `de06 progress import` (DESIGN §2.7, issue 9) end to end on the status fixture: every bad file
// gets one clear line naming the file, every bad value its FILE!Sheet!Cell, exit 1, and nothing
// under plan/progress changes; a good form is written once, the same bytes every time. The forms
// are filled here with exceljs, since the subject is the reader's logic; the office tests fill
// them with openpyxl and LibreOffice.

import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { de06, edited, planCopy, progressFiles, removeCopies, report } from './helpers.js';

afterAll(removeCopies);

/** so-yt's May form: rows 11 II.3, 12 II.7 (March), 13 II.7 (May); the report is due by 9 June. */
let root: string;
let form: Buffer;
let dir: string;
let untouched: Record<string, string>;

beforeAll(async () => {
  root = planCopy();
  dir = join(root, 'inbox');
  const made = await de06(root, ['progress', 'form', '--unit', 'so-yt', '--period', '2026-05', '--out', dir]);
  expect(made.exitCode, made.stderr).toBe(0);
  form = readFileSync(join(dir, 'so-yt.xlsx'));
  untouched = progressFiles(root);
});

/** A valid filling to start from: sent 4 June, II.3 at 60 %. */
const GOOD = { C7: '04/06/2026', G11: 'Đang thực hiện', H11: 60 };

async function put(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** Imports into the shared plan copy, which must stay as it is. */
async function refused(paths: string[], ...expected: string[]) {
  const result = await de06(root, ['progress', 'import', ...paths]);
  expect(result.exitCode, result.stdout + result.stderr).toBe(1);
  for (const line of expected) expect(result.stdout).toContain(line);
  expect(result.stderr).toBe('');
  expect(Object.keys(progressFiles(root)).filter((k) => !(k in untouched))).toEqual([]);
  expect(progressFiles(root)).toEqual(untouched);
  return result.stdout;
}

describe.concurrent('progress import: a file that is no .xlsx form gets one line, and nothing is written', () => {
  it('an Excel 97–2003 .xls (a CFB container)', async () => {
    const cfb = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    const path = await put('xls.xlsx', cfb);
    const out = await refused([path], `${path}  lỗi  Tệp ở định dạng Excel 97–2003 (.xls)`, 'lưu lại dưới dạng .xlsx');
    expect(out.split('\n').filter((l) => l.includes('  lỗi  '))).toHaveLength(1);
  });

  it('an encrypted workbook (a CFB container with EncryptionInfo)', async () => {
    const cfb = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    Buffer.from('EncryptionInfo', 'utf16le').copy(cfb, 1024);
    const path = await put('encrypted.xlsx', cfb);
    await refused([path], `${path}  lỗi  Tệp đã được đặt mật khẩu (mã hóa)`);
  });

  it('an OpenDocument spreadsheet', async () => {
    const ods = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<office:document-content/>') });
    const path = await put('ods.xlsx', ods);
    await refused([path], `${path}  lỗi  Tệp ở định dạng OpenDocument (.ods)`, 'lưu lại dưới dạng .xlsx');
  });

  it('a .csv renamed', async () => {
    const path = await put('csv.xlsx', 'STT,Mã nhiệm vụ,Tình trạng\r\n1,II.3,Đang thực hiện\r\n');
    await refused([path], `${path}  lỗi  Tệp không phải một sổ làm việc Excel .xlsx (có thể là .csv`);
  });

  it('a Word document renamed', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Báo cáo tiến độ')] }] }));
    const path = await put('docx.xlsx', docx);
    await refused([path], `${path}  lỗi  Tệp là một văn bản Word (.docx) mang tên .xlsx`);
  });

  it('a truncated form (cut off in transit)', async () => {
    const path = await put('truncated.xlsx', form.subarray(0, Math.floor(form.length * 0.6)));
    await refused([path], `${path}  lỗi  Tệp bị hỏng hoặc không trọn vẹn`);
  });

  it('an empty file', async () => {
    const path = await put('empty.xlsx', '');
    await refused([path], `${path}  lỗi  Tệp rỗng (0 byte)`);
  });

  it('a directory', async () => {
    const path = join(dir, 'folder.xlsx');
    mkdirSync(path, { recursive: true });
    await refused([path], `${path}  lỗi  Đây là một thư mục`);
  });

  it('a file that is not there', async () => {
    await refused([join(dir, 'none.xlsx')], `${join(dir, 'none.xlsx')}  lỗi  Không có tệp này.`);
  });

  it('a symbolic link to /proc/self/environ is never read', async () => {
    const path = join(dir, 'x.xlsx');
    symlinkSync('/proc/self/environ', path);
    const secret = 'de06-secret-value-7f3a9c';
    const result = await de06(root, ['progress', 'import', path, '--format', 'json'], { env: { DE06_PROBE: secret } });
    expect(result.exitCode).toBe(1);
    expect(result.stdout + result.stderr).not.toContain(secret);
    expect(JSON.parse(result.stdout).problems).toEqual([expect.objectContaining({ file: path, rule: 'form-file', message: expect.stringContaining('liên kết tượng trưng') })]);
  });

  it('a workbook that is not a de06 form', async () => {
    const other = await edited(form, (wb) => wb.removeWorksheet(wb.getWorksheet('_de06')!.id));
    const path = await put('other.xlsx', other);
    await refused([path], `${path}!Báo cáo!A1  lỗi  Sổ làm việc này không phải biểu mẫu báo cáo tiến độ của de06`);
  });
});

describe('progress import: files too big to be a form, refused with bounded memory', () => {
  /** The child's peak resident memory in MB, printed on its way out. */
  const PEAK = 'data:text/javascript,process.on("exit",()=>process.stderr.write("peak="+process.resourceUsage().maxRSS+"\\n"))';
  const peakOf = (stderr: string) => Number(/peak=(\d+)/.exec(stderr)![1]) / 1024;
  let baseline: number;

  beforeAll(async () => {
    const path = await put('baseline.xlsx', await edited(form, report(GOOD)));
    const result = await de06(root, ['progress', 'import', path, '--dry-run'], { node: [`--import=${PEAK}`] });
    expect(result.exitCode, result.stdout).toBe(0);
    baseline = peakOf(result.stderr);
  });

  it('a zip bomb (one entry of 1 GB of zeros, deflated to about a megabyte) stops at the limit', async () => {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, data) => {
      if (error) throw error;
      chunks.push(data);
    });
    for (const [name, text] of [['[Content_Types].xml', '<Types/>'], ['xl/workbook.xml', '<workbook/>']] as const) {
      const entry = new ZipDeflate(name);
      zip.add(entry);
      entry.push(strToU8(text), true);
    }
    const bomb = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 1 });
    zip.add(bomb);
    const zeros = new Uint8Array(16 * 1024 * 1024);
    for (let i = 0; i < 64; i++) bomb.push(zeros, i === 63);
    zip.end();
    const path = await put('bomb.xlsx', Buffer.concat(chunks));
    const result = await de06(root, ['progress', 'import', path], { node: [`--import=${PEAK}`] });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(`${path}  lỗi  Tệp giải nén ra quá lớn (trên 50 MB)`);
    // the limit is 50 MB of inflated data: far from the gigabyte the entry holds
    expect(peakOf(result.stderr) - baseline).toBeLessThan(150);
    expect(progressFiles(root)).toEqual(untouched);
  });

  it('a 50 MB file is refused by its size, without reading it whole', async () => {
    const big = Buffer.alloc(50 * 1024 * 1024);
    form.copy(big);
    const path = await put('big.xlsx', big);
    const empty = await de06(root, ['progress', 'import', await put('empty-peak.xlsx', '')], { node: [`--import=${PEAK}`] });
    const result = await de06(root, ['progress', 'import', path], { node: [`--import=${PEAK}`] });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(`${path}  lỗi  Tệp quá lớn (trên 10 MB)`);
    // as little as for an empty file: the 50 MB were never read into memory
    expect(peakOf(result.stderr) - peakOf(empty.stderr)).toBeLessThan(25);
    expect(progressFiles(root)).toEqual(untouched);
  });
});

describe.concurrent('progress import: a form that is not this plan, unit or period', () => {
  it('a form of another plan', async () => {
    const base = planCopy('base');
    const made = await de06(base, ['progress', 'form', '--unit', 'so-yt', '--period', '2026-07', '--out', join(base, 'out')]);
    expect(made.exitCode, made.stderr).toBe(0);
    const path = await put('base-plan.xlsx', await edited(readFileSync(join(base, 'out', 'so-yt.xlsx')), report({ C7: '05/08/2026' })));
    await refused([path], `${path}!Báo cáo!A1  lỗi  Biểu mẫu của kế hoạch 1/KH-UBND (kh-test), không phải của kế hoạch 2/KH-THUNGHIEM (kh-status-test)`);
  });

  it('a form of a unit the plan does not have', async () => {
    const path = await put('unit.xlsx', await edited(form, (wb) => {
      report(GOOD)(wb);
      wb.getWorksheet('_de06')!.getCell('B5').value = 'so-xyz';
    }));
    await refused([path], `${path}!Báo cáo!A3  lỗi  Biểu mẫu của đơn vị "so-xyz", không có trong units.yaml`);
  });

  it('a form with a period that is none', async () => {
    const path = await put('period.xlsx', await edited(form, (wb) => {
      report(GOOD)(wb);
      wb.getWorksheet('_de06')!.getCell('B6').value = '2026-13';
    }));
    await refused([path], `${path}!Báo cáo!A4  lỗi  Biểu mẫu ghi kỳ "2026-13"`);
  });

  it('two forms of the same unit and period in one run: the second is refused, neither written', async () => {
    const one = await put('same-1.xlsx', await edited(form, report(GOOD)));
    const two = await put('same-2.xlsx', await edited(form, report({ ...GOOD, H11: 70 })));
    await refused([one, two], `${two}!Báo cáo!A3  lỗi  Cùng báo cáo kỳ 2026-05 của so-yt với tệp ${one}`, `${one}!Báo cáo!A3  lỗi  Cùng báo cáo kỳ 2026-05 của so-yt với tệp ${two}`, `${one}: không ghi gì`);
  });
});

describe.concurrent('progress import: every bad value at its cell, all in one run', () => {
  const cases: [string, Record<string, unknown> | ((wb: import('exceljs').Workbook) => void), string[]][] = [
    ['rows added below the table', { ...GOOD, B14: 'II.9', G14: 'Đang thực hiện' }, ['!Báo cáo!A14  lỗi  ']],
    ['a row deleted', (wb) => {
      report(GOOD)(wb);
      wb.getWorksheet('Báo cáo')!.spliceRows(11, 1);
    }, ['!Báo cáo!B11  lỗi  ']],
    ['a changed task id', { ...GOOD, B11: 'II.9' }, ['!Báo cáo!B11  lỗi  ', 'II.3', 'II.9']],
    ['a status that is none of the list', { ...GOOD, G11: 'Xong rồi' }, ['!Báo cáo!G11  lỗi  ', 'Xong rồi']],
    ['a percent in words', { ...GOOD, H11: 'sáu mươi' }, ['!Báo cáo!H11  lỗi  ']],
    ['a percent past 100', { ...GOOD, H11: 150 }, ['!Báo cáo!H11  lỗi  ']],
    ['a percent that is no whole number', { ...GOOD, H11: 12.5 }, ['!Báo cáo!H11  lỗi  ']],
    ['a day that does not exist', { ...GOOD, G11: 'Đã hoàn thành', I11: '31/02/2026' }, ['!Báo cáo!I11  lỗi  ', '31/02/2026']],
    ["'done' without its completion day", { ...GOOD, G11: 'Đã hoàn thành' }, ['!Báo cáo!I11  lỗi  ']],
    ['a completion day after the submission day', { ...GOOD, G11: 'Đã hoàn thành', I11: '05/06/2026' }, ['!Báo cáo!I11  lỗi  ']],
    ["a submission day before the period's window", { ...GOOD, C7: '15/04/2026' }, ['!Báo cáo!C7  lỗi  ']],
    ['a submission day that is no date', { ...GOOD, C7: 'hôm nay' }, ['!Báo cáo!C7  lỗi  ', 'hôm nay']],
  ];
  for (const [what, cells, lines] of cases) {
    it(what, async () => {
      const name = `${what.replace(/\W+/g, '-')}.xlsx`;
      const path = await put(name, await edited(form, typeof cells === 'function' ? cells : report(cells as Record<string, null>)));
      await refused([path], ...lines.map((l) => (l.startsWith('!') ? `${path}${l}` : l)), `${path}: không ghi gì`);
    });
  }

  it('several problems of one form come out together, each at its cell', async () => {
    const path = await put('many.xlsx', await edited(form, report({ C7: '04/06/2026', G11: 'Xong', H12: 150, G12: 'Đang thực hiện', G13: 'Đã hoàn thành' })));
    const out = await refused([path], `${path}!Báo cáo!G11`, `${path}!Báo cáo!H12`, `${path}!Báo cáo!I13`);
    expect(out.split('\n').filter((l) => l.includes('  lỗi  ')).length).toBeGreaterThanOrEqual(3);
  });
});

describe('progress import: what it writes and says', () => {
  it('a valid form is written with its modeline, then imported again unchanged: the same bytes, "không thay đổi"', async () => {
    const plan = planCopy();
    const path = join(plan, 'so-yt.xlsx');
    writeFileSync(path, await edited(form, report({ ...GOOD, C8: '45/BC-SYT', J11: 'Đã chạy thử', K11: 'Quyết định 1\nBiên bản 2', G13: 'Đã hoàn thành', I13: '03/06/2026' })));
    const first = await de06(plan, ['progress', 'import', path]);
    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.stdout).toContain(`${path} → plan/progress/so-yt/2026-05.yaml`);
    const file = join(plan, 'plan', 'progress', 'so-yt', '2026-05.yaml');
    const bytes = readFileSync(file);
    expect(bytes.toString()).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/\.\.\/schemas\/progress\.schema\.json\n/);
    expect(parse(bytes.toString())).toEqual({
      unit: 'so-yt',
      period: '2026-05',
      submitted: '2026-06-04',
      document: '45/BC-SYT',
      updates: [
        { task: 'II.3', status: 'in_progress', percent: 60, note: 'Đã chạy thử', evidence: ['Quyết định 1', 'Biên bản 2'] },
        { task: 'II.7', status: 'done', done_on: '2026-06-03', occurrence: '2026-05' },
      ],
    });
    const lint = await de06(plan, ['lint']);
    expect(lint.exitCode, lint.stdout).toBe(0);
    const again = await de06(plan, ['progress', 'import', path]);
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.stdout).toContain('không thay đổi');
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('--dry-run prints the YAML it would write and writes nothing', async () => {
    const plan = planCopy();
    const before = progressFiles(plan);
    const path = join(plan, 'so-yt.xlsx');
    writeFileSync(path, await edited(form, report(GOOD)));
    const result = await de06(plan, ['progress', 'import', path, '--dry-run']);
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.stdout).toContain('(chạy thử, chưa ghi)');
    expect(result.stdout).toContain('submitted: 2026-06-04');
    expect(progressFiles(plan)).toEqual(before);
  });

  it('an existing different progress file needs --force, which prints what changes', async () => {
    const plan = planCopy();
    const made = await de06(plan, ['progress', 'form', '--unit', 'so-yt', '--period', '2026-04', '--out', join(plan, 'out')]);
    expect(made.exitCode, made.stderr).toBe(0);
    // row 13 is II.3, reported at 40 % in 2026-04.yaml
    const path = join(plan, 'april.xlsx');
    writeFileSync(path, await edited(readFileSync(join(plan, 'out', 'so-yt.xlsx')), report({ H13: 55 })));
    const before = progressFiles(plan);
    const refusedRun = await de06(plan, ['progress', 'import', path]);
    expect(refusedRun.exitCode).toBe(1);
    expect(refusedRun.stdout).toContain(`${path}  lỗi  Đã có tệp plan/progress/so-yt/2026-04.yaml với nội dung khác.`);
    expect(refusedRun.stdout).toContain('--force');
    expect(progressFiles(plan)).toEqual(before);
    const forced = await de06(plan, ['progress', 'import', path, '--force']);
    expect(forced.exitCode, forced.stdout).toBe(0);
    expect(forced.stdout).toMatch(/~ .*II\.3.*: 40 → 55/);
    expect(parse(readFileSync(join(plan, 'plan', 'progress', 'so-yt', '2026-04.yaml'), 'utf8')).updates[2]).toEqual({ task: 'II.3', status: 'in_progress', percent: 55 });
  });

  it('--format json: ok, forms with their action and YAML, problems with file, sheet, cell, message and fix', async () => {
    const good = await put('json-good.xlsx', await edited(form, report(GOOD)));
    const bad = await put('json-bad.xlsx', await edited(form, report({ ...GOOD, G11: 'Xong' })));
    const ok = JSON.parse((await de06(root, ['progress', 'import', good, '--format', 'json', '--dry-run'])).stdout);
    expect(ok).toEqual({ ok: true, forms: [expect.objectContaining({ file: good, action: 'would-write' })], problems: [], errorCount: 0, warningCount: 0 });
    const result = await de06(root, ['progress', 'import', good, bad, '--format', 'json', '--dry-run']);
    expect(result.exitCode).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json).sort()).toEqual(['errorCount', 'forms', 'ok', 'problems', 'warningCount']);
    expect(json.ok).toBe(false);
    expect(json.forms).toEqual([
      expect.objectContaining({ file: good, unit: 'so-yt', period: '2026-05', path: 'plan/progress/so-yt/2026-05.yaml', action: 'refused' }),
      expect.objectContaining({ file: bad, unit: 'so-yt', period: '2026-05', action: 'refused' }),
    ]);
    expect(ok.forms[0]).toMatchObject({ unit: 'so-yt', period: '2026-05', path: 'plan/progress/so-yt/2026-05.yaml', yaml: expect.stringContaining('percent: 60') });
    expect(json.problems).toContainEqual({ file: bad, sheet: 'Báo cáo', cell: 'G11', severity: 'error', rule: 'form', message: expect.stringContaining('Xong'), fix: expect.any(String) });
    expect(json.errorCount).toBe(json.problems.length);
    expect(progressFiles(root)).toEqual(untouched);
  });

  it('--format github: one annotation per problem naming its cell, and the YAML of a valid form in a group', async () => {
    const good = await put('gh-good.xlsx', await edited(form, report(GOOD)));
    const bad = await put('gh-bad.xlsx', await edited(form, report({ ...GOOD, H11: 150 })));
    const result = await de06(root, ['progress', 'import', bad, '--format', 'github', '--dry-run']);
    expect(result.exitCode).toBe(1);
    const annotations = result.stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toContain(`::error file=${bad},title=de06 schema::`);
    expect(annotations[0]).toContain('gh-bad.xlsx!Báo cáo!H11: ');
    const valid = await de06(root, ['progress', 'import', good, '--format', 'github', '--dry-run']);
    expect(valid.exitCode).toBe(0);
    const lines = valid.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('::error') || l.startsWith('::warning'))).toEqual([]);
    expect(lines).toContain(`::group::${good} → plan/progress/so-yt/2026-05.yaml`);
    expect(lines.some((l) => /^\s+percent: 60$/.test(l))).toBe(true);
    expect(lines).toContain('::endgroup::');
  });
});
