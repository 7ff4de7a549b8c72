// End to end: `de06 report` through the built binary on a copy of the SYNTHETIC plan repository
// of test/fixtures/report, as the secretariat runs it: the files it writes and their names, what
// they hold read back, the same bytes on every run, and nothing overwritten or half-written.

import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

function de06(root: string, args: string[], env: Record<string, string> = {}) {
  return execa('node', [BIN, '--root', root, 'report', ...args], { cwd: REPO, reject: false, env: { NO_COLOR: '1', ...env } });
}

const bytesOf = (path: string) => readFileSync(path);

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

  it('the Word file holds the subject and the tasks', () => {
    const xml = strFromU8(unzipSync(bytesOf(join(out, NAMES[0]!)))['word/document.xml']!);
    expect(xml).toContain(model.document.subject);
    expect(xml).toContain('Ban hành quy chế thử nghiệm (xong đúng hạn)');
    expect(xml).toContain(`1 nhiệm vụ chưa bảo đảm nguyên tắc`);
    expect(xml).not.toContain(WATERMARK);
  });

  it('the Excel sheet "Nhiệm vụ" holds the model’s assignments, row for row', async () => {
    const rows = await sheetRows(join(out, NAMES[1]!), 'Nhiệm vụ');
    expect(rows[0]![1]).toBe('Mã nhiệm vụ');
    const body = rows.slice(1).map((r) => [r[1], r[4], r[9], r[13]]);
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
    ['an unknown format', ['--month', '2026-07', '--format', 'pdf'], /pdf/],
    ['an unknown unit', ['--month', '2026-07', '--unit', 'so-y'], /so-yt/],
    ['a group for --unit', ['--month', '2026-07', '--unit', 'don-vi'], /don-vi/],
    ['an impossible as-of day', ['--month', '2026-07', '--as-of', '2026-02-30'], /2026-02-30/],
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
