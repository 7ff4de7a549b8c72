import type { Catalog, Entry } from './index.js';

// Messages of the progress form: `progress form` and `progress import` (DESIGN §2.7). A unit's
// clerk reads these: they name the cell and say what to type there, in the form's own words.

const e = (message: string, fix?: string): Entry => (fix ? { message, fix } : { message });
const SEND_AGAIN_VI = 'Mở biểu mẫu, sửa rồi lưu lại dưới dạng .xlsx (Sổ làm việc Excel) và gửi lại.';
const SEND_AGAIN_EN = 'Open the form, correct it, save it again as .xlsx (Excel workbook) and send it again.';
const NEW_FORM_VI = 'Dùng biểu mẫu do Cơ quan Thường trực gửi (de06 progress form), điền vào đó rồi gửi lại.';
const NEW_FORM_EN = 'Use the form the standing unit sent (de06 progress form), fill it in and send it back.';

export const formMessages: Catalog = {
  // The command line
  'cli.progress.form.description': {
    vi: e('lập biểu mẫu Excel báo cáo tiến độ cho đơn vị (điền sẵn nhiệm vụ, thời hạn, tình trạng kỳ trước)'),
    en: e("write the Excel progress form for units (prefilled with tasks, deadlines, last statuses)"),
  },
  'cli.progress.form.unit': { vi: e('đơn vị (hoặc nhóm đơn vị) cần biểu mẫu; có thể nêu nhiều'), en: e('the unit (or group of units) to make the form for; several may be given') },
  'cli.progress.form.all': { vi: e('mọi đơn vị phải báo cáo (reporting.from)'), en: e('every unit that owes reports (reporting.from)') },
  'cli.progress.form.out': { vi: e('thư mục ghi biểu mẫu (mặc định: forms/<kỳ>/)'), en: e('the folder to write the forms to (default: forms/<period>/)') },
  'cli.progress.form.force': { vi: e('ghi đè biểu mẫu đã có'), en: e('overwrite forms that exist') },
  'cli.progress.import.description': {
    vi: e('kiểm tra biểu mẫu Excel đơn vị đã điền và ghi thành tệp báo cáo tiến độ (plan/progress/)'),
    en: e('check filled Excel forms and write them as progress files (plan/progress/)'),
  },
  'cli.progress.import.files': { vi: e('các tệp biểu mẫu .xlsx đã điền'), en: e('the filled .xlsx forms') },
  'cli.progress.import.dry-run': { vi: e('chỉ kiểm tra và in nội dung sẽ ghi, không ghi tệp nào'), en: e('check and print what would be written, write nothing') },
  'cli.progress.import.force': { vi: e('ghi đè tệp báo cáo tiến độ đã có (in ra những gì thay đổi)'), en: e('overwrite an existing progress file (printing what changes)') },
  'cli.progress.import.format': { vi: e('định dạng kết quả: stylish, json, github'), en: e('output format: stylish, json, github') },
  'form.cli.unit-or-all': {
    vi: e('cần nêu đơn vị: --unit <mã đơn vị> (có thể nhiều) hoặc --all cho mọi đơn vị phải báo cáo, không dùng cả hai.'),
    en: e('name the units: --unit <unit id> (several may be given) or --all for every unit that owes reports, not both.'),
  },
  'form.cli.no-units': {
    vi: e('không có đơn vị nào phải báo cáo: nhóm "{from}" (reporting.from trong plan.yaml) chưa có thành viên. Dùng --unit để lập biểu mẫu cho từng đơn vị.'),
    en: e('no unit owes reports: the group "{from}" (reporting.from in plan.yaml) has no members. Use --unit to make forms for given units.'),
  },
  'form.meter.title': { vi: e('Lập biểu mẫu'), en: e('Writing forms') },

  // What became of each form
  'form.import.written': { vi: e('{file} → {path}'), en: e('{file} → {path}') },
  'form.import.unchanged': { vi: e('{file} → {path} (không thay đổi, đã có đúng nội dung này)'), en: e('{file} → {path} (unchanged: the file already holds this)') },
  'form.import.would-write': { vi: e('{file} → {path} (chạy thử, chưa ghi):'), en: e('{file} → {path} (dry run, not written):') },
  'form.import.refused': { vi: e('{file}: không ghi gì'), en: e('{file}: nothing written') },
  'form.import.github-group': { vi: e('{file} → {path}'), en: e('{file} → {path}') },
  'form.import.exists-error': {
    vi: e('Đã có tệp {path} với nội dung khác.', 'Nếu biểu mẫu này thay cho báo cáo đã nhận, chạy lại với --force (lệnh sẽ in những gì thay đổi).'),
    en: e('{path} exists with other content.', 'If this form replaces the report already received, run again with --force (it prints what changes).'),
  },

  // The file itself
  'form.file.missing': { vi: e('Không có tệp này.', 'Kiểm tra đường dẫn và tên tệp.'), en: e('No such file.', 'Check the path and the file name.') },
  'form.file.link': {
    vi: e('Tệp là một liên kết tượng trưng (symbolic link); de06 không mở liên kết.', 'Đặt chính tệp biểu mẫu vào đây, không đặt liên kết.'),
    en: e('The file is a symbolic link; de06 does not open links.', 'Put the form file itself here, not a link to it.'),
  },
  'form.file.directory': { vi: e('Đây là một thư mục, không phải tệp biểu mẫu.'), en: e('This is a folder, not a form file.') },
  'form.file.not-a-file': { vi: e('Đây không phải một tệp thông thường.'), en: e('This is not a regular file.') },
  'form.file.unreadable': { vi: e('Không đọc được tệp (không có quyền đọc).', 'Kiểm tra quyền đọc của tệp.'), en: e('The file cannot be read (no permission).', "Check the file's permissions.") },
  'form.file.too-large': {
    vi: e('Tệp quá lớn (trên 10 MB) để là một biểu mẫu báo cáo; de06 không mở.', `Biểu mẫu chỉ vài chục KB: không chèn ảnh hay tệp vào biểu mẫu. ${SEND_AGAIN_VI}`),
    en: e('The file is too large (over 10 MB) to be a progress form; de06 does not open it.', `A form is tens of kilobytes: do not paste pictures or files into it. ${SEND_AGAIN_EN}`),
  },
  'form.file.empty': { vi: e('Tệp rỗng (0 byte).', SEND_AGAIN_VI), en: e('The file is empty (0 bytes).', SEND_AGAIN_EN) },
  'form.file.xls': {
    vi: e('Tệp ở định dạng Excel 97–2003 (.xls), không phải .xlsx.', 'Mở tệp bằng Excel hoặc LibreOffice, chọn Lưu thành (Save As) và lưu lại dưới dạng .xlsx (Sổ làm việc Excel).'),
    en: e('The file is in the Excel 97–2003 format (.xls), not .xlsx.', 'Open it in Excel or LibreOffice, choose Save As and save it again as .xlsx (Excel workbook).'),
  },
  'form.file.encrypted': {
    vi: e('Tệp đã được đặt mật khẩu (mã hóa), de06 không đọc được.', 'Mở tệp, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại dưới dạng .xlsx và gửi lại.'),
    en: e('The file is password-protected (encrypted); de06 cannot read it.', 'Open it, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it), save it as .xlsx and send it again.'),
  },
  'form.file.ods': {
    vi: e('Tệp ở định dạng OpenDocument (.ods), không phải .xlsx.', 'Trong LibreOffice chọn Tệp → Lưu thành, chọn kiểu "Excel 2007-365 (.xlsx)" và lưu lại dưới dạng .xlsx.'),
    en: e('The file is in the OpenDocument format (.ods), not .xlsx.', 'In LibreOffice choose File → Save As, type "Excel 2007-365 (.xlsx)", and save it as .xlsx.'),
  },
  'form.file.docx': {
    vi: e('Tệp là một văn bản Word (.docx) mang tên .xlsx, không phải biểu mẫu Excel.', NEW_FORM_VI),
    en: e('The file is a Word document (.docx) named .xlsx, not the Excel form.', NEW_FORM_EN),
  },
  'form.file.not-zip': {
    vi: e('Tệp không phải một sổ làm việc Excel .xlsx (có thể là .csv, văn bản hay định dạng khác).', `Không lưu biểu mẫu thành .csv: mở biểu mẫu và lưu lại dưới dạng .xlsx. ${NEW_FORM_VI}`),
    en: e('The file is not an .xlsx workbook (it may be .csv, text or another format).', `Do not save the form as .csv: open it and save it as .xlsx. ${NEW_FORM_EN}`),
  },
  'form.file.not-xlsx': {
    vi: e('Tệp nén này không phải một sổ làm việc Excel .xlsx.', NEW_FORM_VI),
    en: e('This zip file is not an .xlsx workbook.', NEW_FORM_EN),
  },
  'form.file.damaged': {
    vi: e('Tệp bị hỏng hoặc không trọn vẹn (có thể bị cắt khi gửi, tải lên chưa xong).', 'Gửi lại tệp gốc; nếu vẫn lỗi, mở tệp bằng Excel để kiểm tra rồi lưu lại dưới dạng .xlsx.'),
    en: e('The file is damaged or incomplete (perhaps cut off while sent or uploaded).', 'Send the original file again; if it still fails, open it in Excel and save it again as .xlsx.'),
  },
  'form.file.bomb': {
    vi: e('Tệp giải nén ra quá lớn (trên 50 MB) hoặc quá nhiều phần: không thể là một biểu mẫu báo cáo; de06 không mở.', NEW_FORM_VI),
    en: e('The file unpacks to too much (over 50 MB) or too many parts to be a progress form; de06 does not open it.', NEW_FORM_EN),
  },
  'form.file.zip64': {
    vi: e('Tệp dùng định dạng nén ZIP64 dành cho tệp rất lớn: không thể là một biểu mẫu báo cáo.', NEW_FORM_VI),
    en: e('The file uses ZIP64, meant for very large files: it cannot be a progress form.', NEW_FORM_EN),
  },
  'form.file.unreadable-workbook': {
    vi: e('Không đọc được sổ làm việc: {detail}', `${SEND_AGAIN_VI} Nếu vẫn lỗi, điền lại vào một biểu mẫu mới.`),
    en: e('The workbook cannot be read: {detail}', `${SEND_AGAIN_EN} If it still fails, fill in a new form.`),
  },

  // What the form shows
  'form.not-a-form': {
    vi: e('Sổ làm việc này không phải biểu mẫu báo cáo tiến độ của de06 (không có trang ẩn _de06 ghi nhận biểu mẫu).', NEW_FORM_VI),
    en: e('This workbook is not a de06 progress form (it has no hidden _de06 sheet naming the form).', NEW_FORM_EN),
  },
  'form.newer': {
    vi: e('Biểu mẫu thuộc phiên bản {version}, mới hơn phiên bản de06 đang dùng.', 'Cập nhật de06 rồi nhập lại.'),
    en: e('The form is of version {version}, newer than this de06.', 'Update de06 and import it again.'),
  },
  'form.other-plan': {
    vi: e('Biểu mẫu của kế hoạch {form}, không phải của kế hoạch {plan} trong kho này.', 'Kiểm tra đã nhận đúng tệp; biểu mẫu của kế hoạch khác không nhập vào kế hoạch này.'),
    en: e('The form belongs to the plan {form}, not to the plan {plan} of this repository.', 'Check the file; a form of another plan is not imported into this one.'),
  },
  'form.unknown-unit': {
    vi: e('Biểu mẫu của đơn vị "{unit}", không có trong units.yaml của kế hoạch này.', 'Kiểm tra đã nhận đúng tệp, hoặc bổ sung đơn vị vào units.yaml trước khi nhập.'),
    en: e('The form is for the unit "{unit}", which units.yaml of this plan does not have.', 'Check the file, or add the unit to units.yaml before importing.'),
  },
  'form.bad-period': {
    vi: e('Biểu mẫu ghi kỳ "{period}", không phải một kỳ báo cáo (NNNN-TT, NNNN-H1, NNNN-H2 hoặc NNNN).', NEW_FORM_VI),
    en: e('The form names the period "{period}", which is no reporting period (YYYY-MM, YYYY-H1, YYYY-H2 or YYYY).', NEW_FORM_EN),
  },
  'form.duplicate': {
    vi: e('Cùng báo cáo kỳ {period} của {unit} với tệp {other} trong lần nhập này.', 'Chỉ nhập một biểu mẫu cho mỗi đơn vị và kỳ: bỏ tệp thừa ra.'),
    en: e('The same report ({unit}, {period}) as {other} in this import.', 'Import one form per unit and period: leave the extra file out.'),
  },
  'form.no-sheet': {
    vi: e('Không có trang "{sheet}".', `Không đổi tên hay xóa các trang của biểu mẫu. ${NEW_FORM_VI}`),
    en: e('There is no sheet "{sheet}".', `Do not rename or delete the form's sheets. ${NEW_FORM_EN}`),
  },
  'form.no-label': {
    vi: e('Không tìm thấy ô "{label}" ở phần đầu trang Báo cáo.', `Không sửa các ô tiêu đề của biểu mẫu. ${NEW_FORM_VI}`),
    en: e('The label "{label}" is not at the top of the Báo cáo sheet.', `Do not change the form's labels. ${NEW_FORM_EN}`),
  },
  'form.no-header': {
    vi: e('Không tìm thấy dòng tiêu đề của bảng nhiệm vụ ({headers}).', `Không sửa, xóa dòng tiêu đề của bảng. ${NEW_FORM_VI}`),
    en: e('The header row of the task table ({headers}) is missing.', `Do not change or delete the table's header row. ${NEW_FORM_EN}`),
  },
  'form.no-header-sheet': {
    vi: e('Dòng tiêu đề của trang "{sheet}" đã bị sửa (cần: {headers}).', `Không sửa dòng tiêu đề. ${NEW_FORM_VI}`),
    en: e('The header row of the sheet "{sheet}" was changed ({headers} expected).', `Do not change the header row. ${NEW_FORM_EN}`),
  },
  'form.bad-date': {
    vi: e('"{value}" ở ô "{label}" không phải một ngày có thật.', 'Nhập ngày theo dạng ngày/tháng/năm, ví dụ 07/08/2026.'),
    en: e('"{value}" in "{label}" is not a real day.', 'Type the day as day/month/year, e.g. 07/08/2026.'),
  },
  'form.status-missing': {
    vi: e('Dòng của nhiệm vụ {task} đã có nội dung nhưng chưa chọn "Tình trạng".', 'Chọn một trong: {labels}.'),
    en: e('The row of task {task} has content but no "Tình trạng" (status).', 'Choose one of: {labels}.'),
  },
  'form.bad-status': {
    vi: e('"{value}" không phải một tình trạng của biểu mẫu.', 'Chọn một trong danh sách: {labels}.'),
    en: e('"{value}" is not one of the form\'s statuses.', 'Choose one of: {labels}.'),
  },
  'form.bad-percent': {
    vi: e('"{value}" ở cột "Tỷ lệ (%)" không phải một số nguyên.', 'Nhập số nguyên từ 0 đến 100, ví dụ 60 (không ghi chữ, không ghi số thập phân).'),
    en: e('"{value}" in "Tỷ lệ (%)" is not a whole number.', 'Type a whole number from 0 to 100, e.g. 60.'),
  },
  'form.row-deleted': {
    vi: e('Dòng của nhiệm vụ {task} (dòng {row} của biểu mẫu gốc) đã bị xóa.', 'Không xóa dòng: nhiệm vụ nào không có gì để báo cáo thì để trống các ô của nó. Điền lại vào biểu mẫu gốc.'),
    en: e('The row of task {task} (row {row} of the original form) was deleted.', 'Do not delete rows: leave a task\'s cells empty when there is nothing to report. Fill in the original form again.'),
  },
  'form.task-changed': {
    vi: e('Mã nhiệm vụ đã bị sửa: {from} thành {to}.', 'Trả lại mã {from}; mã nhiệm vụ do kế hoạch đặt, không sửa.'),
    en: e('A task id was changed: {from} to {to}.', 'Put {from} back; task ids come from the plan.'),
  },
  'form.row-added': {
    vi: e('Dòng {row} được thêm vào ngoài các dòng của biểu mẫu.', 'Xóa dòng này; nhiệm vụ phát sinh hoặc ý kiến khác xin ghi ở trang "Đề xuất".'),
    en: e('Row {row} was added beyond the form\'s rows.', 'Delete the row; write new tasks or other remarks on the "Đề xuất" sheet.'),
  },
  'form.indicator-changed': {
    vi: e('Mã chỉ tiêu đã bị sửa: {from} thành {to}.', 'Trả lại mã {from}; không thêm, xóa hay đổi thứ tự các dòng chỉ tiêu.'),
    en: e('An indicator id was changed: {from} to {to}.', 'Put {from} back; do not add, delete or reorder indicator rows.'),
  },

  // The rules, in the form's words
  'form.rule.done-without-date': {
    vi: e('Nhiệm vụ {task} chọn "Đã hoàn thành" nhưng chưa có "Ngày hoàn thành".', 'Điền ngày hoàn thành thực tế (ngày/tháng/năm).'),
    en: e('Task {task} is "Đã hoàn thành" (done) without "Ngày hoàn thành" (the day).', 'Type the day it was actually done (day/month/year).'),
  },
  'form.rule.date-without-done': {
    vi: e('Nhiệm vụ {task} có "Ngày hoàn thành" nhưng tình trạng chưa là "Đã hoàn thành".', 'Chọn "Đã hoàn thành", hoặc xóa ngày hoàn thành.'),
    en: e('Task {task} has "Ngày hoàn thành" but is not "Đã hoàn thành".', 'Choose "Đã hoàn thành", or clear the day.'),
  },
  'form.rule.after-submitted': {
    vi: e('Ngày {day} của nhiệm vụ {task} sau "Ngày gửi báo cáo" ({submitted}): báo cáo không thể ghi nhận việc chưa xảy ra.', 'Sửa lại ngày, hoặc báo cáo việc này ở kỳ sau.'),
    en: e('The day {day} of task {task} is after "Ngày gửi báo cáo" ({submitted}): a report cannot record what had not happened.', 'Correct the day, or report it next period.'),
  },
  'form.rule.submitted-early': {
    vi: e('"Ngày gửi báo cáo" {submitted} trước khi kỳ {period} bắt đầu ({start}).', 'Điền ngày thực tế gửi báo cáo.'),
    en: e('"Ngày gửi báo cáo" {submitted} is before the period {period} began ({start}).', 'Type the day the report is really sent.'),
  },
  'form.rule.submitted-future': {
    vi: e('"Ngày gửi báo cáo" {submitted} còn sau hôm nay ({today}): có lẽ gõ nhầm ngày.', 'Điền ngày thực tế gửi báo cáo (ngày/tháng/năm).'),
    en: e('"Ngày gửi báo cáo" {submitted} is after today ({today}): probably a mistyped day.', 'Type the day the report is really sent (day/month/year).'),
  },
  'form.rule.percent-range': {
    vi: e('"Tỷ lệ (%)" phải từ 0 đến 100 (đang là {value}).', 'Nhập số nguyên từ 0 đến 100.'),
    en: e('"Tỷ lệ (%)" must be 0 to 100 (it is {value}).', 'Type a whole number from 0 to 100.'),
  },
  'form.rule.draft': {
    vi: e('Chưa điền "Ngày gửi báo cáo": biểu mẫu được ghi là bản nháp, chưa tính là đơn vị đã báo cáo.', 'Điền ngày gửi báo cáo (ngày/tháng/năm) rồi gửi lại.'),
    en: e('"Ngày gửi báo cáo" is empty: the form is kept as a draft and does not count as a report.', 'Fill in the day the report is sent (day/month/year) and send it again.'),
  },

  // Fields, for the changes --force prints
  'form.field.submitted': { vi: e('ngày gửi'), en: e('sent') },
  'form.field.document': { vi: e('số văn bản'), en: e('document') },
  'form.field.update': { vi: e('báo cáo nhiệm vụ'), en: e('task update') },
  'form.field.status': { vi: e('tình trạng'), en: e('status') },
  'form.field.percent': { vi: e('tỷ lệ (%)'), en: e('percent') },
  'form.field.done_on': { vi: e('ngày hoàn thành'), en: e('done on') },
  'form.field.note': { vi: e('kết quả thực hiện'), en: e('result') },
  'form.field.evidence': { vi: e('minh chứng'), en: e('evidence') },
  'form.field.problems': { vi: e('khó khăn, vướng mắc'), en: e('problems') },
  'form.field.indicator': { vi: e('chỉ tiêu'), en: e('indicator') },
  'form.field.proposals': { vi: e('đề xuất, kiến nghị'), en: e('proposals') },
};
