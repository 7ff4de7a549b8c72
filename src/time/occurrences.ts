// The occurrences of a task's deadline as of a day (DESIGN §2.3): derived from (rule, calendar,
// as-of date) every time, never stored. A recurring deadline follows org-mode's `+1m` repeater:
// every period of the plan has its own occurrence, so a missed one stays overdue on its own and
// the next one is not skipped.

import type { IsoDate, PeriodId } from '../plan/model.js';
import { addDays, compareDates, isValidIsoDate } from './date.js';
import type { RollMode, WorkingCalendar } from './calendar.js';
import { dueOf } from './deadline.js';
import { periodId, periodsOverlapping, type PeriodWindow } from './period.js';
import { relativeDue } from './relative.js';

export interface Occurrence {
  /** stable across runs: the period ("2026-07"), the date of a one-off, or "event:2026-07-02" */
  id: string;
  period?: PeriodId;
  /** the last allowed day, rolled off days off per `roll` */
  due: IsoDate;
  dueUnrolled: IsoDate;
}

export interface OccurrenceContext {
  planStart: IsoDate;
  planEnd: IsoDate;
  window: PeriodWindow;
  calendar: WorkingCalendar;
  roll: RollMode;
  asOf: IsoDate;
  /** recurring occurrences due up to asOf + horizonDays exist; default 0 */
  horizonDays?: number;
  /** days the task's trigger happened (progress `event_on`) */
  events?: IsoDate[];
}

/**
 * Occurrences sorted by due date (then id), ids unique.
 * - a one-off date: exactly one, whatever the as-of date (status needs its due date before it);
 * - recurring: one per period whose window overlaps the plan period, only those due by
 *   asOf + horizonDays — a later as-of date only appends occurrences;
 * - event-triggered: one per recorded event day, due that day + within_days (BLDS 2015 art. 147:
 *   the event day itself is not counted);
 * - ongoing, report duties (met through `reporting` obligations) and invalid specs: none.
 */
export function occurrences(spec: unknown, ctx: OccurrenceContext): Occurrence[] {
  const deadline = dueOf(spec);
  const at = (id: string, dueUnrolled: IsoDate, period?: PeriodId): Occurrence => ({
    id,
    ...(period ? { period } : {}),
    due: ctx.calendar.roll(dueUnrolled, ctx.roll),
    dueUnrolled,
  });
  switch (deadline.kind) {
    case 'date':
      return [at(deadline.last, deadline.last)];
    case 'event':
      return [...new Set(ctx.events ?? [])]
        .filter(isValidIsoDate)
        .sort()
        .map((day) => at(`event:${day}`, addDays(day, deadline.withinDays ?? 0)));
    case 'recurring': {
      if (!isValidIsoDate(ctx.asOf)) return [];
      const limit = addDays(ctx.asOf, ctx.horizonDays ?? 0);
      const { rule } = deadline;
      return periodsOverlapping(rule.every, { start: ctx.planStart, end: ctx.planEnd }, ctx.window)
        // dueOf has checked the rule, so relativeDue has a day for every period.
        .map((p) => at(periodId(p), relativeDue(p, rule, ctx.window)!, periodId(p)))
        .filter((o) => o.due <= limit)
        .sort((a, b) => compareDates(a.due, b.due) || compareDates(a.id, b.id));
    }
    default:
      return [];
  }
}
