import { describe, expect, it } from 'vitest';
import type { CalendarEntry } from '../../src/plan/model.js';
import { addDays, weekday } from '../../src/time/index.js';
import { canChi, statutoryYear } from '../../src/time/holidays.js';

/** Every day an entry covers. */
function days(entries: CalendarEntry[]): string[] {
  return entries.flatMap((e) => {
    if (typeof e === 'string') return [e];
    if ('date' in e) return [e.date];
    const out: string[] = [];
    for (let d = e.from; d <= e.to; d = addDays(d, 1)) out.push(d);
    return out;
  });
}
const named = (entries: CalendarEntry[], start: string) =>
  entries.filter((e) => typeof e === 'object' && (e as { name?: string }).name?.startsWith(start));
const isWeekend = (d: string) => weekday(d) === 0 || weekday(d) === 6;

// Tết Đinh Mùi: mùng 1 is Saturday 6/2/2027; Giỗ Tổ is Friday 16/4/2027.
const y2027 = statutoryYear(2027, { tet: '2027-02-06', gioTo: '2027-04-16' });

describe('the statutory days off of a year without an official notice (BLLĐ 2019 Điều 112)', () => {
  it('is provisional and says where every day comes from', () => {
    expect(y2027.provisional).toBe(true);
    expect(y2027.source).toMatch(/Bộ luật Lao động 2019/);
    expect(y2027.work).toEqual([]);
    for (const entry of y2027.off) expect(typeof entry === 'object' && entry.source).toBeTruthy();
  });

  it('holds 11 statutory days: 1/1, 5 days of Tết, Giỗ Tổ, 30/4, 1/5, 1–2/9, and 24/11', () => {
    const statutory = days(y2027.off.filter((e) => !(typeof e === 'object' && e.name?.startsWith('Nghỉ bù'))));
    expect(statutory).toEqual(['2027-01-01', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09',
      '2027-04-16', '2027-04-30', '2027-05-01', '2027-09-01', '2027-09-02', '2027-11-24']);
  });

  it('reckons Tết as the last day of the lunar year and mùng 1–4', () => {
    expect(named(y2027.off, 'Tết Nguyên đán')).toEqual([expect.objectContaining({ from: '2027-02-05', to: '2027-02-09' })]);
    expect(canChi(2027)).toBe('Đinh Mùi');
    expect(canChi(2030)).toBe('Canh Tuất');
  });

  it('gives a compensatory day on the next working day for each holiday on a weekend (Điều 111 khoản 3)', () => {
    // mùng 1 and 2 fall on Saturday and Sunday: the two free days after Tết; 1/5 is a Saturday
    expect(days(named(y2027.off, 'Nghỉ bù'))).toEqual(['2027-02-10', '2027-02-11', '2027-05-03']);
    // 30/4/2028 is a Sunday and 1/5 is itself a holiday: the day off is Tuesday 2/5
    const y2028 = statutoryYear(2028, { tet: '2028-01-26', gioTo: '2028-04-04' });
    expect(days(named(y2028.off, 'Nghỉ bù Ngày Chiến thắng'))).toEqual(['2028-05-02']);
  });

  it('never puts a compensatory day on a weekend or on another holiday, in any year', () => {
    for (let year = 2026; year <= 2060; year++) {
      // the lunar days only move Tết and Giỗ Tổ; any in their season will do for this property
      const calendar = statutoryYear(year, { tet: `${year}-02-${String(1 + (year % 19)).padStart(2, '0')}`, gioTo: `${year}-04-${String(1 + (year % 27)).padStart(2, '0')}` });
      const statutory = days(calendar.off.filter((e) => !(typeof e === 'object' && e.name?.startsWith('Nghỉ bù'))));
      const compensatory = days(named(calendar.off, 'Nghỉ bù'));
      expect(compensatory.length, String(year)).toBe(statutory.filter(isWeekend).length);
      for (const day of compensatory) {
        expect(isWeekend(day), day).toBe(false);
        expect(statutory, day).not.toContain(day);
      }
      expect(new Set(compensatory).size).toBe(compensatory.length);
    }
  });
});
