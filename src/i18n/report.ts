import type { Catalog } from './index.js';

export const reportMessages: Catalog = {
  'report.template.unreadable': {
    vi: { message: 'Không đọc được mẫu báo cáo {file}: {reason}.', fix: 'Kiểm tra đường dẫn và quyền đọc tệp.' },
    en: { message: 'Cannot read the report template {file}: {reason}.', fix: 'Check the path and the file permissions.' },
  },
  'report.template.missing': {
    vi: { message: 'Không tìm thấy mẫu báo cáo "{kind}" (đã tìm: {dirs}).', fix: 'Tạo tệp templates/{kind}.yaml hoặc dùng mẫu có sẵn.' },
    en: { message: 'No report template "{kind}" (looked in: {dirs}).', fix: 'Create templates/{kind}.yaml or use the built-in one.' },
  },
  'report.template.kind': {
    vi: { message: 'Mẫu báo cáo {file} ghi kind "{actual}" nhưng tên tệp là mẫu "{expected}".', fix: 'Sửa kind cho trùng tên tệp.' },
    en: { message: 'The report template {file} says kind "{actual}" but its file name is "{expected}".', fix: 'Make kind match the file name.' },
  },

  // de06 report (DESIGN §4)
  'report.cli.description': {
    vi: { message: 'lập báo cáo tháng, 6 tháng, năm (Word, Excel, JSON) và in đường dẫn các tệp đã ghi' },
    en: { message: 'write the monthly, 6-month or annual report (Word, Excel, JSON) and print the paths written' },
  },
  'report.cli.month': { vi: { message: 'báo cáo tháng, ví dụ 2026-07' }, en: { message: 'monthly report, e.g. 2026-07' } },
  'report.cli.half': { vi: { message: 'báo cáo 6 tháng, ví dụ 2026-H1' }, en: { message: '6-month report, e.g. 2026-H1' } },
  'report.cli.year': { vi: { message: 'báo cáo năm, ví dụ 2026' }, en: { message: 'annual report, e.g. 2026' } },
  'report.cli.unit': {
    vi: { message: 'báo cáo riêng của một đơn vị gửi Cơ quan Thường trực' },
    en: { message: "one unit's own report to the standing unit" },
  },
  'report.cli.out': { vi: { message: 'thư mục ghi báo cáo (mặc định: reports/<kỳ>/)' }, en: { message: 'folder to write to (default: reports/<period>/)' } },
  'report.cli.format': {
    vi: { message: 'các định dạng, cách nhau bởi dấu phẩy: docx, xlsx, json (chỉ json và không có --out: in ra màn hình)' },
    en: { message: 'formats, comma-separated: docx, xlsx, json (json alone without --out: printed to stdout)' },
  },
  'report.cli.as-of': {
    vi: { message: 'số liệu tính đến ngày YYYY-MM-DD (mặc định: hôm nay, không quá ngày cuối kỳ)' },
    en: { message: 'figures as of YYYY-MM-DD (default: today, at most the last day of the period)' },
  },
  'report.cli.force': { vi: { message: 'ghi đè báo cáo đã có' }, en: { message: 'overwrite existing reports' } },
  'report.cli.allow-invalid': {
    vi: { message: 'vẫn lập báo cáo khi kế hoạch còn lỗi; mọi trang ghi "DỰ THẢO – DỮ LIỆU CHƯA HỢP LỆ"' },
    en: { message: 'report even when the plan has errors; every page says "DỰ THẢO – DỮ LIỆU CHƯA HỢP LỆ" (draft, invalid data)' },
  },
  'report.one-period': {
    vi: { message: 'cần đúng một kỳ báo cáo: --month YYYY-MM, --half YYYY-H1 hoặc --year YYYY.' },
    en: { message: 'give exactly one report period: --month YYYY-MM, --half YYYY-H1 or --year YYYY.' },
  },
  'report.bad-period': {
    vi: { message: '{option} "{value}" không phải kỳ hợp lệ (tháng: 2026-07, 6 tháng: 2026-H1, năm: 2026).' },
    en: { message: '{option} "{value}" is not a valid period (month: 2026-07, half: 2026-H1, year: 2026).' },
  },
  'report.outside-plan': {
    vi: { message: 'kỳ {period} nằm ngoài thời gian thực hiện kế hoạch ({start} – {end}).' },
    en: { message: 'the period {period} lies outside the plan ({start} – {end}).' },
  },
  'report.no-due': {
    vi: { message: 'plan.yaml (reporting) không quy định báo cáo cho kỳ {period}; báo cáo 6 tháng cuối năm nằm trong báo cáo năm (--year).' },
    en: { message: 'plan.yaml (reporting) owes no report for {period}; the second half is covered by the annual report (--year).' },
  },
  'report.unknown-unit': {
    vi: { message: 'không có đơn vị "{value}" trong units.yaml.' },
    en: { message: 'no unit "{value}" in units.yaml.' },
  },
  'report.unknown-unit-suggest': {
    vi: { message: 'không có đơn vị "{value}" trong units.yaml; có phải "{suggestion}"?' },
    en: { message: 'no unit "{value}" in units.yaml; did you mean "{suggestion}"?' },
  },
  'report.group-not-unit': {
    vi: { message: '"{value}" là một nhóm đơn vị; báo cáo --unit là báo cáo của một đơn vị, hãy chọn một đơn vị thành viên.' },
    en: { message: '"{value}" is a group; a --unit report is one unit\'s own, so name one of its member units.' },
  },
  'report.bad-format': {
    vi: { message: '--format "{value}" không hợp lệ; chọn một hay nhiều trong docx, xlsx, json, cách nhau bởi dấu phẩy.' },
    en: { message: '--format "{value}" is not valid; choose one or more of docx, xlsx, json, comma-separated.' },
  },
  'report.no-plan-data': {
    vi: { message: 'plan/plan.yaml chưa hợp lệ nên không lập được báo cáo. Chạy "de06 lint" để xem lỗi.' },
    en: { message: 'plan/plan.yaml is not valid, so no report can be made. Run "de06 lint" to see why.' },
  },
  'report.lint-errors': {
    vi: { message: 'kế hoạch có {count} lỗi nên không lập báo cáo. Chạy "de06 lint" để xem và sửa, hoặc dùng --allow-invalid để lập bản dự thảo.' },
    en: { message: 'the plan has {count} errors, so no report was made. Run "de06 lint" to see and fix them, or pass --allow-invalid for a draft.' },
  },
  'report.bad-template': {
    vi: { message: 'mẫu báo cáo {file}:{line} không dùng được: {detail}' },
    en: { message: 'the report template {file}:{line} cannot be used: {detail}' },
  },
  'report.exists': {
    vi: { message: 'đã có tệp {path}; không ghi đè (dùng --force để ghi đè). Chưa ghi tệp nào.' },
    en: { message: '{path} already exists; not overwritten (pass --force to overwrite). Nothing was written.' },
  },
  'report.write-failed': {
    vi: { message: 'không ghi được {path} ({reason}).' },
    en: { message: 'cannot write {path} ({reason}).' },
  },
};
