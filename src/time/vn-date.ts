// Dates as Vietnamese administrative documents write them.

import type { IsoDate } from '../plan/model.js';
import { dateParts as parts } from './date.js';

/**
 * "Bắc Ninh, ngày 05 tháng 01 năm 2026". NĐ 30/2020 Phụ lục I: days below 10 and the months
 * 1 and 2 take a leading zero (so "tháng 01", "tháng 02", but "tháng 6", "tháng 12").
 */
export function vnDateLine(place: string, isoDate: IsoDate): string {
  return `${place}, ${vnDayPhrase(isoDate)}`;
}

/** "ngày 05 tháng 01 năm 2026", with the leading zeros of vnDateLine. */
export function vnDayPhrase(isoDate: IsoDate): string {
  const { year, month, day } = parts(isoDate);
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** "05/01/2026", for table cells. */
export function vnShortDate(isoDate: IsoDate): string {
  const { year, month, day } = parts(isoDate);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** The calendar day as a Date at 00:00 UTC: Excel stores days, and UTC keeps every host's TZ out. */
export function utcDate(isoDate: IsoDate): Date {
  const { year, month, day } = parts(isoDate);
  return new Date(Date.UTC(year, month - 1, day));
}

/** "05/6/2026", as running text cites a document's date ("Kế hoạch số … ngày 05/6/2026"). */
export function vnTextDate(isoDate: IsoDate): string {
  const { year, month, day } = parts(isoDate);
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${String(day).padStart(2, '0')}/${mm}/${year}`;
}
