// End to end: `de06 report` through the built binary on a copy of the SYNTHETIC plan repository
// of test/fixtures/report, as the secretariat runs it: the files it writes and their names, what
// they hold read back, the same bytes on every run, and nothing overwritten or half-written.

import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { execa } from 'execa';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WATERMARK } from '../../src/report/labels.js';
import type { ReportModel } from '../../src/report/types.js';
import { BIN, FIXTURES, REPO } from '../helpers/plan.js';

const AS_OF = '2026-08-09';
const NAMES = ['bao-cao-thang-07-2026.docx', 'bao-cao-thang-07-2026.xlsx'];
const dirs: string[] = [];

/** A fresh copy of the fixture repository, so that reports can be written into it. */
function fixtureCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'de06-report-'));
  cpSync(join(FIXTURES, 'report'), dir, { recursive: true });
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** "Today" is 10/8/2026 in Vietnam, so the default signing date is fixed too. */
const NOW = '2026-08-10T03:00:00Z';

function de06(root: string, args: string[], env: Record<string, string> = {}) {
  return execa('node', [BIN, '--root', root, 'report', ...args], { cwd: REPO, reject: false, env: { NO_COLOR: '1', DE06_NOW: NOW, ...env } });
}

const bytesOf = (path: string) => readFileSync(path);

/** The text of a .docx's body, paragraph by paragraph. */
function textOf(docx: Uint8Array): string {
  const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
  return xml.split('</w:p>').map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).join('\n');
}

