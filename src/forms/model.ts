// What a unit's progress form holds (DESIGN §2.7), as plain data: built from the status core, so
// the rows are the same open items `progress new` and `overdue` know. Pure; the as-of day and the
// commit are arguments.
//
// Rows: first the updates of the unit's own file for the period, when one exists (a form sent
// again to correct a report shows what was reported, in its order, so importing it unchanged
// gives the same data back); then every other item open as of the day the report falls due. The
// input cells of a row are prefilled from that file only: "Tình trạng kỳ trước" shows what the
// unit said before, and a unit that leaves a row empty has reported nothing on it.

import type { IsoDate, ReportedStatus, Update } from '../plan/model.js';
import { latestReported, occurrenceOf, statusItems, type ReportedEntry, type StatusItem, type StatusSetup, type UpdateIndex } from '../status/index.js';
import { dueLabel } from '../report/due-label.js';
import { diffDays, dueOf, parsePeriod, periodLabel, periodWindow, reportDueDate, vnShortDate, vnTextDate } from '../time/index.js';
import { FORM_VERSION } from './layout.js';

export interface FormRow {
  task: string;
  title: string;
  /** the deadline as the plan words it, with the last day when it has one */
  dueText: string;
  /** the occurrence this row reports on: a recurring one's period, else none */
  occurrence?: string;
  /** an event-triggered task's event day */
  eventOn?: IsoDate;
  /** how "Kỳ" names it: "tháng 7/2026", "sự kiện 02/7/2026", or empty */
  occurrenceLabel: string;
  /** the status the unit last reported before this period's file; undefined: never */
  previous?: ReportedStatus;
  /** the update of this period's file, when there is one */
  current?: Omit<Update, 'at' | 'task' | 'occurrence' | 'event_on'>;
}

export interface FormIndicator {
  id: string;
  title: string;
  unit: string;
  target: string;
  value?: number | string;
}

export interface FormModel {
  version: number;
  planId: string;
  planNumber: string;
  planTitle: string;
  issuer: string;
  unit: string;
  unitName: string;
  period: string;
  periodLabel: string;
  /** the last day the report may be sent, when `reporting` owes one for the period */
  reportDue?: IsoDate;
  /** the plan's commit the form was made from; empty outside git */
  commit: string;
  /** the day the form was made: its workbook's metadata time */
  asOf: IsoDate;
  submitted?: IsoDate;
  document?: string;
  rows: FormRow[];
  indicators: FormIndicator[];
  proposals: string[];
}

export interface FormRequest {
  unit: string;
  commit: string;
}

/**
 * What every form of one period starts from: the plan as if that period's files did not exist,
 * and each unit's items open as of the day the report falls due. Worked out once for all units.
 */
export interface FormBasis {
  period: string;
  asOf: IsoDate;
  /** the last day the period's report may be sent, when `reporting` owes one */
  reportDue: IsoDate | undefined;
  before: StatusSetup;
  items: ReadonlyMap<string, StatusItem[]>;
}

export function formBasis(setup: StatusSetup, period: string, asOf: IsoDate): FormBasis {
  const p = parsePeriod(period)!;
  const reportDue = reportDueDate(p, setup.plan.reporting, setup.calendar);
  const window = periodWindow(p, setup.window);
  const horizonDays = Math.max(0, diffDays(reportDue ?? window.end, asOf));
  const before: StatusSetup = { ...setup, updates: without(setup.updates, period) };
  const items = new Map<string, StatusItem[]>();
  for (const item of statusItems(before, { asOf, horizonDays })) {
    let list = items.get(item.unit);
    if (!list) items.set(item.unit, (list = []));
    list.push(item);
  }
  return { period, asOf, reportDue, before, items };
}

