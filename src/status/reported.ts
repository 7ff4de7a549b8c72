// Reported status (DESIGN §3): what a unit said about a task in its progress files, as of a day.
// A file counts from its `submitted` day on, so a report sent after the as-of day is not known
// yet. The latest report wins: by `submitted`, then by the later period (a unit may send its
// July and August files the same day). A draft, with no `submitted`, says nothing (plan/sent.ts).

import type { IsoDate, PeriodId, Progress, Update } from '../plan/model.js';
import { isSent } from '../plan/sent.js';
import { calendarPeriodOf, parsePeriod, periodId, periodWindow, type PeriodKind } from '../time/index.js';

export interface ReportedEntry {
  update: Update;
  submitted: IsoDate;
  period: PeriodId;
}

/** Updates indexed by (unit, task), each list in reporting order: one pass, no joins later. */
export interface UpdateIndex {
  entries(unit: string, task: string): readonly ReportedEntry[];
}

const NONE: readonly ReportedEntry[] = [];

export function indexUpdates(progress: Progress[]): UpdateIndex {
  const byKey = new Map<string, ReportedEntry[]>();
  const periodEnd = new Map<PeriodId, string>();
  const endOf = (period: PeriodId): string => {
    let end = periodEnd.get(period);
    if (end === undefined) {
      const p = parsePeriod(period);
      end = p ? periodWindow(p, 'calendar').end : '';
      periodEnd.set(period, end);
    }
    return end;
  };
  for (const file of progress) {
    if (!isSent(file)) continue;
    for (const update of file.updates) {
      const key = keyOf(file.unit, update.task);
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push({ update, submitted: file.submitted, period: file.period });
    }
  }
  for (const list of byKey.values()) {
    list.sort((a, b) => cmp(a.submitted, b.submitted) || cmp(endOf(a.period), endOf(b.period)) || cmp(a.period, b.period));
  }
  return { entries: (unit, task) => byKey.get(keyOf(unit, task)) ?? NONE };
}

/** The latest entry sent by `asOf` that `matches`, or undefined when the unit reported none. */
export function latestReported(
  entries: readonly ReportedEntry[],
  asOf: IsoDate,
  matches: (entry: ReportedEntry) => boolean = () => true,
): ReportedEntry | undefined {
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]!;
    if (entry.submitted <= asOf && matches(entry)) return entry;
  }
  return undefined;
}

/**
 * Which occurrence of a recurring task an update speaks of: its `occurrence`, or else the period
 * of the rule's kind that holds the last month of the file's period (the July file reports on
 * the July occurrence of a monthly task, and on the 2026 occurrence of a yearly one).
 */
export function occurrenceOf(entry: ReportedEntry, every: PeriodKind): PeriodId {
  if (entry.update.occurrence !== undefined) return String(entry.update.occurrence);
  const period = parsePeriod(entry.period);
  if (!period) return entry.period;
  return periodId(calendarPeriodOf(every, periodWindow(period, 'calendar').end));
}

function keyOf(unit: string, task: string): string {
  return `${unit}\u0000${task}`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
