// What each sheet of the Excel report holds (DESIGN §5): columns and rows as plain values, built
// from the model. xlsx.ts lays them out; keeping the two apart keeps both short.

import type { IsoDate } from '../../plan/model.js';
import type { ReportModel } from '../types.js';
import { STATUS_KEYS } from '../types.js';
import { COLUMN, OVERDUE_KIND_LABELS, STATUS_LABELS, SUBMISSION_LABELS } from '../labels.js';
import { utcDate } from '../../time/vn-date.js';

export type ColumnKind = 'text' | 'longText' | 'int' | 'date' | 'percent' | 'number' | 'score';
export type Value = string | number | Date | undefined;

export interface SheetColumn {
  header: string;
  kind: ColumnKind;
}

export interface Sheet {
  name: string;
  /** what the sheet holds, in the title row: "TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ" */
  title: string;
  /** lines printed above the table (e.g. the ranking formula) */
  preamble?: string[];
  /** a last row that sums the others, set in bold */
  totalRow?: boolean;
  columns: SheetColumn[];
  rows: Value[][];
}

const text = (header: string): SheetColumn => ({ header, kind: 'text' });
const long = (header: string): SheetColumn => ({ header, kind: 'longText' });
const int = (header: string): SheetColumn => ({ header, kind: 'int' });
const date = (header: string): SheetColumn => ({ header, kind: 'date' });

function day(value: IsoDate | undefined): Date | undefined {
  return value ? utcDate(value) : undefined;
}

export function reportSheets(model: ReportModel): Sheet[] {
  return [
    summarySheet(model),
    assignmentsSheet(model),
    overdueSheet(model),
    submissionsSheet(model),
    indicatorsSheet(model),
    remarksSheet(model),
    ...(model.ranking ? [rankingSheet(model)] : []),
    ...(model.sixClear ? [sixClearSheet(model)] : []),
    provenanceSheet(model),
  ];
}

/** One table for both breakdowns, told apart by the "Theo" column, so one autofilter serves both. */
function summarySheet(model: ReportModel): Sheet {
  const statusColumns = STATUS_KEYS.map((key) => int(STATUS_LABELS[key]));
  const { summary } = model;
  const total = Object.fromEntries(summary.byStatus.map((s) => [s.key, s.count]));
  return {
    name: 'Tổng hợp',
    title: 'TỔNG HỢP KẾT QUẢ THỰC HIỆN THEO NHÓM MỤC TIÊU VÀ ĐƠN VỊ',
    columns: [text(COLUMN.by), text(COLUMN.code), long(COLUMN.name), int(COLUMN.assigned), ...statusColumns, int(COLUMN.reportsOnTime), int(COLUMN.reportsLate), int(COLUMN.reportsMissing)],
    rows: [
      ...model.byObjective.map((o) => ['Nhóm mục tiêu', o.id, o.title, o.assigned, ...STATUS_KEYS.map((k) => o.counts[k]), undefined, undefined, undefined]),
      ...model.byUnit.map((u) => ['Đơn vị', u.unit.id, u.unit.name, u.assigned, ...STATUS_KEYS.map((k) => u.counts[k]), u.reportsOnTime, u.reportsLate, u.reportsMissing]),
      // every assignment once: the sum of the objective rows, and of the unit rows
      ['Tổng cộng', undefined, 'Tổng cộng', summary.assigned, ...STATUS_KEYS.map((k) => total[k] ?? 0), summary.reportsOnTime, summary.reportsLate, summary.reportsMissing],
    ],
    totalRow: true,
  };
}

function assignmentsSheet(model: ReportModel): Sheet {
  return {
    name: 'Nhiệm vụ',
    title: 'TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ CỦA TỪNG ĐƠN VỊ',
    columns: [
      int(COLUMN.stt), text(COLUMN.task), long(COLUMN.taskContent), text(COLUMN.objective), text(COLUMN.unitId), long(COLUMN.lead),
      text(COLUMN.due), date(COLUMN.dueDate), text(COLUMN.occurrence), text(COLUMN.status), int(COLUMN.percent), date(COLUMN.doneOn),
      long(COLUMN.note), text(COLUMN.source),
    ],
    rows: model.assignments.map((a, i) => [
      i + 1, a.task, a.title, a.objective, a.unit.id, a.unit.name, a.dueLabel, day(a.dueDate), a.occurrence, a.statusLabel, a.percent,
      day(a.doneOn), a.note, a.source,
    ]),
  };
}

function overdueSheet(model: ReportModel): Sheet {
  return {
    name: 'Quá hạn',
    title: 'NHIỆM VỤ VÀ BÁO CÁO QUÁ HẠN',
    columns: [int(COLUMN.stt), text(COLUMN.kind), text(COLUMN.task), long(COLUMN.content), long(COLUMN.unit), date(COLUMN.dueDate), int(COLUMN.daysOverdue), text(COLUMN.occurrence), text(COLUMN.source)],
    rows: model.overdue.map((o, i) => [i + 1, OVERDUE_KIND_LABELS[o.kind], o.task, o.title, o.unit.name, day(o.due), o.daysOverdue, o.occurrence, o.source]),
  };
}

/** The submission matrix: per period, the state and the day the report came in. */
function submissionsSheet(model: ReportModel): Sheet {
  const { periods, rows } = model.submissions;
  return {
    name: 'Báo cáo đơn vị',
    title: 'TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ',
    columns: [text(COLUMN.unitId), long(COLUMN.unit), ...periods.flatMap((p) => [text(p.label), date(`${COLUMN.submitted} (${p.label})`)])],
    rows: rows.map((row) => [
      row.unit.id,
      row.unit.name,
      ...periods.flatMap((p) => {
        const cell = row.cells.find((c) => c.period === p.id);
        return [cell ? SUBMISSION_LABELS[cell.state] : undefined, day(cell?.submitted)];
      }),
    ]),
  };
}

