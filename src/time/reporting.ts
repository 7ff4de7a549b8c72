// Report obligations (DESIGN §3): which periods owe a progress file under plan.yaml `reporting`,
// and when each is due. Monthly reports are owed every month; a rule with a fixed day of the year
// ({before: "06-10"}) names the one period of its kind that holds that day (06-10 → H1, so the
// second half is covered by the annual report), while a day-in-month rule applies to every period.

import type { IsoDate, PeriodId, Reporting } from '../plan/model.js';
import { addDays, compareDates, makeDate } from './date.js';
import type { WorkingCalendar } from './calendar.js';
import { calendarPeriodOf, periodId, periodsOverlapping, type DateRange, type Period, type PeriodKind } from './period.js';
import { monthDay, relativeDue } from './relative.js';

export type ReportKind = 'monthly' | 'semiannual' | 'annual';

export interface ReportObligation {
  period: PeriodId;
  kind: ReportKind;
  /** rolled per `reporting.roll` (default: the previous working day) */
  due: IsoDate;
  dueUnrolled: IsoDate;
}

const KINDS: readonly ReportKind[] = ['monthly', 'semiannual', 'annual'];
const PERIOD_OF: Record<ReportKind, PeriodKind> = { monthly: 'month', semiannual: 'half', annual: 'year' };

/** The report kind a period is reported under; a quarter has none. */
function reportKindOf(period: Period): ReportKind | undefined {
  return KINDS.find((k) => PERIOD_OF[k] === period.kind);
}

/** When the report for `period` is due, before and after rolling; undefined when none is owed. */
export function reportDue(
  period: Period,
  reporting: Reporting,
  calendar: WorkingCalendar,
): { due: IsoDate; dueUnrolled: IsoDate } | undefined {
  const kind = reportKindOf(period);
  const rule = kind && reporting[kind]?.due;
  if (!rule) return undefined;
  const fixed = monthDay(rule.before ?? rule.on);
  if (fixed && calendarPeriodOf(period.kind, makeDate(period.year, fixed.month, 1)).index !== period.index) {
    return undefined;
  }
  const dueUnrolled = relativeDue(period, rule, reporting.window ?? 'calendar');
  if (!dueUnrolled) return undefined;
  return { due: calendar.roll(dueUnrolled, reporting.roll ?? 'previous'), dueUnrolled };
}

/** The rolled due date of `period`'s report, or undefined when that period owes none. */
export function reportDueDate(period: Period, reporting: Reporting, calendar: WorkingCalendar): IsoDate | undefined {
  return reportDue(period, reporting, calendar)?.due;
}

/**
 * Every obligation due by asOf + horizonDays: a period whose window overlaps the plan period and
 * whose rolled due date is on or after `reporting.start` (default: the plan's start). The rolled
 * date is the day the report actually falls due, which is what `start` ("no report obligation
 * falls due before this day") speaks of. Sorted by due date, then monthly < semiannual < annual,
 * then period.
 */
export function reportPeriods(
  reporting: Reporting,
  plan: DateRange,
  calendar: WorkingCalendar,
  asOf: IsoDate,
  horizonDays = 0,
): ReportObligation[] {
  const start = reporting.start ?? plan.start;
  const limit = addDays(asOf, horizonDays);
  const found: ReportObligation[] = [];
  for (const kind of KINDS) {
    for (const period of periodsOverlapping(PERIOD_OF[kind], plan, reporting.window ?? 'calendar')) {
      const due = reportDue(period, reporting, calendar);
      if (due && due.due >= start && due.due <= limit) found.push({ period: periodId(period), kind, ...due });
    }
  }
  return found.sort(
    (a, b) => compareDates(a.due, b.due) || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || compareDates(a.period, b.period),
  );
}
