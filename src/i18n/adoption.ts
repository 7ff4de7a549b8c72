import type { Catalog } from './index.js';

// Messages of adoption and of what people see in a terminal: the package, `init`, `codeowners`,
// the help screens, tables that fit, lint's summary and the progress line of long work.
export const adoptionMessages: Catalog = {
  // The progress line of `report` (src/cli/meter.ts)
  'report.meter.title': { vi: { message: 'Lập báo cáo' }, en: { message: 'Writing the report' } },
  'report.meter.load': { vi: { message: 'đọc và kiểm tra kế hoạch' }, en: { message: 'reading and checking the plan' } },
  'report.meter.build': { vi: { message: 'tổng hợp số liệu' }, en: { message: 'compiling the figures' } },
  'report.meter.render': { vi: { message: 'tạo tệp {format}' }, en: { message: 'making the {format} file' } },
  'report.meter.write': { vi: { message: 'ghi tệp' }, en: { message: 'writing the files' } },

  // Tables
  'cli.status.wide': { vi: { message: 'hiện mọi cột (mọi tình trạng, báo cáo đúng hạn, muộn, và mã)' }, en: { message: 'show every column (every status, reports on time and late, and the ids)' } },
  'status.legend-compact': {
    vi: { message: '{legend} Thêm --wide để xem mọi cột.' },
    en: { message: '{legend} Add --wide for every column.' },
  },
  'overdue.occurrence.event': { vi: { message: 'sự kiện ngày {date}' }, en: { message: 'event of {date}' } },

  // lint: --quiet, the count by rule, paths
  'cli.lint.quiet': { vi: { message: 'chỉ hiện lỗi, không hiện cảnh báo' }, en: { message: 'show errors only, not warnings' } },
  'format.by-rule': { vi: { message: 'Theo quy tắc:' }, en: { message: 'By rule:' } },
  'format.summary.no-errors': { vi: { message: 'Không có lỗi ({files})' }, en: { message: 'No errors ({files})' } },
  'format.summary.errors': { vi: { message: '{errors} trong {files}' }, en: { message: '{errors} in {files}' } },
  'format.summary.hidden': { vi: { message: '{warnings} không hiện (--quiet)' }, en: { message: '{warnings} not shown (--quiet)' } },
  'cli.lint.no-such-path': {
    vi: { message: 'không có tệp hay thư mục "{path}".' },
    en: { message: 'there is no file or folder "{path}".' },
  },
  'cli.lint.outside-root': {
    vi: { message: '"{path}" nằm ngoài kho kế hoạch {root}; chỉ kiểm tra được các tệp trong kho.' },
    en: { message: '"{path}" is outside the plan repository {root}; only its own files can be checked.' },
  },
};
