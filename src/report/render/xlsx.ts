// The Excel report (DESIGN §5). Written with exceljs's streaming writer: rows are committed as they
// go, which keeps a yearly report of tens of thousands of assignments within the memory budget
// (libraries-measured.md §6: the in-memory workbook took 1.5 GB for 100k rows). Only the report
// command loads this module: exceljs costs ~370 ms to import.

import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ReportModel } from '../types.js';
import type { Template } from '../template.js';
import { WATERMARK } from '../labels.js';
import { fixCoreTimes, fixedTime, rezip } from './rezip.js';
import { reportSheets, type ColumnKind, type Sheet, type SheetColumn, type Value } from './xlsx-sheets.js';
import { vnShortDate } from '../../time/vn-date.js';

const FONT = { name: 'Times New Roman', size: 12 } as const;
const DATE_FORMAT = 'dd/mm/yyyy';
/** A number column's integers get thousands separators; its fractions one or two decimals. */
const NUM_FORMAT: Partial<Record<ColumnKind, string>> = { date: DATE_FORMAT, percent: '0.0%', number: '#,##0', score: '0.0', int: '0' };
const FRACTION_FORMAT = '#,##0.0#';
/** Column widths in characters: room for the header, capped so long text wraps instead. */
const MAX_WIDTH: Record<ColumnKind, number> = { text: 24, longText: 44, int: 10, date: 12, percent: 11, number: 12, score: 8 };
const MIN_WIDTH = 6;
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/**
 * What fits across A4 landscape within 0.5 in margins at 100 %, in column-width units: the width
 * of a "0" of the workbook's default font, which is made the sheets' own Times New Roman 12
 * (8 px with its padding, measured on LibreOffice's printout: 10.69 in × 96 px ÷ 8 ≈ 128). Left
 * as exceljs writes it, Calibri 11, the unit is 7 px in Excel but 9 px in a LibreOffice without
 * Calibri, and a sheet sized for Excel ran two columns onto a page of their own. The sheet is
 * fitted to the page width only down to 75 %, where its 12 pt text prints at 9 pt; a wider
 * sheet runs on across pages, its first columns repeated on each.
 */
const PAGE_WIDTH = 128;
const MIN_SCALE = 75;

/** The workbook takes no wording from the template; the parameter keeps both renderers called alike. */
export async function renderXlsx(model: ReportModel, _template?: Template): Promise<Uint8Array> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  // stored, not deflated: rezip compresses once at the end
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true, zip: { store: true } });
  const when = fixedTime(model.asOf);
  wb.creator = 'de06';
  wb.lastModifiedBy = 'de06';
  wb.created = when;
  wb.modified = when;
  const heading = `${model.document.title} ${model.document.subject}`.trim();
  const asOf = `Số liệu tính đến ngày ${vnShortDate(model.asOf)}`;
  const sheets = reportSheets(model);
  for (const sheet of sheets) writeSheet(wb, sheet, { invalid: model.invalid, heading, asOf });
  await wb.commit();
  await done;
  const gridLines = Object.fromEntries(sheets.map((_, i) => [`xl/worksheets/sheet${i + 1}.xml`, printGridLines]));
  return rezip(new Uint8Array(Buffer.concat(chunks)), model.asOf, { ...fixCoreTimes(when), ...gridLines, 'xl/styles.xml': defaultFont });
}

/**
 * The workbook's default font (the first of styles.xml) is the one column widths are measured
 * in. exceljs always writes Calibri 11 there; it becomes the Times New Roman 12 every cell uses,
 * whose metrics LibreOffice's Liberation Serif shares, so a width prints alike in both programs.
 */
function defaultFont(xml: string): string {
  return xml.replace(/(<fonts[^>]*>)<font>.*?<\/font>/, `$1<font><sz val="${FONT.size}"/><name val="${FONT.name}"/><family val="1"/></font>`);
}

/**
 * Printed grid lines draw the borders of the cells left empty (they are not written, see
 * writeSheet). exceljs's streaming writer has no printOptions, so it goes in here, where the
 * schema wants it: just before pageMargins.
 */
function printGridLines(xml: string): string {
  return xml.replace('<pageMargins', '<printOptions gridLines="1"/><pageMargins');
}

