// Properties of recurring occurrences and report obligations over many seeded random rules, plan
// periods, calendars and as-of dates. Expected periods and days off come from brute-force oracles
// (day by day), not from the functions under test.

import { describe, expect, it } from 'vitest';
import {
  addDays, diffDays, occurrences, parsePeriod, periodId, relativeDue, reportPeriods, weekday, workingCalendar,
  type OccurrenceContext, type Period, type PeriodKind, type PeriodWindow, type RollMode,
} from '../../src/time/index.js';
import type { Calendar, CalendarEntry, RecurringDue, Reporting } from '../../src/plan/model.js';
import { seeded, type Random } from './prng.js';

const KINDS: PeriodKind[] = ['month', 'quarter', 'half', 'year'];
const MONTHS_IN: Record<PeriodKind, number> = { month: 1, quarter: 3, half: 6, year: 12 };
const RUNS = 400;

function randomDay(r: Random, from: string, spanDays: number): string {
  return addDays(from, r.int(0, spanDays));
}

function randomMonthDay(r: Random): string {
  const month = r.int(1, 12);
  const day = r.int(1, [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!);
  return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function randomRule(r: Random): RecurringDue {
  const every = r.pick(KINDS);
  switch (r.int(0, 4)) {
    case 0:
      return { every };
    case 1:
      return { every, before_day: r.int(1, 31), month_offset: r.int(0, 2) };
    case 2:
      return { every, day: r.int(1, 31), month_offset: r.int(0, 2) };
    case 3:
      return { every, before: randomMonthDay(r) };
    default:
      return { every, on: randomMonthDay(r) };
  }
}

/** A calendar with random single days off, ranges off (up to two weeks) and make-up weekend days. */
function randomCalendar(r: Random): { calendar: Calendar; oracle: (d: string) => boolean } {
  const off = new Set<string>();
  const work = new Set<string>();
  const years: Calendar['years'] = {};
  for (let year = 2024; year <= 2034; year++) {
    if (r.chance(0.2)) continue; // a year missing from calendar.yaml
    const offEntries: CalendarEntry[] = [];
    const workEntries: CalendarEntry[] = [];
    for (let i = r.int(0, 8); i > 0; i--) {
      const from = randomDay(r, `${year}-01-01`, 364);
      const length = r.chance(0.3) ? r.int(1, 14) : 0;
      const to = addDays(from, length);
      offEntries.push(length ? { from, to, name: 'nghỉ' } : r.chance(0.5) ? from : { date: from, name: 'lễ' });
      for (let d = from; d <= to; d = addDays(d, 1)) off.add(d);
    }
    for (let i = r.int(0, 3); i > 0; i--) {
      const day = randomDay(r, `${year}-01-01`, 364);
      if (weekday(day) === 0 || weekday(day) === 6) {
        workEntries.push(day);
        work.add(day);
      }
    }
    years[String(year)] = { off: offEntries, work: workEntries };
  }
  const oracle = (d: string) => off.has(d) || ((weekday(d) === 0 || weekday(d) === 6) && !work.has(d));
  return { calendar: { years, at: { file: 'plan/calendar.yaml', pointer: '' } }, oracle };
}

/** The period of `kind` whose window holds day `d`: under nd09 the 15th starts the next month. */
function periodHolding(kind: PeriodKind, d: string, window: PeriodWindow): string {
  let year = Number(d.slice(0, 4));
  let month = Number(d.slice(5, 7));
  if (window === 'nd09' && Number(d.slice(8, 10)) >= 15) month += 1;
  if (month === 13) [year, month] = [year + 1, 1];
  const index = Math.floor((month - 1) / MONTHS_IN[kind]) + 1;
  return periodId({ kind, year, index });
}

function overlappingByDay(kind: PeriodKind, start: string, end: string, window: PeriodWindow): string[] {
  const ids = new Set<string>();
  for (let d = start; d <= end; d = addDays(d, 1)) ids.add(periodHolding(kind, d, window));
  return [...ids];
}

interface Case {
  rule: RecurringDue;
  ctx: OccurrenceContext;
  oracle: (d: string) => boolean;
}

function randomCase(r: Random): Case {
  const { calendar, oracle } = randomCalendar(r);
  const planStart = randomDay(r, '2025-01-01', 5 * 365);
  const planEnd = addDays(planStart, r.int(0, 1500));
  const ctx: OccurrenceContext = {
    planStart,
    planEnd,
    window: r.pick<PeriodWindow>(['calendar', 'nd09']),
    calendar: workingCalendar(calendar),
    roll: r.pick<RollMode>(['previous', 'next', 'none']),
    asOf: randomDay(r, addDays(planStart, -100), diffDays(planEnd, planStart) + 500),
    horizonDays: r.chance(0.5) ? 0 : r.int(1, 30),
  };
  return { rule: randomRule(r), ctx, oracle };
}

describe('recurring occurrences, over random rules, plans, calendars and as-of dates', () => {
  const r = seeded(20260605);
  const cases = Array.from({ length: RUNS }, () => randomCase(r));

  it('are one per overlapping period due by asOf + horizon: none skipped, none doubled', () => {
    for (const { rule, ctx } of cases) {
      const limit = addDays(ctx.asOf, ctx.horizonDays ?? 0);
      const expected = overlappingByDay(rule.every, ctx.planStart, ctx.planEnd, ctx.window).filter((id) => {
        const unrolled = relativeDue(parsePeriod(id) as Period, rule, ctx.window)!;
        return ctx.calendar.roll(unrolled, ctx.roll) <= limit;
      });
      const found = occurrences(rule, ctx);
      expect(new Set(found.map((o) => o.id)).size).toBe(found.length);
      expect(found.map((o) => o.id).sort()).toEqual([...expected].sort());
      for (const o of found) expect(o.period).toBe(o.id);
    }
  });

  it('are sorted by due date', () => {
    for (const { rule, ctx } of cases) {
      const dues = occurrences(rule, ctx).map((o) => o.due);
      expect(dues).toEqual([...dues].sort());
    }
  });

  it('roll to the nearest working day in the chosen direction', () => {
    for (const { rule, ctx, oracle } of cases) {
      for (const o of occurrences(rule, ctx)) {
        if (ctx.roll === 'none') {
          expect(o.due).toBe(o.dueUnrolled);
          continue;
        }
        expect(oracle(o.due)).toBe(false);
        const step = ctx.roll === 'previous' ? -1 : 1;
        expect(Math.sign(diffDays(o.due, o.dueUnrolled))).not.toBe(-step);
        for (let d = o.dueUnrolled; d !== o.due; d = addDays(d, step)) expect(oracle(d)).toBe(true);
      }
    }
  });

  it('at an earlier as-of date are a prefix of those at a later one', () => {
    for (const { rule, ctx } of cases) {
      const later = occurrences(rule, { ...ctx, asOf: addDays(ctx.asOf, r.int(0, 400)) });
      const earlier = occurrences(rule, ctx);
      expect(later.slice(0, earlier.length)).toEqual(earlier);
    }
  });
});

describe('report obligations, over random rules, plans, calendars and as-of dates', () => {
  const r = seeded(2082026);

  it('are unique per (kind, period), sorted, on or after the start, and grow as a prefix', () => {
    for (let i = 0; i < RUNS / 4; i++) {
      const { ctx } = randomCase(r);
      const anchor = () => {
        const { every: _every, ...rule } = randomRule(r);
        return { due: rule };
      };
      const reporting: Reporting = {
        from: 'so-nganh',
        window: ctx.window,
        roll: ctx.roll,
        monthly: anchor(),
        semiannual: anchor(),
        annual: anchor(),
        ...(r.chance(0.5) ? { start: randomDay(r, ctx.planStart, 200) } : {}),
      };
      const plan = { start: ctx.planStart, end: ctx.planEnd };
      const earlier = reportPeriods(reporting, plan, ctx.calendar, ctx.asOf);
      const later = reportPeriods(reporting, plan, ctx.calendar, addDays(ctx.asOf, r.int(0, 400)));
      const keys = earlier.map((o) => `${o.kind}:${o.period}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect(earlier.map((o) => o.due)).toEqual(earlier.map((o) => o.due).sort());
      for (const o of earlier) expect(o.due >= (reporting.start ?? plan.start) && o.due <= ctx.asOf).toBe(true);
      expect(later.slice(0, earlier.length)).toEqual(earlier);
    }
  });
});
