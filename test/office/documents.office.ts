// Every document de06 writes for a leader to sign, read by programs that did not write it (DESIGN
// §5, §5.1): LibreOffice turns the monthly, semi-annual and annual reports, a unit's report and the
// reminder into PDF and poppler into PNG pages, for the shipped plan and for a SYNTHETIC plan with
// real progress (test/report/progress-plan.ts); openpyxl reads the workbooks as a printout needs
// them; Python's email package reads the e-mail drafts. DE06_PAGES=<folder> keeps every PNG page
// there, to be looked at. A missing program fails the tests, saying what to install.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeProgressPlan } from '../report/progress-plan.js';
import { BIN, REPO } from '../helpers/plan.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const PYTHON = '/usr/bin/python3';
const INSTALL = 'apt-get install -y --no-install-recommends libreoffice-writer libreoffice-calc python3-openpyxl poppler-utils fonts-liberation2';
/** "Today" for every run: 2 December 2026 in Vietnam, a month before the year ends. */
const NOW = '2026-12-02T03:00:00Z';
const TODAY = '2026-12-02';

let missing: string | undefined;
/** Throws, naming what is missing and how to install it: a test is never skipped silently. */
function requireTools(): void {
  const tools: [string, string[]][] = [
    ['soffice', ['soffice', '--version']],
    ['pdfinfo', ['pdfinfo', '-v']],
    ['pdftotext', ['pdftotext', '-v']],
    ['pdftoppm', ['pdftoppm', '-v']],
    ['python3-openpyxl', [PYTHON, '-c', 'import openpyxl']],
  ];
  missing ??= tools
    .filter(([, [cmd, ...args]]) => {
      try {
        execFileSync(cmd!, args, { stdio: 'ignore', timeout: 60_000 });
        return false;
      } catch {
        return true;
      }
    })
    .map(([name]) => name)
    .join(', ');
  if (missing !== '') throw new Error(`the document round trips need ${missing}; install them with: ${INSTALL}`);
}

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function de06(root: string, args: string[]) {
  return execa('node', [BIN, '--root', root, ...args], { cwd: REPO, reject: false, env: { NO_COLOR: '1', DE06_NOW: NOW } });
}

/** The PDF's pages as text, and as PNG files (kept in DE06_PAGES when set). */
function pages(pdf: string, label: string): { count: number; text: string; size: string } {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
  const size = /^Page size:\s+(.*)$/m.exec(info)![1]!;
  const keep = process.env.DE06_PAGES;
  const out = keep ? join(keep, label) : mkdtempSync(join(tmpdir(), 'de06-pages-'));
  mkdirSync(out, { recursive: true });
  if (!keep) made.push(out);
  execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(out, 'page')]);
  expect(readdirSync(out).filter((n) => n.endsWith('.png'))).toHaveLength(count);
  return { count, text: execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }), size };
}

function python<T>(script: string, ...args: string[]): T {
  return JSON.parse(execFileSync(PYTHON, [join(HERE, script), ...args], { encoding: 'utf8' })) as T;
}

/** Words a leader must not find in a letter: file paths, rows' file:line, the plan's "6 rõ" count. */
const MACHINE_WORDS = /\.ya?ml\b|plan\/|Nguồn:|6 rõ|\{[a-z_]+\}/;

const REPORTS = [
  ['monthly', ['--month', '2026-07'], '2026-07', 'bao-cao-thang-07-2026'],
  ['semi-annual', ['--half', '2026-H1'], '2026-H1', 'bao-cao-6-thang-dau-nam-2026'],
  ['annual', ['--year', '2026'], '2026', 'bao-cao-nam-2026'],
  ['unit', ['--month', '2026-07', '--unit', 'so-yt'], '2026-07', 'bao-cao-thang-07-2026-so-yt'],
] as const;

