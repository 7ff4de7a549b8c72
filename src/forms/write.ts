// The progress form as an .xlsx (DESIGN §2.7), written with exceljs: its data validation makes
// the drop-down and the date and number checks, its sheet protection (no password: against slips,
// not people) locks all but the input cells. Only `progress form` and `remind` load this module.
// The workbook is rezipped with a fixed time, so the same plan gives the same bytes.

import ExcelJS from 'exceljs';
import { fixCoreTimes, fixedTime, rezip } from '../report/render/rezip.js';
import { utcDate, vnShortDate } from '../time/index.js';
import {
  COLUMNS, FORM_KIND, IDENTITY_KEYS, IDENTITY_TABLE_ROW, INDICATOR_HEADERS, LABEL, PROPOSAL_HEADERS, PROPOSAL_ROWS,
  LABEL_CELLS, ROW, SHEET, STATUS_LABELS, VALUE_COLUMN, columnLetter, type IdentityKey,
} from './layout.js';
import type { FormModel, FormRow } from './model.js';

const FONT = { name: 'Times New Roman', size: 12 } as const;
/** The table's text: 11 pt, so that its twelve columns fit A4 landscape at about 85 %. */
const BODY = { name: 'Times New Roman', size: 11 } as const;
const NO_DEADLINE = 'Kế hoạch không nêu';
const DATE_FORMAT = 'dd/mm/yyyy';
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Where the unit types: a pale yellow, the colour forms use for it. */
const INPUT_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF7D6' } } as const;
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } } as const;
const LAST_COLUMN = columnLetter('problems');
/** What a protected sheet still lets people do: select, and widen columns and rows to read. */
const PROTECTION = { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true } as const;
const PREVIOUS_NONE = 'Chưa báo cáo';

export async function renderForm(form: FormModel): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const when = fixedTime(form.asOf);
  wb.creator = 'de06';
  wb.lastModifiedBy = 'de06';
  wb.created = when;
  wb.modified = when;
  wb.title = `Báo cáo tiến độ ${form.planNumber} – ${form.unitName} – ${form.periodLabel}`;
  await reportSheet(wb, form);
  await indicatorSheet(wb, form);
  await proposalSheet(wb, form);
  await guideSheet(wb, form);
  await identitySheet(wb, form);
  wb.views = [{ activeTab: 0, firstSheet: 0, visibility: 'visible', x: 0, y: 0, width: 28000, height: 16000 }];
  // stored, not deflated: rezip compresses once, natively, at the end
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions));
  return rezip(bytes, form.asOf, fixCoreTimes(when));
}