async function sheetRows(path: string, name: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const rows: unknown[][] = [];
  wb.getWorksheet(name)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('de06 report --month 2026-07', () => {
  let root: string;
  let out: string;
  let model: ReportModel;

  beforeAll(async () => {
    root = fixtureCopy();
    out = join(root, 'reports', '2026-07');
    const json = await de06(root, ['--month', '2026-07', '--as-of', AS_OF, '--format', 'json']);
    expect(json.exitCode).toBe(0);
    model = JSON.parse(json.stdout) as ReportModel;
    const written = await de06(root, ['--month', '2026-07', '--as-of', AS_OF]);
    expect(written.stderr).toBe('');
    expect(written.exitCode).toBe(0);
  });

  it('--format json alone prints the model and writes no file', () => {
    expect(model.kind).toBe('monthly');
    expect(model.period.id).toBe('2026-07');
    expect(model.provenance.inputHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(model.provenance.generatedBy).toMatch(/^de06 \d+\.\d+\.\d+/);
  });

  it('writes reports/2026-07/ with ASCII names and prints the paths, relative to the working directory', async () => {
    expect(readdirSync(out).sort()).toEqual(NAMES);
    const again = await de06(root, ['--month', '2026-07', '--as-of', AS_OF, '--force']);
    expect(again.stdout.split('\n')).toEqual(NAMES.map((n) => relative(REPO, join(out, n))));
  });

  it('the Word file holds the subject, the tasks and the narrative, signed today', () => {
    const xml = strFromU8(unzipSync(bytesOf(join(out, NAMES[0]!)))['word/document.xml']!);
    expect(xml).toContain(model.document.subject);
    expect(xml).toContain('Ban hành quy chế thử nghiệm (xong đúng hạn)');
    expect(xml).toContain('Ngày 10/7/2026, Tổ công tác (thử nghiệm) họp trực tuyến');
    expect(xml).toContain('Bắc Ninh, ngày 10 tháng 8 năm 2026');
    expect(xml).toContain('- Lưu: VT, PC06.');
    expect(xml).not.toContain(WATERMARK);
  });

  it('the Word file holds no machine words: no file:line, no file path, no "6 rõ" count of the plan', () => {
    const text = textOf(bytesOf(join(out, NAMES[0]!)));
    expect(text).not.toMatch(/\.ya?ml|plan\/|Nguồn:/);
    expect(text).not.toContain('6 rõ');
    expect(text).not.toContain('(Đơn vị bổ sung nội dung');
  });

  it('the Excel sheet "Nhiệm vụ" holds the model’s assignments, row for row', async () => {
    const rows = await sheetRows(join(out, NAMES[1]!), 'Nhiệm vụ');
    // a title row and the report's name above the header row
    expect(rows[0]![0]).toBe('TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ CỦA TỪNG ĐƠN VỊ');
    expect(rows[2]![1]).toBe('Mã nhiệm vụ');
    const body = rows.slice(3).map((r) => [r[1], r[4], r[9], r[13]]);
    expect(body).toEqual(model.assignments.map((a) => [a.task, a.unit.id, a.statusLabel, a.source]));
  });

  it('the same inputs and as-of day give the same bytes', async () => {
    const second = join(root, 'second');
    const result = await de06(root, ['--month', '2026-07', '--as-of', AS_OF, '--out', second, '--format', 'docx,xlsx,json']);
    expect(result.exitCode).toBe(0);
    for (const name of NAMES) expect(bytesOf(join(second, name)).equals(bytesOf(join(out, name)))).toBe(true);
    expect(JSON.parse(readFileSync(join(second, 'bao-cao-thang-07-2026.json'), 'utf8'))).toEqual(model);
  });

  it('never overwrites without --force: exit 2, one line naming the file, nothing touched', async () => {
    const target = join(out, NAMES[0]!);
    const before = { bytes: bytesOf(target), mtime: statSync(target).mtimeMs };
    const result = await de06(root, ['--month', '2026-07', '--as-of', '2026-08-20']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('bao-cao-thang-07-2026.docx');
    expect(bytesOf(target).equals(before.bytes)).toBe(true);
    expect(statSync(target).mtimeMs).toBe(before.mtime);
  });

  it('writes nothing when only one of the files exists', async () => {
    const dir = join(root, 'one-exists');
    mkdirSync(dir);
    writeFileSync(join(dir, NAMES[1]!), 'an older workbook');
    const result = await de06(root, ['--month', '2026-07', '--as-of', AS_OF, '--out', dir]);
    expect(result.exitCode).toBe(2);
    expect(readdirSync(dir)).toEqual([NAMES[1]]);
    expect(readFileSync(join(dir, NAMES[1]!), 'utf8')).toBe('an older workbook');
  });

  it('leaves no temporary file, and no partial file when a write fails', async () => {
    expect(readdirSync(out).filter((n) => n.startsWith('.'))).toEqual([]);
    // a folder where the Word file should go makes the rename fail (a read-only folder would not
    // stop a test run as root)
    const dir = join(root, 'blocked');
    mkdirSync(join(dir, NAMES[0]!), { recursive: true });
    const result = await de06(root, ['--month', '2026-07', '--as-of', AS_OF, '--out', dir, '--force']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(dir)).toEqual([NAMES[0]]);
    expect(statSync(join(dir, NAMES[0]!)).isDirectory()).toBe(true);
  });
});

describe('a unit’s own report', () => {
  it('is named with the unit and written under its letterhead', async () => {
    const root = fixtureCopy();
    const result = await de06(root, ['--year', '2026', '--unit', 'so-yt', '--as-of', '2026-12-31']);
    expect(result.exitCode).toBe(0);
    const docx = join(root, 'reports', '2026', 'bao-cao-nam-2026-so-yt.docx');
    expect(existsSync(docx)).toBe(true);
    expect(existsSync(join(root, 'reports', '2026', 'bao-cao-nam-2026-so-yt.xlsx'))).toBe(true);
    const xml = strFromU8(unzipSync(bytesOf(docx))['word/document.xml']!);
    expect(xml).toContain('SỞ Y TẾ (THỬ NGHIỆM)');
    expect(xml).toContain('/BC-SYT');
  });
});

describe('a plan with lint errors', () => {
  let root: string;
  beforeAll(() => {
    root = fixtureCopy();
    const tasks = join(root, 'plan', 'tasks', 'II-thu-nghiem.yaml');
    writeFileSync(tasks, readFileSync(tasks, 'utf8').replace('lead: xa-mau', 'lead: xa-khong-co'));
  });

  it('is refused: exit 1, how many errors and what to run, no file', async () => {
    const result = await de06(root, ['--month', '2026-07', '--as-of', AS_OF]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/1 lỗi/);
    expect(result.stderr).toContain('de06 lint');
    expect(existsSync(join(root, 'reports'))).toBe(false);
  });

  it('--allow-invalid stamps the draft mark on every page header and every sheet', async () => {
    const result = await de06(root, ['--month', '2026-07', '--as-of', AS_OF, '--allow-invalid']);
    expect(result.exitCode).toBe(0);
    const dir = join(root, 'reports', '2026-07');
    const entries = unzipSync(bytesOf(join(dir, NAMES[0]!)));
    const headers = Object.keys(entries).filter((k) => /^word\/header\d+\.xml$/.test(k));
    expect(headers.length).toBeGreaterThan(0);
    for (const h of headers) expect(strFromU8(entries[h]!)).toContain(WATERMARK);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, NAMES[1]!));
    expect(wb.worksheets.length).toBeGreaterThan(5);
    for (const ws of wb.worksheets) expect(ws.getCell('A1').value).toBe(WATERMARK);
  });
});

describe('bad options: exit 2 and one line', () => {
  const root = join(FIXTURES, 'report');
  const cases: Array<[string, string[], RegExp]> = [
    ['no period', [], /--month/],
    ['two periods', ['--month', '2026-07', '--year', '2026'], /--month/],
    ['a month that is not one', ['--month', '2026-13'], /2026-13/],
    ['a half the plan owes no report for', ['--half', '2026-H2'], /2026-H2/],
    ['an unknown format', ['--month', '2026-07', '--format', 'odt'], /odt/],
    ['an unknown unit', ['--month', '2026-07', '--unit', 'so-y'], /so-yt/],
    ['a group for --unit', ['--month', '2026-07', '--unit', 'don-vi'], /don-vi/],
    ['an impossible as-of day', ['--month', '2026-07', '--as-of', '2026-02-30'], /2026-02-30/],
    ['an impossible signing date', ['--month', '2026-07', '--date', '2026-02-30'], /--date "2026-02-30".*blank/],
    ['the standing unit, which receives the reports', ['--month', '2026-07', '--unit', 'cat'], /Cơ quan Thường trực.*bỏ --unit/],
    ['a unit that owes no report', ['--month', '2026-07', '--unit', 'ubnd-tn'], /reporting\.from: don-vi/],
  ];
  for (const [name, args, message] of cases) {
    it(name, async () => {
      const result = await de06(root, args);
      expect(result.exitCode).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
    });
  }
});

describe('the signing date (--date) and the data cut-off (--as-of) are apart', () => {
  it('the date line is today by default, --date D otherwise, and blank leaves the day and month for the clerk', async () => {
    const root = fixtureCopy();
    const dateLine = async (args: string[]) =>
      (JSON.parse((await de06(root, ['--month', '2026-07', '--as-of', AS_OF, '--format', 'json', ...args])).stdout) as ReportModel).document;
    expect((await dateLine([])).dateLine).toBe('Bắc Ninh, ngày 10 tháng 8 năm 2026');
    expect((await dateLine(['--date', '2026-08-14'])).dateLine).toBe('Bắc Ninh, ngày 14 tháng 8 năm 2026');
    const blank = await dateLine(['--date', 'blank']);
    expect(blank.dateLine).toBe('Bắc Ninh, ngày    tháng    năm 2026');
    expect(blank.date).toBeNull();
  });

  it('a unit’s July report is dated the day it is made, not the end of August', async () => {
    const result = await de06(fixtureCopy(), ['--month', '2026-07', '--unit', 'so-yt', '--format', 'json'], { DE06_NOW: '2026-08-06T02:00:00Z' });
    const model = JSON.parse(result.stdout) as ReportModel;
    expect(model.document.dateLine).toBe('Bắc Ninh, ngày 06 tháng 8 năm 2026');
    expect(model.asOf).toBe('2026-08-06');
  });

  it('a signing date before the figures’ day is written as asked, with one warning', async () => {
    const result = await de06(fixtureCopy(), ['--month', '2026-07', '--as-of', AS_OF, '--date', '2026-08-05']);
    expect(result.exitCode).toBe(0);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining('ngày ký 05/8/2026 sớm hơn ngày tính số liệu 09/8/2026')]);
  });

  it('--help says what the default as-of day really is', async () => {
    const help = await execa('node', [BIN, 'report', '--help'], { reject: false });
    expect(help.stdout.replace(/\s+/g, ' ')).toContain('không quá cuối tháng mà các đơn vị phải gửi báo cáo của kỳ');
    expect(help.stdout).toContain('--date');
  });
});

