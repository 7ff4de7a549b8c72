import { describe, expect, test, beforeAll } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { renderDocx } from '../../src/report/render/docx.js';
import { renderXlsx } from '../../src/report/render/xlsx.js';
import { vnDateLine } from '../../src/time/vn-date.js';
import { WATERMARK } from '../../src/report/labels.js';
import { toDiagnostics } from '../../src/lint/lint.js';
import {
  builtinTemplate,
  findTemplate,
  readTemplate,
  TEMPLATE_KINDS,
  type Template,
} from '../../src/report/template.js';
import type { ReportModel } from '../../src/report/types.js';
import { SYNTHETIC_UNITS, syntheticModel } from './fixture.js';

function parts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
}

/** The row of a sheet's column headings: the first whose first cell is a heading of the sheet. */
function headerRowOf(ws: ExcelJS.Worksheet): number {
  for (let r = 1; r <= ws.rowCount; r++) {
    const cell = ws.getRow(r).getCell(1);
    if (cell.fill && (cell.fill as ExcelJS.FillPattern).pattern === 'solid' && cell.font?.bold) return r;
  }
  return 0;
}

async function workbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  return wb;
}

let monthly: Template;
let annual: Template;
let unitMonthly: Template;
beforeAll(async () => {
  monthly = await builtinTemplate('monthly');
  annual = await builtinTemplate('annual');
  unitMonthly = await builtinTemplate('unit-monthly');
});

describe('vnDateLine (NĐ 30/2020: leading zero for days < 10 and months 1–2)', () => {
  test.each([
    ['2026-01-05', 'Bắc Ninh, ngày 05 tháng 01 năm 2026'],
    ['2026-06-29', 'Bắc Ninh, ngày 29 tháng 6 năm 2026'],
    ['2026-02-10', 'Bắc Ninh, ngày 10 tháng 02 năm 2026'],
    ['2026-12-15', 'Bắc Ninh, ngày 15 tháng 12 năm 2026'],
  ])('%s → %s', (iso, expected) => {
    expect(vnDateLine('Bắc Ninh', iso)).toBe(expected);
  });
});

describe('templates', () => {
  test.each(TEMPLATE_KINDS)('built-in %s validates against template.schema.json', async (kind) => {
    const template = await builtinTemplate(kind);
    expect(template.kind).toBe(kind);
    expect(template.noi_nhan.at(-1)).toMatch(/^Lưu: VT/);
    expect(template.signer.name ?? '').toBe('');
  });

  test('a bad template gives problems, positioned like any plan file, not an exception', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'de06-template-'));
    const path = join(dir, 'monthly.yaml');
    await writeFile(path, 'kind: monthly\ncode: BC-CAT\ntitle: BÁO CÁO\ncolour: red\n');
    const result = await readTemplate(path);
    await rm(dir, { recursive: true });
    expect(result.template).toBeUndefined();
    const shown = toDiagnostics(result.problems!, result.source!, 'vi');
    const unknown = shown.find((p) => p.message.includes('"colour"'));
    expect(unknown).toMatchObject({ rule: 'schema', line: 4, column: 1 });
    expect(shown.some((p) => p.message.includes('"subject"'))).toBe(true);
  });

  test('broken YAML and a missing file are problems too', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'de06-template-'));
    await writeFile(join(dir, 'annual.yaml'), 'kind: annual\nkind: monthly\n  bad: [\n');
    const broken = await readTemplate(join(dir, 'annual.yaml'));
    expect(broken.problems?.[0]?.rule).toMatch(/^(yaml-syntax|duplicate-key)$/);
    expect(broken.problems?.[0]?.position?.line).toBeGreaterThan(0);
    const missing = await readTemplate(join(dir, 'nothing.yaml'));
    expect(missing.problems?.[0]?.message).toBe('report.template.unreadable');
    await rm(dir, { recursive: true });
  });

  test("the repository's template wins over the built-in one", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'de06-template-'));
    const { stringify } = await import('yaml');
    await writeFile(join(dir, 'monthly.yaml'), stringify({ ...monthly, code: 'BC-TCT' }));
    const found = await findTemplate('monthly', [dir, join(dir, 'none')]);
    expect(found.template?.code).toBe('BC-TCT');
    const fallback = await findTemplate('annual', [dir, join(process.cwd(), 'templates')]);
    expect(fallback.template?.kind).toBe('annual');
    await rm(dir, { recursive: true });
  });

  test("a unit's report takes its code from the unit's short name", () => {
    const model = syntheticModel('monthly', unitMonthly, { unit: SYNTHETIC_UNITS[2] });
    expect(model.document.number.trim()).toBe('/BC-SYT');
    expect(model.issuer).toEqual({ parent: 'UBND TỈNH BẮC NINH', name: 'Sở Y tế' });
    expect(model.recipients.kinhGui).toEqual(['Công an tỉnh Bắc Ninh (Cơ quan Thường trực)']);
  });
});

