import type { Catalog } from './index.js';

const same = (message: string) => ({ vi: { message }, en: { message } });

export const cliMessages: Catalog = {
  'cli.description': {
    vi: { message: 'Kế hoạch triển khai Đề án 06 dưới dạng mã: kiểm tra kế hoạch, theo dõi hạn, lập báo cáo.' },
    en: { message: 'The Đề án 06 implementation plan as code: check the plan, track deadlines, write the reports.' },
  },
  'cli.help.usage': { vi: { message: 'Cách dùng:' }, en: { message: 'Usage:' } },
  'cli.help.options': { vi: { message: 'Tùy chọn:' }, en: { message: 'Options:' } },
  'cli.help.commands': { vi: { message: 'Lệnh:' }, en: { message: 'Commands:' } },
  'cli.help.arguments': { vi: { message: 'Tham số:' }, en: { message: 'Arguments:' } },
  'cli.help.global': { vi: { message: 'Tùy chọn chung:' }, en: { message: 'Global options:' } },
  'cli.help.choices': { vi: { message: 'chọn: {values}' }, en: { message: 'choices: {values}' } },
  'cli.help.default': { vi: { message: 'mặc định: {value}' }, en: { message: 'default: {value}' } },
  'cli.opt.version': { vi: { message: 'in số phiên bản' }, en: { message: 'print the version' } },
  'cli.opt.help': { vi: { message: 'hiển thị trợ giúp' }, en: { message: 'show help' } },
  'cli.opt.root': {
    vi: { message: 'thư mục gốc của kho kế hoạch (mặc định: thư mục gần nhất chứa plan/plan.yaml)' },
    en: { message: 'root of the plan repository (default: the nearest folder holding plan/plan.yaml)' },
  },
  'cli.opt.lang': { vi: { message: 'ngôn ngữ thông báo (vi, en); cũng đặt được bằng DE06_LANG' }, en: { message: 'message language (vi, en); also DE06_LANG' } },
  'cli.opt.no-cache': {
    vi: { message: 'không dùng bộ nhớ đệm phân tích tệp (.de06-cache/): đọc lại mọi tệp từ đầu' },
    en: { message: 'do not use the parse cache (.de06-cache/): read every file afresh' },
  },
  'cli.opt.no-color': { vi: { message: 'không tô màu' }, en: { message: 'no colours' } },
  'cli.no-plan': {
    vi: { message: 'không tìm thấy plan/plan.yaml trong {cwd} hay thư mục cha nào. Hãy chạy lệnh trong kho kế hoạch, dùng --root <thư mục>, hoặc tạo kho mới bằng "de06 init".' },
    en: { message: 'no plan/plan.yaml in {cwd} or any parent folder. Run inside a plan repository, pass --root <dir>, or create one with "de06 init".' },
  },
  'cli.no-plan-at': {
    vi: { message: 'thư mục {root} không có plan/plan.yaml.' },
    en: { message: 'the folder {root} has no plan/plan.yaml.' },
  },
  'cli.internal': {
    vi: { message: 'lỗi nội bộ ({detail}). Đây là lỗi của de06, không phải của kế hoạch; đặt DE06_DEBUG=1 để xem chi tiết và báo lại cho nhóm phát triển.' },
    en: { message: 'internal error ({detail}). This is a bug in de06, not in the plan; set DE06_DEBUG=1 for details and report it.' },
  },
  'cli.err.unknown-command': { vi: { message: 'không có lệnh "{name}".' }, en: { message: 'there is no command "{name}".' } },
  'cli.err.unknown-option': { vi: { message: 'không có tùy chọn "{name}".' }, en: { message: 'there is no option "{name}".' } },
  'cli.err.required-option': { vi: { message: 'thiếu tùy chọn bắt buộc {name}.' }, en: { message: 'the option {name} is required.' } },
  'cli.err.missing-argument': { vi: { message: 'thiếu giá trị cho {name}.' }, en: { message: '{name} needs a value.' } },
  'cli.err.invalid-argument': { vi: { message: 'giá trị "{value}" không hợp lệ cho {name}.' }, en: { message: '"{value}" is not a valid value for {name}.' } },
  'cli.err.too-many-arguments': { vi: { message: 'thừa tham số.' }, en: { message: 'too many arguments.' } },
  'cli.err.did-you-mean': { vi: { message: 'Có phải là {name}?' }, en: { message: 'Did you mean {name}?' } },
  'cli.bad-timezone': {
    vi: { message: 'múi giờ "{zone}" trong plan/plan.yaml không hợp lệ nên không xác định được ngày hôm nay; sửa lại hoặc dùng --as-of.' },
    en: { message: 'the time zone "{zone}" in plan/plan.yaml is not valid, so today is unknown; fix it or pass --as-of.' },
  },
  'cli.lint.no-path': {
    vi: { message: 'không có tệp hay thư mục "{path}"; kiểm tra lại đường dẫn (chạy "de06 lint" không tham số để kiểm tra cả kế hoạch).' },
    en: { message: 'there is no file or folder "{path}"; check the path (run "de06 lint" without arguments to lint the whole plan).' },
  },
  'cli.lint.outside': {
    vi: { message: '"{path}" nằm ngoài kho kế hoạch {root}; chỉ kiểm tra được tệp trong plan/ và templates/ của kho.' },
    en: { message: '"{path}" is outside the plan repository {root}; only files in its plan/ and templates/ can be linted.' },
  },
  'cli.write-failed': {
    vi: { message: 'không ghi được {path} ({reason}). Chưa ghi tệp nào.' },
    en: { message: 'cannot write {path} ({reason}). Nothing was written.' },
  },
  'cli.fs-error': {
    vi: { message: 'không dùng được {path} ({reason}): kiểm tra đường dẫn, quyền ghi và chỗ trống trên đĩa.' },
    en: { message: 'cannot use {path} ({reason}): check the path, the permissions and the free disk space.' },
  },
  'cli.stdout-failed': {
    vi: { message: 'không ghi được kết quả ra đầu ra chuẩn ({reason}); kết quả bị thiếu, đừng dùng nó.' },
    en: { message: 'cannot write the result to standard output ({reason}); the output is incomplete, do not use it.' },
  },
  'cli.bad-now': {
    vi: { message: 'DE06_NOW="{value}" không phải một thời điểm hợp lệ: cần ngày có thật, giờ và múi giờ, ví dụ 2026-07-09T17:30:00Z hoặc 2026-07-10T00:30:00+07:00.' },
    en: { message: 'DE06_NOW="{value}" is not a valid instant: it needs a real date, a time and an offset, e.g. 2026-07-09T17:30:00Z or 2026-07-10T00:30:00+07:00.' },
  },
  'cli.bad-format': { vi: { message: 'định dạng "{value}" không được hỗ trợ.' }, en: { message: 'the format "{value}" is not supported.' } },
  'cli.lint.description': {
    vi: { message: 'kiểm tra toàn bộ kế hoạch: lược đồ (schema) và các quy tắc nghiệp vụ' },
    en: { message: 'check the whole plan: schemas and semantic rules' },
  },
  'cli.lint.paths': { vi: { message: 'chỉ báo lỗi trong các tệp/thư mục này (vẫn đọc cả kế hoạch)' }, en: { message: 'report only on these files or folders (the whole plan is still read)' } },
  'cli.lint.format': { vi: { message: 'định dạng kết quả' }, en: { message: 'output format' } },
  'cli.lint.strict': { vi: { message: 'coi cảnh báo như lỗi (mã thoát 1 khi có cảnh báo)' }, en: { message: 'treat warnings as errors (exit 1 on any warning)' } },
  'cli.lint.max-warnings': { vi: { message: 'mã thoát 1 khi số cảnh báo vượt quá N' }, en: { message: 'exit 1 when there are more than N warnings' } },
  'cli.lint.bad-max-warnings': { vi: { message: '--max-warnings cần một số nguyên không âm, không phải "{value}".' }, en: { message: '--max-warnings takes a whole number ≥ 0, not "{value}".' } },
  'cli.lint.too-many-warnings': {
    vi: { message: 'Có {count} cảnh báo, vượt quá mức cho phép ({max}).' },
    en: { message: '{count} warnings, more than allowed ({max}).' },
  },
};