describe('a report made before its period ends', () => {
  it('says so on stderr, one line, and in its opening paragraph', async () => {
    const root = fixtureCopy();
    const result = await de06(root, ['--year', '2026', '--as-of', '2026-12-02', '--date', '2026-12-02']);
    expect(result.exitCode).toBe(0);
    const lines = result.stderr.trim().split('\n');
    expect(lines.filter((l) => l.includes('năm 2026 chưa kết thúc'))).toHaveLength(1);
    const text = textOf(bytesOf(join(root, 'reports', '2026', 'bao-cao-nam-2026.docx')));
    expect(text).toContain('(kỳ báo cáo chưa kết thúc, số liệu chỉ tính đến ngày 02/12/2026)');
  });

  it('one that runs to the period end says nothing of it', async () => {
    const result = await de06(fixtureCopy(), ['--month', '2026-07', '--as-of', AS_OF]);
    expect(result.stderr).not.toContain('chưa kết thúc');
  });
});

describe('a report without its narrative file', () => {
  it('keeps the placeholder and names the file to write, in one warning', async () => {
    const root = fixtureCopy();
    const result = await de06(root, ['--month', '2026-06', '--as-of', '2026-07-31']);
    expect(result.exitCode).toBe(0);
    const lines = result.stderr.trim().split('\n').filter((l) => l.includes('plan/narrative/2026-06.yaml'));
    expect(lines).toHaveLength(1);
    expect(textOf(bytesOf(join(root, 'reports', '2026-06', 'bao-cao-thang-06-2026.docx')))).toContain('(Đơn vị bổ sung nội dung');
  });
});