describe('renderDocx (NĐ 30/2020 Phụ lục I)', () => {
  let files: Record<string, string>;
  let doc: string;
  beforeAll(async () => {
    files = parts(await renderDocx(syntheticModel('monthly', monthly), monthly));
    doc = files['word/document.xml']!;
  });

  test('A4 portrait with the decree margins, then landscape appendices', () => {
    expect(doc).toContain('<w:pgSz w:w="11906" w:h="16838"');
    const margins = doc.match(/<w:pgMar [^>]*>/)?.[0] ?? '';
    for (const attr of ['w:top="1134"', 'w:bottom="1134"', 'w:left="1701"', 'w:right="850"']) expect(margins).toContain(attr);
    expect(doc).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
  });

  test('Times New Roman 14 pt by default; 13 pt letterhead lines', () => {
    expect(files['word/styles.xml']).toMatch(/<w:rPrDefault>.*w:ascii="Times New Roman".*<w:sz w:val="28"\/>/s);
    expect(doc).toContain('<w:sz w:val="26"/>');
    expect(doc).toContain('<w:sz w:val="28"/>');
  });

  test('letterhead, motto, date line, title and recipients', () => {
    for (const text of [
      'CÔNG AN TỈNH BẮC NINH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Bắc Ninh, ngày 31 tháng 7 năm 2026',
      'Số:       /BC-CAT',
      'BÁO CÁO',
      'Kính gửi:',
      '- Ủy ban nhân dân tỉnh Bắc Ninh.',
      '- Lưu: VT, PC06.',
      'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
      // section I is the narrative file's, not the placeholder
      'Ngày 12/7/2026, Tổ công tác tổ chức hội nghị',
    ]) {
      expect(doc).toContain(text);
    }
    // the rules are drawn borders, not underscores
    expect(doc).not.toContain('____');
    expect(doc).toMatch(/<w:pBdr><w:bottom w:val="single"/);
  });

  test('page numbers in the header, none on the first page', () => {
    const headers = Object.entries(files).filter(([p]) => /^word\/header\d+\.xml$/.test(p));
    expect(headers.some(([, xml]) => /<w:instrText[^>]*>PAGE<\/w:instrText>/.test(xml))).toBe(true);
    expect(doc).toContain('<w:titlePg/>');
    expect(doc).toMatch(/<w:pgNumType w:start="1"\/>/);
  });

  test('appendix tables repeat their header row and keep rows whole', () => {
    expect(doc).toContain('Phụ lục I');
    expect(doc).toContain('TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ');
    expect(doc).toContain('<w:tblHeader/>');
    expect(doc).toContain('<w:cantSplit/>');
    expect(doc).toContain('III.2.4. Duy trì');
  });

  test('no hyperlinks and no watermark on valid data', () => {
    expect(doc).not.toContain('w:hyperlink');
    expect(JSON.stringify(files)).not.toContain(WATERMARK);
  });

  test('invalid data puts the watermark in every header', async () => {
    const stamped = parts(await renderDocx(syntheticModel('annual', annual, { invalid: true }), annual));
    const headers = Object.entries(stamped).filter(([p]) => /^word\/header\d+\.xml$/.test(p));
    expect(headers.length).toBeGreaterThanOrEqual(2);
    for (const [, xml] of headers) expect(xml).toContain(WATERMARK);
    expect(stamped['word/document.xml']).toContain('KẾT QUẢ ĐÁNH GIÁ, XẾP HẠNG CÁC ĐƠN VỊ');
  });

  test("a unit's own report: one recipient on the Kính gửi line, no submissions appendix", async () => {
    const model = syntheticModel('monthly', unitMonthly, { unit: SYNTHETIC_UNITS[2] });
    const unitDoc = parts(await renderDocx(model, unitMonthly))['word/document.xml']!;
    expect(unitDoc).toContain('UBND TỈNH BẮC NINH');
    expect(unitDoc).toContain('SỞ Y TẾ');
    expect(unitDoc).toContain('Công an tỉnh Bắc Ninh (Cơ quan Thường trực).');
    expect(unitDoc).not.toContain('TÌNH HÌNH GỬI BÁO CÁO');
    expect(unitDoc).toContain('Phụ lục II');
  });

  test('same model, same bytes; document times come from the as-of date', async () => {
    const model = syntheticModel('monthly', monthly);
    const [a, b] = [await renderDocx(model, monthly), await renderDocx(model, monthly)];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(parts(a)['docProps/core.xml']).toContain('>2026-07-31T00:00:00Z</dcterms:created>');
  });
});

