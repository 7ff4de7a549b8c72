// Report periods (DESIGN §3 "Periods"): months, quarters, halves and years, and the window of
// days each covers. A period is a run of whole calendar months; its window is either those months
// (`calendar`) or the NĐ 09/2019/NĐ-CP art. 12 data cut-off (`nd09`): from the 15th of the month
// before its first month to the 14th of its last month.

import type { IsoDate, PeriodId } from '../plan/model.js';
import { addMonths, clampedDate, isValidIsoDate, makeDate, type YearMonth } from './date.js';

export type PeriodKind = 'month' | 'quarter' | 'half' | 'year';
export type PeriodWindow = 'calendar' | 'nd09';

export interface Period {
  kind: PeriodKind;
  year: number;
  /** month 1–12, quarter 1–4, half 1–2; always 1 for a year */
  index: number;
}

/** Inclusive on both ends. */
export interface DateRange {
  start: IsoDate;
  end: IsoDate;
}

const MONTHS_IN: Record<PeriodKind, number> = { month: 1, quarter: 3, half: 6, year: 12 };

const PATTERNS: [RegExp, PeriodKind][] = [
  [/^(\d{4})-(0[1-9]|1[0-2])$/, 'month'],
  [/^(\d{4})-Q([1-4])$/, 'quarter'],
  [/^(\d{4})-H([12])$/, 'half'],
  [/^(\d{4})()$/, 'year'],
];

/** `YYYY-MM`, `YYYY-Qn`, `YYYY-H1|H2` or `YYYY`; anything else is undefined. */
export function parsePeriod(id: string): Period | undefined {
  for (const [pattern, kind] of PATTERNS) {
    const m = pattern.exec(id);
    if (m) return { kind, year: Number(m[1]), index: kind === 'year' ? 1 : Number(m[2]) };
  }
  return undefined;
}

export function periodId(p: Period): PeriodId {
  const year = String(p.year).padStart(4, '0');
  switch (p.kind) {
    case 'month':
      return `${year}-${String(p.index).padStart(2, '0')}`;
    case 'quarter':
      return `${year}-Q${p.index}`;
    case 'half':
      return `${year}-H${p.index}`;
    case 'year':
      return year;
  }
}

export function firstMonthOf(p: Period): YearMonth {
  return { year: p.year, month: (p.index - 1) * MONTHS_IN[p.kind] + 1 };
}

/** The period's last calendar month: June for H1, December for a year. */
export function lastMonthOf(p: Period): YearMonth {
  return { year: p.year, month: p.index * MONTHS_IN[p.kind] };
}

export function periodWindow(p: Period, window: PeriodWindow): DateRange {
  const first = firstMonthOf(p);
  const last = lastMonthOf(p);
  if (window === 'nd09') {
    const before = addMonths(first, -1);
    return { start: makeDate(before.year, before.month, 15), end: makeDate(last.year, last.month, 14) };
  }
  return { start: makeDate(first.year, first.month, 1), end: clampedDate(last, 31) };
}

/** The period of `kind` whose calendar months hold `date`. */
export function calendarPeriodOf(kind: PeriodKind, date: IsoDate): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return { kind, year, index: Math.floor((month - 1) / MONTHS_IN[kind]) + 1 };
}

export function nextPeriod(p: Period): Period {
  return shiftPeriod(p, 1);
}

export function previousPeriod(p: Period): Period {
  return shiftPeriod(p, -1);
}

function shiftPeriod(p: Period, by: number): Period {
  const perYear = 12 / MONTHS_IN[p.kind];
  const n = p.year * perYear + (p.index - 1) + by;
  return { kind: p.kind, year: Math.floor(n / perYear), index: (n % perYear) + 1 };
}

/**
 * Every period of `kind` whose window overlaps `range`, in order; none when the range is empty or
 * its ends are not real dates.
 */
export function periodsOverlapping(kind: PeriodKind, range: DateRange, window: PeriodWindow): Period[] {
  const found: Period[] = [];
  if (!isValidIsoDate(range.start) || !isValidIsoDate(range.end) || range.start > range.end) return found;
  // An nd09 window ends on the 14th of its period's last month, before the next period's months
  // begin, so no period before the one whose months hold the range's first day can overlap it.
  let p = calendarPeriodOf(kind, range.start);
  for (let w = periodWindow(p, window); w.start <= range.end; p = nextPeriod(p), w = periodWindow(p, window)) {
    if (w.end >= range.start) found.push(p);
  }
  return found;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** How a report names its period: "tháng 7/2026", "6 tháng đầu năm 2026", "năm 2026". */
export function periodLabel(p: Period, lang: 'vi' | 'en'): string {
  const vi = lang === 'vi';
  switch (p.kind) {
    case 'month':
      return vi ? `tháng ${p.index}/${p.year}` : `${MONTH_NAMES[p.index - 1]} ${p.year}`;
    case 'quarter':
      return vi ? `quý ${ROMAN[p.index - 1]}/${p.year}` : `Q${p.index} ${p.year}`;
    case 'half':
      if (vi) return `6 tháng ${p.index === 1 ? 'đầu' : 'cuối'} năm ${p.year}`;
      return `${p.index === 1 ? 'first' : 'second'} half of ${p.year}`;
    case 'year':
      return vi ? `năm ${p.year}` : `year ${p.year}`;
  }
}

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];


/** The periods a progress file may cover (schemas/common.schema.json periodId): YYYY-MM, YYYY-H1|H2, YYYY. */
export const PROGRESS_PERIOD = /^\d{4}(-(0[1-9]|1[0-2])|-H[12])?$/;
