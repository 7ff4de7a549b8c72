import { describe, expect, it } from 'vitest';
import { lunarToSolar } from '../../src/time/lunar.js';

describe('the Vietnamese lunar calendar (UTC+7)', () => {
  // Mùng 1 Tết as published for Việt Nam. 2030 is one of the years where the Vietnamese date
  // differs from the Chinese one (3/2/2030): the new moon is at 23:08 in Hà Nội, 00:08 in Beijing.
  it.each([
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2028, '2028-01-26'],
    [2029, '2029-02-13'],
    [2030, '2030-02-02'],
  ])('Tết %i is on %s', (year, day) => {
    expect(lunarToSolar(year, 1, 1)).toBe(day);
  });

  it.each([
    [2026, '2026-04-26'],
    [2027, '2027-04-16'],
    [2028, '2028-04-04'],
    [2029, '2029-04-23'],
    [2030, '2030-04-12'],
  ])('Giỗ Tổ Hùng Vương (10/3) %i is on %s', (year, day) => {
    expect(lunarToSolar(year, 3, 10)).toBe(day);
  });

  it('reckons days at UTC+7, not at China\'s UTC+8: Tết 2007 and 1985', () => {
    // China: 18/2/2007 (new moon at 16:14 UTC, after midnight in Beijing, before it in Hà Nội) and
    // 20/2/1985, a whole month later
    expect(lunarToSolar(2007, 1, 1)).toBe('2007-02-17');
    expect(lunarToSolar(1985, 1, 1)).toBe('1985-01-21');
  });

  it('counts a leap month under the number of the month before it', () => {
    // 2023 had a leap 2nd month: 10/3 is after it, on Saturday 29/4/2023
    expect(lunarToSolar(2023, 3, 10)).toBe('2023-04-29');
    // 2025 had a leap 6th month (25/7–22/8/2025): month 7 begins after it
    expect(lunarToSolar(2025, 6, 1)).toBe('2025-06-25');
    expect(lunarToSolar(2025, 7, 1)).toBe('2025-08-23');
  });

  it('refuses a day the month does not have, and months 11–12', () => {
    expect(() => lunarToSolar(2027, 3, 31)).toThrow(RangeError);
    expect(() => lunarToSolar(2027, 11, 1)).toThrow(RangeError);
  });
});
