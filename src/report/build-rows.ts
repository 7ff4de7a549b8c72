// The report's tables built from the status core's results (src/status/): counts, assignments,
// the overdue list and what falls due next. Nothing here computes a status: every status, due
// date and count comes from statusItems, computeObligations, aggregate and overdueList.

import type { IsoDate, PlanModel, Task } from '../plan/model.js';
import {
  aggregate, latestReported, NO_KEY, occurrenceOf, rankUnits, reportTitle, STATUS_KEYS,
  type ObligationStatus, type OverdueList, type ReportedEntry, type StatusItem, type StatusRow, type StatusSetup,
} from '../status/index.js';
import { dueOf, parsePeriod, type DateRange, type Deadline } from '../time/index.js';
import { dueLabel } from './due-label.js';
import { STATUS_LABELS } from './labels.js';
import type { SourceOf } from './provenance.js';
import type {
  AssignmentRow, NextReportRow, NextRow, ObjectiveRow, OverdueRow, Ranking, ReportSummary, StatusCounts, UnitRef, UnitRow,
} from './types.js';

/** Unit ids to what the report prints, in units.yaml order; an unknown id (a lint error) as itself. */
export interface Units {
  ref(id: string): UnitRef;
  /** the position in units.yaml, for ordering rows as the plan lists its units */
  order(id: string): number;
}

export function unitsOf(model: PlanModel): Units {
  const refs = new Map<string, UnitRef>();
  const order = new Map<string, number>();
  model.units.forEach((u, i) => {
    refs.set(u.id, { id: u.id, name: u.name, ...(u.short ? { short: u.short } : {}) });
    order.set(u.id, i);
  });
  return { ref: (id) => refs.get(id) ?? { id, name: id }, order: (id) => order.get(id) ?? Number.MAX_SAFE_INTEGER };
}

/**
 * Whether an item belongs in the report of the period `window`: a one-off, standing or not yet
 * occurring duty always does (the report shows the plan's progress to date); an occurrence of a
 * recurring or event task does when it falls due within the period or is still overdue, so a
 * yearly report does not list every month of every earlier year again.
 */
export function inPeriod(window: DateRange): (item: StatusItem) => boolean {
  return (item) =>
    item.occurrence === null || item.status === 'overdue' || (item.due !== null && item.due >= window.start && item.due <= window.end);
}

function countsOf(row: StatusRow): StatusCounts {
  return Object.fromEntries(STATUS_KEYS.map((k) => [k, row[k]])) as StatusCounts;
}

export function summaryOf(model: PlanModel, items: StatusItem[], obligations: ObligationStatus[], asOf: IsoDate): ReportSummary {
  const { totals } = aggregate(model, items, obligations, 'unit', asOf, 'vi');
  return {
    assigned: totals.assigned,
    byStatus: STATUS_KEYS.map((key) => ({ key, label: STATUS_LABELS[key], count: totals[key] })),
    reportsOnTime: totals.reportsOnTime,
    reportsLate: totals.reportsLate,
    reportsMissing: totals.reportsMissing,
  };
}

const NO_OBJECTIVE = 'Nhiệm vụ chưa gắn nhóm mục tiêu';

/** One row per objective group of plan.yaml, in its order; tasks without one last (id "-"). */
export function objectiveRows(model: PlanModel, items: StatusItem[], asOf: IsoDate): ObjectiveRow[] {
  const { rows } = aggregate(model, items, [], 'objective', asOf, 'vi');
  const order = new Map((model.plan?.objectives ?? []).map((o, i) => [o.id, i]));
  const rank = (key: string) => (key === NO_KEY ? Number.MAX_SAFE_INTEGER : order.get(key) ?? Number.MAX_SAFE_INTEGER - 1);
  return rows
    .sort((a, b) => rank(a.key) - rank(b.key) || (a.key < b.key ? -1 : 1))
    .map((row) => ({ id: row.key, title: row.key === NO_KEY ? NO_OBJECTIVE : row.label, assigned: row.assigned, counts: countsOf(row) }));
}