/** The text of a .docx's body, one line per paragraph. */
function textOf(xml: string): string {
  return xml.split('</w:p>').map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).join('\n');
}

describe('a letter a leader signs as generated (DESIGN §5)', () => {
  test('every percentage has one decimal', async () => {
    const text = textOf(parts(await renderDocx(syntheticModel('monthly', monthly), monthly))['word/document.xml']!);
    const percents = text.match(/\d+(,\d+)?%/g) ?? [];
    expect(percents.length).toBeGreaterThan(5);
    for (const p of percents) expect(p).toMatch(/^\d+,\d%$/);
    expect(text).toContain('100,0%');
  });

  test('the summary table is kept on one page: every row but the last keeps with the next', async () => {
    const doc = parts(await renderDocx(syntheticModel('monthly', monthly), monthly))['word/document.xml']!;
    const head = doc.indexOf('Tình trạng</w:t>');
    const table = doc.slice(doc.lastIndexOf('<w:tbl>', head), doc.indexOf('</w:tbl>', head));
    const rows = table.split('<w:tr>').slice(1);
    // the header, the eight statuses and the total
    expect(rows).toHaveLength(10);
    for (const row of rows.slice(0, -1)) expect(row).toContain('<w:keepNext/>');
    expect(rows.at(-1)).not.toContain('<w:keepNext/>');
  });

  test('what the units did is told in section II, and what falls due next in section IV', async () => {
    const model = syntheticModel('monthly', monthly);
    const text = textOf(parts(await renderDocx(model, monthly))['word/document.xml']!);
    const ii = text.slice(text.indexOf('II. KẾT QUẢ THỰC HIỆN'), text.indexOf('III. TỒN TẠI'));
    expect(ii).toContain('Kết quả thực hiện của các đơn vị trong kỳ');
    // one line a unit: what it wrote, the task and how it stands
    const first = model.results[0]!;
    expect(ii).toContain(`- ${first.unit.name}: ${first.note} (${first.task}, ${first.statusLabel.toLocaleLowerCase('vi')}`);
    const iv = text.slice(text.indexOf('IV. NHIỆM VỤ TRỌNG TÂM KỲ TỚI'), text.indexOf('V. ĐỀ XUẤT'));
    expect(iv).toContain('Các đơn vị gửi báo cáo định kỳ đúng hạn: báo cáo tháng 8 năm 2026 (hạn 09/9/2026).');
    expect(iv).toContain('lượt nhiệm vụ đã quá hạn nêu tại mục III');
  });

  test("a recurring task's occurrences in section IV: each unit named once, the deadlines as a run", async () => {
    const model = syntheticModel('semiannual', monthly);
    const unit = SYNTHETIC_UNITS[0]!;
    const row = { task: 'II.5', title: 'Cập nhật dữ liệu dân cư hằng tháng (thử nghiệm)', unit, dueLabel: 'Hằng tháng', source: 'plan/tasks/x.yaml:1' };
    model.nextPeriod = ['2026-08-04', '2026-09-04', '2026-10-05', '2026-11-04'].map((due) => ({ ...row, due }));
    const text = textOf(parts(await renderDocx(model, monthly))['word/document.xml']!);
    expect(text).toContain(`- II.5. Cập nhật dữ liệu dân cư hằng tháng (thử nghiệm) (chủ trì: ${unit.name}; thời hạn: 4 kỳ, từ 04/08/2026 đến 04/11/2026).`);
    expect(text).not.toContain('4 đơn vị');
  });

  test('section III counts a unit\'s overdue occurrences as "lượt", as its total does', async () => {
    const model = syntheticModel('monthly', monthly);
    const text = textOf(parts(await renderDocx(model, monthly))['word/document.xml']!);
    const iii = text.slice(text.indexOf('III. TỒN TẠI'), text.indexOf('IV. NHIỆM VỤ'));
    const lines = iii.split('\n').filter((l) => l.includes('quá hạn lâu nhất'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/: \d+ lượt nhiệm vụ \(/);
  });

  test('no text below 11 pt, in the body or in any appendix (the submission matrix of a year included)', async () => {
    const doc = parts(await renderDocx(syntheticModel('annual', annual), annual))['word/document.xml']!;
    const runs = [...doc.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map((m) => m[1]!).filter((r) => /<w:t[^>]*>[^<]*\S[^<]*<\/w:t>/.test(r));
    expect(runs.length).toBeGreaterThan(100);
    for (const run of runs) {
      const size = /<w:sz w:val="(\d+)"\/>/.exec(run)?.[1];
      if (size !== undefined) expect(Number(size), run.slice(0, 200)).toBeGreaterThanOrEqual(22);
    }
  });

  test('no empty appendix: a section with nothing to list says so in one sentence, and the numbers close up', async () => {
    const model = { ...syntheticModel('monthly', unitMonthly, { unit: SYNTHETIC_UNITS[2] }), indicators: [] };
    const text = textOf(parts(await renderDocx(model, unitMonthly))['word/document.xml']!);
    expect(text).toContain('Trong kỳ, đơn vị chưa báo cáo số liệu chỉ tiêu.');
    expect(text).toContain('Phụ lục I');
    expect(text).not.toContain('Phụ lục II');
    expect(text).not.toContain('KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU');
  });

  test('no ranking without data: one sentence, no ranking appendix', async () => {
    const model = syntheticModel('annual', annual);
    model.ranking = { ...model.ranking!, ready: false, rows: [] };
    const text = textOf(parts(await renderDocx(model, annual))['word/document.xml']!);
    expect(text).toContain('chưa đủ dữ liệu để đánh giá, xếp hạng các đơn vị');
    expect(text).not.toContain('Xếp thứ');
    expect(text).not.toContain('KẾT QUẢ ĐÁNH GIÁ, XẾP HẠNG CÁC ĐƠN VỊ');
  });

  test('the plan’s "6 rõ" gaps stay out of the letter and go to the workbook', async () => {
    const model = syntheticModel('monthly', monthly);
    const text = textOf(parts(await renderDocx(model, monthly))['word/document.xml']!);
    expect(text).not.toContain('6 rõ');
    const ws = (await workbook(await renderXlsx(model))).getWorksheet('Chưa đủ 6 rõ')!;
    expect(ws.getRow(headerRowOf(ws) + 1).getCell(2).value).toBe('III.1.1');
  });

  test('a blank date line for the clerk, in the letter and under each appendix title', async () => {
    const model = syntheticModel('monthly', monthly);
    model.document = { ...model.document, date: null, dayPhrase: 'ngày    tháng    năm 2026', dateLine: 'Bắc Ninh, ngày    tháng    năm 2026' };
    const text = textOf(parts(await renderDocx(model, monthly))['word/document.xml']!);
    expect(text).toContain('Bắc Ninh, ngày    tháng    năm 2026');
    expect(text).toContain('(Kèm theo Báo cáo số       /BC-CAT ngày    tháng    năm 2026)');
  });
});

describe('renderXlsx', () => {
  let model: ReportModel;
  let wb: ExcelJS.Workbook;
  let bytes: Uint8Array;
  beforeAll(async () => {
    model = syntheticModel('semiannual', await builtinTemplate('semiannual'));
    model.assignments[0]!.note = '=HYPERLINK("x")';
    model.assignments[1]!.note = '-5 ngày';
    model.assignments[2]!.note = '+84 912 000 000';
    model.assignments[3]!.note = '@SUM(A1)';
    bytes = await renderXlsx(model, monthly);
    wb = await workbook(bytes);
  });

  test('the sheets of DESIGN §5, plus remarks and ranking', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Tổng hợp',
      'Nhiệm vụ',
      'Quá hạn',
      'Báo cáo đơn vị',
      'Chỉ tiêu',
      'Khó khăn, đề xuất',
      'Xếp hạng',
      'Chưa đủ 6 rõ',
      'Nguồn',
    ]);
  });

  test('every sheet: a title row, the report and its as-of day, a frozen header row, an autofilter, A4 landscape', () => {
    for (const ws of wb.worksheets) {
      const title = String(ws.getCell('A1').value);
      expect(title).toBe(title.toLocaleUpperCase('vi'));
      expect(String(ws.getCell('A2').value)).toContain(model.document.subject);
      expect(String(ws.getCell('A2').value)).toContain('Số liệu tính đến ngày 05/06/2026');
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRowOf(ws) });
      expect(ws.autoFilter).toBeTruthy();
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape' });
      expect(ws.headerFooter.oddFooter).toBe('&CTrang &P / &N');
    }
    const tasks = wb.getWorksheet('Nhiệm vụ')!;
    expect(tasks.autoFilter).toBe(`A3:N${model.assignments.length + 3}`);
  });

  test('prints legibly: no sheet fitted to the page width below 75 % (12 pt text at 9 pt)', () => {
    for (const ws of wb.worksheets) {
      const setup = ws.pageSetup;
      // the scale is set, never left to "fit to page" (LibreOffice printed a blank page after it)
      expect(setup.fitToPage, ws.name).toBeFalsy();
      expect(setup.scale, ws.name).toBeGreaterThanOrEqual(75);
      const width = ws.columns.reduce((sum, c) => sum + (c.width ?? 0), 0);
      // scaled to the page width, or at 75 % running on with its first columns repeated
      if (setup.scale! > 75 || !setup.printTitlesColumn) expect((width * setup.scale!) / 100, ws.name).toBeLessThanOrEqual(128);
    }
    // the widest sheet runs on across pages, its first columns repeated on each
    expect(wb.getWorksheet('Nhiệm vụ')!.pageSetup).toMatchObject({ scale: 75 });
  });

  test('prints the table and no more: the lines above it span its width, the print area ends at its last column', () => {
    for (const ws of wb.worksheets) {
      const header = headerRowOf(ws);
      const last = ws.getRow(header).cellCount;
      const letter = String.fromCharCode(64 + last);
      expect(ws.pageSetup.printArea, ws.name).toBe(`A1:${letter}${ws.rowCount}`);
      for (let r = 1; r < header; r++) {
        expect(ws.getCell(r, last).isMerged, `${ws.name} row ${r}`).toBe(true);
        expect(ws.getCell(r, 1).alignment?.wrapText, `${ws.name} row ${r}`).toBe(true);
      }
    }
  });

  test('column widths are measured in the font the cells use, alike in Excel and LibreOffice', () => {
    const styles = parts(bytes)['xl/styles.xml']!;
    expect(/<fonts[^>]*><font>(.*?)<\/font>/.exec(styles)?.[1]).toBe('<sz val="12"/><name val="Times New Roman"/><family val="1"/>');
  });

  test('bordered, wrapped, and the total row says "Tổng cộng"', () => {
    const tasks = wb.getWorksheet('Nhiệm vụ')!;
    const lead = tasks.getRow(4).getCell(6);
    expect(lead.alignment?.wrapText).toBe(true);
    expect(lead.border?.left?.style).toBe('thin');
    const summary = wb.getWorksheet('Tổng hợp')!;
    const last = summary.getRow(summary.rowCount);
    expect([last.getCell(1).value, last.getCell(3).value]).toEqual(['Tổng cộng', 'Tổng cộng']);
    expect(last.getCell(4).value).toBe(model.summary.assigned);
    expect(last.getCell(4).font?.bold).toBe(true);
    const ranking = wb.getWorksheet('Xếp hạng')!;
    expect(ranking.getRow(headerRowOf(ranking) + 1).getCell(6).numFmt).toBe('0.0');
  });

  test('assignment rows carry the model values, dates as dates', () => {
    const ws = wb.getWorksheet('Nhiệm vụ')!;
    expect(ws.getRow(3).getCell(3).value).toBe('Nội dung nhiệm vụ');
    for (const i of [0, 7, model.assignments.length - 1]) {
      const a = model.assignments[i]!;
      const row = ws.getRow(i + 4);
      expect(row.getCell(2).value).toBe(a.task);
      expect(row.getCell(3).value).toBe(a.title);
      expect(row.getCell(6).value).toBe(a.unit.name);
      expect(row.getCell(10).value).toBe(a.statusLabel);
      expect(row.getCell(14).value).toBe(a.source);
    }
    const dated = model.assignments.findIndex((a) => a.dueDate === '2026-09-30');
    const due = ws.getRow(dated + 4).getCell(8);
    expect(due.value).toBeInstanceOf(Date);
    expect((due.value as Date).toISOString()).toBe('2026-09-30T00:00:00.000Z');
    expect(due.numFmt).toBe('dd/mm/yyyy');
  });

  test('text that looks like a formula stays text', async () => {
    const ws = wb.getWorksheet('Nhiệm vụ')!;
    const notes = [4, 5, 6, 7].map((r) => ws.getRow(r).getCell(13));
    expect(notes.map((c) => c.value)).toEqual(['=HYPERLINK("x")', '-5 ngày', '+84 912 000 000', '@SUM(A1)']);
    for (const cell of notes) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }
    for (const [path, xml] of Object.entries(parts(bytes))) {
      if (path.startsWith('xl/worksheets/')) expect(xml).not.toContain('<f>');
    }
  });

  test('invalid data: watermark in the first row and the page header of every sheet', async () => {
    const stamped = await workbook(await renderXlsx(syntheticModel('monthly', monthly, { invalid: true })));
    for (const ws of stamped.worksheets) {
      expect(ws.getCell('A1').value).toBe(WATERMARK);
      expect(ws.headerFooter.oddHeader).toContain(WATERMARK);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRowOf(ws) });
    }
  });

  test('same model, same bytes', async () => {
    const again = await renderXlsx(model, monthly);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    expect(wb.created.toISOString()).toBe('2026-06-05T00:00:00.000Z');
    expect(wb.creator).toBe('de06');
  });
});
