import type { Catalog } from './index.js';

// Messages about the plan's data itself: the working calendar (the calendar-coverage rule, the
// holidays command) and values that are only the encoder's reading (six-clear on `interpreted`).
export const planDataMessages: Catalog = {
  'rule.calendar-coverage.missing': {
    vi: { message: 'Năm {year} thuộc thời gian của kế hoạch ({start} – {end}) nhưng chưa có lịch làm việc: hạn rơi vào Tết, ngày lễ của năm đó bị tính như ngày làm việc.', fix: 'Chạy `de06 holidays {year} >> plan/calendar.yaml` để thêm ngày nghỉ theo Bộ luật Lao động (tạm tính), rồi thay bằng thông báo chính thức khi có.' },
    en: { message: 'The year {year} is within the plan period ({start} – {end}) but has no working calendar: a deadline in Tết or on a holiday of that year is taken for a working day.', fix: 'Run `de06 holidays {year} >> plan/calendar.yaml` to add the statutory days off (provisional), then replace them with the official notice once it is out.' },
  },
  'rule.calendar-coverage.no-calendar': {
    vi: { message: 'Kế hoạch chưa có lịch làm việc (plan/calendar.yaml) cho các năm {years}: hạn rơi vào Tết, ngày lễ bị tính như ngày làm việc.', fix: 'Tạo tệp bằng `echo years: > plan/calendar.yaml && de06 holidays {years} >> plan/calendar.yaml` (ngày nghỉ theo luật, tạm tính), rồi sửa theo thông báo chính thức của từng năm.' },
    en: { message: 'The plan has no working calendar (plan/calendar.yaml) for the years {years}: a deadline in Tết or on a holiday is taken for a working day.', fix: 'Create it with `echo years: > plan/calendar.yaml && de06 holidays {years} >> plan/calendar.yaml` (statutory days off, provisional), then correct each year from its official notice.' },
  },
  'rule.calendar-coverage.provisional': {
    vi: { message: 'Lịch năm {year} vẫn là lịch tạm tính theo luật (provisional: true) mà năm {year} đã bắt đầu (hôm nay {asOf}): lịch nghỉ Tết, Quốc khánh chính thức và các ngày hoán đổi, làm bù chưa được ghi.', fix: 'Sửa năm {year} theo thông báo chính thức về lịch nghỉ lễ, Tết của năm (Bộ Nội vụ) và văn bản hoán đổi ngày làm việc, ghi source, rồi bỏ dòng provisional: true.' },
    en: { message: 'The calendar of {year} is still the provisional statutory one (provisional: true) although {year} has begun (today is {asOf}): the official Tết and Quốc khánh days and any swapped or make-up days are missing.', fix: 'Correct {year} from the official notice of its holidays (Ministry of Home Affairs) and any swap of working days, cite it in source, then remove provisional: true.' },
  },
  'rule.six-clear.interpreted': {
    vi: { message: 'Nhiệm vụ {id} chưa đủ "6 rõ": thiếu {missing}; giá trị ghi trong interpreted chỉ là diễn giải của người mã hóa, văn bản kế hoạch không nói.', fix: 'Khi có văn bản giao nhiệm vụ quy định {fields}, ghi theo văn bản đó và bỏ khóa tương ứng khỏi interpreted; nếu không, kiến nghị cơ quan ban hành làm rõ.' },
    en: { message: 'Task {id} is not "6 rõ" (six-clear): missing {missing}; a value under interpreted is only the encoder\'s reading, the plan text does not say it.', fix: 'Once a document assigns {fields}, write what it says and drop the key from interpreted; otherwise ask the issuer to clarify.' },
  },

  // de06 holidays
  'cli.holidays.description': {
    vi: { message: 'in ngày nghỉ lễ, Tết theo Bộ luật Lao động (tạm tính, kể cả ngày nghỉ bù) của các năm chưa có thông báo chính thức, để nối vào plan/calendar.yaml' },
    en: { message: 'print the statutory days off (provisional, with compensatory days) of years without an official notice, to append to plan/calendar.yaml' },
  },
  'cli.holidays.years': {
    vi: { message: 'năm (2027) hoặc khoảng năm (2027-2030)' },
    en: { message: 'a year (2027) or a range of years (2027-2030)' },
  },
  'calendar.holidays.bad-year': {
    vi: { message: 'Năm "{value}" không dùng được: ghi năm gồm 4 chữ số (2027) hoặc khoảng năm (2027-2030), trong khoảng {min}–{max}.' },
    en: { message: 'The year "{value}" cannot be used: write a four-digit year (2027) or a range (2027-2030), within {min}–{max}.' },
  },
};