/** One row per unit with items or report obligations, in units.yaml order. */
export function unitRows(model: PlanModel, units: Units, items: StatusItem[], obligations: ObligationStatus[], asOf: IsoDate): UnitRow[] {
  const { rows } = aggregate(model, items, obligations, 'unit', asOf, 'vi');
  return rows
    .sort((a, b) => units.order(a.key) - units.order(b.key) || (a.key < b.key ? -1 : 1))
    .map((row) => ({
      unit: units.ref(row.key),
      assigned: row.assigned,
      counts: countsOf(row),
      reportsOnTime: row.reportsOnTime,
      reportsLate: row.reportsLate,
      reportsMissing: row.reportsMissing,
    }));
}

/**
 * The update an item's status came from, for the unit's note on it. StatusItem does not carry its update,
 * so the same choice as src/status/items.ts is made again through the core's own latestReported
 * and occurrenceOf: the latest update sent by asOf, for the item's occurrence. A recurring task's
 * updates are sorted into occurrences once per (unit, task), not once per item.
 */
function noteFinder(setup: StatusSetup, asOf: IsoDate): (item: StatusItem, deadline: Deadline) => ReportedEntry | undefined {
  const byOccurrence = new Map<string, Map<string, ReportedEntry>>();
  return (item, deadline) => {
    const entries = setup.updates.entries(item.unit, item.task.id);
    if (entries.length === 0) return undefined;
    const occurrence = item.occurrence;
    if (occurrence === null) return latestReported(entries, asOf);
    if (deadline.kind !== 'recurring') return latestReported(entries, asOf, (e) => `event:${e.update.event_on}` === occurrence);
    const key = `${item.unit}\u0000${item.task.id}`;
    let latest = byOccurrence.get(key);
    if (!latest) {
      latest = new Map();
      // entries are in reporting order: the last one sent by asOf for an occurrence wins
      for (const e of entries) if (e.submitted <= asOf) latest.set(occurrenceOf(e, deadline.rule.every), e);
      byOccurrence.set(key, latest);
    }
    return latest.get(occurrence);
  };
}

const ROMAN = /^[IVX]+$/;
const ROMAN_VALUE: Record<string, number> = { I: 1, V: 5, X: 10 };

function romanValue(text: string): number {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = ROMAN_VALUE[text[i]!]!;
    total += v < (ROMAN_VALUE[text[i + 1] ?? ''] ?? 0) ? -v : v;
  }
  return total;
}

/**
 * The plan's own numbering order: "III.2.4" < "IV.1" < "V.2.1" < "V.10.1". Parts are compared as
 * Roman numerals, as numbers, or else as text; files are read in path order, where V-10 comes
 * before V-2.
 */
