// What every status computation reads from plan.yaml and calendar.yaml, worked out once.

import type { IsoDate, Plan, PlanModel } from '../plan/model.js';
import { workingCalendar, type OccurrenceContext, type PeriodWindow, type RollMode, type WorkingCalendar } from '../time/index.js';
import { unitExpander, type UnitExpander } from './assignments.js';
import { indexUpdates, type ReportedEntry, type UpdateIndex } from './reported.js';

export interface StatusSetup {
  model: PlanModel;
  plan: Plan;
  calendar: WorkingCalendar;
  /** DESIGN §2.3: a deadline on a day off rolls per `reporting.roll`, by default to the day before */
  roll: RollMode;
  window: PeriodWindow;
  dueSoonDays: number;
  expand: UnitExpander;
  updates: UpdateIndex;
}

/** plan.yaml's `reporting.due_soon_days` when absent: a week. */
export const DEFAULT_DUE_SOON_DAYS = 7;

export function statusSetup(model: PlanModel, plan: Plan): StatusSetup {
  const reporting = plan.reporting ?? { from: '' };
  return {
    model,
    plan,
    calendar: workingCalendar(model.calendar),
    roll: reporting.roll ?? 'previous',
    window: reporting.window ?? 'calendar',
    dueSoonDays: reporting.due_soon_days ?? DEFAULT_DUE_SOON_DAYS,
    expand: unitExpander(model.units, model.groups),
    updates: indexUpdates(model.progress),
  };
}

/** What src/time/ occurrences() needs to derive a task's occurrences due by asOf + horizonDays. */
export function occurrenceContext(setup: StatusSetup, asOf: IsoDate, horizonDays: number, events: IsoDate[] = []): OccurrenceContext {
  return {
    planStart: setup.plan.period.start,
    planEnd: setup.plan.period.end,
    window: setup.window,
    calendar: setup.calendar,
    roll: setup.roll,
    asOf,
    horizonDays,
    events,
  };
}

/** The days a unit's own progress files, sent by asOf, record the trigger of an event task. */
export function eventDays(entries: readonly ReportedEntry[], asOf: IsoDate): IsoDate[] {
  return entries.filter((e) => e.submitted <= asOf && e.update.event_on !== undefined).map((e) => e.update.event_on!);
}
