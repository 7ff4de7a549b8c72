// The deadline language of DESIGN §2.3, read into one normalized shape. The input is whatever the
// YAML held (it may not have passed the schema), so every form is checked here and a bad one is
// an `invalid` value with a reason, never an exception.

import type { EventDue, IsoDate, RecurringDue, RecurringEvery, ReportDue } from '../plan/model.js';
import { addDays, isValidIsoDate } from './date.js';
import { parsePeriod, periodWindow } from './period.js';
import { relativeRuleProblem, type RuleProblem } from './relative.js';

export type DueProblem =
  | RuleProblem
  /** not one of the forms of the table */
  | 'unknown-form'
  /** written like a date but not a real day (2026-02-30) */
  | 'impossible-date'
  /** `every` is not month, quarter, half or year */
  | 'bad-every'
  /** `report` is not monthly, semiannual or annual */
  | 'bad-report'
  /** `after` is not a non-empty text */
  | 'bad-event'
  /** `within_days` is not a whole number ≥ 0 */
  | 'bad-within-days';

export type Deadline =
  /** by `last`, inclusive, before rolling for days off */
  | { kind: 'date'; last: IsoDate }
  /** thường xuyên: a standing duty, never overdue */
  | { kind: 'ongoing' }
  | { kind: 'recurring'; rule: RecurringDue }
  /** opens when a progress entry records the event (`event_on`); due that day + withinDays */
  | { kind: 'event'; after: string; withinDays?: number }
  /** the task is the reporting duty itself; obligations come from plan.yaml `reporting` */
  | { kind: 'report'; report: ReportDue['report'] }
  | { kind: 'invalid'; reason: DueProblem };

const EVERY: readonly RecurringEvery[] = ['month', 'quarter', 'half', 'year'];
const REPORTS: readonly ReportDue['report'][] = ['monthly', 'semiannual', 'annual'];
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

export function dueOf(spec: unknown): Deadline {
  if (typeof spec === 'string') return dueOfText(spec);
  if (typeof spec === 'number') return Number.isInteger(spec) ? dueOfText(String(spec)) : invalid('unknown-form');
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) return invalid('unknown-form');
  const o = spec as Record<string, unknown>;
  if ('report' in o) return dueOfReport(o.report);
  if ('every' in o) return dueOfRecurring(o as unknown as RecurringDue);
  if ('after' in o) return dueOfEvent(o as unknown as EventDue);
  if ('before' in o) return dueOfDate(o.before, -1);
  return invalid('unknown-form');
}

/** `2026-06-25`, a period (`2026-09`, `2026-Q3`, `2026-H2`, `2026`: its last day) or `ongoing`. */
function dueOfText(text: string): Deadline {
  if (text === 'ongoing') return { kind: 'ongoing' };
  if (DATE_SHAPE.test(text)) return dueOfDate(text, 0);
  const period = parsePeriod(text);
  // "by the end of 2026-09" is the calendar month's end whatever the report window.
  return period ? { kind: 'date', last: periodWindow(period, 'calendar').end } : invalid('unknown-form');
}

/** A date, or (shift −1) "trước ngày …": the day before it. */
function dueOfDate(value: unknown, shift: number): Deadline {
  if (isValidIsoDate(value)) return { kind: 'date', last: addDays(value, shift) };
  return invalid(typeof value === 'string' && DATE_SHAPE.test(value) ? 'impossible-date' : 'unknown-form');
}

function dueOfReport(report: unknown): Deadline {
  const known = REPORTS.find((r) => r === report);
  return known ? { kind: 'report', report: known } : invalid('bad-report');
}

function dueOfRecurring(rule: RecurringDue): Deadline {
  if (!EVERY.includes(rule.every)) return invalid('bad-every');
  const problem = relativeRuleProblem(rule);
  return problem ? invalid(problem) : { kind: 'recurring', rule };
}

function dueOfEvent(due: EventDue): Deadline {
  if (typeof due.after !== 'string' || due.after.trim() === '') return invalid('bad-event');
  const within: unknown = due.within_days;
  if (within === undefined) return { kind: 'event', after: due.after };
  if (typeof within !== 'number' || !Number.isInteger(within) || within < 0) return invalid('bad-within-days');
  return { kind: 'event', after: due.after, withinDays: within };
}

function invalid(reason: DueProblem): Deadline {
  return { kind: 'invalid', reason };
}
