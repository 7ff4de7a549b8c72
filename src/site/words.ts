// Every word the dashboard prints that does not come from the plan, in one place, and the colours
// that go with each status. The site is Vietnamese (DESIGN §5.2), like the reports; the status and
// submission labels are the reports' own (DESIGN §3).

import type { ComputedStatus } from '../status/index.js';
import type { SubmissionState } from '../report/types.js';

export { STATUS_LABELS, SUBMISSION_LABELS, WATERMARK } from '../report/labels.js';

/**
 * A colour per status, for chart segments and the edge of each status label; white text on each
 * meets WCAG AA (4.5:1) and each stands out from the white page (3:1, WCAG 1.4.11), which
 * test/site/palette.test.ts checks. The label's words always go with the colour (WCAG 1.4.1).
 */
export const STATUS_COLORS: Record<ComputedStatus, string> = {
  done_on_time: '#1a7f37',
  done_late: '#7d6608',
  in_progress: '#1f5fbf',
  due_soon: '#a85200',
  overdue: '#b3261e',
  not_started: '#5f6368',
  ongoing: '#6f42c1',
  paused: '#37474f',
};

/** The heat map: a light ground with a dark mark, and the mark says it without the colour. */
export const SUBMISSION_CELLS: Record<SubmissionState, { mark: string; ground: string; ink: string }> = {
  on_time: { mark: '✓', ground: '#cfe9d6', ink: '#0d4a1f' },
  late: { mark: 'M', ground: '#fbe3a6', ink: '#5a3d00' },
  missing: { mark: '✗', ground: '#f6c9c4', ink: '#7a1410' },
  not_due: { mark: '·', ground: '#eceff1', ink: '#37474f' },
};

export const PAGE = {
  site: 'Theo dõi thực hiện Đề án 06',
  overview: 'Tổng quan',
  assignments: 'Nhiệm vụ',
  overdue: 'Quá hạn',
  units: 'Đơn vị',
  objectives: 'Nhóm mục tiêu',
  data: 'Dữ liệu',
  skip: 'Bỏ qua, đến nội dung chính',
  menu: 'Các trang',
} as const;

