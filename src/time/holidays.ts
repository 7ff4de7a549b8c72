// The days off that the law guarantees in a year whose official notice is not out yet (DESIGN
// §2.5): the holidays of Bộ luật Lao động 2019 Điều 112 khoản 1, Ngày Văn hóa Việt Nam (24/11),
// and for each of them that falls on a Saturday or Sunday a compensatory day on the next working
// day (Điều 111 khoản 3). The Prime Minister fixes the exact days of Tết and Quốc khánh each year
// (Điều 112 khoản 3) and often adds swapped days; until that notice exists the year is marked
// `provisional` and holds only what the law itself guarantees:
//   - Tết Âm lịch, 5 days: the last day of the lunar year and mùng 1–4, the arrangement of Tết
//     Bính Ngọ 2026 (TB 9441/TB-BNV: 16/2–20/2 within the break 14–22/2/2026);
//   - Quốc khánh, 2 days: 2/9 and the day before it, as in 2025 and 2026.
// Pure: the lunar dates (Tết, Giỗ Tổ) are given, computed by lunar.ts.

import type { CalendarEntry, CalendarYear, IsoDate } from '../plan/model.js';
import { addDays, makeDate, weekday } from './date.js';

/** The two holidays Điều 112 fixes in the lunar calendar, as solar days of the year. */
export interface LunarHolidays {
  /** mùng 1 Tết (1/1 âm lịch) */
  tet: IsoDate;
  /** Giỗ Tổ Hùng Vương (10/3 âm lịch) */
  gioTo: IsoDate;
}

const LAW = 'Bộ luật Lao động 2019';
const CAN = ['Canh', 'Tân', 'Nhâm', 'Quý', 'Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ'];
const CHI = ['Thân', 'Dậu', 'Tuất', 'Hợi', 'Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi'];
const WEEKDAY = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

/** The year's name in the sexagenary cycle: 2027 is Đinh Mùi. */
export function canChi(year: number): string {
  return `${CAN[year % 10]} ${CHI[year % 12]}`;
}

interface Holiday {
  from: IsoDate;
  to: IsoDate;
  name: string;
  source: string;
  note?: string;
}

function holidaysOf(year: number, lunar: LunarHolidays): Holiday[] {
  const day = (month: number, d: number) => makeDate(year, month, d);
  const lunarSource = (point: string) => `${LAW}, Điều 112 khoản 1 điểm ${point}; ngày tính theo âm lịch Việt Nam (múi giờ UTC+7)`;
  return [
    { from: day(1, 1), to: day(1, 1), name: 'Tết Dương lịch', source: `${LAW}, Điều 112 khoản 1 điểm a` },
    {
      from: addDays(lunar.tet, -1), to: addDays(lunar.tet, 3),
      name: `Tết Nguyên đán ${canChi(year)} (ngày cuối năm âm lịch và mùng 1 đến mùng 4)`, source: lunarSource('b'),
    },
    { from: lunar.gioTo, to: lunar.gioTo, name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', source: lunarSource('e') },
    { from: day(4, 30), to: day(4, 30), name: 'Ngày Chiến thắng', source: `${LAW}, Điều 112 khoản 1 điểm c` },
    { from: day(5, 1), to: day(5, 1), name: 'Ngày Quốc tế lao động', source: `${LAW}, Điều 112 khoản 1 điểm d` },
    { from: day(9, 1), to: day(9, 2), name: 'Quốc khánh (02/9 và ngày liền trước)', source: `${LAW}, Điều 112 khoản 1 điểm đ` },
    {
      from: day(11, 24), to: day(11, 24), name: 'Ngày Văn hóa Việt Nam',
      source: 'Nghị quyết 80-NQ/TW; Nghị quyết 28/2026/QH16 (hiệu lực từ 01/7/2026)',
      note: 'Nghị quyết 28/2026/QH16 mới được đối chiếu qua nguồn thứ cấp',
    },
  ];
}

function daysOf(holiday: Holiday): IsoDate[] {
  const days: IsoDate[] = [];
  for (let d = holiday.from; d <= holiday.to; d = addDays(d, 1)) days.push(d);
  return days;
}

const isWeekend = (date: IsoDate) => weekday(date) === 0 || weekday(date) === 6;

/** Điều 111 khoản 3: a holiday on the weekly rest day gives a day off on the next working day.
 * In date order, so that the two weekend days of a Tết week take the first two free days after it. */
function compensatoryDays(holidays: Holiday[]): CalendarEntry[] {
  const taken = new Set(holidays.flatMap(daysOf));
  const onWeekend = holidays
    .flatMap((h) => daysOf(h).filter(isWeekend).map((date) => ({ date, holiday: h })))
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  return onWeekend.map(({ date, holiday }) => {
    let free = addDays(date, 1);
    while (isWeekend(free) || taken.has(free)) free = addDays(free, 1);
    taken.add(free);
    const [y, m, d] = date.split('-');
    const which = holiday.name.replace(/ \(.*\)$/, '');
    return { date: free, name: `Nghỉ bù ${which} (${WEEKDAY[weekday(date)]} ${d}/${m}/${y})`, source: `${LAW}, Điều 111 khoản 3` };
  });
}

/** The provisional calendar of `year`: the statutory days off and their compensatory days. */
export function statutoryYear(year: number, lunar: LunarHolidays): CalendarYear {
  const holidays = holidaysOf(year, lunar);
  const entries: CalendarEntry[] = holidays.map(({ from, to, ...rest }) => (from === to ? { date: from, ...rest } : { from, to, ...rest }));
  const off = [...entries, ...compensatoryDays(holidays)].sort((a, b) => (startOf(a) < startOf(b) ? -1 : 1));
  return {
    provisional: true,
    source: `Tạm tính theo ${LAW} (Điều 111 khoản 3, Điều 112) khi chưa có thông báo chính thức; sinh bởi lệnh de06 holidays ${year}`,
    note: 'Thủ tướng quyết định cụ thể ngày nghỉ Tết Âm lịch và Quốc khánh hằng năm (Điều 112 khoản 3). Ở đây Tết là ngày cuối năm âm lịch và mùng 1–4, Quốc khánh là 01/9 và 02/9, cộng ngày nghỉ bù cho ngày lễ trùng thứ Bảy, Chủ nhật. Khi có thông báo chính thức về lịch nghỉ của năm, thay các ngày dưới đây theo thông báo (kể cả ngày hoán đổi, làm bù) và bỏ provisional.',
    off,
    work: [],
  };
}

function startOf(entry: CalendarEntry): IsoDate {
  return typeof entry === 'string' ? entry : 'from' in entry ? entry.from : entry.date;
}
