// The Vietnamese lunisolar calendar (âm lịch), for the holidays that Bộ luật Lao động 2019
// Điều 112 fixes in it: Tết Âm lịch and Giỗ Tổ Hùng Vương (10/3 âm lịch). The astronomy (new
// moons, the Sun's longitude, the December solstice) comes from astronomy-engine; the rules are the
// calendar's own, as Hồ Ngọc Đức states them ("Computing the Vietnamese lunar calendar", after
// the Explanatory Supplement to the Astronomical Almanac):
//   1. a month begins on the day of the new moon;
//   2. the month that holds the December solstice is month 11;
//   3. a year from one month 11 to the next with 13 months has a leap month: the first month after
//      month 11 that holds no principal term (the Sun's longitude crossing a multiple of 30°);
//      it takes the number of the month before it;
//   4. days are reckoned at UTC+7 (meridian 105° E), the zone Việt Nam has used since 1968.
// Rule 4 is what makes it Vietnamese: the Chinese calendar reckons at UTC+8 and so differs in some
// years (Tết 2007: 17/2 in Việt Nam, 18/2 in China; Tết 2030: 2/2 against 3/2).
// Only the holidays command imports this module: astronomy-engine is large, and lint never needs it.

import { SearchMoonPhase, Seasons, SunPosition } from 'astronomy-engine';
import type { IsoDate } from '../plan/model.js';
import { fromDayNumber } from './date.js';

const ZONE_HOURS = 7;
const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;

/** The day number (days since 1970-01-01) of an instant, in Việt Nam. */
function localDay(instant: Date): number {
  return Math.floor((instant.getTime() + ZONE_HOURS * MS_PER_HOUR) / MS_PER_DAY);
}

/** Midnight in Việt Nam at the start of a day number. */
function midnight(day: number): Date {
  return new Date(day * MS_PER_DAY - ZONE_HOURS * MS_PER_HOUR);
}

/** The first day of the first lunar month that begins on or after `day`. */
function monthStartFrom(day: number): number {
  const newMoon = SearchMoonPhase(0, midnight(day), 40);
  if (!newMoon) throw new Error(`no new moon within 40 days of day ${day}`);
  return localDay(newMoon.date);
}

/** Which 30° sector of the ecliptic the Sun is in at the start of a day: a month holds a
 * principal term exactly when the sector at its first day differs from the next month's. */
function sunSector(day: number): number {
  return Math.floor(SunPosition(midnight(day)).elon / 30);
}

/** The first day of month 11 of `year`: the lunar month that holds that year's December solstice. */
function month11Start(year: number): number {
  const solstice = localDay(Seasons(year).dec_solstice.date);
  let start = monthStartFrom(solstice - 35);
  for (let next = monthStartFrom(start + 1); next <= solstice; next = monthStartFrom(start + 1)) start = next;
  return start;
}

interface LunarMonth {
  /** day number of its first day */
  start: number;
  /** 1 … 12 */
  number: number;
  leap: boolean;
}

/** The months from month 11 of the year before `year` (numbered 11) through month 11 of `year`. */
function monthsOf(year: number): LunarMonth[] {
  const first = month11Start(year - 1);
  const last = month11Start(year);
  const starts = [first];
  while (starts[starts.length - 1]! < last) starts.push(monthStartFrom(starts[starts.length - 1]! + 1));
  // 13 months between two months 11 (14 starts counting both ends): the year has a leap month
  let leapToFind = starts.length === 14;
  const months: LunarMonth[] = [{ start: first, number: 11, leap: false }];
  for (let i = 1; i < starts.length; i++) {
    const previous = months[i - 1]!;
    const end = i + 1 < starts.length ? starts[i + 1]! : monthStartFrom(starts[i]! + 1);
    const leap = leapToFind && sunSector(starts[i]!) === sunSector(end);
    if (leap) leapToFind = false;
    months.push({ start: starts[i]!, number: leap ? previous.number : (previous.number % 12) + 1, leap });
  }
  return months;
}

/**
 * The solar day of day `day` of the (not leap) lunar month `month` of the lunar year that begins
 * in `year`: `lunarToSolar(2027, 1, 1)` is Tết Đinh Mùi, `lunarToSolar(2027, 3, 10)` Giỗ Tổ 2027.
 * Months 1 to 10 only: months 11 and 12 of that lunar year fall in the next solar year.
 */
export function lunarToSolar(year: number, month: number, day: number): IsoDate {
  if (!Number.isInteger(month) || month < 1 || month > 10 || !Number.isInteger(day) || day < 1 || day > 30) {
    throw new RangeError(`lunar month 1–10 and day 1–30 expected, got ${month}/${day}`);
  }
  // months 11 and 12 of the year before come first: months 1–10 appear once, after them
  const { start } = monthsOf(year).find((m) => m.number === month && !m.leap)!;
  const length = monthStartFrom(start + 1) - start;
  if (day > length) throw new RangeError(`lunar month ${month} of ${year} has ${length} days, not ${day}`);
  return fromDayNumber(start + day - 1);
}