export const TEXT = {
  asOf: 'Số liệu tính đến ngày',
  overviewTitle: 'Tổng quan tình hình thực hiện',
  invalid: 'Kế hoạch đang có {count} lỗi kiểm tra (de06 lint); số liệu dưới đây chỉ tính trên phần hợp lệ.',
  assigned: 'Lượt giao nhiệm vụ',
  assignedNote: 'Mỗi lượt giao là một nhiệm vụ của một đơn vị chủ trì: nhiệm vụ giao cho một nhóm đơn vị được tính một lượt cho mỗi đơn vị trong nhóm; nhiệm vụ định kỳ được tính một lượt cho mỗi kỳ đã đến hạn.',
  byStatus: 'Nhiệm vụ theo tình trạng',
  rates: 'Tỷ lệ',
  completionRate: 'Tỷ lệ hoàn thành đúng hạn',
  completionRule: 'số nhiệm vụ hoàn thành đúng hạn chia cho số nhiệm vụ đã đến hạn (hoàn thành đúng hạn, hoàn thành quá hạn, quá hạn)',
  reportingRate: 'Tỷ lệ báo cáo đúng hạn',
  reportingRule: 'số báo cáo gửi đúng hạn chia cho số báo cáo đã đến hạn',
  noRate: 'chưa có',
  reportsOnTime: 'Báo cáo đúng hạn',
  reportsLate: 'Báo cáo muộn',
  reportsMissing: 'Báo cáo chưa gửi',
  chart: 'Tình trạng nhiệm vụ theo nhóm mục tiêu',
  chartNote: 'Mỗi thanh là toàn bộ lượt giao nhiệm vụ của một nhóm mục tiêu, chia theo tình trạng; số lượt của từng tình trạng ghi ngay dưới thanh và trong bảng sau biểu đồ.',
  heatmap: 'Tình hình gửi báo cáo của các đơn vị',
  heatmapNote: 'Mỗi ô là báo cáo của một đơn vị cho một kỳ đã đến hạn.',
  heatmapEmpty: 'Chưa có kỳ báo cáo nào đến hạn.',
  longestOverdue: 'Quá hạn lâu nhất',
  allOverdue: 'Xem tất cả {count} việc quá hạn',
  noOverdue: 'Không có việc nào quá hạn.',
  unitsTable: 'Tình hình theo đơn vị',
  objectivesTable: 'Theo nhóm mục tiêu',
  dataFiles: 'Dữ liệu cho máy đọc',
  dataNote: 'Cùng số liệu với các lệnh de06 status, de06 overdue, de06 calendar (định dạng JSON), để hệ thống khác (IOC) lấy về.',
  calendars: 'Lịch hạn của từng đơn vị (.ics) để nhập vào Outlook, Google Calendar: xem trang của đơn vị.',
  filter: 'Lọc',
  filterPlaceholder: 'mã, nội dung, đơn vị…',
  filterStatus: 'Tình trạng',
  filterAll: 'Tất cả',
  shown: 'Đang hiện {shown} trong {total} dòng',
  sortBy: 'Sắp xếp theo cột {column}',
  unitLead: 'Nhiệm vụ chủ trì',
  unitSupport: 'Nhiệm vụ phối hợp',
  unitReports: 'Báo cáo định kỳ của đơn vị',
  unitOverdueCount: 'Đơn vị đang có {count} việc quá hạn (nhiệm vụ và báo cáo).',
  seeOverdue: 'Xem danh sách việc quá hạn',
  unitIcs: 'Tải lịch hạn của đơn vị (.ics)',
  unitIcsNote: 'Nhập tệp này vào Outlook hoặc Google Calendar để thấy mọi hạn từ ngày tính đến hết kế hoạch; nhập lại bản mới không tạo sự kiện trùng.',
  noLead: 'Đơn vị không chủ trì nhiệm vụ nào.',
  noSupport: 'Đơn vị không phối hợp nhiệm vụ nào.',
  noReports: 'Đơn vị không có nghĩa vụ báo cáo định kỳ, hoặc chưa có kỳ nào đến hạn.',
  objectiveEmpty: 'Chưa có nhiệm vụ nào thuộc nhóm mục tiêu này.',
  allAssignments: 'Tất cả nhiệm vụ',
  allAssignmentsNote: 'Mỗi dòng là một nhiệm vụ của một đơn vị chủ trì, với tình trạng tính đến ngày tính; dòng của nhiệm vụ định kỳ cho biết bao nhiêu kỳ ở mỗi tình trạng.',
  overdueCaption: 'Việc quá hạn ({count} việc, {rows} dòng)',
  allOverdueNote: 'Nhiệm vụ đã quá hạn mà chưa hoàn thành và báo cáo định kỳ đã quá hạn mà chưa gửi, lâu nhất trước. Các kỳ quá hạn của cùng một nhiệm vụ định kỳ ở chung một dòng.',
  total: 'Tổng cộng',
  dueOn: 'hạn {date}',
  items: '{count} lượt giao',
  objectiveSize: '{tasks} nhiệm vụ của kế hoạch, {count} lượt giao cho đơn vị chủ trì.',
  periods: '{count} kỳ',
  units: '{count} đơn vị',
  tasksOfGroup: 'Nhiệm vụ của nhóm',
  otherUnits: 'Đơn vị không có nhiệm vụ chủ trì hay báo cáo định kỳ',
  generated: 'Trang được lập bằng de06 {version} từ kho kế hoạch; không có máy chủ, không tải gì từ nơi khác.',
  source: '{number} của {issuer}',
} as const;

export const COLUMN = {
  stt: 'STT',
  task: 'Mã',
  title: 'Nội dung',
  objective: 'Nhóm MT',
  unit: 'Đơn vị',
  lead: 'Đơn vị chủ trì',
  due: 'Thời hạn',
  dueDate: 'Hạn cuối',
  occurrence: 'Kỳ',
  status: 'Tình trạng',
  percent: 'Tiến độ',
  doneOn: 'Ngày hoàn thành',
  kind: 'Loại',
  daysOverdue: 'Số ngày quá hạn',
  period: 'Kỳ báo cáo',
  submitted: 'Ngày gửi',
  assigned: 'Giao',
  completion: 'Tỷ lệ HT đúng hạn',
  reporting: 'Tỷ lệ BC đúng hạn',
  group: 'Nhóm mục tiêu',
} as const;

/** "Kế hoạch có {count} lỗi": the words with their placeholders filled. */
export function fill(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}
