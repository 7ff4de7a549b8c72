// Computed status (DESIGN §3): what reports show for one item, from what the unit reported, the
// day it finished, the due date and the as-of day D. The order of the checks is the meaning:
//   1. thường xuyên (ongoing): `ongoing`, or `paused` when the unit paused it — never overdue;
//   2. done: `done_on_time` when done_on ≤ due (or there is no due date), else `done_late`;
//   3. paused: `paused` — a paused task waits for a decision and is not counted overdue;
//   4. no due date (the plan is silent, its deadline is invalid, or the occurrence has not come
//      yet): `in_progress` or `not_started` as reported, never overdue;
//   5. due < D: `overdue`, started or not;
//   6. due − D ≤ due_soon_days: `due_soon` (the due day itself included);
//   7. otherwise `in_progress` or `not_started` as reported.

import type { IsoDate, ReportedStatus } from '../plan/model.js';
import { diffDays } from '../time/index.js';
import type { ComputedStatus } from './types.js';

export interface StatusInput {
  ongoing: boolean;
  reported: ReportedStatus;
  /** the day it was done; a `done` without one (a lint error) counts as done on the day reported */
  doneOn: IsoDate | null;
  due: IsoDate | null;
  asOf: IsoDate;
  dueSoonDays: number;
}

export function computeStatus(input: StatusInput): ComputedStatus {
  const { reported, due, asOf } = input;
  if (input.ongoing) return reported === 'paused' ? 'paused' : 'ongoing';
  if (reported === 'done') return due !== null && input.doneOn !== null && input.doneOn > due ? 'done_late' : 'done_on_time';
  if (reported === 'paused') return 'paused';
  const started: ComputedStatus = reported === 'in_progress' ? 'in_progress' : 'not_started';
  if (due === null) return started;
  if (due < asOf) return 'overdue';
  if (diffDays(due, asOf) <= input.dueSoonDays) return 'due_soon';
  return started;
}
