// The appendices (phụ lục) of the Word report, each in its own landscape section: "Phụ lục I" 14 pt
// bold centred, the title upper case bold, "(Kèm theo Báo cáo số …)" italic, then a table whose
// header row repeats on every page (NĐ 30/2020 Phụ lục I, khoản on phụ lục). An appendix with no
// rows is not made: the body says so in one sentence instead, and the numbers close up.
//
// Phụ lục I has one row per task, not per (task, unit): a task owned by a group of 130 units would
// otherwise fill pages with one row each. Per-unit rows are in the Excel workbook ("Nhiệm vụ").

import type { Paragraph, Table } from 'docx';
import type { AssignmentRow, ReportModel, SubmissionPeriod } from '../types.js';
import { APPENDIX_TITLES, COLUMN, decimalText, rateText, STATUS_LABELS, SUBMISSION_LABELS, roman } from '../labels.js';
import { grid, LANDSCAPE_TEXT_WIDTH, line, shareWidths, SIZE, type GridCell, type GridColumn } from './docx-kit.js';
import { vnShortDate } from '../../time/vn-date.js';
import { groupBy } from './group.js';
import { STATUS_KEYS } from '../types.js';

/** The number of each phụ lục the report has; absent when it has nothing to hold. */
export interface AppendixNumbers {
  assignments?: number;
  /** only the province's report lists every unit's submissions */
  submissions?: number;
  indicators?: number;
  ranking?: number;
}

/** Which phụ lục holds what; the body refers to them by these numbers. */
export function appendixNumbers(model: ReportModel): AppendixNumbers {
  const present = {
    assignments: model.assignments.length > 0,
    submissions: model.scope.kind === 'province' && model.submissions.rows.length > 0,
    indicators: model.indicators.length > 0,
    ranking: model.ranking !== undefined && model.ranking.ready && model.ranking.rows.length > 0,
  };
  const numbers: AppendixNumbers = {};
  let n = 1;
  for (const key of ['assignments', 'submissions', 'indicators', 'ranking'] as const) if (present[key]) numbers[key] = n++;
  return numbers;
}

export interface Appendix {
  children: Array<Paragraph | Table>;
}

export function appendices(model: ReportModel): Appendix[] {
  const numbers = appendixNumbers(model);
  const list: Appendix[] = [];
  if (numbers.assignments) list.push(appendix(model, numbers.assignments, APPENDIX_TITLES.assignments, assignmentsTable(model.assignments)));
  if (numbers.submissions) {
    const { table, lead } = submissionsTable(model);
    list.push(appendix(model, numbers.submissions, APPENDIX_TITLES.submissions, table, lead));
  }
  if (numbers.indicators) list.push(appendix(model, numbers.indicators, APPENDIX_TITLES.indicators, indicatorsTable(model)));
  if (numbers.ranking && model.ranking) {
    list.push(
      appendix(model, numbers.ranking, APPENDIX_TITLES.ranking, rankingTable(model), [
        line(`Cách tính: ${model.ranking.formula}.`, { size: SIZE.small, after: 120, align: 'left' }),
      ]),
    );
  }
  return list;
}

function appendix(model: ReportModel, n: number, title: string, table: Table, lead: Paragraph[] = []): Appendix {
  const { number, dayPhrase } = model.document;
  return {
    children: [
      line(`Phụ lục ${roman(n)}`, { bold: true, size: SIZE.body }),
      line(title, { bold: true, size: SIZE.body }),
      line(`(Kèm theo Báo cáo số ${number} ${dayPhrase})`, { italics: true, size: SIZE.body, after: 240 }),
      ...lead,
      table,
    ],
  };
}

function columns(spec: Array<[string, number, GridColumn['align']?]>): GridColumn[] {
  const widths = shareWidths(LANDSCAPE_TEXT_WIDTH, spec.map(([, w]) => w));
  return spec.map(([header, , align], i) => ({ header, width: widths[i] ?? 0, ...(align ? { align } : {}) }));
}

