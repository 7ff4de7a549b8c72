// A filled progress form read back (DESIGN §2.7): the workbook's cells turned into a progress
// document, each value remembering the cell it came from, and every problem the form itself shows
// (a label that is no status, a date that is no date, a row added or deleted) with its cell. What
// the document then means — a done task without its day, a percent past 100, an unknown task — is
// left to the loader's own schema and rules (import.ts), which point back at the cells through
// `cells`.
//
// It reads what spreadsheet programs really write: dates as date cells, serial numbers or text
// dd/mm/yyyy; numbers as text; labels with stray spaces, non-breaking spaces or another Unicode
// normalisation; formulas by their cached result.

import ExcelJS from 'exceljs';
import type { Params } from '../i18n/index.js';
import type { Severity } from '../plan/findings.js';
import { isValidIsoDate } from '../time/index.js';
import {
  COLUMNS, FORM_KIND, FORM_VERSION, IDENTITY_KEYS, IDENTITY_TABLE_ROW, INDICATOR_HEADERS, LABEL, PROPOSAL_HEADERS, SHEET, STATUS_LABELS,
  type ColumnKey, type IdentityKey,
} from './layout.js';

/** A cell: "Báo cáo!G12". */
export interface CellRef {
  sheet: string;
  cell: string;
}

export interface FormProblem extends CellRef {
  rule: string;
  severity: Severity;
  /** message id in the i18n catalogs */
  message: string;
  params?: Params;
}

export interface FormIdentity {
  version: number;
  plan: string;
  planNumber: string;
  unit: string;
  period: string;
  commit: string;
}

export interface FilledForm {
  identity?: FormIdentity;
  /** the progress document, in the key order of DESIGN §2.4 */
  document?: ProgressDocument;
  /** where each value came from, by JSON pointer into `document` */
  cells: Map<string, CellRef>;
  problems: FormProblem[];
}

export interface ProgressDocument {
  unit: string;
  period: string;
  submitted?: string;
  document?: string;
  updates: UpdateDocument[];
  indicators?: { id: string; value: number | string }[];
  proposals?: string[];
}

export interface UpdateDocument {
  task: string;
  status: string;
  percent?: number;
  done_on?: string;
  occurrence?: string;
  event_on?: string;
  note?: string;
  evidence?: string[];
  problems?: string;
}

/** Where the reader looks for the table's header row, from the top of Báo cáo. */
const HEADER_SEARCH_ROWS = 40;

export async function readForm(bytes: Uint8Array): Promise<FilledForm> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) as unknown as ExcelJS.Buffer);
  const problems: FormProblem[] = [];
  const cells = new Map<string, CellRef>();
  const problem = (sheet: string, cell: string, message: string, params?: Params, severity: Severity = 'error') =>
    problems.push({ sheet, cell, rule: 'form', severity, message, ...(params ? { params } : {}) });

  const identitySheet = sheetNamed(wb, SHEET.identity);
  const identity = identitySheet ? readIdentity(identitySheet) : undefined;
  if (!identity) {
    problem(SHEET.report, 'A1', 'form.not-a-form');
    return { cells, problems };
  }
  if (identity.version > FORM_VERSION) {
    problem(SHEET.identity, 'B2', 'form.newer', { version: identity.version });
    return { identity: identity.identity, cells, problems };
  }

  const report = sheetNamed(wb, SHEET.report);
  if (!report) {
    problem(SHEET.report, 'A1', 'form.no-sheet', { sheet: SHEET.report });
    return { identity: identity.identity, cells, problems };
  }
  const document: ProgressDocument = { unit: identity.identity.unit, period: identity.identity.period, updates: [] };
  readLabels(report, document, cells, problem);
  readTable(report, identity.rows, document, cells, problem);
  const indicators = sheetNamed(wb, SHEET.indicators);
  if (indicators) readIndicators(indicators, identity.indicators, document, cells, problem);
  else if (identity.indicators.length > 0) problem(SHEET.indicators, 'A1', 'form.no-sheet', { sheet: SHEET.indicators });
  const proposals = sheetNamed(wb, SHEET.proposals);
  if (proposals) readProposals(proposals, document, cells, problem);
  return { identity: identity.identity, document, cells, problems };
}

type Problem = (sheet: string, cell: string, message: string, params?: Params, severity?: Severity) => void;

interface IdentityRow {
  row: number;
  id: string;
  occurrence: string;
  eventOn: string;
}

/** A sheet by its name as people may have retyped it. */
function sheetNamed(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((ws) => same(ws.name, name));
}

