// The shapes the status core produces (DESIGN §3): assignments, their computed status as of a
// day, and report obligations. Plain data: the CLI formats it, the report model reuses it.

import type { IsoDate, PeriodId, ReportedStatus, Task } from '../plan/model.js';
import type { ReportKind } from '../time/index.js';

/** DESIGN §3 "Computed status", in the order reports list them. */
export const STATUS_KEYS = [
  'done_on_time',
  'done_late',
  'in_progress',
  'due_soon',
  'overdue',
  'not_started',
  'ongoing',
  'paused',
] as const;

export type ComputedStatus = (typeof STATUS_KEYS)[number];

/** chủ trì (lead) or phối hợp (support). */
export type Role = 'lead' | 'support';

/** (task, unit): a task led by a group is one assignment per member unit. */
export interface Assignment {
  task: Task;
  unit: string;
  role: Role;
}

/**
 * One thing a lead unit must deliver, with its status as of a day: a one-off task once, a
 * recurring task once per occurrence, an event-triggered task once per recorded event. An
 * assignment with no occurrence yet (a recurring one before its first due date, an event one
 * before its event) is one item without a due date, so that it is still counted.
 */
export interface StatusItem {
  task: Task;
  unit: string;
  /** the period of a recurring occurrence, `event:YYYY-MM-DD` of an event one, else null */
  occurrence: string | null;
  /** the last allowed day after rolling off days off; null when there is none (yet) */
  due: IsoDate | null;
  /** the status the unit last reported, `not_started` when it reported nothing */
  reported: ReportedStatus;
  percent: number | null;
  doneOn: IsoDate | null;
  status: ComputedStatus;
}

/** How a report obligation stands as of a day (the submission matrix of DESIGN §3). */
export type ObligationState = 'on_time' | 'late' | 'missing' | 'not_yet_due';

export interface ObligationStatus {
  unit: string;
  period: PeriodId;
  kind: ReportKind;
  /** rolled per `reporting.roll` */
  due: IsoDate;
  /** the progress file's `submitted`, when one was sent by the as-of day */
  submitted: IsoDate | null;
  state: ObligationState;
}
