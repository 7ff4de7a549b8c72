// Calendar days as plain `YYYY-MM-DD` strings. All arithmetic goes through integer day numbers
// (days since 1970-01-01) computed with UTC, never local-time Date methods, so every result is the
// same whatever the machine's TZ (DESIGN §7 "Time zone").

import type { IsoDate } from '../plan/model.js';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface YearMonth {
  year: number;
  /** 1 = January */
  month: number;
}

export interface DateParts extends YearMonth {
  day: number;
}

/** A real calendar day written `YYYY-MM-DD`: 2026-02-30 is not one. */
export function isValidIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(year, month);
}

/** The parts of a date already known to be valid. */
export function dateParts(date: IsoDate): DateParts {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Days since 1970-01-01. */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = dateParts(date);
  return dayNumberOf(year, month, day);
}

/** Days from civil (H. Hinnant's algorithm): pure arithmetic, no Date, because status and
 * overdue call it for every item of a plan. A day past the month's end counts on, as Date does. */
function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const t = new Date(dayNumber * MS_PER_DAY);
  return makeDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** `YYYY-MM-DD` from parts that are already a real day. */
export function makeDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** a − b, in days. */
export function diffDays(a: IsoDate, b: IsoDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekday(date: IsoDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export function addMonths(ym: YearMonth, months: number): YearMonth {
  const index = ym.year * 12 + (ym.month - 1) + months;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

export function lastDayOfMonth(year: number, month: number): number {
  return month === 12 ? 31 : dayNumberOf(year, month + 1, 1) - dayNumberOf(year, month, 1);
}

/** Day `day` of the month, or the month's last day when the month is shorter. */
export function clampedDate(ym: YearMonth, day: number): IsoDate {
  return makeDate(ym.year, ym.month, Math.min(day, lastDayOfMonth(ym.year, ym.month)));
}

/** −1, 0 or 1. Four-digit years make string order the calendar order; period ids of one kind sort the same way. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