function readIdentity(ws: ExcelJS.Worksheet): { identity: FormIdentity; version: number; rows: IdentityRow[]; indicators: IdentityRow[] } | undefined {
  const values = new Map<string, string>();
  IDENTITY_KEYS.forEach((_, i) => values.set(text(ws.getCell(`A${1 + i}`)), text(ws.getCell(`B${1 + i}`))));
  const get = (key: IdentityKey) => values.get(key) ?? '';
  if (get('form') !== FORM_KIND) return undefined;
  const version = Number(get('version'));
  const rows: IdentityRow[] = [];
  const indicators: IdentityRow[] = [];
  const count = Number(get('rows')) + Number(get('indicators'));
  for (let r = IDENTITY_TABLE_ROW; r < IDENTITY_TABLE_ROW + (Number.isSafeInteger(count) ? Math.min(count, 100000) : 0); r++) {
    const row = ws.getRow(r);
    const entry = { row: Number(text(row.getCell(2))), id: text(row.getCell(3)), occurrence: text(row.getCell(4)), eventOn: text(row.getCell(5)) };
    (text(row.getCell(1)) === 'indicator' ? indicators : rows).push(entry);
  }
  return {
    identity: { version, plan: get('plan'), planNumber: get('plan_number'), unit: get('unit'), period: get('period'), commit: get('commit') },
    version: Number.isFinite(version) ? version : 0,
    rows,
    indicators,
  };
}

function readLabels(ws: ExcelJS.Worksheet, doc: ProgressDocument, cells: Map<string, CellRef>, problem: Problem): void {
  for (const [key, label] of [['submitted', LABEL.submitted], ['document', LABEL.document]] as const) {
    const at = findLabel(ws, label);
    if (!at) {
      problem(SHEET.report, 'A7', 'form.no-label', { label });
      continue;
    }
    // the value is the first cell right of the label that is not part of the label's merge
    const labelCell = ws.getCell(at.row, at.col);
    let col = at.col + 1;
    while (col < 8 && ws.getCell(at.row, col).isMerged && ws.getCell(at.row, col).master === labelCell) col++;
    const cell = ws.getCell(at.row, col);
    const ref = { sheet: SHEET.report, cell: cell.address };
    cells.set(`/${key}`, ref);
    if (key === 'document') {
      const value = text(cell);
      if (value) doc.document = value;
      continue;
    }
    const day = dateOf(cell);
    if (day === null) continue;
    if (day === undefined) problem(ref.sheet, ref.cell, 'form.bad-date', { value: text(cell), label });
    else doc.submitted = day;
  }
}

function findLabel(ws: ExcelJS.Worksheet, label: string): { row: number; col: number } | undefined {
  for (let r = 1; r <= HEADER_SEARCH_ROWS; r++) {
    for (let c = 1; c <= 4; c++) if (same(text(ws.getCell(r, c)), label)) return { row: r, col: c };
  }
  return undefined;
}

function readTable(ws: ExcelJS.Worksheet, expected: IdentityRow[], doc: ProgressDocument, cells: Map<string, CellRef>, problem: Problem): void {
  let header = 0;
  for (let r = 1; r <= HEADER_SEARCH_ROWS && !header; r++) {
    if (COLUMNS.every((c, i) => same(text(ws.getCell(r, i + 1)), c.header))) header = r;
  }
  if (!header) {
    problem(SHEET.report, 'A10', 'form.no-header', { headers: COLUMNS.map((c) => c.header).join(', ') });
    return;
  }
  const col = (key: ColumnKey) => COLUMNS.findIndex((c) => c.key === key) + 1;
  const lastRow = Math.max(ws.rowCount, header + expected.length);
  const table: { row: number; id: string }[] = [];
  for (let r = header + 1; r <= lastRow; r++) {
    // below the form's rows, a row counts once anything but its number is in it
    if (r - header > expected.length && COLUMNS.every((_, i) => i === 0 || isEmpty(ws.getCell(r, i + 1)))) continue;
    table.push({ row: r, id: text(ws.getCell(r, col('task'))) });
  }
  if (!sameRows(table, expected, problem)) return;

  for (const [i, want] of expected.entries()) {
    const r = table[i]!.row;
    const cell = (key: ColumnKey) => ws.getCell(r, col(key));
    const ref = (key: ColumnKey) => ({ sheet: SHEET.report, cell: cell(key).address });
    const inputs = COLUMNS.filter((c) => c.input && c.key !== 'status').map((c) => c.key);
    const statusText = text(cell('status'));
    if (!statusText) {
      // an untouched row reports nothing; a row with something in it needs its status
      const touched = inputs.find((key) => !isEmpty(cell(key)));
      if (touched) problem(SHEET.report, cell('status').address, 'form.status-missing', { task: want.id, labels: statusList() });
      continue;
    }
    const at = `/updates/${doc.updates.length}`;
    cells.set(at, ref('status'));
    const status = statusKey(statusText);
    if (!status) problem(SHEET.report, cell('status').address, 'form.bad-status', { value: statusText, labels: statusList() });
    const update: UpdateDocument = { task: want.id, status: status ?? statusText };
    cells.set(`${at}/task`, ref('task'));
    cells.set(`${at}/status`, ref('status'));
    const percent = percentOf(cell('percent'));
    if (percent === undefined) problem(SHEET.report, cell('percent').address, 'form.bad-percent', { value: text(cell('percent')) });
    else if (percent !== null) update.percent = percent;
    cells.set(`${at}/percent`, ref('percent'));
    const doneOn = dateOf(cell('done_on'));
    if (doneOn === undefined) problem(SHEET.report, cell('done_on').address, 'form.bad-date', { value: text(cell('done_on')), label: 'Ngày hoàn thành' });
    else if (doneOn !== null) update.done_on = doneOn;
    cells.set(`${at}/done_on`, ref('done_on'));
    if (want.occurrence) update.occurrence = want.occurrence;
    if (want.eventOn) update.event_on = want.eventOn;
    cells.set(`${at}/occurrence`, ref('occurrence'));
    cells.set(`${at}/event_on`, ref('occurrence'));
    const note = longText(cell('note'));
    if (note) update.note = note;
    cells.set(`${at}/note`, ref('note'));
    const evidence = longText(cell('evidence')).split('\n').map((l) => l.trim()).filter(Boolean);
    if (evidence.length > 0) update.evidence = evidence;
    cells.set(`${at}/evidence`, ref('evidence'));
    const problems = longText(cell('problems'));
    if (problems) update.problems = problems;
    cells.set(`${at}/problems`, ref('problems'));
    doc.updates.push(update);
  }
}