/** Points per line of 12 pt text. */
const LINE_HEIGHT = 16;

/**
 * Row height for wrapped cells. Rows are given heights because LibreOffice does not grow rows to
 * fit wrapped text on opening a file, and the header and task titles would overlap.
 */
function rowHeight(values: Value[], widths: number[], wraps: (column: number) => boolean): number {
  let lines = 1;
  values.forEach((value, i) => {
    if (!wraps(i) || value === undefined || value instanceof Date) return;
    // a 12 pt Times character is ~0.9 of the width unit (the "0" of the default 11 pt font)
    const perLine = Math.max(1, (widths[i] ?? 10) * 1.1 - 1);
    lines = Math.max(lines, String(value).split('\n').reduce((n, part) => n + wrappedLines(part, perLine), 0));
  });
  return lines * LINE_HEIGHT;
}

/**
 * Lines a paragraph takes when wrapped at word boundaries, `perLine` characters a line. Counting
 * characters alone put "Mã nhiệm vụ" on two lines of a narrow column, where it takes three.
 */
function wrappedLines(text: string, perLine: number): number {
  if (text.length <= perLine) return 1;
  let lines = 1;
  let used = 0;
  for (const word of text.split(' ')) {
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need <= perLine) used = need;
    else if (used === 0) {
      // a word longer than the line is broken across lines
      lines += Math.ceil(word.length / perLine) - 1;
      used = word.length % perLine || perLine;
    } else {
      lines += 1;
      used = Math.min(word.length, perLine);
      if (word.length > perLine) lines += Math.ceil(word.length / perLine) - 1;
    }
  }
  return lines;
}

const wrapping = (kind: ColumnKind): boolean => kind === 'text' || kind === 'longText';

function columnStyle(column: SheetColumn, bold = false): Partial<ExcelJS.Style> {
  const numFmt = NUM_FORMAT[column.kind];
  return {
    font: bold ? { ...FONT, bold: true } : FONT,
    alignment: { vertical: 'top', wrapText: wrapping(column.kind) },
    border: BORDER,
    ...(numFmt ? { numFmt } : {}),
  };
}

function cellLength(value: Value): number {
  if (value === undefined) return 0;
  if (value instanceof Date) return 10;
  return String(value).length;
}

function widthOf(sheet: Sheet, index: number): number {
  const column = sheet.columns[index]!;
  // a header wraps onto two lines at most, over a column of numbers onto three: the figures are
  // short, and eleven counts side by side then fit the page at a readable scale; never narrower
  // than the header's longest word in bold, which would otherwise break as "Thườ-ng"
  const longestWord = Math.max(...column.header.split(' ').map((w) => w.length));
  let longest = Math.max(Math.ceil(column.header.length / (wrapping(column.kind) || column.kind === 'date' ? 2 : 3)), longestWord);
  for (const row of sheet.rows) longest = Math.max(longest, cellLength(row[index]));
  return Math.max(MIN_WIDTH, Math.min(longest + 2, MAX_WIDTH[column.kind]));
}

function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/**
 * Scaled to one page width when that keeps the text at 9 pt or more; else 75 %, running on. The
 * scale is worked out here rather than left to "fit to page width" (fitToHeight 0), which made
 * LibreOffice print a blank page after a long sheet.
 */
function printScale(widths: number[]): Partial<ExcelJS.PageSetup> {
  const total = widths.reduce((a, b) => a + b, 0);
  if (total <= PAGE_WIDTH) return { scale: 100 };
  if (total * (MIN_SCALE / 100) <= PAGE_WIDTH) return { scale: Math.floor((100 * PAGE_WIDTH) / total) };
  return { scale: MIN_SCALE, printTitlesColumn: 'A:B' };
}

interface SheetContext {
  invalid: boolean;
  /** the report's name, in each sheet's second row */
  heading: string;
  asOf: string;
}

/**
 * Lays out one sheet: its title row, the report it belongs to and the as-of day, the watermark and
 * preamble lines, the header row (frozen, filtered, repeated on printed pages), then the rows,
 * every cell bordered. Strings go in as strings, so "=…", "+…", "-…" or "@…" stay text: exceljs
 * makes a formula only from a { formula } object, never from a string.
 */
function writeSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, sheet: Sheet, context: SheetContext): void {
  const { invalid } = context;
  const lead: Array<{ text: string; font: Partial<ExcelJS.Font> }> = [
    ...(invalid ? [{ text: WATERMARK, font: { ...FONT, bold: true, color: { argb: 'FFFF0000' } } }] : []),
    { text: sheet.title, font: { ...FONT, size: 14, bold: true } },
    { text: `${context.heading}. ${context.asOf}.`, font: { ...FONT, italic: true } },
    ...(sheet.preamble ?? []).map((text) => ({ text, font: { ...FONT, italic: true } })),
  ];
  const headerRow = lead.length + 1;
  const lastColumn = columnLetter(sheet.columns.length);
  const lastRow = headerRow + sheet.rows.length;
  const widths = sheet.columns.map((_, i) => widthOf(sheet, i));
  const ws = wb.addWorksheet(sheet.name, {
    // exceljs writes no <col> for a width of 9, its own default: make it the sheet's default too
    properties: { defaultColWidth: 9 },
    views: [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      ...printScale(widths),
      printTitlesRow: `${headerRow}:${headerRow}`,
      // the table and the lines above it, nothing beyond: without it the page also held the
      // columns a long line above the table spills into, and printed them as a page of their own
      printArea: `A1:${lastColumn}${lastRow}`,
    },
    headerFooter: {
      oddFooter: '&CTrang &P / &N',
      ...(invalid ? { oddHeader: `&C&"Times New Roman,Bold"&KFF0000${WATERMARK}` } : {}),
    },
  });
  ws.columns = widths.map((width) => ({ width }));
  // One style object per column, shared by its cells: exceljs caches style ids by object identity,
  // which is what keeps 60,000 rows fast.
  const styles = sheet.columns.map((c) => columnStyle(c));
  const bold = sheet.columns.map((c) => columnStyle(c, true));
  const fractions = sheet.columns.map((c) => ({ ...columnStyle(c), numFmt: FRACTION_FORMAT }));
  const dateStyle = columnStyle({ header: '', kind: 'date' });
  // each line above the table spans the table's width and wraps within it
  const tableWidth = widths.reduce((a, b) => a + b, 0);
  lead.forEach(({ text, font }, i) => {
    const row = ws.getRow(i + 1);
    const cell = row.getCell(1);
    cell.value = text;
    cell.font = font;
    cell.alignment = { vertical: 'top', wrapText: true };
    if (sheet.columns.length > 1) ws.mergeCells(i + 1, 1, i + 1, sheet.columns.length);
    if (text === sheet.title) row.height = 22 * Math.ceil(rowHeight([text], [tableWidth * 0.8], () => true) / LINE_HEIGHT);
    else row.height = rowHeight([text], [tableWidth], () => true);
    row.commit();
  });
  const header = ws.getRow(headerRow);
  sheet.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { ...FONT, bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
    cell.border = BORDER;
  });
  header.height = rowHeight(sheet.columns.map((c) => c.header), widths, () => true);
  header.commit();
  ws.autoFilter = `A${headerRow}:${lastColumn}${headerRow + Math.max(sheet.rows.length, 1)}`;
  let next = headerRow + 1;
  sheet.rows.forEach((values, r) => {
    const total = sheet.totalRow === true && r === sheet.rows.length - 1;
    const row = ws.getRow(next++);
    sheet.columns.forEach((column, i) => {
      const value = values[i];
      // an empty cell is not written: on a yearly sheet of 60,000 rows that is a third of the
      // cells; the printed grid lines draw its borders
      if (value === undefined) return;
      const cell = row.getCell(i + 1);
      cell.value = value;
      cell.style =
        value instanceof Date ? dateStyle : total ? bold[i]! : column.kind === 'number' && typeof value === 'number' && !Number.isInteger(value) ? fractions[i]! : styles[i]!;
    });
    const wrapped = rowHeight(values, widths, (i) => wrapping(sheet.columns[i]?.kind ?? 'int'));
    if (wrapped > LINE_HEIGHT) row.height = wrapped;
    row.commit();
  });
  ws.commit();
}
