import { describe, expect, it } from 'vitest';
import { occurrences, workingCalendar, type OccurrenceContext } from '../../src/time/index.js';
import { calendar2026 } from './fixtures.js';

const context = (over: Partial<OccurrenceContext> = {}): OccurrenceContext => ({
  planStart: '2026-01-01',
  planEnd: '2026-12-31',
  window: 'calendar',
  calendar: workingCalendar(calendar2026),
  roll: 'previous',
  asOf: '2026-12-31',
  ...over,
});
const ids = (spec: unknown, over?: Partial<OccurrenceContext>) => occurrences(spec, context(over)).map((o) => o.id);

describe('a one-off deadline', () => {
  it('has one occurrence, whatever the as-of date', () => {
    expect(occurrences('2026-06-25', context({ asOf: '2026-01-05' }))).toEqual([
      { id: '2026-06-25', due: '2026-06-25', dueUnrolled: '2026-06-25' },
    ]);
  });

  it('on 1/5/2026 rolls back to 29/4 (30/4 is off too) or forward to 4/5 (2–3/5 are a weekend)', () => {
    expect(occurrences('2026-05-01', context({ roll: 'previous' }))[0]?.due).toBe('2026-04-29');
    expect(occurrences('2026-05-01', context({ roll: 'next' }))[0]?.due).toBe('2026-05-04');
    expect(occurrences('2026-05-01', context({ roll: 'none' }))[0]?.due).toBe('2026-05-01');
  });

  it('"by 2026-Q3" ending on a working day is not moved', () => {
    expect(occurrences('2026-Q3', context())).toEqual([{ id: '2026-09-30', due: '2026-09-30', dueUnrolled: '2026-09-30' }]);
  });
});

describe('a recurring deadline around Tết 2026', () => {
  const beforeThe20th = { every: 'month', before_day: 20, month_offset: 1 };

  it('January’s last day 19/2 falls inside Tết 14–22/2: previous gives Friday 13/2', () => {
    expect(occurrences(beforeThe20th, context({ asOf: '2026-02-28' }))).toEqual([
      { id: '2026-01', period: '2026-01', due: '2026-02-13', dueUnrolled: '2026-02-19' },
    ]);
  });

  it('next gives Monday 23/2', () => {
    expect(occurrences(beforeThe20th, context({ asOf: '2026-02-28', roll: 'next' }))[0]?.due).toBe('2026-02-23');
  });

  it('the occurrence exists from its rolled due day, before the unrolled one', () => {
    expect(ids(beforeThe20th, { asOf: '2026-02-12' })).toEqual([]);
    expect(ids(beforeThe20th, { asOf: '2026-02-13' })).toEqual(['2026-01']);
  });
});

describe('a recurring deadline, org-mode +1m', () => {
  const monthly = { every: 'month', before_day: 10, month_offset: 1 };

  it('has one occurrence per month of the plan that has fallen due, none skipped', () => {
    expect(ids(monthly, { planStart: '2026-06-05', asOf: '2026-10-09' })).toEqual(['2026-06', '2026-07', '2026-08', '2026-09']);
  });

  it('the report for July (due Sunday 9/8) falls due on Friday 7/8', () => {
    const july = occurrences(monthly, context({ planStart: '2026-06-05', asOf: '2026-08-07' })).at(-1);
    expect(july).toEqual({ id: '2026-07', period: '2026-07', due: '2026-08-07', dueUnrolled: '2026-08-09' });
  });

  it('horizonDays adds what falls due soon', () => {
    expect(ids(monthly, { planStart: '2026-06-05', asOf: '2026-08-01', horizonDays: 7 })).toEqual(['2026-06', '2026-07']);
    expect(ids(monthly, { planStart: '2026-06-05', asOf: '2026-08-01' })).toEqual(['2026-06']);
  });

  it('the last month of the plan still has its occurrence after the plan ends', () => {
    expect(ids(monthly, { asOf: '2027-01-31' }).at(-1)).toBe('2026-12');
  });

  it('with nd09, periods follow the 15th–14th windows', () => {
    const everyMonth = { every: 'month' };
    expect(ids(everyMonth, { planStart: '2026-06-05', planEnd: '2026-08-20', window: 'nd09', roll: 'none' })).toEqual([
      '2026-06', '2026-07', '2026-08', '2026-09',
    ]);
  });

  it('once a year before 10/6', () => {
    const yearly = occurrences({ every: 'year', before: '06-10' }, context({ planEnd: '2028-12-31', asOf: '2028-06-30' }));
    expect(yearly.map((o) => [o.id, o.due])).toEqual([
      ['2026', '2026-06-09'],
      ['2027', '2027-06-09'],
      ['2028', '2028-06-09'],
    ]);
  });
});

describe('an event-triggered deadline', () => {
  const spec = { after: 'văn bản QPPL của Trung ương được ban hành', within_days: 15 };

  it('has no occurrence until an event is recorded', () => {
    expect(occurrences(spec, context())).toEqual([]);
  });

  it('is due within_days after each recorded event, once per event day', () => {
    expect(occurrences(spec, context({ events: ['2026-07-20', '2026-07-02', '2026-07-02'] }))).toEqual([
      { id: 'event:2026-07-02', due: '2026-07-17', dueUnrolled: '2026-07-17' },
      // 20/7 + 15 days is Tuesday 4/8
      { id: 'event:2026-07-20', due: '2026-08-04', dueUnrolled: '2026-08-04' },
    ]);
  });

  it('without within_days it is due on the event day, rolled', () => {
    expect(occurrences({ after: 'x' }, context({ events: ['2026-02-15'] }))).toEqual([
      { id: 'event:2026-02-15', due: '2026-02-13', dueUnrolled: '2026-02-15' },
    ]);
  });
});

describe('deadlines without occurrences', () => {
  it('ongoing, the reporting duty and invalid specs have none', () => {
    expect(occurrences('ongoing', context())).toEqual([]);
    expect(occurrences({ report: 'monthly' }, context())).toEqual([]);
    expect(occurrences('2026-02-30', context())).toEqual([]);
  });
});