export function compareTaskIds(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const [x, y] = [pa[i]!, pb[i]!];
    if (x === y) continue;
    if (ROMAN.test(x) && ROMAN.test(y)) return romanValue(x) - romanValue(y);
    const [nx, ny] = [Number.parseInt(x, 10), Number.parseInt(y, 10)];
    if (!Number.isNaN(nx) && !Number.isNaN(ny) && nx !== ny) return nx - ny;
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

/** One row per item, in the plan's task order; a task's rows keep the core's order (unit, occurrence). */
export function assignmentRows(items: StatusItem[], setup: StatusSetup, units: Units, sourceOf: SourceOf, asOf: IsoDate): AssignmentRow[] {
  const perTask = new Map<Task, { deadline: Deadline; label: string; source: string }>();
  const noteOf = noteFinder(setup, asOf);
  const ordered = [...items].sort((a, b) => compareTaskIds(a.task.id, b.task.id));
  return ordered.map((item) => {
    let task = perTask.get(item.task);
    if (!task) perTask.set(item.task, (task = { deadline: dueOf(item.task.due), label: dueLabel(item.task.due), source: sourceOf(item.task.at) }));
    const entry = noteOf(item, task.deadline);
    const note = entry?.update.note;
    return {
      task: item.task.id,
      title: item.task.title,
      ...(typeof item.task.objective === 'string' ? { objective: item.task.objective } : {}),
      unit: units.ref(item.unit),
      role: 'lead',
      dueLabel: task.label,
      ...(item.due !== null ? { dueDate: item.due } : {}),
      ...(item.occurrence !== null ? { occurrence: item.occurrence } : {}),
      status: item.status,
      statusLabel: STATUS_LABELS[item.status],
      ...(item.percent !== null ? { percent: item.percent } : {}),
      ...(item.doneOn !== null ? { doneOn: item.doneOn } : {}),
      ...(note ? { note, noteFrom: entry!.period } : {}),
      source: task.source,
    };
  });
}

/**
 * The overdue list as `de06 overdue` gives it. A task points at its line in tasks/; a missing
 * report at the plan.yaml rule that makes it owed (reporting.monthly, .semiannual, .annual).
 */
export function overdueRows(list: OverdueList, model: PlanModel, units: Units, sourceOf: SourceOf): OverdueRow[] {
  const tasks = new Map(model.tasks.map((t) => [t.id, t]));
  const plan = model.plan!;
  const ruleOf = (period: string) => ({ month: 'monthly', quarter: 'monthly', half: 'semiannual', year: 'annual' })[parsePeriod(period)?.kind ?? 'month'];
  return list.items.map((entry) => {
    const task = entry.task === null ? undefined : tasks.get(entry.task);
    return {
      kind: entry.kind,
      ...(entry.task !== null ? { task: entry.task } : {}),
      title: entry.title,
      unit: units.ref(entry.unit),
      due: entry.due,
      daysOverdue: entry.daysOverdue,
      ...(entry.occurrence !== null ? { occurrence: entry.occurrence } : {}),
      source: task ? sourceOf(task.at) : sourceOf(plan.at, `/reporting/${ruleOf(entry.occurrence ?? '')}`),
    };
  });
}

/** Section IV: open items of the list's `upcoming` that fall due within `next`. */
export function nextRows(list: OverdueList, next: DateRange, model: PlanModel, units: Units, sourceOf: SourceOf): NextRow[] {
  const tasks = new Map(model.tasks.map((t) => [t.id, t]));
  const rows: NextRow[] = [];
  for (const entry of list.upcoming) {
    const task = entry.task === null ? undefined : tasks.get(entry.task);
    if (!task || entry.due < next.start || entry.due > next.end) continue;
    rows.push({ task: task.id, title: task.title, unit: units.ref(entry.unit), due: entry.due, dueLabel: dueLabel(task.due), source: sourceOf(task.at) });
  }
  return rows;
}

/** Section IV: the periodic reports not yet due that fall due within `next`, one row per period. */
export function nextReportRows(obligations: ObligationStatus[], next: DateRange): NextReportRow[] {
  const rows = new Map<string, NextReportRow>();
  for (const o of obligations) {
    if (o.state !== 'not_yet_due' || o.due < next.start || o.due > next.end) continue;
    const row = rows.get(o.period);
    if (row) row.units++;
    else rows.set(o.period, { period: o.period, title: reportTitle(o, 'vi'), due: o.due, units: 1 });
  }
  return [...rows.values()].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

/**
 * The semi-annual and annual ranking (status/scoring.ts): units without a score left out, the
 * standing unit never in it, and no rows at all while there is no data to rank on.
 */
export function rankingOf(items: StatusItem[], obligations: ObligationStatus[], setup: StatusSetup, units: Units): Ranking {
  const ranking = rankUnits(items, obligations, { scoring: setup.plan.scoring, standingUnit: setup.plan.standing_unit, lang: 'vi' });
  return {
    formula: ranking.formula,
    ready: ranking.ready,
    rows: ranking.units
      .filter((s) => s.rank !== null && s.score !== null)
      .map((s) => ({
        rank: s.rank!,
        unit: units.ref(s.unit),
        score: s.score!,
        tasksOnTimeRate: s.tasksDue === 0 ? null : s.tasksOnTime / s.tasksDue,
        reportsOnTimeRate: s.reportsDue === 0 ? null : s.reportsOnTime / s.reportsDue,
      })),
  };
}
