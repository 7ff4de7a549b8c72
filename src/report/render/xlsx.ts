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

const FONT = { name: 'Times New Roman', size: 12 } as const;
const DATE_FORMAT = 'dd/mm/yyyy';
const NUM_FORMAT: Partial<Record<ColumnKind, string>> = { date: DATE_FORMAT, percent: '0.0%', number: '#,##0.##', int: '0' };
/** Column widths in characters: room for the header, capped so long text wraps instead. */
const MAX_WIDTH: Record<ColumnKind, number> = { text: 40, longText: 70, int: 14, date: 12, percent: 14, number: 14 };
const MIN_WIDTH = 6;

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
  for (const sheet of reportSheets(model)) writeSheet(wb, sheet, model.invalid);
  await wb.commit();
  await done;
  return rezip(new Uint8Array(Buffer.concat(chunks)), model.asOf, fixCoreTimes(when));
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
    lines = Math.max(lines, Math.ceil(String(value).length / perLine));
  });
  return lines * LINE_HEIGHT;
}

function columnStyle(column: SheetColumn): Partial<ExcelJS.Style> {
  const numFmt = NUM_FORMAT[column.kind];
  return {
    font: FONT,
    alignment: { vertical: 'top', wrapText: column.kind === 'longText' },
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
  let longest = column.header.length;
  for (const row of sheet.rows) longest = Math.max(longest, cellLength(row[index]));
  return Math.max(MIN_WIDTH, Math.min(longest + 2, MAX_WIDTH[column.kind]));
}

function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/**
 * Lays out one sheet: optional watermark and preamble lines, the header row (frozen, filtered,
 * repeated on printed pages), then the rows. Strings go in as strings, so "=…", "+…", "-…" or "@…"
 * stay text: exceljs makes a formula only from a { formula } object, never from a string.
 */
function writeSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, sheet: Sheet, invalid: boolean): void {
  const lead = [...(invalid ? [WATERMARK] : []), ...(sheet.preamble ?? [])];
  const headerRow = lead.length + 1;
  const lastColumn = columnLetter(sheet.columns.length);
  const ws = wb.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
    },
    headerFooter: {
      oddFooter: '&CTrang &P / &N',
      ...(invalid ? { oddHeader: `&C&"Times New Roman,Bold"&KFF0000${WATERMARK}` } : {}),
    },
  });
  const widths = sheet.columns.map((_, i) => widthOf(sheet, i));
  ws.columns = widths.map((width) => ({ width }));
  // One style object per column, shared by its cells: exceljs caches style ids by object identity,
  // which is what keeps 60,000 rows fast.
  const styles = sheet.columns.map(columnStyle);
  const dateStyle = columnStyle({ header: '', kind: 'date' });
  lead.forEach((text, i) => {
    const row = ws.getRow(i + 1);
    row.getCell(1).value = text;
    row.getCell(1).font = invalid && i === 0 ? { ...FONT, bold: true, color: { argb: 'FFFF0000' } } : { ...FONT, italic: true };
    row.commit();
  });
  const header = ws.getRow(headerRow);
  sheet.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { ...FONT, bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  header.height = rowHeight(sheet.columns.map((c) => c.header), widths, () => true);
  header.commit();
  ws.autoFilter = `A${headerRow}:${lastColumn}${headerRow + Math.max(sheet.rows.length, 1)}`;
  let next = headerRow + 1;
  for (const values of sheet.rows) {
    const row = ws.getRow(next++);
    values.forEach((value, i) => {
      if (value === undefined) return;
      const cell = row.getCell(i + 1);
      cell.value = value;
      cell.style = value instanceof Date ? dateStyle : styles[i]!;
    });
    const wrapped = rowHeight(values, widths, (i) => sheet.columns[i]?.kind === 'longText');
    if (wrapped > LINE_HEIGHT) row.height = wrapped;
    row.commit();
  }
  ws.commit();
}
