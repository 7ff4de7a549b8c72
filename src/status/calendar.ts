// The deadline calendar (DESIGN §4 `calendar`): every due day in a range, per unit — each lead
// assignment's deadline or occurrence, and each report obligation (none for the standing unit,
// which receives the reports). Support units are left out,
// as in the overdue list: a unit's calendar holds what it must deliver. Event-triggered tasks
// appear once a progress file sent by the as-of day records their event.

import type { IsoDate } from '../plan/model.js';
import { dueOf, occurrences, reportPeriods } from '../time/index.js';
import type { Lang } from '../i18n/index.js';
import { computeAssignments } from './assignments.js';
import { reportingUnits } from './obligations.js';
import { reportTitle } from './overdue.js';
import { eventDays, occurrenceContext, type StatusSetup } from './setup.js';

export interface CalendarEvent {
  /** the due day, rolled off days off */
  date: IsoDate;
  /** the day the plan's words give, before rolling */
  dueUnrolled: IsoDate;
  kind: 'task' | 'report';
  task: string | null;
  unit: string;
  title: string;
  /** the period or event of a recurring, event or report deadline; null for a one-off task */
  occurrence: string | null;
}

export interface CalendarRange {
  from: IsoDate;
  to: IsoDate;
  asOf: IsoDate;
  units?: ReadonlySet<string>;
  lang: Lang;
}

export interface DeadlineCalendar {
  from: IsoDate;
  to: IsoDate;
  events: CalendarEvent[];
}

export function deadlineCalendar(setup: StatusSetup, range: CalendarRange): DeadlineCalendar {
  const { from, to, asOf, units } = range;
  const wanted = (unit: string) => !units || units.has(unit);
  const events: CalendarEvent[] = [];
  for (const { task, unit, role } of computeAssignments(setup.model, setup.expand)) {
    if (role !== 'lead' || !wanted(unit)) continue;
    const kind = dueOf(task.due).kind;
    if (kind !== 'date' && kind !== 'recurring' && kind !== 'event') continue;
    const triggers = kind === 'event' ? eventDays(setup.updates.entries(unit, task.id), asOf) : [];
    // Recurring occurrences exist up to the as-of day; the calendar looks ahead to `to`.
    for (const o of occurrences(task.due, occurrenceContext(setup, to, 0, triggers))) {
      if (o.due < from || o.due > to) continue;
      events.push({ date: o.due, dueUnrolled: o.dueUnrolled, kind: 'task', task: task.id, unit, title: task.title, occurrence: kind === 'date' ? null : o.id });
    }
  }
  const reporting = setup.plan.reporting;
  if (reporting && typeof reporting.from === 'string') {
    const owing = reportingUnits(setup.plan, setup.expand).filter(wanted);
    for (const o of reportPeriods(reporting, setup.plan.period, setup.calendar, to)) {
      if (o.due < from) continue;
      const title = reportTitle(o, range.lang);
      for (const unit of owing) events.push({ date: o.due, dueUnrolled: o.dueUnrolled, kind: 'report', task: null, unit, title, occurrence: o.period });
    }
  }
  events.sort((a, b) => cmp(a.date, b.date) || cmp(a.unit, b.unit) || cmp(a.kind, b.kind) || cmp(a.task ?? '', b.task ?? '') || cmp(a.occurrence ?? '', b.occurrence ?? ''));
  return { from, to, events };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