/**
 * The table's task ids against the form's own list: a changed id, a deleted row, a row added
 * inside or below the table are each reported at their cell. True when each of the form's rows is
 * still in its place, so that its cells can be read (rows added below leave them in place).
 */
function sameRows(table: { row: number; id: string }[], expected: IdentityRow[], problem: Problem): boolean {
  const taskCol = String.fromCharCode(65 + COLUMNS.findIndex((c) => c.key === 'task'));
  let ok = true;
  let j = 0;
  for (let i = 0; i < expected.length; i++) {
    const want = expected[i]!;
    const got = table[j];
    if (got && got.id === want.id) {
      j++;
      continue;
    }
    ok = false;
    // deleted: the rows that are there belong to later entries of the form's list
    const laterIndex = got ? expected.findIndex((e, k) => k > i && e.id === got.id) : -1;
    if (!got || laterIndex > i) {
      problem(SHEET.report, `${taskCol}${got?.row ?? want.row}`, 'form.row-deleted', { task: want.id, row: want.row });
      continue;
    }
    problem(SHEET.report, `${taskCol}${got.row}`, 'form.task-changed', { from: want.id, to: got.id || '(trống)' });
    j++;
  }
  for (; j < table.length; j++) problem(SHEET.report, `A${table[j]!.row}`, 'form.row-added', { row: table[j]!.row });
  return ok;
}

function readIndicators(ws: ExcelJS.Worksheet, expected: IdentityRow[], doc: ProgressDocument, cells: Map<string, CellRef>, problem: Problem): void {
  if (!INDICATOR_HEADERS.every((h, i) => same(text(ws.getCell(1, i + 1)), h))) {
    problem(SHEET.indicators, 'A1', 'form.no-header-sheet', { sheet: SHEET.indicators, headers: INDICATOR_HEADERS.join(', ') });
    return;
  }
  const values: { id: string; value: number | string }[] = [];
  for (const [i, want] of expected.entries()) {
    const r = 2 + i;
    const id = text(ws.getCell(r, 1));
    if (id !== want.id) {
      problem(SHEET.indicators, `A${r}`, 'form.indicator-changed', { from: want.id, to: id || '(trống)' });
      continue;
    }
    const cell = ws.getCell(r, 5);
    if (isEmpty(cell)) continue;
    cells.set(`/indicators/${values.length}`, { sheet: SHEET.indicators, cell: cell.address });
    cells.set(`/indicators/${values.length}/value`, { sheet: SHEET.indicators, cell: cell.address });
    const number = numberOf(cell);
    values.push({ id, value: number ?? longText(cell) });
  }
  for (let r = 2 + expected.length; r <= ws.rowCount; r++) {
    if ([1, 2, 3, 4, 5].some((c) => !isEmpty(ws.getCell(r, c)))) problem(SHEET.indicators, `A${r}`, 'form.row-added', { row: r });
  }
  if (values.length > 0) doc.indicators = values;
}