function indicatorsSheet(model: ReportModel): Sheet {
  return {
    name: 'Chỉ tiêu',
    title: 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
    ...(model.indicators.length === 0 ? { preamble: ['Kế hoạch chưa có chỉ tiêu được theo dõi (plan/indicators.yaml).'] } : {}),
    columns: [int(COLUMN.stt), text(COLUMN.indicatorId), long(COLUMN.indicator), text(COLUMN.objective), text(COLUMN.measure), { header: COLUMN.target, kind: 'number' }, { header: COLUMN.value, kind: 'number' }, long(COLUMN.reportedBy), text(COLUMN.source)],
    rows: model.indicators.map((ind, i) => [i + 1, ind.id, ind.title, ind.objective, ind.measure, ind.target, ind.value, ind.reportedBy?.name, ind.source]),
  };
}

/** Problems and proposals from the units' progress files; DESIGN §5 lists no sheet, but they are data. */
function remarksSheet(model: ReportModel): Sheet {
  const rows: Value[][] = [
    ...model.problems.map((p): Value[] => ['Khó khăn, vướng mắc', p.unit.name, p.task, p.text, p.source]),
    ...model.proposals.map((p): Value[] => ['Đề xuất, kiến nghị', p.unit.name, undefined, p.text, p.source]),
  ];
  return {
    name: 'Khó khăn, đề xuất',
    title: 'KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ CỦA CÁC ĐƠN VỊ',
    columns: [int(COLUMN.stt), text(COLUMN.kind), long(COLUMN.unit), text(COLUMN.task), long(COLUMN.content), text(COLUMN.source)],
    rows: rows.map((r, i) => [i + 1, ...r]),
  };
}

function rankingSheet(model: ReportModel): Sheet {
  const ranking = model.ranking!;
  return {
    name: 'Xếp hạng',
    title: 'KẾT QUẢ ĐÁNH GIÁ, XẾP HẠNG CÁC ĐƠN VỊ',
    preamble: [
      `Cách tính: ${ranking.formula}`,
      ...(ranking.ready ? [] : ['Chưa xếp hạng: trong kỳ chưa có đơn vị nào gửi báo cáo hoặc hoàn thành nhiệm vụ.']),
    ],
    columns: [int(COLUMN.rank), text(COLUMN.unitId), long(COLUMN.unit), { header: COLUMN.tasksOnTimeRate, kind: 'percent' }, { header: COLUMN.reportsOnTimeRate, kind: 'percent' }, { header: COLUMN.score, kind: 'score' }],
    rows: ranking.rows.map((r) => [r.rank, r.unit.id, r.unit.name, r.tasksOnTimeRate ?? undefined, r.reportsOnTimeRate ?? undefined, r.score]),
  };
}

/**
 * The plan's own tasks that are not "6 rõ" (lint's six-clear rule): for the secretariat to raise
 * with the plan's issuer, not for the letter that goes to it (DESIGN §5).
 */
function sixClearSheet(model: ReportModel): Sheet {
  const gaps = model.sixClear!;
  return {
    name: 'Chưa đủ 6 rõ',
    title: 'NHIỆM VỤ CỦA KẾ HOẠCH CHƯA BẢO ĐẢM NGUYÊN TẮC "6 RÕ"',
    preamble: [`${gaps.unclear}/${gaps.tasks} nhiệm vụ chưa đủ "6 rõ" theo văn bản kế hoạch (de06 lint, quy tắc six-clear).`],
    columns: [int(COLUMN.stt), text(COLUMN.task), long(COLUMN.taskContent), long('Còn thiếu'), text(COLUMN.source)],
    rows: gaps.rows.map((r, i) => [i + 1, r.task, r.title, r.missing.join('; '), r.source]),
  };
}

/** Where the numbers come from: the data version, and a pointer to the per-row "Nguồn" columns. */
function provenanceSheet(model: ReportModel): Sheet {
  const p = model.provenance;
  return {
    name: 'Nguồn',
    title: 'NGUỒN SỐ LIỆU',
    columns: [text(COLUMN.item), long('Giá trị')],
    rows: [
      ['Kế hoạch', `${model.plan.number}: ${model.plan.title}`],
      ['Báo cáo', `${model.document.title} ${model.document.subject}`],
      ['Kỳ báo cáo', `${model.period.label} (${model.period.id})`],
      ['Số liệu tính đến ngày', utcDate(p.asOf)],
      ['Hạn gửi báo cáo', utcDate(model.dueDate)],
      ['Ngày ký', model.document.date === null ? 'Để trống cho văn thư' : utcDate(model.document.date)],
      ['Phiên bản dữ liệu (git commit)', p.commit ?? 'Không có (thư mục không phải kho git)'],
      ['Mã băm dữ liệu đầu vào', p.inputHash],
      ['Tạo bởi', p.generatedBy],
      ['Dữ liệu hợp lệ', model.invalid ? 'Không: bản dự thảo, dữ liệu còn lỗi' : 'Có'],
      ['Nguồn từng dòng', 'Cột "Nguồn" ở mỗi trang tính ghi tệp:dòng của dòng số liệu đó trong kho kế hoạch.'],
    ],
  };
}
