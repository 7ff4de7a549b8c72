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

  // lint: --quiet and the count by rule
  'cli.lint.quiet': { vi: { message: 'chỉ hiện lỗi, không hiện cảnh báo' }, en: { message: 'show errors only, not warnings' } },
  'format.by-rule': { vi: { message: 'Theo quy tắc:' }, en: { message: 'By rule:' } },
  'format.summary.no-errors': { vi: { message: 'Không có lỗi ({files})' }, en: { message: 'No errors ({files})' } },
  'format.summary.errors': { vi: { message: '{errors} trong {files}' }, en: { message: '{errors} in {files}' } },
  'format.summary.hidden': { vi: { message: '{warnings} không hiện (--quiet)' }, en: { message: '{warnings} not shown (--quiet)' } },

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
  'cli.help.term.files': { vi: { message: 'tệp' }, en: { message: 'files' } },
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
  'cli.help.term.years': { vi: { message: 'năm' }, en: { message: 'years' } },

  // codeowners
  'codeowners.bad-owner': {
    vi: { message: '"{value}" không phải chủ sở hữu mà GitHub, GitLab hiểu: viết @tổ-chức/{unit} (mỗi đơn vị một nhóm, ví dụ @bac-ninh/{unit}), @tên-tài-khoản hoặc một địa chỉ e-mail.' },
    en: { message: '"{value}" is not an owner GitHub or GitLab understands: write @org/{unit} (a team per unit, e.g. @bac-ninh/{unit}), @user or an e-mail address.' },
  },
  'codeowners.missing': {
    vi: { message: 'Kho chưa có tệp CODEOWNERS (tìm ở .github/, thư mục gốc, docs/, .gitlab/). Tạo bằng: de06 codeowners --owner "@<tổ-chức>/{unit}"' },
    en: { message: 'The repository has no CODEOWNERS file (looked in .github/, the root, docs/, .gitlab/). Make one with: de06 codeowners --owner "@<org>/{unit}"' },
  },

  // init
  'init.cli.tool': {
    vi: { message: 'de06 mà kho mới dùng, ghi cố định trong package.json: phiên bản trên registry (@de06/cli@0.1.0), URL git kèm mã commit, hoặc đường dẫn tệp .tgz (mặc định: phiên bản đang chạy)' },
    en: { message: 'the de06 the new repository uses, pinned in package.json: a registry version (@de06/cli@0.1.0), a git URL with a commit id, or a .tgz path (default: the running version)' },
  },
  'init.next': {
    vi: { message: 'Tiếp theo: {cd}npm install (cài {tool} như package.json ghi, tạo package-lock.json), sửa các chỗ đánh dấu THAY trong plan/, chạy npx de06 lint, rồi commit tất cả, kể cả package-lock.json.' },
    en: { message: 'Next: {cd}npm install (installs {tool} as package.json says and writes package-lock.json), replace the places marked THAY in plan/, run npx de06 lint, then commit everything, package-lock.json included.' },
  },
  'init.not-a-folder': {
    vi: { message: '{dir} là một tệp, không phải thư mục; hãy chọn một thư mục mới hoặc thư mục trống.' },
    en: { message: '{dir} is a file, not a folder; choose a new or empty folder.' },
  },
  'init.appeared': {
    vi: { message: '{path} vừa được tạo bởi một chương trình khác trong lúc de06 init chạy; không ghi đè. Chưa ghi tệp nào, hãy chạy lại.' },
    en: { message: '{path} was created by another program while de06 init ran; it is not overwritten. Nothing was written: run it again.' },
  },
  'init.tool.range': {
    vi: { message: '--tool "{value}" không phải một phiên bản cố định: viết đúng một phiên bản, ví dụ @de06/cli@0.1.0 (không dùng ^, ~, * hay latest), để CI luôn chạy đúng de06 đã chọn.' },
    en: { message: '--tool "{value}" is not one fixed version: write exactly one, e.g. @de06/cli@0.1.0 (no ^, ~, * or latest), so that CI always runs the de06 chosen.' },
  },
  'init.tool.git-commit': {
    vi: { message: '--tool "{value}": URL git phải kết thúc bằng #<mã commit đầy đủ 40 ký tự>, vì nhánh và thẻ có thể bị dời. Lấy mã bằng: git ls-remote <url> <thẻ>.' },
    en: { message: '--tool "{value}": a git URL must end with #<the full 40-character commit id>, since branches and tags can move. Find it with: git ls-remote <url> <tag>.' },
  },
  'init.tool.unknown': {
    vi: { message: '--tool "{value}" không phải phiên bản trên registry (@de06/cli@0.1.0), URL git (git+https://…#<commit>) hay tệp .tgz.' },
    en: { message: '--tool "{value}" is not a registry version (@de06/cli@0.1.0), a git URL (git+https://…#<commit>) or a .tgz file.' },
  },
  'init.tool.no-tarball': {
    vi: { message: 'không đọc được tệp {path} ({reason}); tạo tệp bằng "npm pack" trong kho de06, rồi chỉ đúng đường dẫn.' },
    en: { message: 'cannot read {path} ({reason}); make it with "npm pack" in the de06 repository, then give its path.' },
  },
};