function readProposals(ws: ExcelJS.Worksheet, doc: ProgressDocument, cells: Map<string, CellRef>, problem: Problem): void {
  if (!PROPOSAL_HEADERS.every((h, i) => same(text(ws.getCell(1, i + 1)), h))) {
    problem(SHEET.proposals, 'A1', 'form.no-header-sheet', { sheet: SHEET.proposals, headers: PROPOSAL_HEADERS.join(', ') });
    return;
  }
  const proposals: string[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const cell = ws.getCell(r, 2);
    const value = longText(cell);
    if (!value) continue;
    cells.set(`/proposals/${proposals.length}`, { sheet: SHEET.proposals, cell: cell.address });
    proposals.push(value);
  }
  if (proposals.length > 0) doc.proposals = proposals;
}

// ——— cell values as spreadsheet programs write them ———

/** A cell's value with formulas, links and rich text resolved to what the cell shows. */
function raw(cell: ExcelJS.Cell): unknown {
  // a merged range's other cells repeat its first: they hold nothing of their own
  if (cell.isMerged && cell.master !== cell) return null;
  let value: unknown = cell.value;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const v = value as { result?: unknown; richText?: { text: string }[]; text?: unknown; error?: string };
    if ('richText' in v && Array.isArray(v.richText)) value = v.richText.map((p) => p.text).join('');
    else if ('result' in v || 'formula' in v || 'sharedFormula' in v) value = v.result ?? null;
    else if ('text' in v) value = v.text;
    else if ('error' in v) value = v.error;
  }
  return value;
}

function isEmpty(cell: ExcelJS.Cell): boolean {
  const value = raw(cell);
  return value === null || value === undefined || (typeof value === 'string' && norm(value) === '');
}

/** One line of text, spaces tidied. */
function text(cell: ExcelJS.Cell): string {
  return norm(stringOf(raw(cell)));
}

/** Text that may run over lines: line ends made \n, each line's ends trimmed. */
function longText(cell: ExcelJS.Cell): string {
  return stringOf(raw(cell)).normalize('NFC').replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim()).join('\n').trim();
}

function stringOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoOf(value) ?? '';
  return String(value);
}

function norm(value: string): string {
  return value.normalize('NFC').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Equal as people read them: case, spaces and Unicode normalisation aside (Vietnamese has no
 * letters whose case depends on the locale, so plain toLowerCase does). */
function same(a: string, b: string): boolean {
  return a === b || norm(a).toLowerCase() === norm(b).toLowerCase();
}

function statusKey(label: string): string | undefined {
  return STATUS_LABELS.find(([key, l]) => same(label, l) || same(label, key))?.[0];
}

function statusList(): string {
  return STATUS_LABELS.map(([, l]) => l).join(', ');
}

/** A date cell, a serial number, or text d/m/yyyy (also with - or .) or yyyy-mm-dd; null when
 * empty, undefined when it is none of these or not a real day. */
function dateOf(cell: ExcelJS.Cell): string | null | undefined {
  const value = raw(cell);
  if (value === null || value === undefined || (typeof value === 'string' && norm(value) === '')) return null;
  if (value instanceof Date) return isoOf(value);
  if (typeof value === 'number') return serialDate(value);
  const s = norm(String(value));
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return checked(`${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`);
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return checked(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
  if (/^\d+(\.\d+)?$/.test(s)) return serialDate(Number(s));
  return undefined;
}

function checked(iso: string): string | undefined {
  return isValidIsoDate(iso) ? iso : undefined;
}

/** A spreadsheet date: the day of a Date exceljs made from a serial (UTC midnight). */
function isoOf(date: Date): string | undefined {
  const t = date.getTime();
  if (!Number.isFinite(t)) return undefined;
  // a time of day is rounded to its day; exceljs gives the serial's day at UTC
  return checked(new Date(Math.floor((t + 1000) / 86400000) * 86400000).toISOString().slice(0, 10));
}

/** Excel's 1900 date system: serial 1 is 1900-01-01, and 60 the 29/2/1900 that never was. */
function serialDate(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 61 || serial > 2958465) return undefined;
  return isoOf(new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000));
}

/** A number cell, or text that is a number ("60", "60,5", " 1.234 "); null when it is neither. */
function numberOf(cell: ExcelJS.Cell): number | null {
  return numberFrom(raw(cell));
}

function numberFrom(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const s = norm(value).replace(/\s/g, '');
  if (!/^[+-]?\d+([.,]\d+)?$/.test(s)) return null;
  return Number(s.replace(',', '.'));
}

/** A whole percent 0–100 as typed: 60, "60", "60 %", or 0.6 in a cell formatted as a percent;
 * null when empty, undefined when it is not a whole number. The range is the schema's to check. */
function percentOf(cell: ExcelJS.Cell): number | null | undefined {
  if (isEmpty(cell)) return null;
  const value = raw(cell);
  let n = numberFrom(typeof value === 'string' ? value.replace(/%\s*$/, '') : value);
  if (n === null) return undefined;
  if (typeof value === 'number' && /%/.test(cell.numFmt ?? '')) n = Math.round(n * 10000) / 100;
  return Number.isInteger(n) ? n : undefined;
}