for (const kind of ['shipped', 'progress'] as const) {
  describe(`the documents of the ${kind === 'shipped' ? 'shipped plan' : 'SYNTHETIC plan with progress'}, as a reader sees them`, () => {
    let root: string;
    beforeAll(async () => {
      requireTools();
      if (kind === 'shipped') {
        root = mkdtempSync(join(tmpdir(), 'de06-shipped-'));
        cpSync(join(REPO, 'plan'), join(root, 'plan'), { recursive: true });
      } else {
        root = await makeProgressPlan();
      }
      made.push(root);
    });

    for (const [name, args, period, base] of REPORTS) {
      it(`the ${name} report: A4 pages through LibreOffice, no machine words, a printable workbook`, async () => {
        const result = await de06(root, ['report', ...args, '--format', 'docx,xlsx,pdf']);
        expect(result.exitCode, result.stderr).toBe(0);
        const dir = join(root, 'reports', period);
        const { count, text, size } = pages(join(dir, `${base}.pdf`), `${kind}-${base}`);
        expect(count).toBeGreaterThanOrEqual(2);
        expect(size).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
        expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
        expect(text).toContain('Nơi nhận:');
        expect(text).not.toMatch(MACHINE_WORDS);
        // the letter is dated today, the figures stand at their own day
        expect(text).toContain('ngày 02 tháng 12 năm 2026');
        if (name === 'annual') expect(text.replace(/\s+/g, ' ')).toContain('kỳ báo cáo chưa kết thúc, số liệu chỉ tính đến ngày 02/12/2026');
        const sheets = python<XlsxSheet[]>('read-xlsx.py', join(dir, `${base}.xlsx`));
        for (const sheet of sheets) printable(sheet);
        printedWorkbook(join(dir, `${base}.xlsx`), `${kind}-${base}-xlsx`);
      });
    }

    it('the reminder letter: a công văn through LibreOffice, its appendix landscape', async () => {
      const out = join(root, 'remind');
      const result = await de06(root, ['remind', '--format', 'docx,pdf', '--out', out]);
      expect(result.exitCode, result.stderr).toBe(0);
      const { count, text } = pages(join(out, `cong-van-don-doc-${TODAY}.pdf`), `${kind}-remind`);
      expect(count).toBeGreaterThanOrEqual(2);
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('V/v đôn đốc báo cáo');
      expect(flat).toContain('chậm nhất ngày 09/12/2026');
      expect(flat).toContain('DANH SÁCH ĐƠN VỊ CHẬM GỬI BÁO CÁO');
      expect(text).not.toMatch(MACHINE_WORDS);
      const pdfinfo = execFileSync('pdfinfo', ['-f', String(count), '-l', String(count), join(out, `cong-van-don-doc-${TODAY}.pdf`)], { encoding: 'utf8' });
      expect(pdfinfo).toMatch(/Page\s+\d+ size:\s+841\.\d+ x 595\.\d+ pts/);
    });
  });
}

interface XlsxSheet {
  name: string;
  title: string;
  subtitle: string;
  header: string[];
  headerRow: number;
  rows: number;
  last: unknown[];
  lastBold: boolean;
  borders: (string | null)[];
  gridLines: boolean;
  wrap: boolean[];
  formats: string[];
  fontSize: number;
  orientation: string;
  paperSize: number;
  scale: number | null;
  fitToPage: boolean;
  fitToWidth: number | null;
  printTitleRows: string | null;
  printTitleCols: string | null;
  freeze: string;
  widths: number[];
}

/**
 * The workbook printed through LibreOffice: every page holds part of a table, none only the tail
 * of a line that ran past the table's last column (the heading's "…31/08/2026." alone on a page).
 */
