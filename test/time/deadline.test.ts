import { describe, expect, it } from 'vitest';
import { dueOf, parsePeriod, relativeDue, relativeRuleProblem, type Period } from '../../src/time/index.js';

const p = (id: string): Period => parsePeriod(id)!;

describe('deadline language (DESIGN §2.3)', () => {
  it('2026-06-25: by that day, inclusive', () => {
    expect(dueOf('2026-06-25')).toEqual({ kind: 'date', last: '2026-06-25' });
  });

  it('{before: 2026-06-25}: "trước ngày 25/6/2026", the last day is the 24th', () => {
    expect(dueOf({ before: '2026-06-25' })).toEqual({ kind: 'date', last: '2026-06-24' });
    expect(dueOf({ before: '2026-07-01' })).toEqual({ kind: 'date', last: '2026-06-30' });
  });

  it('a month, quarter, half or year: by its last calendar day', () => {
    expect(dueOf('2026-09')).toEqual({ kind: 'date', last: '2026-09-30' });
    expect(dueOf('2026-02')).toEqual({ kind: 'date', last: '2026-02-28' });
    expect(dueOf('2026-Q3')).toEqual({ kind: 'date', last: '2026-09-30' });
    expect(dueOf('2026-H1')).toEqual({ kind: 'date', last: '2026-06-30' });
    expect(dueOf('2026-H2')).toEqual({ kind: 'date', last: '2026-12-31' });
  });

  it('a year, as text or as the number YAML makes of a bare 2026', () => {
    expect(dueOf('2026')).toEqual({ kind: 'date', last: '2026-12-31' });
    expect(dueOf(2026)).toEqual({ kind: 'date', last: '2026-12-31' });
  });

  it('ongoing: thường xuyên', () => {
    expect(dueOf('ongoing')).toEqual({ kind: 'ongoing' });
  });

  it('{every: month, before_day: 10, month_offset: 1}: recurring', () => {
    const rule = { every: 'month', before_day: 10, month_offset: 1 } as const;
    expect(dueOf(rule)).toEqual({ kind: 'recurring', rule });
  });

  it('{every: year, before: "06-10"}: recurring once a year', () => {
    const rule = { every: 'year', before: '06-10' } as const;
    expect(dueOf(rule)).toEqual({ kind: 'recurring', rule });
  });

  it('{after: <event>, within_days: 15}: event-triggered', () => {
    expect(dueOf({ after: 'văn bản TW ban hành', within_days: 15 })).toEqual({
      kind: 'event',
      after: 'văn bản TW ban hành',
      withinDays: 15,
    });
    expect(dueOf({ after: 'văn bản TW ban hành' })).toEqual({ kind: 'event', after: 'văn bản TW ban hành' });
  });

  it('{report: monthly}: the reporting duty itself', () => {
    expect(dueOf({ report: 'monthly' })).toEqual({ kind: 'report', report: 'monthly' });
    expect(dueOf({ report: 'annual' })).toEqual({ kind: 'report', report: 'annual' });
  });
});

describe('invalid deadlines are values with a reason', () => {
  it.each([
    ['2026-02-30', 'impossible-date'],
    [{ before: '2026-02-30' }, 'impossible-date'],
    ['soon', 'unknown-form'],
    ['2026-13', 'unknown-form'],
    [2026.5, 'unknown-form'],
    [null, 'unknown-form'],
    [['2026-06-25'], 'unknown-form'],
    [{ before: '06-10' }, 'unknown-form'],
    [{ every: 'week' }, 'bad-every'],
    [{ report: 'weekly' }, 'bad-report'],
    [{ after: '' }, 'bad-event'],
    [{ after: 'x', within_days: -1 }, 'bad-within-days'],
    [{ every: 'month', before_day: 10, day: 10 }, 'conflicting-anchors'],
    [{ every: 'month', before_day: 0 }, 'bad-day'],
    [{ every: 'month', day: 32 }, 'bad-day'],
    [{ every: 'month', before_day: '10' }, 'bad-day'],
    [{ every: 'month', month_offset: 1 }, 'bad-month-offset'],
    [{ every: 'month', day: 5, month_offset: -1 }, 'bad-month-offset'],
    [{ every: 'year', before: '02-30' }, 'bad-month-day'],
    [{ every: 'year', on: '6-10' }, 'bad-month-day'],
  ])('%j → %s', (spec, reason) => {
    expect(dueOf(spec)).toEqual({ kind: 'invalid', reason });
  });
});