function newSheet(wb: ExcelJS.Workbook, name: string, landscape: boolean): ExcelJS.Worksheet {
  return wb.addWorksheet(name, {
    properties: { defaultRowHeight: 18 },
    pageSetup: {
      paperSize: 9, // A4
      orientation: landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&C&"Times New Roman"&10Trang &P/&N` },
  });
}

async function reportSheet(wb: ExcelJS.Workbook, form: FormModel): Promise<void> {
  const ws = newSheet(wb, SHEET.report, true);
  ws.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width, style: { font: FONT, alignment: { vertical: 'top', wrapText: true } } }));
  const block = (row: number, text: string, font: Partial<ExcelJS.Font> = {}, height?: number) => {
    ws.mergeCells(`A${row}:${LAST_COLUMN}${row}`);
    const cell = ws.getCell(`A${row}`);
    cell.value = text;
    cell.font = { ...FONT, ...font };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    if (height) ws.getRow(row).height = height;
  };
  block(ROW.title, `BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH SỐ ${form.planNumber.toUpperCase()}`, { bold: true, size: 14 }, 24);
  block(ROW.plan, form.planTitle, { italic: true }, 36);
  block(ROW.unit, `Đơn vị báo cáo: ${form.unitName}`, { bold: true });
  block(ROW.period, `Kỳ báo cáo: ${form.periodLabel}`, { bold: true });
  block(ROW.deadline, form.reportDue ? `Hạn gửi báo cáo: chậm nhất ngày ${vnShortDate(form.reportDue)}` : 'Kỳ này không có hạn gửi báo cáo định kỳ', { bold: true, color: { argb: 'FFC00000' } });

  const label = (row: number, text: string, value: ExcelJS.CellValue, numFmt?: string) => {
    ws.mergeCells(LABEL_CELLS.replaceAll('{row}', String(row)));
    const l = ws.getCell(`A${row}`);
    l.value = text;
    l.font = { ...FONT, bold: true };
    l.alignment = { vertical: 'middle' };
    const v = ws.getCell(`${VALUE_COLUMN}${row}`);
    v.value = value;
    v.fill = INPUT_FILL;
    v.border = BORDER;
    v.protection = { locked: false };
    v.alignment = { horizontal: 'left', vertical: 'middle' };
    if (numFmt) v.numFmt = numFmt;
  };
  label(ROW.submitted, LABEL.submitted, form.submitted ? utcDate(form.submitted) : null, DATE_FORMAT);
  ws.getCell(`${VALUE_COLUMN}${ROW.submitted}`).dataValidation = dateRule(form, 'Ngày gửi báo cáo', 'Nhập ngày theo dạng ngày/tháng/năm, ví dụ 07/08/2026.');
  ws.getCell(`D${ROW.submitted}`).value = 'Ngày/tháng/năm đơn vị gửi báo cáo; để trống thì chưa tính là đã báo cáo.';
  ws.getCell(`D${ROW.submitted}`).font = { ...FONT, italic: true, size: 10 };
  ws.getCell(`D${ROW.submitted}`).alignment = { vertical: 'middle' };
  label(ROW.document, LABEL.document, form.document ?? null, '@');
  ws.getCell(`D${ROW.document}`).value = 'Số, ký hiệu văn bản báo cáo của đơn vị, ví dụ 123/BC-SYT (nếu có).';
  ws.getCell(`D${ROW.document}`).font = { ...FONT, italic: true, size: 10 };
  ws.getCell(`D${ROW.document}`).alignment = { vertical: 'middle' };

  const header = ws.getRow(ROW.header);
  COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { ...FONT, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  header.height = 36;

  form.rows.forEach((row, i) => writeRow(ws, ROW.first + i, i + 1, row, form));
  if (form.rows.length === 0) {
    ws.mergeCells(`A${ROW.first}:${LAST_COLUMN}${ROW.first}`);
    const cell = ws.getCell(`A${ROW.first}`);
    cell.value = 'Đơn vị không có nhiệm vụ chủ trì nào đang mở trong kỳ này; chỉ cần điền ngày gửi báo cáo, chỉ tiêu và đề xuất (nếu có).';
    cell.font = { ...FONT, italic: true };
  }
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: ROW.header, topLeftCell: `A${ROW.first}`, activeCell: `${VALUE_COLUMN}${ROW.submitted}` }];
  ws.pageSetup.printTitlesRow = `${ROW.header}:${ROW.header}`;
  await ws.protect('', PROTECTION);
}

function writeRow(ws: ExcelJS.Worksheet, r: number, no: number, row: FormRow, form: FormModel): void {
  const current = row.current;
  const statusLabel = (key: string | undefined) => STATUS_LABELS.find(([k]) => k === key)?.[1];
  const values: Record<(typeof COLUMNS)[number]['key'], ExcelJS.CellValue> = {
    no,
    task: row.task,
    title: row.title,
    due: row.dueText || NO_DEADLINE,
    occurrence: row.occurrenceLabel,
    previous: row.previous ? statusLabel(row.previous)! : PREVIOUS_NONE,
    status: statusLabel(current?.status) ?? null,
    percent: current?.percent ?? null,
    done_on: current?.done_on ? utcDate(current.done_on) : null,
    note: current?.note ?? null,
    evidence: current?.evidence?.length ? current.evidence.join('\n') : null,
    problems: current?.problems ?? null,
  };
  const line = ws.getRow(r);
  line.height = rowHeight(COLUMNS.map((c) => [values[c.key], c.width]));
  COLUMNS.forEach((c, i) => {
    const cell = line.getCell(i + 1);
    cell.value = values[c.key];
    cell.border = BORDER;
    cell.font = BODY;
    cell.alignment = { vertical: 'top', wrapText: true, ...(c.key === 'no' || c.key === 'percent' ? { horizontal: 'center' } : {}) };
    if (!c.input) return;
    cell.protection = { locked: false };
    cell.fill = INPUT_FILL;
  });
  line.getCell(columnLetter('task')).numFmt = '@';
  line.getCell(columnLetter('status')).dataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: [`"${STATUS_LABELS.map(([, l]) => l).join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Tình trạng',
    error: 'Chọn một trong: Chưa thực hiện, Đang thực hiện, Đã hoàn thành, Tạm dừng.',
  };
  line.getCell(columnLetter('percent')).dataValidation = {
    type: 'whole',
    operator: 'between',
    allowBlank: true,
    formulae: [0, 100],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Tỷ lệ (%)',
    error: 'Nhập một số nguyên từ 0 đến 100.',
  };
  line.getCell(columnLetter('percent')).numFmt = '0';
  const doneOn = line.getCell(columnLetter('done_on'));
  doneOn.numFmt = DATE_FORMAT;
  doneOn.dataValidation = dateRule(form, 'Ngày hoàn thành', 'Nhập ngày hoàn thành theo dạng ngày/tháng/năm; bắt buộc khi tình trạng là "Đã hoàn thành".');
  for (const key of ['note', 'evidence', 'problems'] as const) line.getCell(columnLetter(key)).numFmt = '@';
}

/**
 * A row's height in points for its longest cell, wrapped at the column's width: spreadsheet
 * programs keep the height a file gives and do not grow a row to its text on opening.
 */
function rowHeight(cells: [ExcelJS.CellValue, number][]): number {
  const lines = Math.max(1, ...cells.map(([value, width]) => {
    if (typeof value !== 'string') return 1;
    // an 11 pt Times character is a little under one width unit; words that do not break take the rest
    return value.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil((line.length * 0.8) / (width - 1))), 0);
  }));
  return Math.min(409, lines * 12.8 + 4);
}

