import { describe, expect, it } from 'vitest';
import { parsePeriod, reportDueDate, reportPeriods, workingCalendar } from '../../src/time/index.js';
import type { Reporting } from '../../src/plan/model.js';
import { calendar2026 } from './fixtures.js';

// plan.yaml `reporting` of KH 208 (DESIGN §2.1)
const reporting: Reporting = {
  from: 'so-nganh-dia-phuong',
  monthly: { due: { before_day: 10, month_offset: 1 } },
  semiannual: { due: { before: '06-10' } },
  annual: { due: { before: '12-10' } },
};
const plan = { start: '2026-06-05', end: '2030-12-31' };
const cal = workingCalendar(calendar2026);
const due = (id: string, r: Reporting = reporting) => reportDueDate(parsePeriod(id)!, r, cal);

describe('report due dates', () => {
  it('the monthly report for 2026-01 is due "trước ngày 10/02/2026": Monday 9/2, no roll', () => {
    expect(due('2026-01')).toBe('2026-02-09');
  });

  it('the report for July, due Sunday 9/8, rolls back to Friday 7/8 by default', () => {
    expect(due('2026-07')).toBe('2026-08-07');
    expect(due('2026-07', { ...reporting, roll: 'next' })).toBe('2026-08-10');
    expect(due('2026-07', { ...reporting, roll: 'none' })).toBe('2026-08-09');
  });

  it('the semi-annual report is owed for the half that holds 10/6: H1 only', () => {
    expect(due('2026-H1')).toBe('2026-06-09');
    expect(due('2026-H2')).toBeUndefined();
  });

  it('the annual report is due before 10/12 of its year', () => {
    expect(due('2026')).toBe('2026-12-09');
  });

  it('a semi-annual rule with a day in the following month applies to both halves', () => {
    const r = { ...reporting, semiannual: { due: { before_day: 10, month_offset: 1 } } };
    expect(due('2026-H1', r)).toBe('2026-07-09');
    expect(due('2026-H2', r)).toBe('2027-01-08');
  });

  it('no rule, a broken rule or a quarter: no report owed', () => {
    expect(due('2026-07', { from: 'x' })).toBeUndefined();
    expect(due('2026-07', { ...reporting, monthly: { due: { before_day: 0 } } })).toBeUndefined();
    expect(due('2026-Q3')).toBeUndefined();
  });
});

describe('report obligations (DESIGN §3)', () => {
  it('as of 10/8/2026: H1, June and July, sorted by due date', () => {
    expect(reportPeriods(reporting, plan, cal, '2026-08-10')).toEqual([
      { period: '2026-H1', kind: 'semiannual', due: '2026-06-09', dueUnrolled: '2026-06-09' },
      { period: '2026-06', kind: 'monthly', due: '2026-07-09', dueUnrolled: '2026-07-09' },
      { period: '2026-07', kind: 'monthly', due: '2026-08-07', dueUnrolled: '2026-08-09' },
    ]);
  });

  it('a period whose window ends before the plan starts owes nothing (May 2026)', () => {
    const periods = reportPeriods(reporting, plan, cal, '2026-06-30').map((o) => o.period);
    expect(periods).toEqual(['2026-H1']);
  });

  it('nothing falls due before reporting.start', () => {
    const periods = reportPeriods({ ...reporting, start: '2026-06-10' }, plan, cal, '2026-08-10').map((o) => o.period);
    expect(periods).toEqual(['2026-06', '2026-07']);
  });

  it('horizonDays adds what falls due soon', () => {
    expect(reportPeriods(reporting, plan, cal, '2026-12-01', 10).at(-1)).toMatchObject({ period: '2026', kind: 'annual', due: '2026-12-09' });
  });

  it('a whole plan ends with the report for December 2030, due in January 2031', () => {
    const all = reportPeriods(reporting, plan, cal, '2031-12-31');
    const count = (kind: string) => all.filter((o) => o.kind === kind).length;
    expect([count('monthly'), count('semiannual'), count('annual')]).toEqual([55, 5, 5]);
    expect(all.at(-1)).toMatchObject({ period: '2030-12', due: '2031-01-09' });
  });

  it('with nd09, the month that started on 15/5 overlaps the plan and is owed', () => {
    const periods = reportPeriods({ ...reporting, window: 'nd09' }, plan, cal, '2026-07-09').map((o) => o.period);
    expect(periods).toEqual(['2026-H1', '2026-06']);
    expect(reportPeriods({ ...reporting, window: 'nd09' }, plan, cal, '2031-12-31').filter((o) => o.kind === 'monthly')).toHaveLength(56);
  });
});
