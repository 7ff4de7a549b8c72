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
      '- Lưu: VT.',
      'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
      '(Đơn vị bổ sung nội dung',
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
      'Nguồn',
    ]);
  });

  test('every sheet has a frozen header row, an autofilter and an A4 landscape print setup', () => {
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen' });
      expect(ws.autoFilter).toBeTruthy();
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
      expect(ws.headerFooter.oddFooter).toBe('&CTrang &P / &N');
    }
    expect(wb.getWorksheet('Nhiệm vụ')!.autoFilter).toBe(`A1:N${model.assignments.length + 1}`);
  });

  test('assignment rows carry the model values, dates as dates', () => {
    const ws = wb.getWorksheet('Nhiệm vụ')!;
    expect(ws.getRow(1).getCell(3).value).toBe('Nội dung nhiệm vụ');
    for (const i of [0, 7, model.assignments.length - 1]) {
      const a = model.assignments[i]!;
      const row = ws.getRow(i + 2);
      expect(row.getCell(2).value).toBe(a.task);
      expect(row.getCell(3).value).toBe(a.title);
      expect(row.getCell(6).value).toBe(a.unit.name);
      expect(row.getCell(10).value).toBe(a.statusLabel);
      expect(row.getCell(14).value).toBe(a.source);
    }
    const dated = model.assignments.findIndex((a) => a.dueDate === '2026-09-30');
    const due = ws.getRow(dated + 2).getCell(8);
    expect(due.value).toBeInstanceOf(Date);
    expect((due.value as Date).toISOString()).toBe('2026-09-30T00:00:00.000Z');
    expect(due.numFmt).toBe('dd/mm/yyyy');
  });

  test('text that looks like a formula stays text', async () => {
    const ws = wb.getWorksheet('Nhiệm vụ')!;
    const notes = [2, 3, 4, 5].map((r) => ws.getRow(r).getCell(13));
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
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    }
  });

  test('same model, same bytes', async () => {
    const again = await renderXlsx(model, monthly);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    expect(wb.created.toISOString()).toBe('2026-06-05T00:00:00.000Z');
    expect(wb.creator).toBe('de06');
  });
});
