// Status items: every lead assignment expanded to what it must deliver, each with its computed
// status as of a day (DESIGN §2.3, §3). Support units have no items: they are never overdue.
// Report-duty tasks (`due: {report: …}`) have none either: their obligations come from
// plan.yaml `reporting` alone (obligations.ts), so counting them here would count them twice.

import type { IsoDate, ReportedStatus, Task } from '../plan/model.js';
import { dueOf, occurrences, type Deadline, type Occurrence } from '../time/index.js';
import { computeAssignments } from './assignments.js';
import { computeStatus } from './computed.js';
import { latestReported, occurrenceOf, type ReportedEntry } from './reported.js';
import { eventDays, occurrenceContext, type StatusSetup } from './setup.js';
import type { StatusItem } from './types.js';

export interface ItemOptions {
  asOf: IsoDate;
  /** recurring occurrences due up to asOf + this many days exist (never fewer than due_soon_days) */
  horizonDays?: number;
}

export function statusItems(setup: StatusSetup, options: ItemOptions): StatusItem[] {
  const { asOf } = options;
  const horizonDays = Math.max(options.horizonDays ?? 0, setup.dueSoonDays);
  const items: StatusItem[] = [];
  const deadlines = new Map<Task, Deadline>();
  const cache = new Map<Task, Occurrence[]>();
  for (const { task, unit, role } of computeAssignments(setup.model, setup.expand)) {
    if (role !== 'lead') continue;
    let deadline = deadlines.get(task);
    if (!deadline) deadlines.set(task, (deadline = dueOf(task.due)));
    if (deadline.kind === 'report') continue;
    const entries = setup.updates.entries(unit, task.id);
    const make = (occurrence: string | null, due: IsoDate | null, entry: ReportedEntry | undefined): StatusItem => {
      const reported: ReportedStatus = entry?.update.status ?? 'not_started';
      const doneOn = reported === 'done' ? (entry!.update.done_on ?? entry!.submitted) : null;
      const status = computeStatus({ ongoing: deadline!.kind === 'ongoing', reported, doneOn, due, asOf, dueSoonDays: setup.dueSoonDays });
      return { task, unit, occurrence, due, reported, percent: entry?.update.percent ?? null, doneOn, status };
    };

    const found = occurrencesOf(task, deadline, entries, setup, asOf, horizonDays, cache);
    if (found.length === 0) {
      items.push(make(null, null, latestReported(entries, asOf)));
      continue;
    }
    if (deadline.kind === 'date') {
      items.push(make(null, found[0]!.due, latestReported(entries, asOf)));
      continue;
    }
    const latest = latestByOccurrence(deadline, entries, asOf);
    for (const occurrence of found) items.push(make(occurrence.id, occurrence.due, latest.get(occurrence.id)));
  }
  return items;
}

function occurrencesOf(
  task: Task,
  deadline: Deadline,
  entries: readonly ReportedEntry[],
  setup: StatusSetup,
  asOf: IsoDate,
  horizonDays: number,
  cache: Map<Task, Occurrence[]>,
): Occurrence[] {
  if (deadline.kind !== 'date' && deadline.kind !== 'recurring' && deadline.kind !== 'event') return [];
  // Dates and recurring rules give every lead unit the same occurrences: derive them once per task.
  const shared = deadline.kind !== 'event';
  if (shared && cache.has(task)) return cache.get(task)!;
  // An event exists for a unit once that unit's own progress file, sent by the as-of day, records it.
  const found = occurrences(task.due, occurrenceContext(setup, asOf, horizonDays, shared ? [] : eventDays(entries, asOf)));
  if (shared) cache.set(task, found);
  return found;
}

/**
 * The latest update sent by `asOf` for each occurrence: a recurring occurrence's by period
 * (reported.ts occurrenceOf), an event occurrence's by the same `event_on`. One pass over the
 * entries, which are already in reporting order.
 */
function latestByOccurrence(deadline: Deadline, entries: readonly ReportedEntry[], asOf: IsoDate): Map<string, ReportedEntry> {
  const latest = new Map<string, ReportedEntry>();
  for (const entry of entries) {
    if (entry.submitted > asOf) continue;
    if (deadline.kind === 'recurring') latest.set(occurrenceOf(entry, deadline.rule.every), entry);
    else if (entry.update.event_on !== undefined) latest.set(`event:${entry.update.event_on}`, entry);
  }
  return latest;
}