describe('--format pdf without LibreOffice', () => {
  it('is one line and exit 2, decided before any work, nothing written', async () => {
    const root = fixtureCopy();
    // a PATH that holds node and nothing else
    const bin = join(root, 'bin-node-only');
    mkdirSync(bin);
    symlinkSync(process.execPath, join(bin, 'node'));
    const result = await de06(root, ['--month', '2026-07', '--as-of', AS_OF, '--format', 'docx,pdf'], { PATH: bin });
    expect(result.exitCode).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('soffice');
    expect(existsSync(join(root, 'reports'))).toBe(false);
  });
});

describe('the as-of day of a report, when --as-of is not given', () => {
  // July's reports are due before 10 August: the July report counts them from August on, and
  // stops at the end of August however late it is run
  it.each([
    ['2026-07-15T03:00:00Z', '2026-07-15'],
    ['2026-08-12T03:00:00Z', '2026-08-12'],
    ['2026-11-28T03:00:00Z', '2026-08-31'],
  ])('run at %s, it is %s', async (now, asOf) => {
    const result = await de06(fixtureCopy(), ['--month', '2026-07', '--format', 'json'], { DE06_NOW: now });
    expect(result.exitCode).toBe(0);
    expect((JSON.parse(result.stdout) as ReportModel).asOf).toBe(asOf);
  });
});
