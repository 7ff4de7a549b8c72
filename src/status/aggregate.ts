// Aggregates (DESIGN §4 `status`): counts of computed statuses and of report obligations, by unit,
// by objective group or by pillar, plus totals.
//   - A task with several pillars counts in each pillar's row, so pillar rows may add up to more
//     than the totals; the totals count every item once.
//   - A task without an objective (or pillars) counts in the row "(chưa xác định)", key "-".
//   - Reports are owed by units, not by objectives or pillars: in those rows the report columns
//     are 0 and only the totals carry them.
//   - Rows are sorted worst first: most overdue, then most missing reports, then by key.

import { t, type Lang } from '../i18n/index.js';
import type { PlanModel } from '../plan/model.js';
import { STATUS_KEYS, type ComputedStatus, type ObligationStatus, type StatusItem } from './types.js';

export type GroupBy = 'unit' | 'objective' | 'pillar';

export type StatusRow = {
  key: string;
  label: string;
  assigned: number;
} & Record<ComputedStatus, number> & {
  reportsOnTime: number;
  reportsLate: number;
  reportsMissing: number;
};

export interface StatusTable {
  asOf: string;
  rows: StatusRow[];
  totals: StatusRow;
}

/** The key of the row for tasks the plan gives no objective or pillar. */
export const NO_KEY = '-';

export function aggregate(
  model: PlanModel,
  items: StatusItem[],
  obligations: ObligationStatus[],
  by: GroupBy,
  asOf: string,
  lang: Lang,
): StatusTable {
  const labels = labelsFor(model, by);
  const rows = new Map<string, StatusRow>();
  const rowFor = (key: string) => {
    let row = rows.get(key);
    if (!row) rows.set(key, (row = emptyRow(key, key === NO_KEY ? t(lang, 'status.row.none') : labels.get(key) ?? key)));
    return row;
  };
  for (const item of items) {
    for (const key of keysOf(item, by)) countItem(rowFor(key), item);
  }
  if (by === 'unit') for (const obligation of obligations) countObligation(rowFor(obligation.unit), obligation);

  const totals = emptyRow('total', t(lang, 'status.row.total'));
  items.forEach((item) => countItem(totals, item));
  obligations.forEach((obligation) => countObligation(totals, obligation));
  return { asOf, rows: [...rows.values()].sort(worstFirst), totals };
}

function keysOf(item: StatusItem, by: GroupBy): string[] {
  if (by === 'unit') return [item.unit];
  if (by === 'objective') return [typeof item.task.objective === 'string' ? item.task.objective : NO_KEY];
  const pillars = Array.isArray(item.task.pillars) ? [...new Set(item.task.pillars)] : [];
  return pillars.length > 0 ? pillars : [NO_KEY];
}

function labelsFor(model: PlanModel, by: GroupBy): Map<string, string> {
  if (by === 'unit') return new Map(model.units.map((u) => [u.id, u.name]));
  const list = by === 'objective' ? model.plan?.objectives : model.plan?.pillars;
  return new Map((Array.isArray(list) ? list : []).map((o) => [o.id, o.title]));
}

function emptyRow(key: string, label: string): StatusRow {
  const row = { key, label, assigned: 0 } as StatusRow;
  for (const status of STATUS_KEYS) row[status] = 0;
  row.reportsOnTime = 0;
  row.reportsLate = 0;
  row.reportsMissing = 0;
  return row;
}

function countItem(row: StatusRow, item: StatusItem): void {
  row.assigned++;
  row[item.status]++;
}

function countObligation(row: StatusRow, obligation: ObligationStatus): void {
  if (obligation.state === 'on_time') row.reportsOnTime++;
  else if (obligation.state === 'late') row.reportsLate++;
  else if (obligation.state === 'missing') row.reportsMissing++;
}

function worstFirst(a: StatusRow, b: StatusRow): number {
  return b.overdue - a.overdue || b.reportsMissing - a.reportsMissing || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** Share of the due items done on time, and of the reports owed so far sent on time; null when none. */
export function rates(row: StatusRow): { completion: number | null; reporting: number | null } {
  const due = row.done_on_time + row.done_late + row.overdue;
  const owed = row.reportsOnTime + row.reportsLate + row.reportsMissing;
  return { completion: due === 0 ? null : row.done_on_time / due, reporting: owed === 0 ? null : row.reportsOnTime / owed };
}