function assignmentsTable(rows: AssignmentRow[]): Table {
  const cols = columns([
    [COLUMN.stt, 5, 'center'],
    [COLUMN.taskContent, 34],
    [COLUMN.lead, 15],
    [COLUMN.due, 11, 'center'],
    [COLUMN.status, 17],
    [COLUMN.note, 18],
  ]);
  const tasks = [...groupBy(rows, (r) => r.task).values()];
  return grid(
    cols,
    tasks.map((group, i) => taskRow(i + 1, group)),
  );
}

function dueText(row: AssignmentRow): string {
  return row.dueDate && row.dueLabel !== vnShortDate(row.dueDate) ? `${row.dueLabel}\n(${vnShortDate(row.dueDate)})` : row.dueLabel;
}

/** One task: its lead units, deadline, status (counts by status when several units lead it). */
function taskRow(stt: number, group: AssignmentRow[]): GridCell[] {
  const first = group[0]!;
  const content: Paragraph[] = [
    line(`${first.task}. ${first.title}`, { size: SIZE.table, align: 'left' }),
  ];
  // the rows' sources ("file:line") are the workbook's: the letter holds no machine words
  const notes = group.filter((g) => g.note).map((g) => (group.length > 1 ? `${g.unit.name}: ${g.note}` : (g.note ?? '')));
  const noteCell: Paragraph[] = notes.slice(0, 5).map((n) => line(n, { size: SIZE.table, align: 'left' }));
  if (notes.length > 5) noteCell.push(line(`và ${notes.length - 5} ghi chú khác (tệp Excel kèm theo).`, { size: SIZE.table, align: 'left', italics: true }));
  if (group.length === 1) {
    const status = first.percent !== undefined ? `${first.statusLabel} (${first.percent}%)` : first.statusLabel;
    return [String(stt), content, first.unit.name, dueText(first), status, cellOf(noteCell)];
  }
  // a group is several lead units, or several occurrences of a recurring task, or both
  const units = [...new Set(group.map((g) => g.unit.name))];
  const counts = STATUS_KEYS.map((key) => [key, group.filter((g) => g.status === key).length] as const).filter(([, c]) => c > 0);
  const statusText = counts.map(([key, c]) => `${STATUS_LABELS[key]}: ${c}`).join('\n');
  const unitText = units.length <= 4 ? units.join(';\n') : `${units.length} đơn vị`;
  const overdue = [...groupBy(group.filter((g) => g.status === 'overdue'), (g) => g.unit.name)].map(([name, rows]) =>
    rows.length > 1 ? `${name} (${rows.length} kỳ)` : name,
  );
  if (overdue.length > 0) {
    noteCell.unshift(
      line(`Quá hạn: ${overdue.slice(0, 8).join(', ')}${overdue.length > 8 ? ` và ${overdue.length - 8} đơn vị khác` : ''}.`, {
        size: SIZE.table,
        align: 'left',
      }),
    );
  }
  // a recurring task's occurrences share one wording; their dates are in the Excel annex
  const dues = [...new Set(group.map((g) => (g.occurrence ? g.dueLabel : dueText(g))))];
  return [String(stt), content, unitText, dues.join('\n'), statusText, cellOf(noteCell)];
}

/** A cell holds at least one paragraph (OOXML): an empty one when there is nothing to say. */
function cellOf(paragraphs: Paragraph[]): GridCell {
  return paragraphs.length > 0 ? paragraphs : '';
}

/** Up to this many periods, the matrix's columns are wide enough to write each period in full. */
const WIDE_MATRIX_PERIODS = 4;

/**
 * Units × periods. A 6-month or annual report has 7–15 periods: their columns are then headed
 * "T1" … "T12", "6T đầu", "Năm" with the due day below, cells are written small with the day
 * sent as dd/mm, and a note under the title says what the short headings mean.
 */
