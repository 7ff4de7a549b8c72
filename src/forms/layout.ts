// The progress form's contract (DESIGN §2.7): sheet names, labels, header texts and status labels
// exactly as written there, and where each sits. The writer lays the workbook out from these and
// the reader finds its way back by them, so a script that fills the form needs nothing else.

import type { ReportedStatus } from '../plan/model.js';

/** Bumped when the layout changes in a way an older form cannot be read by. */
export const FORM_VERSION = 1;

export const SHEET = {
  report: 'Báo cáo',
  indicators: 'Chỉ tiêu',
  proposals: 'Đề xuất',
  guide: 'Hướng dẫn',
  identity: '_de06',
} as const;

export const LABEL = {
  submitted: 'Ngày gửi báo cáo',
  document: 'Số văn bản',
} as const;

/** The table of Báo cáo, in order; `input` columns are the unit's to fill. */
export const COLUMNS = [
  { key: 'no', header: 'STT', width: 5, input: false },
  { key: 'task', header: 'Mã nhiệm vụ', width: 10, input: false },
  { key: 'title', header: 'Nội dung nhiệm vụ', width: 40, input: false },
  { key: 'due', header: 'Thời hạn', width: 14, input: false },
  { key: 'occurrence', header: 'Kỳ', width: 10, input: false },
  { key: 'previous', header: 'Tình trạng kỳ trước', width: 13, input: false },
  { key: 'status', header: 'Tình trạng', width: 15, input: true },
  { key: 'percent', header: 'Tỷ lệ (%)', width: 7, input: true },
  { key: 'done_on', header: 'Ngày hoàn thành', width: 12, input: true },
  { key: 'note', header: 'Kết quả thực hiện', width: 30, input: true },
  { key: 'evidence', header: 'Minh chứng', width: 18, input: true },
  { key: 'problems', header: 'Khó khăn, vướng mắc', width: 20, input: true },
] as const;

export type ColumnKey = (typeof COLUMNS)[number]['key'];

/** A column's letter: A for STT … L for Khó khăn, vướng mắc. */
export function columnLetter(key: ColumnKey): string {
  return String.fromCharCode(65 + COLUMNS.findIndex((c) => c.key === key));
}

export const INDICATOR_HEADERS = ['Mã chỉ tiêu', 'Tên chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu', 'Giá trị kỳ này'] as const;
export const PROPOSAL_HEADERS = ['STT', 'Đề xuất, kiến nghị'] as const;

/** The drop-down of Tình trạng, in this order, and the status key each stands for. */
export const STATUS_LABELS: readonly (readonly [ReportedStatus, string])[] = [
  ['not_started', 'Chưa thực hiện'],
  ['in_progress', 'Đang thực hiện'],
  ['done', 'Đã hoàn thành'],
  ['paused', 'Tạm dừng'],
];

/**
 * Where things stand on Báo cáo (1-based rows): the title block, the two label rows with their
 * value in column C, then the table's header row and its first row.
 */
export const ROW = {
  title: 1,
  plan: 2,
  unit: 3,
  period: 4,
  deadline: 5,
  submitted: 7,
  document: 8,
  header: 10,
  first: 11,
} as const;

/** The label cells span A:B; the value is in the cell to their right. */
export const LABEL_CELLS = 'A{row}:B{row}';
export const VALUE_COLUMN = 'C';

/** Rows left open for proposals on Đề xuất. */
export const PROPOSAL_ROWS = 20;

/** Identity keys on _de06, one per row as key | value, in this order; then the row table. */
export const IDENTITY_KEYS = ['form', 'version', 'plan', 'plan_number', 'unit', 'period', 'commit', 'rows', 'indicators'] as const;
export type IdentityKey = (typeof IDENTITY_KEYS)[number];
/** The form kind written under `form`, so that another workbook is not mistaken for one. */
export const FORM_KIND = 'de06-progress-form';
/** The row table of _de06 starts here: Báo cáo row | task | occurrence | event_on. */
export const IDENTITY_TABLE_ROW = IDENTITY_KEYS.length + 2;
