import { describe, expect, it } from 'vitest';
import {
  nextPeriod, parsePeriod, periodId, periodLabel, periodWindow, periodsOverlapping, previousPeriod,
  type Period, type PeriodKind,
} from '../../src/time/index.js';

const p = (id: string): Period => parsePeriod(id)!;
const ids = (periods: Period[]) => periods.map(periodId);

describe('period ids', () => {
  it('reads months, quarters, halves and years', () => {
    expect(parsePeriod('2026-07')).toEqual({ kind: 'month', year: 2026, index: 7 });
    expect(parsePeriod('2026-Q3')).toEqual({ kind: 'quarter', year: 2026, index: 3 });
    expect(parsePeriod('2026-H1')).toEqual({ kind: 'half', year: 2026, index: 1 });
    expect(parsePeriod('2026')).toEqual({ kind: 'year', year: 2026, index: 1 });
  });

  it('rejects anything else', () => {
    for (const id of ['2026-13', '2026-00', '2026-7', '2026-Q5', '2026-H3', '2026-q3', '26', '2026-07-01', '']) {
      expect(parsePeriod(id)).toBeUndefined();
    }
  });

  it('writes back the id it read', () => {
    for (const id of ['2026-01', '2026-12', '2026-Q4', '2026-H2', '2030']) expect(periodId(p(id))).toBe(id);
  });

  it('steps to the next and previous period across year ends', () => {
    expect(periodId(nextPeriod(p('2026-12')))).toBe('2027-01');
    expect(periodId(previousPeriod(p('2026-01')))).toBe('2025-12');
    expect(periodId(nextPeriod(p('2026-Q4')))).toBe('2027-Q1');
    expect(periodId(nextPeriod(p('2026-H1')))).toBe('2026-H2');
    expect(periodId(previousPeriod(p('2026-H1')))).toBe('2025-H2');
    expect(periodId(nextPeriod(p('2026')))).toBe('2027');
  });
});

describe('calendar window', () => {
  it('covers the period’s whole calendar months', () => {
    expect(periodWindow(p('2026-02'), 'calendar')).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(periodWindow(p('2026-Q3'), 'calendar')).toEqual({ start: '2026-07-01', end: '2026-09-30' });
    expect(periodWindow(p('2026-H1'), 'calendar')).toEqual({ start: '2026-01-01', end: '2026-06-30' });
    expect(periodWindow(p('2026-H2'), 'calendar')).toEqual({ start: '2026-07-01', end: '2026-12-31' });
    expect(periodWindow(p('2026'), 'calendar')).toEqual({ start: '2026-01-01', end: '2026-12-31' });
  });
});

describe('NĐ 09/2019 art. 12 window (nd09)', () => {
  it('month: 15th of the previous month to the 14th', () => {
    expect(periodWindow(p('2026-07'), 'nd09')).toEqual({ start: '2026-06-15', end: '2026-07-14' });
    expect(periodWindow(p('2026-01'), 'nd09')).toEqual({ start: '2025-12-15', end: '2026-01-14' });
  });

  it('quarter: 15th of the month before the quarter to the 14th of its last month', () => {
    expect(periodWindow(p('2026-Q1'), 'nd09')).toEqual({ start: '2025-12-15', end: '2026-03-14' });
    expect(periodWindow(p('2026-Q3'), 'nd09')).toEqual({ start: '2026-06-15', end: '2026-09-14' });
  });

  it('halves: 15/12 of the previous year to 14/6, then 15/6 to 14/12', () => {
    expect(periodWindow(p('2026-H1'), 'nd09')).toEqual({ start: '2025-12-15', end: '2026-06-14' });
    expect(periodWindow(p('2026-H2'), 'nd09')).toEqual({ start: '2026-06-15', end: '2026-12-14' });
  });

  it('year: 15/12 of the previous year to 14/12', () => {
    expect(periodWindow(p('2026'), 'nd09')).toEqual({ start: '2025-12-15', end: '2026-12-14' });
  });
});

describe('periods overlapping a range', () => {
  const summer = { start: '2026-06-05', end: '2026-09-30' };

  it('lists calendar months in order', () => {
    expect(ids(periodsOverlapping('month', summer, 'calendar'))).toEqual(['2026-06', '2026-07', '2026-08', '2026-09']);
  });

  it('with nd09, 30 September already belongs to October', () => {
    expect(ids(periodsOverlapping('month', summer, 'nd09'))).toEqual([
      '2026-06', '2026-07', '2026-08', '2026-09', '2026-10',
    ]);
  });

  it('with nd09, a range starting on the 15th skips the month whose window ended on the 14th', () => {
    expect(ids(periodsOverlapping('month', { start: '2026-06-15', end: '2026-06-15' }, 'nd09'))).toEqual(['2026-07']);
  });

  it('lists the plan’s halves, quarters and years', () => {
    const plan = { start: '2026-06-05', end: '2030-12-31' };
    const count = (kind: PeriodKind) => periodsOverlapping(kind, plan, 'calendar').length;
    expect([count('month'), count('quarter'), count('half'), count('year')]).toEqual([55, 19, 10, 5]);
    expect(ids(periodsOverlapping('half', plan, 'nd09')).slice(-2)).toEqual(['2030-H2', '2031-H1']);
  });

  it('is empty for an empty or unreadable range', () => {
    expect(periodsOverlapping('month', { start: '2026-07-01', end: '2026-06-30' }, 'calendar')).toEqual([]);
    expect(periodsOverlapping('month', { start: 'soon', end: 'later' }, 'calendar')).toEqual([]);
  });
});

describe('period labels', () => {
  it('in Vietnamese', () => {
    expect(periodLabel(p('2026-07'), 'vi')).toBe('tháng 7/2026');
    expect(periodLabel(p('2026-Q3'), 'vi')).toBe('quý III/2026');
    expect(periodLabel(p('2026-H1'), 'vi')).toBe('6 tháng đầu năm 2026');
    expect(periodLabel(p('2026-H2'), 'vi')).toBe('6 tháng cuối năm 2026');
    expect(periodLabel(p('2026'), 'vi')).toBe('năm 2026');
  });

  it('in English', () => {
    expect(periodLabel(p('2026-07'), 'en')).toBe('July 2026');
    expect(periodLabel(p('2026-Q3'), 'en')).toBe('Q3 2026');
    expect(periodLabel(p('2026-H1'), 'en')).toBe('first half of 2026');
    expect(periodLabel(p('2026'), 'en')).toBe('year 2026');
  });
});
