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

  // Help: the terms commander prints, a hint at the right help, an invalid choice
  'cli.help.hint': { vi: { message: '(xem "{command} --help")' }, en: { message: '(see "{command} --help")' } },
  'cli.opt.help-command': { vi: { message: 'hiển thị trợ giúp của một lệnh' }, en: { message: 'show the help of a command' } },
  'cli.err.invalid-choice': {
    vi: { message: '{name} không nhận giá trị "{value}"; chọn một trong: {choices}.' },
    en: { message: '{name} does not take "{value}"; choose one of: {choices}.' },
  },
  'cli.help.term.options': { vi: { message: 'tùy chọn' }, en: { message: 'options' } },
  'cli.help.term.command': { vi: { message: 'lệnh' }, en: { message: 'command' } },
  'cli.help.term.paths': { vi: { message: 'tệp' }, en: { message: 'paths' } },
  'cli.help.term.dir': { vi: { message: 'thư mục' }, en: { message: 'dir' } },
  'cli.help.term.base': { vi: { message: 'bản gốc' }, en: { message: 'base' } },
  'cli.help.term.head': { vi: { message: 'bản mới' }, en: { message: 'head' } },
  'cli.help.term.lang': { vi: { message: 'ngôn ngữ' }, en: { message: 'lang' } },
  'cli.help.term.format': { vi: { message: 'định dạng' }, en: { message: 'format' } },
  'cli.help.term.formats': { vi: { message: 'các định dạng' }, en: { message: 'formats' } },
  'cli.help.term.n': { vi: { message: 'số' }, en: { message: 'n' } },
  'cli.help.term.rev': { vi: { message: 'phiên bản' }, en: { message: 'rev' } },
  'cli.help.term.date': { vi: { message: 'ngày' }, en: { message: 'date' } },
  'cli.help.term.unit': { vi: { message: 'đơn vị' }, en: { message: 'unit' } },
  'cli.help.term.days': { vi: { message: 'số ngày' }, en: { message: 'days' } },
  'cli.help.term.group': { vi: { message: 'nhóm' }, en: { message: 'group' } },
  'cli.help.term.pattern': { vi: { message: 'mẫu' }, en: { message: 'pattern' } },
  'cli.help.term.period': { vi: { message: 'kỳ' }, en: { message: 'period' } },
  'cli.help.term.spec': { vi: { message: 'nguồn' }, en: { message: 'spec' } },

  // codeowners
  'codeowners.bad-owner': {
    vi: { message: '"{value}" không phải chủ sở hữu mà GitHub, GitLab hiểu: viết @tổ-chức/{unit} (mỗi đơn vị một nhóm, ví dụ @bac-ninh/{unit}), @tên-tài-khoản hoặc một địa chỉ e-mail.' },
    en: { message: '"{value}" is not an owner GitHub or GitLab understands: write @org/{unit} (a team per unit, e.g. @bac-ninh/{unit}), @user or an e-mail address.' },
  },
  'codeowners.missing': {
    vi: { message: 'Kho chưa có tệp CODEOWNERS (tìm ở .github/, thư mục gốc, docs/, .gitlab/). Tạo bằng: de06 codeowners --owner "@<tổ-chức>/{unit}"' },
    en: { message: 'The repository has no CODEOWNERS file (looked in .github/, the root, docs/, .gitlab/). Make one with: de06 codeowners --owner "@<org>/{unit}"' },
  },
};
