// Every word the reports print that does not come from the plan or a template, in one place.
// Reports are always Vietnamese (DESIGN §1); the wording follows NĐ 30/2020 Phụ lục I.

import { periodLabel, type Period } from '../time/index.js';
import type { ComputedStatus, SubmissionState } from './types.js';

/** DESIGN §3, computed status labels. */
export const STATUS_LABELS: Record<ComputedStatus, string> = {
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  in_progress: 'Đang thực hiện trong hạn',
  due_soon: 'Sắp đến hạn',
  overdue: 'Quá hạn',
  not_started: 'Chưa thực hiện',
  ongoing: 'Thường xuyên',
  paused: 'Tạm dừng',
};

export const SUBMISSION_LABELS: Record<SubmissionState, string> = {
  on_time: 'Đúng hạn',
  late: 'Muộn',
  missing: 'Chưa gửi',
  not_due: 'Chưa đến hạn',
};

/** DESIGN §3: a forced report on data that failed lint says so on every page and sheet. */
export const WATERMARK = 'DỰ THẢO – DỮ LIỆU CHƯA HỢP LỆ';

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const KINH_GUI = 'Kính gửi:';
export const NOI_NHAN = 'Nơi nhận:';

export const APPENDIX_TITLES = {
  assignments: 'TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ',
  submissions: 'TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ',
  indicators: 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
  ranking: 'KẾT QUẢ ĐÁNH GIÁ, XẾP HẠNG CÁC ĐƠN VỊ',
} as const;

export const COLUMN = {
  stt: 'STT',
  task: 'Mã nhiệm vụ',
  taskContent: 'Nội dung nhiệm vụ',
  objective: 'Nhóm mục tiêu',
  lead: 'Đơn vị chủ trì',
  unit: 'Đơn vị',
  unitId: 'Mã đơn vị',
  due: 'Thời hạn',
  dueDate: 'Hạn cuối',
  occurrence: 'Kỳ',
  status: 'Tình trạng',
  percent: 'Tiến độ (%)',
  doneOn: 'Ngày hoàn thành',
  note: 'Ghi chú',
  source: 'Nguồn',
  kind: 'Loại',
  daysOverdue: 'Số ngày quá hạn',
  assigned: 'Số nhiệm vụ',
  reportsOnTime: 'Báo cáo đúng hạn',
  reportsLate: 'Báo cáo muộn',
  reportsMissing: 'Báo cáo chưa gửi',
  indicator: 'Chỉ tiêu',
  indicatorId: 'Mã chỉ tiêu',
  target: 'Mục tiêu',
  value: 'Kết quả',
  measure: 'Đơn vị tính',
  reportedBy: 'Đơn vị báo cáo',
  rank: 'Xếp hạng',
  score: 'Điểm',
  tasksOnTimeRate: 'Tỷ lệ nhiệm vụ đúng hạn',
  reportsOnTimeRate: 'Tỷ lệ báo cáo đúng hạn',
  content: 'Nội dung',
  count: 'Số lượng',
  rate: 'Tỷ lệ',
  period: 'Kỳ báo cáo',
  submitted: 'Ngày gửi',
  by: 'Theo',
  code: 'Mã',
  name: 'Tên',
  item: 'Mục',
} as const;

export const OVERDUE_KIND_LABELS = { task: 'Nhiệm vụ', report: 'Báo cáo' } as const;

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** Mục and phụ lục are numbered in Roman numerals (NĐ 30/2020 Phụ lục I). */
export function roman(n: number): string {
  return ROMAN[n - 1] ?? String(n);
}

/** "12,5%", "1,0%", "100,0%": one decimal everywhere, and Vietnamese writes the decimal comma. */
export function percentText(part: number, whole: number): string {
  return rateText(whole === 0 ? 0 : part / whole);
}

/** A rate 0..1 as a percentage with one decimal: 0.071 → "7,1%". */
export function rateText(rate: number): string {
  return `${decimalText(rate * 100)}%`;
}

/** One decimal, decimal comma: 83.33 → "83,3", 100 → "100,0". */
export function decimalText(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1).replace('.', ',');
}

/** A task's title in a list line: whole up to this many characters, else cut at a word. */
const TITLE_LIMIT = 140;

export function shortTitle(title: string): string {
  if (title.length <= TITLE_LIMIT) return title;
  const cut = title.slice(0, TITLE_LIMIT);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), TITLE_LIMIT / 2)).replace(/[\s,;:.]+$/, '')} …`;
}

/**
 * How running text names a period: "tháng 7 năm 2026", "6 tháng đầu năm 2026", "năm 2026". The
 * short "tháng 7/2026" stays for table headings.
 */
export function periodText(period: Period): string {
  return period.kind === 'month' ? `tháng ${period.index} năm ${period.year}` : periodLabel(period, 'vi');
}