function printedWorkbook(xlsx: string, label: string): void {
  const out = mkdtempSync(join(tmpdir(), 'de06-xlsx-'));
  made.push(out);
  execFileSync('soffice', [`-env:UserInstallation=file://${join(out, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', out, xlsx], { stdio: 'ignore', timeout: 180_000 });
  const pdf = join(out, `${basename(xlsx, '.xlsx')}.pdf`);
  const { count } = pages(pdf, label);
  for (let page = 1; page <= count; page++) {
    const text = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], { encoding: 'utf8' });
    const body = text.replace(/Trang \d+ \/ \d+/, '').replace(/\s+/g, ' ').trim();
    expect(body.length, `${label} page ${page}: "${body}"`).toBeGreaterThan(40);
  }
}

/** DESIGN §5: a title row, borders, wrapped text, A4 landscape, nothing printed below 9 pt. */
function printable(sheet: XlsxSheet): void {
  expect(sheet.title, sheet.name).toBe(sheet.title.toLocaleUpperCase('vi'));
  expect(sheet.subtitle, sheet.name).toContain('Số liệu tính đến ngày');
  expect(sheet.orientation, sheet.name).toBe('landscape');
  expect(sheet.paperSize, sheet.name).toBe(9);
  expect(sheet.printTitleRows, sheet.name).toBe(`$${sheet.headerRow}:$${sheet.headerRow}`);
  expect(sheet.freeze, sheet.name).toBe(`A${sheet.headerRow + 1}`);
  // every written cell is bordered, and the grid lines print the rest
  if (sheet.rows > 0) expect(sheet.borders.every((b) => b === 'thin'), sheet.name).toBe(true);
  expect(sheet.gridLines, sheet.name).toBe(true);
  const width = sheet.widths.reduce((a, b) => a + b, 0);
  // 12 pt text: fitted to the page width only where that keeps it at 9 pt or more
  expect(sheet.fitToPage ?? false, sheet.name).toBe(false); // absent is not fitted
  expect(sheet.scale ?? 100, sheet.name).toBeGreaterThanOrEqual(75);
  if ((sheet.scale ?? 100) > 75 || sheet.printTitleCols === null) expect((width * (sheet.scale ?? 100)) / 100, sheet.name).toBeLessThanOrEqual(128);
  if (sheet.name === 'Tổng hợp') {
    expect(sheet.last.slice(0, 3)).toEqual(['Tổng cộng', null, 'Tổng cộng']);
    expect(sheet.lastBold).toBe(true);
  }
  if (sheet.name === 'Nhiệm vụ') expect(sheet.wrap[sheet.header.indexOf('Đơn vị chủ trì')]).toBe(true);
  if (sheet.name === 'Xếp hạng' && sheet.rows > 0) expect(sheet.formats[sheet.header.indexOf('Điểm')]).toBe('0.0');
}

describe('e-mail drafts, read by Python’s email package', () => {
  let out: string;
  let drafts: string[];
  beforeAll(async () => {
    requireTools();
    const root = await makeProgressPlan();
    made.push(root);
    out = join(root, 'remind');
    const result = await de06(root, ['remind', '--format', 'docx,eml,pdf', '--out', out]);
    expect(result.exitCode, result.stderr).toBe(0);
    drafts = readdirSync(out).filter((n) => n.endsWith('.eml')).sort();
  });

  it('one draft per late unit with a mailbox', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(2);
    for (const name of drafts) expect(name).toMatch(new RegExp(`^don-doc-${TODAY}-[a-z0-9-]+\\.eml$`));
  });

  it('the subject and names decode to Vietnamese, the letter is attached and opens, in LibreOffice too', async () => {
    for (const name of drafts) {
      const saved = mkdtempSync(join(tmpdir(), 'de06-eml-'));
      made.push(saved);
      const mail = python<Eml>('read-eml.py', join(out, name), saved);
      expect(mail.defects).toEqual([]);
      expect(mail.subject).toMatch(/^\[Đề án 06\] Đôn đốc (báo cáo|\d+ báo cáo chưa gửi|\d+ nhiệm vụ quá hạn)/);
      expect(mail.from).toBe('Công an tỉnh <thuong-truc@thu-nghiem.invalid>');
      expect(mail.to).toMatch(/^(Sở|UBND) .* <[a-z0-9-]+@thu-nghiem\.invalid>$/);
      expect(mail.unsent).toBe('1');
      expect(mail.body).toContain('chậm nhất ngày 09/12/2026');
      expect(mail.attachments.slice(0, 2).map((a) => [a.filename, a.type, a.opens])).toEqual([
        [`Công văn đôn đốc 02-12-2026.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', true],
        [`Công văn đôn đốc 02-12-2026.pdf`, 'application/pdf', true],
      ]);
      // then the unit's own progress form for each report it owes late, which openpyxl opens
      const unit = /^don-doc-[\d-]+-(.+)\.eml$/.exec(name)![1]!;
      const forms = mail.attachments.slice(2);
      expect(forms.length).toBeGreaterThanOrEqual(1);
      for (const form of forms) {
        expect(form.filename).toMatch(new RegExp(`^Biểu mẫu báo cáo .+ - ${unit}\\.xlsx$`));
        expect(form.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        expect(form.opens).toEqual({ unit, period: expect.stringMatching(/^\d{4}(-\d{2}|-H[12])?$/), sheets: ['Báo cáo', 'Chỉ tiêu', 'Đề xuất', 'Hướng dẫn', '_de06'] });
      }
      // the attached letter is the letter written beside the drafts
      expect(readFileSync(join(saved, 'Công văn đôn đốc 02-12-2026.docx')).equals(readFileSync(join(out, `cong-van-don-doc-${TODAY}.docx`)))).toBe(true);
    }
    const first = mkdtempSync(join(tmpdir(), 'de06-eml-'));
    made.push(first);
    python<Eml>('read-eml.py', join(out, drafts[0]!), first);
    execFileSync('soffice', [`-env:UserInstallation=file://${join(first, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', first, join(first, 'Công văn đôn đốc 02-12-2026.docx')], { stdio: 'ignore', timeout: 180_000 });
    expect(pages(join(first, 'Công văn đôn đốc 02-12-2026.pdf'), `eml-${basename(drafts[0]!, '.eml')}`).text).toContain('V/v đôn đốc');
  });
});

interface Eml {
  subject: string;
  from: string;
  to: string;
  unsent: string;
  defects: string[];
  body: string;
  attachments: { filename: string; type: string; size: number; opens: boolean | { unit: string; period: string; sheets: string[] } }[];
}

describe('PDF bytes', () => {
  it('the same inputs, --as-of and --date give the same PDF', async () => {
    requireTools();
    const root = mkdtempSync(join(tmpdir(), 'de06-pdf-'));
    made.push(root);
    cpSync(join(REPO, 'plan'), join(root, 'plan'), { recursive: true });
    const args = ['report', '--month', '2026-07', '--format', 'pdf', '--date', '2026-08-10', '--as-of', '2026-08-09'];
    await de06(root, [...args, '--out', join(root, 'a')]);
    await de06(root, [...args, '--out', join(root, 'b')]);
    const [a, b] = ['a', 'b'].map((d) => readFileSync(join(root, d, 'bao-cao-thang-07-2026.pdf')));
    expect(a!.subarray(0, 5).toString()).toBe('%PDF-');
    expect(a!.equals(b!)).toBe(true);
    expect(a!.toString('latin1')).toContain('/CreationDate(D:20260809000000');
  });
});