export function buildForm(setup: StatusSetup, basis: FormBasis, request: FormRequest): FormModel {
  const { plan, model } = setup;
  const unit = model.units.find((u) => u.id === request.unit)!;
  const own = model.progress.find((p) => p.unit === request.unit && p.period === basis.period);
  const { before, reportDue } = basis;
  const items = basis.items.get(request.unit) ?? [];
  const tasks = new Map(model.tasks.map((t) => [t.id, t]));
  const titleOf = (id: string) => tasks.get(id)?.title ?? '';

  const rows: FormRow[] = [];
  const taken = new Set<string>();
  for (const update of own?.updates ?? []) {
    const task = tasks.get(update.task);
    const occurrence = update.occurrence ?? (update.event_on !== undefined ? `event:${update.event_on}` : null);
    taken.add(`${update.task}\u0000${occurrence ?? ''}`);
    const item = items.find((i) => i.task.id === update.task && (i.occurrence ?? '') === (occurrence ?? ''));
    const { at: _at, task: _task, occurrence: _o, event_on: _e, ...current } = update;
    rows.push({
      task: update.task,
      title: titleOf(update.task),
      dueText: dueText(task?.due, item?.due ?? null),
      ...occurrenceFields(occurrence),
      ...previousOf(before.updates, request.unit, task?.due, update.task, occurrence, basis.asOf),
      current,
    });
  }
  for (const item of items) {
    if (item.status === 'done_on_time' || item.status === 'done_late') continue;
    if (taken.has(`${item.task.id}\u0000${item.occurrence ?? ''}`)) continue;
    rows.push({
      task: item.task.id,
      title: item.task.title,
      dueText: dueText(item.task.due, item.due),
      ...occurrenceFields(item.occurrence),
      ...previousOf(before.updates, request.unit, item.task.due, item.task.id, item.occurrence, basis.asOf),
    });
  }

  const values = new Map((own?.indicators ?? []).map((v) => [v.id, v.value]));
  const indicators: FormIndicator[] = model.indicators.map((i) => ({
    id: i.id,
    title: i.title,
    unit: i.unit ?? '',
    target: i.target === undefined ? '' : String(i.target),
    ...(values.has(i.id) ? { value: values.get(i.id)! } : {}),
  }));
  for (const [id, value] of values) if (!indicators.some((i) => i.id === id)) indicators.push({ id, title: '', unit: '', target: '', value });

  return {
    version: FORM_VERSION,
    planId: plan.id,
    planNumber: plan.number,
    planTitle: plan.title,
    issuer: plan.issuer.name,
    unit: unit.id,
    unitName: unit.name,
    period: basis.period,
    periodLabel: periodLabel(parsePeriod(basis.period)!, 'vi'),
    ...(reportDue ? { reportDue } : {}),
    commit: request.commit,
    asOf: basis.asOf,
    ...(own?.submitted ? { submitted: own.submitted } : {}),
    ...(own?.document !== undefined ? { document: own.document } : {}),
    rows,
    indicators,
    proposals: own?.proposals ?? [],
  };
}

/** The updates index without the files of one period. */
function without(index: UpdateIndex, period: string): UpdateIndex {
  return { entries: (unit, task) => index.entries(unit, task).filter((e) => e.period !== period) };
}

/** What the unit last reported on the row's own occurrence: the July occurrence of a monthly
 * task shows July's status, not that of June's occurrence reported later. */
function previousOf(index: UpdateIndex, unit: string, due: unknown, task: string, occurrence: string | null, asOf: IsoDate): { previous?: ReportedStatus } {
  const deadline = occurrence === null || due === undefined ? undefined : dueOf(due);
  const matches = (entry: ReportedEntry): boolean => {
    if (occurrence === null) return true;
    if (occurrence.startsWith('event:')) return entry.update.event_on === occurrence.slice('event:'.length);
    return deadline?.kind === 'recurring' ? occurrenceOf(entry, deadline.rule.every) === occurrence : String(entry.update.occurrence ?? '') === occurrence;
  };
  const entry = latestReported(index.entries(unit, task), asOf, matches);
  return entry ? { previous: entry.update.status } : {};
}

function occurrenceFields(occurrence: string | null): Pick<FormRow, 'occurrence' | 'eventOn' | 'occurrenceLabel'> {
  if (occurrence === null) return { occurrenceLabel: '' };
  if (occurrence.startsWith('event:')) {
    const day = occurrence.slice('event:'.length);
    return { eventOn: day, occurrenceLabel: `sự kiện ${vnShortDate(day)}` };
  }
  const period = parsePeriod(occurrence);
  return { occurrence, occurrenceLabel: period ? periodLabel(period, 'vi') : occurrence };
}

/** "31/12/2026", or "Trước ngày 25/6/2026 (hạn cuối 24/6/2026)" when the last day is not the one the plan names. */
function dueText(spec: unknown, due: IsoDate | null): string {
  const words = spec === undefined ? '' : dueLabel(spec);
  if (due === null) return words;
  const day = vnTextDate(due);
  return words.includes(day) ? words : words ? `${words} (hạn cuối ${day})` : day;
}


