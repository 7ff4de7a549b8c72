import { describe, expect, it } from 'vitest';
import {
  addDays, addMonths, compareDates, diffDays, fromDayNumber, isValidIsoDate, lastDayOfMonth, maxDate, minDate,
  toDayNumber, weekday,
} from '../../src/time/index.js';

describe('calendar days (YYYY-MM-DD)', () => {
  it('accepts real days, leap days included', () => {
    expect(isValidIsoDate('2026-06-05')).toBe(true);
    expect(isValidIsoDate('2028-02-29')).toBe(true);
    expect(isValidIsoDate('2000-02-29')).toBe(true);
  });

  it('rejects impossible days: 2026-02-30, 29 February of a common year, month 13, 31 April', () => {
    expect(isValidIsoDate('2026-02-30')).toBe(false);
    expect(isValidIsoDate('2026-02-29')).toBe(false);
    expect(isValidIsoDate('2100-02-29')).toBe(false);
    expect(isValidIsoDate('2026-13-01')).toBe(false);
    expect(isValidIsoDate('2026-04-31')).toBe(false);
    expect(isValidIsoDate('2026-00-10')).toBe(false);
    expect(isValidIsoDate('2026-06-00')).toBe(false);
  });

  it('rejects other spellings and non-strings', () => {
    for (const value of ['2026-6-5', '05/06/2026', '2026-06-05T00:00', ' 2026-06-05', 20260605, null, undefined]) {
      expect(isValidIsoDate(value)).toBe(false);
    }
  });

  it('counts days from 1970-01-01 and back', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2026-01-01')).toBe(20454);
    expect(fromDayNumber(20454)).toBe('2026-01-01');
    expect(fromDayNumber(toDayNumber('2030-12-31'))).toBe('2030-12-31');
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-08-10', -1)).toBe('2026-08-09');
  });

  it('diffDays(a, b) is a − b', () => {
    expect(diffDays('2026-08-09', '2026-07-31')).toBe(9);
    expect(diffDays('2026-07-31', '2026-08-09')).toBe(-9);
    expect(diffDays('2027-01-01', '2026-01-01')).toBe(365);
  });

  it('knows the weekday, 0 = Sunday', () => {
    expect(weekday('2026-02-09')).toBe(1);
    expect(weekday('2026-02-14')).toBe(6);
    expect(weekday('2026-02-22')).toBe(0);
    expect(weekday('1969-12-28')).toBe(0);
  });

  it('adds months across year ends, both ways', () => {
    expect(addMonths({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(addMonths({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
    expect(addMonths({ year: 2026, month: 6 }, 30)).toEqual({ year: 2028, month: 12 });
  });

  it('knows how long each month is', () => {
    expect(lastDayOfMonth(2026, 2)).toBe(28);
    expect(lastDayOfMonth(2028, 2)).toBe(29);
    expect(lastDayOfMonth(2026, 4)).toBe(30);
    expect(lastDayOfMonth(2026, 12)).toBe(31);
  });

  it('orders days', () => {
    expect(compareDates('2026-06-05', '2026-06-25')).toBe(-1);
    expect(compareDates('2026-06-25', '2026-06-25')).toBe(0);
    expect(compareDates('2027-01-01', '2026-12-31')).toBe(1);
    expect(minDate('2026-06-25', '2026-06-05')).toBe('2026-06-05');
    expect(maxDate('2026-06-25', '2026-06-05')).toBe('2026-06-25');
  });
});
