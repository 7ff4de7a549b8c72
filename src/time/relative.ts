// Day-in-period anchors (DESIGN §2.1 `reporting.*.due`, §2.3 recurring deadlines): the last
// allowed day of a period's obligation, before any roll for days off.
//   {before_day: 10, month_offset: 1}  "trước ngày 10 tháng sau": July 2026 → 2026-08-09
//   {day: 25, month_offset: 0}         "ngày 25 hàng tháng", inclusive
//   {before: "06-10"}                  "trước ngày 10/6" of the period's year → 06-09
//   {on: "12-31"}                      "ngày 31/12" of the period's year, inclusive
//   {}                                 the end of the period's window

import type { IsoDate, RelativeDue } from '../plan/model.js';
import { addDays, addMonths, clampedDate, lastDayOfMonth, makeDate, type YearMonth } from './date.js';
import { lastMonthOf, periodWindow, type Period, type PeriodWindow } from './period.js';

export type RuleProblem =
  /** more than one of before_day, day, before, on */
  | 'conflicting-anchors'
  /** before_day or day is not a whole number 1–31 */
  | 'bad-day'
  /** month_offset is not a whole number ≥ 0, or comes without before_day or day */
  | 'bad-month-offset'
  /** before or on is not a day of the year written "MM-DD" */
  | 'bad-month-day';

const MONTH_DAY = /^(\d{2})-(\d{2})$/;

/** What is wrong with an anchor rule, or undefined when relativeDue can use it. */
export function relativeRuleProblem(rule: RelativeDue): RuleProblem | undefined {
  const anchors = [rule.before_day, rule.day, rule.before, rule.on].filter((a) => a !== undefined);
  if (anchors.length > 1) return 'conflicting-anchors';
  for (const day of [rule.before_day, rule.day]) {
    if (day !== undefined && !isWhole(day, 1, 31)) return 'bad-day';
  }
  if (rule.month_offset !== undefined) {
    const withDay = rule.before_day !== undefined || rule.day !== undefined;
    if (!withDay || !isWhole(rule.month_offset, 0, Number.MAX_SAFE_INTEGER)) return 'bad-month-offset';
  }
  for (const md of [rule.before, rule.on]) {
    if (md !== undefined && !monthDay(md)) return 'bad-month-day';
  }
  return undefined;
}

/** A fixed day of the year ("MM-DD"), valid in a leap year so that "02-29" is accepted. */
export function monthDay(value: unknown): { month: number; day: number } | undefined {
  const m = typeof value === 'string' ? MONTH_DAY.exec(value) : null;
  if (!m) return undefined;
  const month = Number(m[1]);
  const day = Number(m[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(2000, month) ? { month, day } : undefined;
}

/**
 * The last allowed day of `period`'s obligation under `rule`, or undefined when the rule has a
 * problem (relativeRuleProblem). month_offset counts from the period's last calendar month (June
 * for H1, December for a year). A day past the month's end means the month's last day: "trước
 * ngày 31" in April is 30/4, "ngày 31" in February is 28/2 (or 29/2); "02-29" likewise in a
 * common year.
 */
export function relativeDue(period: Period, rule: RelativeDue, window: PeriodWindow): IsoDate | undefined {
  if (relativeRuleProblem(rule)) return undefined;
  const target = addMonths(lastMonthOf(period), rule.month_offset ?? 0);
  if (rule.before_day !== undefined) return dayBefore(target, rule.before_day);
  if (rule.day !== undefined) return clampedDate(target, rule.day);
  const fixed = monthDay(rule.before ?? rule.on);
  if (!fixed) return periodWindow(period, window).end;
  const inYear = { year: period.year, month: fixed.month };
  return rule.before !== undefined ? dayBefore(inYear, fixed.day) : clampedDate(inYear, fixed.day);
}

/** "trước ngày N": the day before day N, or the month's last day when the month has no day N. */
function dayBefore(ym: YearMonth, day: number): IsoDate {
  if (day > lastDayOfMonth(ym.year, ym.month)) return clampedDate(ym, day);
  return addDays(makeDate(ym.year, ym.month, day), -1);
}

function isWhole(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}