/** A date from a year before the plan's period to a year after it: a typo like 2062 is stopped. */
function dateRule(form: FormModel, title: string, error: string): ExcelJS.DataValidation {
  const year = Number(form.period.slice(0, 4));
  return {
    type: 'date',
    operator: 'between',
    allowBlank: true,
    formulae: [utcDate(`${year - 1}-01-01`), utcDate(`${year + 2}-12-31`)],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: title,
    error,
  };
}

function headerRow(ws: ExcelJS.Worksheet, headers: readonly string[]): void {
  const row = ws.getRow(1);
  headers.forEach((text, i) => {
    const cell = row.getCell(i + 1);
    cell.value = text;
    cell.font = { ...FONT, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  row.height = 30;
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
  ws.pageSetup.printTitlesRow = '1:1';
}

async function indicatorSheet(wb: ExcelJS.Workbook, form: FormModel): Promise<void> {
  const ws = newSheet(wb, SHEET.indicators, true);
  ws.columns = [14, 50, 14, 14, 18].map((width) => ({ width, style: { font: FONT, alignment: { vertical: 'top', wrapText: true } } }));
  headerRow(ws, INDICATOR_HEADERS);
  form.indicators.forEach((indicator, i) => {
    const row = ws.getRow(2 + i);
    [indicator.id, indicator.title, indicator.unit, indicator.target, indicator.value ?? null].forEach((value, c) => {
      const cell = row.getCell(c + 1);
      cell.value = value;
      cell.border = BORDER;
      cell.font = FONT;
      cell.alignment = { vertical: 'top', wrapText: true };
    });
    const input = row.getCell(5);
    input.protection = { locked: false };
    input.fill = INPUT_FILL;
  });
  if (form.indicators.length === 0) {
    const note = ws.getCell('G1');
    note.value = 'Kế hoạch chưa giao chỉ tiêu nào cho kỳ này: không cần điền trang này.';
    note.font = { ...FONT, italic: true };
    ws.getColumn(7).width = 60;
  }
  await ws.protect('', PROTECTION);
}

async function proposalSheet(wb: ExcelJS.Workbook, form: FormModel): Promise<void> {
  const ws = newSheet(wb, SHEET.proposals, false);
  ws.columns = [6, 100].map((width) => ({ width, style: { font: FONT, alignment: { vertical: 'top', wrapText: true } } }));
  headerRow(ws, PROPOSAL_HEADERS);
  const count = Math.max(PROPOSAL_ROWS, form.proposals.length);
  for (let i = 0; i < count; i++) {
    const row = ws.getRow(2 + i);
    row.getCell(1).value = i + 1;
    row.getCell(1).alignment = { horizontal: 'center', vertical: 'top' };
    const text = row.getCell(2);
    text.value = form.proposals[i] ?? null;
    text.protection = { locked: false };
    text.fill = INPUT_FILL;
    text.numFmt = '@';
    for (const c of [1, 2]) {
      row.getCell(c).border = BORDER;
      row.getCell(c).font = FONT;
    }
  }
  await ws.protect('', PROTECTION);
}

async function guideSheet(wb: ExcelJS.Workbook, form: FormModel): Promise<void> {
  const ws = newSheet(wb, SHEET.guide, false);
  ws.getColumn(1).width = 110;
  const due = form.reportDue ? `chậm nhất ngày ${vnShortDate(form.reportDue)}` : 'theo yêu cầu của Cơ quan Thường trực';
  const lines: [string, Partial<ExcelJS.Font>?][] = [
    [`HƯỚNG DẪN ĐIỀN BIỂU MẪU BÁO CÁO TIẾN ĐỘ – ${form.unitName.toUpperCase()} – ${form.periodLabel.toUpperCase()}`, { bold: true, size: 13 }],
    [''],
    ['1. Mở trang "Báo cáo". Chỉ các ô tô màu vàng nhạt được điền; các ô khác đã khóa để tránh sửa nhầm.'],
    ['2. Ô "Ngày gửi báo cáo": ngày đơn vị gửi báo cáo, dạng ngày/tháng/năm (ví dụ 07/08/2026). Khi ô này còn trống, biểu mẫu chỉ là bản nháp và chưa được tính là đã báo cáo.'],
    ['3. Ô "Số văn bản": số, ký hiệu văn bản báo cáo của đơn vị (nếu có).'],
    ['4. Mỗi dòng của bảng là một nhiệm vụ đơn vị chủ trì đang thực hiện. Với mỗi dòng, chọn "Tình trạng" trong danh sách: Chưa thực hiện, Đang thực hiện, Đã hoàn thành, Tạm dừng. Dòng để trống là nhiệm vụ đơn vị không báo cáo trong kỳ này.'],
    ['5. "Tỷ lệ (%)" là số nguyên từ 0 đến 100. "Ngày hoàn thành" bắt buộc khi chọn "Đã hoàn thành", và không được sau ngày gửi báo cáo.'],
    ['6. "Kết quả thực hiện": những việc đã làm được trong kỳ. "Minh chứng": mỗi văn bản, sản phẩm một dòng (Alt+Enter để xuống dòng trong ô). "Khó khăn, vướng mắc": nêu rõ nguyên nhân.'],
    ['7. Không thêm, xóa hoặc đổi thứ tự các dòng, không đổi mã nhiệm vụ. Nhiệm vụ mới phát sinh hoặc ý kiến khác xin ghi ở trang "Đề xuất".'],
    ['8. Trang "Chỉ tiêu": điền giá trị đạt được trong kỳ vào cột "Giá trị kỳ này" (nếu kế hoạch có giao chỉ tiêu).'],
    ['9. Trang "Đề xuất": mỗi đề xuất, kiến nghị một dòng.'],
    [`10. Lưu tệp dưới dạng Excel (.xlsx), giữ nguyên tên trang, và gửi về Cơ quan Thường trực ${due}: qua thư điện tử, hoặc tải lên thư mục inbox/ của kho kế hoạch trên trang web.`],
    ['11. Biểu mẫu được kiểm tra tự động khi nhận; nếu có ô điền chưa đúng, đơn vị sẽ nhận được tên ô cần sửa (ví dụ Báo cáo!G12) và cách sửa.'],
  ];
  lines.forEach(([text, font], i) => {
    const cell = ws.getCell(`A${1 + i}`);
    cell.value = text;
    cell.font = { ...FONT, ...font };
    cell.alignment = { vertical: 'top', wrapText: true };
  });
  await ws.protect('', PROTECTION);
}

/** The form's identity: key | value rows, then one row per table row and indicator. */
async function identitySheet(wb: ExcelJS.Workbook, form: FormModel): Promise<void> {
  const ws = wb.addWorksheet(SHEET.identity, { state: 'hidden' });
  const values: Record<IdentityKey, string | number> = {
    form: FORM_KIND,
    version: form.version,
    plan: form.planId,
    plan_number: form.planNumber,
    unit: form.unit,
    period: form.period,
    commit: form.commit,
    rows: form.rows.length,
    indicators: form.indicators.length,
  };
  IDENTITY_KEYS.forEach((key, i) => {
    ws.getCell(`A${1 + i}`).value = key;
    const v = ws.getCell(`B${1 + i}`);
    v.value = values[key];
    v.numFmt = '@';
  });
  ['kind', 'row', 'id', 'occurrence', 'event_on'].forEach((h, i) => (ws.getRow(IDENTITY_TABLE_ROW - 1).getCell(i + 1).value = h));
  let r = IDENTITY_TABLE_ROW;
  form.rows.forEach((row, i) => {
    ws.getRow(r++).values = ['task', ROW.first + i, row.task, row.occurrence ?? '', row.eventOn ?? ''];
  });
  form.indicators.forEach((indicator, i) => {
    ws.getRow(r++).values = ['indicator', 2 + i, indicator.id, '', ''];
  });
  await ws.protect('', PROTECTION);
}