function submissionsTable(model: ReportModel): { table: Table; lead: Paragraph[] } {
  const { periods, rows } = model.submissions;
  const compact = periods.length > WIDE_MATRIX_PERIODS;
  const year = model.period.start.slice(0, 4);
  const header = (p: SubmissionPeriod): string =>
    compact ? [...shortPeriod(p.id, year), 'hạn', vnShortDate(p.due).slice(0, 5)].join('\n') : `${p.label}\n(hạn ${vnShortDate(p.due)})`;
  const cols = columns([
    [COLUMN.stt, 5, 'center'],
    [COLUMN.unit, compact ? 15 : 25],
    ...periods.map((p): [string, number, GridColumn['align']] => [header(p), (compact ? 80 : 70) / Math.max(periods.length, 1), 'center']),
  ]);
  const table = grid(
    cols,
    rows.map((row, i) => [
      String(i + 1),
      row.unit.name,
      ...periods.map((p): GridCell => {
        const cell = row.cells.find((c) => c.period === p.id);
        if (!cell) return '';
        const state = SUBMISSION_LABELS[cell.state];
        if (!compact) return cell.submitted ? `${state}\n${vnShortDate(cell.submitted)}` : state;
        return [state, ...(cell.submitted ? [vnShortDate(cell.submitted).slice(0, 5)] : [])].map((text) => line(text, { size: SIZE.list }));
      }),
    ]),
  );
  const legend = 'Ghi chú: T1 … T12 là báo cáo tháng; 6T đầu, 6T cuối là báo cáo 6 tháng đầu, cuối năm; Năm là báo cáo năm. Các cột xếp theo hạn gửi. Ngày dưới tình trạng là ngày gửi (ngày/tháng).';
  return { table, lead: compact ? [line(legend, { italics: true, size: SIZE.list, after: 120, align: 'left' })] : [] };
}

/** "T7", "6T đầu", "Năm"; a period of another year than the report's adds the year on its own line. */
function shortPeriod(id: string, reportYear: string): string[] {
  const [y, rest] = [id.slice(0, 4), id.slice(5)];
  const name = rest === '' ? 'Năm' : rest === 'H1' ? '6T đầu' : rest === 'H2' ? '6T cuối' : /^Q\d$/.test(rest) ? `Quý ${rest.slice(1)}` : `T${Number(rest)}`;
  return y === reportYear ? [name] : [name, `(${y})`];
}

function indicatorsTable(model: ReportModel): Table {
  const cols = columns([
    [COLUMN.stt, 5, 'center'],
    [COLUMN.indicatorId, 8],
    [COLUMN.indicator, 40],
    [COLUMN.measure, 9, 'center'],
    [COLUMN.target, 9, 'center'],
    [COLUMN.value, 9, 'center'],
    [COLUMN.reportedBy, 20],
  ]);
  const text = (v: number | string | undefined, measure?: string): string =>
    v === undefined ? '' : typeof v === 'number' ? (measure === '%' ? decimalText(v) : v.toLocaleString('vi-VN')) : v;
  return grid(
    cols,
    model.indicators.map((ind, i) => [
      String(i + 1),
      ind.id,
      ind.title,
      ind.measure ?? '',
      text(ind.target, ind.measure),
      ind.value === undefined ? 'Chưa có số liệu' : text(ind.value, ind.measure),
      ind.reportedBy?.name ?? '',
    ]),
  );
}

/** A unit with nothing due in one part has no rate there (status/scoring.ts). */
function rate(value: number | null): string {
  return value === null ? '–' : rateText(value);
}

function rankingTable(model: ReportModel): Table {
  const cols = columns([
    [COLUMN.rank, 8, 'center'],
    [COLUMN.unit, 44],
    [COLUMN.tasksOnTimeRate, 16, 'center'],
    [COLUMN.reportsOnTimeRate, 16, 'center'],
    [COLUMN.score, 16, 'center'],
  ]);
  return grid(
    cols,
    (model.ranking?.rows ?? []).map((r) => [
      String(r.rank),
      r.unit.name,
      rate(r.tasksOnTimeRate),
      rate(r.reportsOnTimeRate),
      decimalText(r.score),
    ]),
  );
}
