import type { Catalog } from './index.js';

// Messages of the status commands: overdue, status, calendar, progress new (DESIGN §3, §4).
export const statusMessages: Catalog = {
  // The command line
  'cli.overdue.description': {
    vi: { message: 'nhiệm vụ và báo cáo quá hạn (và sắp đến hạn với --within)' },
    en: { message: 'overdue tasks and reports (and what falls due soon, with --within)' },
  },
  'cli.status.description': {
    vi: { message: 'số nhiệm vụ theo tình trạng, tỷ lệ hoàn thành và báo cáo đúng hạn' },
    en: { message: 'tasks by computed status, completion and reporting rates' },
  },
  'cli.calendar.description': {
    vi: { message: 'lịch các mốc hạn trong một khoảng thời gian; ics để nhập vào Outlook, Google Calendar' },
    en: { message: 'every deadline in a range; ics for Outlook and Google Calendar' },
  },
  'cli.progress.description': { vi: { message: 'báo cáo tiến độ của đơn vị' }, en: { message: "a unit's progress reports" } },
  'cli.progress.new.description': {
    vi: { message: 'lập tệp báo cáo tiến độ của một đơn vị cho một kỳ, điền sẵn các nhiệm vụ đang mở' },
    en: { message: "scaffold a unit's progress file for a period, pre-filled with its open tasks" },
  },
  'cli.opt.as-of': {
    vi: { message: 'tính đến ngày YYYY-MM-DD (mặc định: hôm nay theo múi giờ của kế hoạch)' },
    en: { message: "as of the day YYYY-MM-DD (default: today in the plan's time zone)" },
  },
  'cli.opt.unit': { vi: { message: 'chỉ đơn vị (hoặc nhóm đơn vị) này' }, en: { message: 'only this unit (or group of units)' } },
  'cli.overdue.within': {
    vi: { message: 'kèm những việc đến hạn trong N ngày tới' },
    en: { message: 'also list what falls due in the next N days' },
  },
  'cli.overdue.format': { vi: { message: 'định dạng kết quả: table, json, csv' }, en: { message: 'output format: table, json, csv' } },
  'cli.overdue.fail-on-overdue': {
    vi: { message: 'mã thoát 1 khi có việc quá hạn' },
    en: { message: 'exit 1 when anything is overdue' },
  },
  'cli.status.by': { vi: { message: 'nhóm theo: unit (đơn vị), objective (nhóm mục tiêu), pillar (trụ cột)' }, en: { message: 'group by unit, objective or pillar' } },
  'cli.status.format': { vi: { message: 'định dạng kết quả: table, json' }, en: { message: 'output format: table, json' } },
  'cli.calendar.from': { vi: { message: 'từ ngày YYYY-MM-DD (mặc định: ngày tính, --as-of)' }, en: { message: 'from the day YYYY-MM-DD (default: the as-of day)' } },
  'cli.calendar.to': { vi: { message: 'đến ngày YYYY-MM-DD (mặc định: ngày kết thúc kế hoạch)' }, en: { message: "to the day YYYY-MM-DD (default: the plan's last day)" } },
  'cli.calendar.format': { vi: { message: 'định dạng kết quả: table, ics, json' }, en: { message: 'output format: table, ics, json' } },
  'cli.progress.unit': { vi: { message: 'đơn vị lập báo cáo (mã trong units.yaml)' }, en: { message: 'the reporting unit (its id in units.yaml)' } },
  'cli.progress.period': { vi: { message: 'kỳ báo cáo: YYYY-MM, YYYY-H1, YYYY-H2 hoặc YYYY' }, en: { message: 'the period: YYYY-MM, YYYY-H1, YYYY-H2 or YYYY' } },

  // Errors (one line, exit 2)
  'status.bad-date': {
    vi: { message: '{option} cần một ngày có thật, viết YYYY-MM-DD, không phải "{value}".' },
    en: { message: '{option} takes a real day written YYYY-MM-DD, not "{value}".' },
  },
  'status.bad-choice': {
    vi: { message: '{option} nhận một trong các giá trị {choices}, không phải "{value}".' },
    en: { message: '{option} takes one of {choices}, not "{value}".' },
  },
  'status.unknown-unit': {
    vi: { message: 'không có đơn vị hay nhóm "{value}" trong units.yaml.' },
    en: { message: 'no unit or group "{value}" in units.yaml.' },
  },
  'status.unknown-unit-suggest': {
    vi: { message: 'không có đơn vị hay nhóm "{value}" trong units.yaml; có phải "{suggestion}"?' },
    en: { message: 'no unit or group "{value}" in units.yaml; did you mean "{suggestion}"?' },
  },
  'status.no-plan-data': {
    vi: { message: 'plan/plan.yaml chưa hợp lệ nên không tính được hạn. Chạy "de06 lint" để xem lỗi.' },
    en: { message: 'plan/plan.yaml is not valid, so no deadline can be computed. Run "de06 lint" to see why.' },
  },
  'status.lint-errors': {
    vi: { message: 'Cảnh báo: kế hoạch có {count} lỗi; kết quả chỉ tính trên phần hợp lệ. Chạy "de06 lint" để xem và sửa.' },
    en: { message: 'Warning: the plan has {count} errors; these results cover only its valid part. Run "de06 lint" to see and fix them.' },
  },
  'overdue.bad-within': {
    vi: { message: '--within cần một số ngày nguyên từ 0 đến 3650 (mười năm), không phải "{value}".' },
    en: { message: '--within takes a whole number of days from 0 to 3650 (ten years), not "{value}".' },
  },
  'calendar.bad-range': {
    vi: { message: '--from ({from}) không được sau --to ({to}).' },
    en: { message: '--from ({from}) must not be after --to ({to}).' },
  },
  'progress.bad-period': {
    vi: { message: 'kỳ "{value}" không hợp lệ: dùng YYYY-MM (tháng), YYYY-H1, YYYY-H2 (6 tháng) hoặc YYYY (năm).' },
    en: { message: 'the period "{value}" is not valid: use YYYY-MM (month), YYYY-H1, YYYY-H2 (half) or YYYY (year).' },
  },
  'progress.period-outside': {
    vi: { message: 'kỳ {period} nằm ngoài thời gian của kế hoạch ({start} – {end}).' },
    en: { message: "the period {period} lies outside the plan's period ({start} – {end})." },
  },
  'progress.too-early': {
    vi: { message: 'kỳ {period} bắt đầu ngày {start}, sau ngày lập {asOf}: chưa thể báo cáo cho kỳ này (dùng --as-of nếu cần).' },
    en: { message: 'the period {period} starts on {start}, after {asOf}: it cannot be reported on yet (use --as-of if needed).' },
  },
  'progress.unit-is-group': {
    vi: { message: '"{value}" là một nhóm đơn vị; báo cáo tiến độ do từng đơn vị lập, hãy chọn một đơn vị.' },
    en: { message: '"{value}" is a group; each unit writes its own progress file, so pick one unit.' },
  },
  'progress.exists': {
    vi: { message: 'tệp {file} đã có; không ghi đè. Hãy sửa trực tiếp tệp đó.' },
    en: { message: 'the file {file} already exists and is not overwritten; edit it instead.' },
  },

  // Computed statuses (DESIGN §3)
  'status.done_on_time': { vi: { message: 'Hoàn thành đúng hạn' }, en: { message: 'Done on time' } },
  'status.done_late': { vi: { message: 'Hoàn thành quá hạn' }, en: { message: 'Done late' } },
  'status.in_progress': { vi: { message: 'Đang thực hiện trong hạn' }, en: { message: 'In progress, on time' } },
  'status.due_soon': { vi: { message: 'Sắp đến hạn' }, en: { message: 'Due soon' } },
  'status.overdue': { vi: { message: 'Quá hạn' }, en: { message: 'Overdue' } },
  'status.not_started': { vi: { message: 'Chưa thực hiện' }, en: { message: 'Not started' } },
  'status.ongoing': { vi: { message: 'Thường xuyên' }, en: { message: 'Ongoing' } },
  'status.paused': { vi: { message: 'Tạm dừng' }, en: { message: 'Paused' } },

  // The status table
  'status.heading': { vi: { message: 'Tình hình thực hiện tính đến ngày {date}' }, en: { message: 'Progress as of {date}' } },
  'status.by.unit': { vi: { message: 'Đơn vị' }, en: { message: 'Unit' } },
  'status.by.objective': { vi: { message: 'Nhóm mục tiêu' }, en: { message: 'Objective group' } },
  'status.by.pillar': { vi: { message: 'Trụ cột' }, en: { message: 'Pillar' } },
  'status.col.key': { vi: { message: 'Mã' }, en: { message: 'Id' } },
  'status.col.assigned': { vi: { message: 'Giao' }, en: { message: 'Assigned' } },
  'status.col.done_on_time': { vi: { message: 'HT đúng hạn' }, en: { message: 'Done on time' } },
  'status.col.done_late': { vi: { message: 'HT quá hạn' }, en: { message: 'Done late' } },
  'status.col.in_progress': { vi: { message: 'Đang TH' }, en: { message: 'In progress' } },
  'status.col.due_soon': { vi: { message: 'Sắp đến hạn' }, en: { message: 'Due soon' } },
  'status.col.overdue': { vi: { message: 'Quá hạn' }, en: { message: 'Overdue' } },
  'status.col.not_started': { vi: { message: 'Chưa TH' }, en: { message: 'Not started' } },
  'status.col.ongoing': { vi: { message: 'Thường xuyên' }, en: { message: 'Ongoing' } },
  'status.col.paused': { vi: { message: 'Tạm dừng' }, en: { message: 'Paused' } },
  'status.col.reportsOnTime': { vi: { message: 'BC đúng hạn' }, en: { message: 'Reports on time' } },
  'status.col.reportsLate': { vi: { message: 'BC muộn' }, en: { message: 'Reports late' } },
  'status.col.reportsMissing': { vi: { message: 'BC thiếu' }, en: { message: 'Reports missing' } },
  'status.col.completion': { vi: { message: 'Tỷ lệ HT đúng hạn' }, en: { message: 'Done on time' } },
  'status.col.reporting': { vi: { message: 'Tỷ lệ BC đúng hạn' }, en: { message: 'Reports on time' } },
  'status.legend': {
    vi: { message: 'HT: hoàn thành; TH: thực hiện; BC: báo cáo. Tỷ lệ HT đúng hạn = HT đúng hạn ÷ (HT đúng hạn + HT quá hạn + Quá hạn); tỷ lệ BC đúng hạn = BC đúng hạn ÷ số báo cáo đã đến hạn.' },
    en: { message: 'Completion rate = done on time ÷ (done on time + done late + overdue); reporting rate = reports on time ÷ reports due so far.' },
  },
  'status.row.none': { vi: { message: '(chưa xác định)' }, en: { message: '(not set)' } },
  'status.row.total': { vi: { message: 'Tổng cộng' }, en: { message: 'Total' } },
  'status.score-formula': {
    vi: { message: 'Điểm = 100 × ({tasks} × tỷ lệ nhiệm vụ hoàn thành đúng hạn + {reports} × tỷ lệ báo cáo đúng hạn)' },
    en: { message: 'Score = 100 × ({tasks} × on-time completion rate + {reports} × on-time reporting rate)' },
  },

  // The overdue list
  'overdue.heading': { vi: { message: 'Quá hạn tính đến ngày {date}: {count}' }, en: { message: 'Overdue as of {date}: {count}' } },
  'overdue.none': {
    vi: { message: 'Không có nhiệm vụ hay báo cáo nào quá hạn tính đến ngày {date}.' },
    en: { message: 'Nothing is overdue as of {date}.' },
  },
  'overdue.upcoming-heading': {
    vi: { message: 'Đến hạn trong {days} ngày tới (đến ngày {date}): {count}' },
    en: { message: 'Due in the next {days} days (to {date}): {count}' },
  },
  'overdue.upcoming-none': { vi: { message: 'Không có việc nào đến hạn trong {days} ngày tới.' }, en: { message: 'Nothing falls due in the next {days} days.' } },
  'overdue.report-title': { vi: { message: 'Báo cáo {period}' }, en: { message: 'Report for {period}' } },
  'overdue.col.no': { vi: { message: 'STT' }, en: { message: 'No.' } },
  'overdue.col.kind': { vi: { message: 'Loại' }, en: { message: 'Kind' } },
  'overdue.col.unit': { vi: { message: 'Đơn vị' }, en: { message: 'Unit' } },
  'overdue.col.task': { vi: { message: 'Nhiệm vụ' }, en: { message: 'Task' } },
  'overdue.col.title': { vi: { message: 'Nội dung' }, en: { message: 'Title' } },
  'overdue.col.due': { vi: { message: 'Hạn' }, en: { message: 'Due' } },
  'overdue.col.days-overdue': { vi: { message: 'Số ngày quá hạn' }, en: { message: 'Days overdue' } },
  'overdue.col.days-left': { vi: { message: 'Số ngày còn lại' }, en: { message: 'Days left' } },
  'overdue.col.occurrence': { vi: { message: 'Kỳ' }, en: { message: 'Period' } },
  'overdue.col.status': { vi: { message: 'Tình trạng' }, en: { message: 'Status' } },
  'overdue.kind.task': { vi: { message: 'Nhiệm vụ' }, en: { message: 'Task' } },
  'overdue.kind.report': { vi: { message: 'Báo cáo' }, en: { message: 'Report' } },
  'overdue.state.not_started': { vi: { message: 'chưa thực hiện' }, en: { message: 'not started' } },
  'overdue.state.in_progress': { vi: { message: 'đang thực hiện' }, en: { message: 'in progress' } },
  'overdue.state.done': { vi: { message: 'đã hoàn thành' }, en: { message: 'done' } },
  'overdue.state.paused': { vi: { message: 'tạm dừng' }, en: { message: 'paused' } },
  'overdue.state.missing': { vi: { message: 'chưa gửi' }, en: { message: 'not sent' } },
  'overdue.state.not_yet_due': { vi: { message: 'chưa đến hạn' }, en: { message: 'not yet due' } },

  // The calendar
  'calendar.heading': { vi: { message: 'Lịch hạn từ ngày {from} đến ngày {to}: {count} mốc' }, en: { message: 'Deadlines from {from} to {to}: {count}' } },
  'calendar.none': { vi: { message: 'Không có mốc hạn nào từ ngày {from} đến ngày {to}.' }, en: { message: 'No deadline from {from} to {to}.' } },
  'calendar.col.date': { vi: { message: 'Ngày' }, en: { message: 'Date' } },
  'calendar.col.note': { vi: { message: 'Ghi chú' }, en: { message: 'Note' } },
  'calendar.rolled': { vi: { message: 'dời từ {date} (ngày nghỉ)' }, en: { message: 'moved from {date} (day off)' } },
  'calendar.name': { vi: { message: 'Hạn {plan}' }, en: { message: 'Deadlines, {plan}' } },
  'calendar.name-units': { vi: { message: 'Hạn {plan}: {units}' }, en: { message: 'Deadlines, {plan}: {units}' } },
  'calendar.summary-task': { vi: { message: '[{task}] {title}' }, en: { message: '[{task}] {title}' } },
  'calendar.detail-unit': { vi: { message: 'Đơn vị chủ trì: {unit}' }, en: { message: 'Lead unit: {unit}' } },
  'calendar.detail-report-unit': { vi: { message: 'Đơn vị báo cáo: {unit}' }, en: { message: 'Reporting unit: {unit}' } },
  'calendar.detail-occurrence': { vi: { message: 'Kỳ: {occurrence}' }, en: { message: 'Period: {occurrence}' } },

  // progress new: the drafted file's comments
  'progress.draft.heading': {
    vi: { message: 'Báo cáo tiến độ của {unit}, kỳ {period} ({plan}).' },
    en: { message: 'Progress report of {unit}, {period} ({plan}).' },
  },
  'progress.draft.due': { vi: { message: 'Hạn gửi báo cáo: {due}.' }, en: { message: 'The report is due by {due}.' } },
  'progress.draft.statuses': {
    vi: { message: 'status: not_started (chưa thực hiện), in_progress (đang thực hiện), done (đã hoàn thành: ghi done_on), paused (tạm dừng).' },
    en: { message: 'status: not_started, in_progress, done (write done_on), paused.' },
  },
  'progress.draft.submitted': {
    vi: { message: 'bỏ dấu # và điền ngày gửi báo cáo khi gửi; chưa có ngày này thì tệp chỉ là bản nháp, chưa tính là đã báo cáo' },
    en: { message: 'remove the # and write the day the report is sent, when it is sent; without it the file is only a draft and counts as no report' },
  },
  'progress.draft.document': { vi: { message: 'số, ký hiệu văn bản báo cáo (bỏ dấu # để dùng)' }, en: { message: "the report's number (remove the # to use it)" } },
  'progress.draft.none': { vi: { message: 'đơn vị không có nhiệm vụ chủ trì nào đang mở' }, en: { message: 'the unit leads no open task' } },
  'progress.draft.item-due': { vi: { message: 'hạn {due}' }, en: { message: 'due {due}' } },
  'progress.draft.done-on': { vi: { message: 'ngày hoàn thành; bắt buộc khi status là done' }, en: { message: 'the day it was done; required with status done' } },
  'progress.draft.note': { vi: { message: 'kết quả thực hiện trong kỳ' }, en: { message: 'what was done in the period' } },
  'progress.draft.problems': { vi: { message: 'khó khăn, vướng mắc' }, en: { message: 'difficulties' } },
  'progress.draft.indicators': { vi: { message: 'số liệu chỉ tiêu, ví dụ [{id: CT-1.1, value: 85}]' }, en: { message: 'indicator values, e.g. [{id: CT-1.1, value: 85}]' } },
  'progress.draft.proposals': { vi: { message: 'đề xuất, kiến nghị, mỗi ý một dòng' }, en: { message: 'proposals, one per line' } },
};
