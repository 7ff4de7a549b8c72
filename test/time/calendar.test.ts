import { describe, expect, it } from 'vitest';
import { workingCalendar } from '../../src/time/index.js';
import type { Calendar } from '../../src/plan/model.js';
import { calendar2026 } from './fixtures.js';

const cal = workingCalendar(calendar2026);
const at = { file: 'plan/calendar.yaml', pointer: '' };

describe('working calendar', () => {
  it('weekdays work, weekends are off', () => {
    expect(cal.isDayOff('2026-07-09')).toBe(false);
    expect(cal.isDayOff('2026-07-11')).toBe(true);
    expect(cal.isDayOff('2026-07-12')).toBe(true);
  });

  it('every day of the Tết range 14–22/2/2026 is off, with its name', () => {
    expect(cal.isDayOff('2026-02-13')).toBe(false);
    expect(cal.isDayOff('2026-02-16')).toBe(true);
    expect(cal.isDayOff('2026-02-18')).toBe(true);
    expect(cal.isDayOff('2026-02-23')).toBe(false);
    expect(cal.nameOf('2026-02-18')).toBe('Tết Nguyên đán');
    expect(cal.nameOf('2026-02-23')).toBeUndefined();
  });

  it('single holidays on weekdays are off: 30/4, 1/5, 24/11', () => {
    expect(cal.isDayOff('2026-04-30')).toBe(true);
    expect(cal.isDayOff('2026-05-01')).toBe(true);
    expect(cal.isDayOff('2026-11-24')).toBe(true);
    expect(cal.nameOf('2026-11-24')).toBe('Ngày Văn hóa Việt Nam');
  });

  it('a make-up working Saturday is a working day', () => {
    expect(cal.isDayOff('2026-08-22')).toBe(false);
    expect(cal.isDayOff('2026-08-29')).toBe(true);
    expect(cal.isDayOff('2026-08-31')).toBe(true);
  });

  it('a year missing from calendar.yaml has weekends only', () => {
    expect(cal.isDayOff('2027-01-01')).toBe(false);
    expect(cal.isDayOff('2027-01-02')).toBe(true);
    expect(workingCalendar().isDayOff('2026-02-18')).toBe(false);
  });

  it('a day listed both off and work is off', () => {
    const both: Calendar = { years: { 2026: { off: ['2026-08-22'], work: ['2026-08-22'] } }, at };
    expect(workingCalendar(both).isDayOff('2026-08-22')).toBe(true);
  });

  it('skips entries that are not real dates or ranges that run backwards', () => {
    const broken = {
      years: { 2026: { off: ['2026-02-30', { from: '2026-03-10', to: '2026-03-01' }, { date: 'soon' }, '2026-03-12'] } },
      at,
    } as unknown as Calendar;
    const c = workingCalendar(broken);
    expect(c.isDayOff('2026-03-05')).toBe(false);
    expect(c.isDayOff('2026-03-12')).toBe(true);
  });
});

describe('rolling a deadline that lands on a day off', () => {
  it('a working day stays where it is', () => {
    expect(cal.roll('2026-02-09', 'previous')).toBe('2026-02-09');
    expect(cal.roll('2026-02-09', 'next')).toBe('2026-02-09');
  });

  it('inside Tết: previous is Friday 13/2, next is Monday 23/2', () => {
    expect(cal.roll('2026-02-19', 'previous')).toBe('2026-02-13');
    expect(cal.roll('2026-02-19', 'next')).toBe('2026-02-23');
  });

  it('on 1/5: previous skips 30/4 to Wednesday 29/4, next skips the weekend to Monday 4/5', () => {
    expect(cal.roll('2026-05-01', 'previous')).toBe('2026-04-29');
    expect(cal.roll('2026-05-01', 'next')).toBe('2026-05-04');
  });

  it('a weekend before a make-up Saturday rolls onto it', () => {
    expect(cal.roll('2026-08-23', 'previous')).toBe('2026-08-22');
    expect(cal.roll('2026-08-30', 'next')).toBe('2026-09-03');
  });

  it('none keeps the day off', () => {
    expect(cal.roll('2026-02-19', 'none')).toBe('2026-02-19');
  });
});