describe('deadline "trước ngày 10" (before_day)', () => {
  const rule = { before_day: 10, month_offset: 1 };

  it('the report for July 2026 is due before 10 August: last day 9 August', () => {
    expect(relativeDue(p('2026-07'), rule, 'calendar')).toBe('2026-08-09');
  });

  it('the report for December is due in January of the next year', () => {
    expect(relativeDue(p('2026-12'), rule, 'calendar')).toBe('2027-01-09');
  });

  it('month_offset counts from the period’s last month: June for H1, December for a year', () => {
    expect(relativeDue(p('2026-H1'), rule, 'calendar')).toBe('2026-07-09');
    expect(relativeDue(p('2026-Q3'), rule, 'calendar')).toBe('2026-10-09');
    expect(relativeDue(p('2026'), rule, 'calendar')).toBe('2027-01-09');
  });

  it('without month_offset it is the period’s own month', () => {
    expect(relativeDue(p('2026-07'), { before_day: 25 }, 'calendar')).toBe('2026-07-24');
  });

  it('"trước ngày 1" is the last day of the month before', () => {
    expect(relativeDue(p('2026-02'), { before_day: 1, month_offset: 1 }, 'calendar')).toBe('2026-02-28');
  });

  it('a day the month lacks means its last day: "trước ngày 31" in April is 30/4, "trước ngày 30" in February is 28/2', () => {
    expect(relativeDue(p('2026-03'), { before_day: 31, month_offset: 1 }, 'calendar')).toBe('2026-04-30');
    expect(relativeDue(p('2026-01'), { before_day: 30, month_offset: 1 }, 'calendar')).toBe('2026-02-28');
    expect(relativeDue(p('2026-01'), { before_day: 29, month_offset: 1 }, 'calendar')).toBe('2026-02-28');
  });
});

describe('deadline "ngày N" (day), inclusive', () => {
  it('that day of the target month', () => {
    expect(relativeDue(p('2026-07'), { day: 5, month_offset: 1 }, 'calendar')).toBe('2026-08-05');
  });

  it('clamped to the month’s last day', () => {
    expect(relativeDue(p('2026-01'), { day: 31, month_offset: 1 }, 'calendar')).toBe('2026-02-28');
    expect(relativeDue(p('2028-01'), { day: 31, month_offset: 1 }, 'calendar')).toBe('2028-02-29');
  });
});

describe('deadline "trước ngày DD/MM" and "ngày DD/MM" of the period’s year', () => {
  it('{before: "06-10"} → 9 June', () => {
    expect(relativeDue(p('2026-H1'), { before: '06-10' }, 'calendar')).toBe('2026-06-09');
    expect(relativeDue(p('2027'), { before: '12-10' }, 'calendar')).toBe('2027-12-09');
  });

  it('{on: "12-31"} → that day', () => {
    expect(relativeDue(p('2026'), { on: '12-31' }, 'calendar')).toBe('2026-12-31');
  });

  it('29 February in a common year means 28 February', () => {
    expect(relativeDue(p('2026'), { on: '02-29' }, 'calendar')).toBe('2026-02-28');
    expect(relativeDue(p('2026'), { before: '02-29' }, 'calendar')).toBe('2026-02-28');
    expect(relativeDue(p('2028'), { before: '02-29' }, 'calendar')).toBe('2028-02-28');
    expect(relativeDue(p('2028'), { on: '02-29' }, 'calendar')).toBe('2028-02-29');
  });
});

describe('a recurring rule with no anchor is due at the end of the period’s window', () => {
  it('calendar: the month’s last day', () => {
    expect(relativeDue(p('2026-07'), {}, 'calendar')).toBe('2026-07-31');
  });

  it('nd09: the 14th', () => {
    expect(relativeDue(p('2026-07'), {}, 'nd09')).toBe('2026-07-14');
    expect(relativeDue(p('2026-H2'), {}, 'nd09')).toBe('2026-12-14');
  });
});

describe('anchor rule checks', () => {
  it('accept the plan’s own rules', () => {
    expect(relativeRuleProblem({ before_day: 10, month_offset: 1 })).toBeUndefined();
    expect(relativeRuleProblem({ before: '06-10' })).toBeUndefined();
    expect(relativeRuleProblem({})).toBeUndefined();
  });

  it('give no day for a rule with a problem', () => {
    expect(relativeDue(p('2026-07'), { before_day: 10, on: '06-10' }, 'calendar')).toBeUndefined();
  });
});
