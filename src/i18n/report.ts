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
    vi: { message: 'các định dạng, cách nhau bởi dấu phẩy: docx, xlsx, pdf (qua LibreOffice), json (chỉ json và không có --out: in ra màn hình); mặc định docx,xlsx' },
    en: { message: 'formats, comma-separated: docx, xlsx, pdf (through LibreOffice), json (json alone without --out: printed to stdout); default docx,xlsx' },
  },
  'report.cli.as-of': {
    vi: { message: 'số liệu tính đến ngày YYYY-MM-DD (mặc định: hôm nay, nhưng không quá cuối tháng mà các đơn vị phải gửi báo cáo của kỳ, để báo cáo tính cả các báo cáo gửi trước hạn)' },
    en: { message: 'figures as of YYYY-MM-DD (default: today, but no later than the end of the month in which the units\' reports for the period fall due, so that the reports sent by their deadline count)' },
  },
  'report.cli.date': {
    vi: { message: 'ngày ký ghi ở dòng địa danh, ngày tháng: YYYY-MM-DD, hoặc blank để trống "ngày    tháng    năm" cho văn thư (mặc định: hôm nay)' },
    en: { message: 'the signing date printed in the place-and-date line: YYYY-MM-DD, or blank to leave "ngày    tháng    năm" for the clerk (default: today)' },
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
    vi: { message: '--format "{value}" không hợp lệ; chọn một hay nhiều trong {choices}, cách nhau bởi dấu phẩy.' },
    en: { message: '--format "{value}" is not valid; choose one or more of {choices}, comma-separated.' },
  },
  'report.bad-date': {
    vi: { message: '--date "{value}" không hợp lệ: ghi một ngày có thật dạng YYYY-MM-DD, hoặc blank để trống ngày cho văn thư.' },
    en: { message: '--date "{value}" is not valid: give a real day as YYYY-MM-DD, or blank to leave the date for the clerk.' },
  },
  'report.no-soffice': {
    vi: { message: '--format pdf cần LibreOffice nhưng không tìm thấy lệnh soffice trên PATH. Cài LibreOffice (Debian, Ubuntu: apt-get install libreoffice-writer) hoặc bỏ pdf khỏi --format. Chưa ghi tệp nào.' },
    en: { message: '--format pdf needs LibreOffice, but there is no soffice on PATH. Install LibreOffice (Debian, Ubuntu: apt-get install libreoffice-writer) or leave pdf out of --format. Nothing was written.' },
  },
  'report.pdf-failed': {
    vi: { message: 'LibreOffice không chuyển được {path} sang PDF ({reason}). Chưa ghi tệp nào.' },
    en: { message: 'LibreOffice could not convert {path} to PDF ({reason}). Nothing was written.' },
  },
  'report.warning': { vi: { message: 'cảnh báo' }, en: { message: 'warning' } },
  'report.period-open': {
    vi: { message: '{period} chưa kết thúc: số liệu của báo cáo chỉ tính đến ngày {asOf}; đoạn mở đầu của báo cáo ghi rõ điều này.' },
    en: { message: '{period} has not ended: the report\'s figures run to {asOf} only; its opening paragraph says so.' },
  },
  'report.narrative-missing': {
    vi: { message: 'chưa có tệp {file}: mục I "Công tác chỉ đạo, điều hành" giữ đoạn nhắc in nghiêng. Viết lời văn của kỳ vào tệp này (xem docs/format.md) rồi lập lại báo cáo.' },
    en: { message: 'there is no {file}: section I ("Công tác chỉ đạo, điều hành") keeps its italic placeholder. Write the period\'s narrative in that file (see docs/format.md) and make the report again.' },
  },
  'report.letter-gaps': {
    vi: { message: 'plan/units.yaml: đơn vị {unit} chưa khai báo {gaps}.' },
    en: { message: 'plan/units.yaml: unit {unit} has no {gaps}.' },
  },
  'report.gap.short': {
    vi: { message: 'short (chữ viết tắt trong ký hiệu văn bản), nên dòng "Số:" để trống phần ký hiệu cho văn thư' },
    en: { message: 'short (the abbreviation in the document code), so the "Số:" line leaves that part blank for the clerk' },
  },
  'report.gap.drafting': {
    vi: { message: 'drafting (đơn vị soạn thảo), nên văn bản bỏ trống đơn vị soạn thảo: nơi nhận chỉ ghi "Lưu: VT"' },
    en: { message: 'drafting (the drafting unit), so the letter names none: the recipients end with "Lưu: VT" alone' },
  },
  'report.gap.signer': {
    vi: { message: 'signer (chức vụ người ký), nên khối chữ ký dùng chức vụ của mẫu báo cáo' },
    en: { message: 'signer (the signer\'s title), so the signature block uses the template\'s title' },
  },
  'report.date-before-as-of': {
    vi: { message: 'ngày ký {date} sớm hơn ngày tính số liệu {asOf}.' },
    en: { message: 'the signing date {date} is before the figures\' as-of day {asOf}.' },
  },
  'report.unit-is-standing': {
    vi: { message: '{name} ({value}) là Cơ quan Thường trực: nhận và tổng hợp báo cáo của các đơn vị, không tự gửi báo cáo cho mình. Báo cáo của tỉnh: bỏ --unit.' },
    en: { message: '{name} ({value}) is the standing unit: it receives and compiles the units\' reports and sends none to itself. For the province report, leave out --unit.' },
  },
  'report.unit-owes-none': {
    vi: { message: '{name} ({value}) không thuộc nhóm phải gửi báo cáo (reporting.from: {from} trong plan.yaml), nên không có báo cáo riêng.' },
    en: { message: '{name} ({value}) is not among the units that owe reports (reporting.from: {from} in plan.yaml), so it has no report of its own.' },
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
