// The overdue list (DESIGN §4 `overdue`): lead items past their due day and not done, and report
// obligations missing past theirs; with `within`, what falls due in the next N days. Every entry
// has every key (null where it does not apply: a report has no task, a one-off task has no
// occurrence), so a script never has to test for a missing key.
//   `status` of a task entry is what the unit last reported (not_started, in_progress); of a
//   report entry, the obligation's state (missing, not_yet_due).

import { t, type Lang } from '../i18n/index.js';
import type { IsoDate } from '../plan/model.js';
import { diffDays, parsePeriod, periodLabel } from '../time/index.js';
import type { ObligationStatus, StatusItem } from './types.js';

interface EntryBase {
  kind: 'task' | 'report';
  task: string | null;
  unit: string;
  title: string;
  due: IsoDate;
}

export type OverdueEntry = EntryBase & { daysOverdue: number; occurrence: string | null; status: string };
export type UpcomingEntry = EntryBase & { daysLeft: number; occurrence: string | null; status: string };

export interface OverdueList {
  asOf: IsoDate;
  items: OverdueEntry[];
  upcoming: UpcomingEntry[];
}

export interface OverdueOptions {
  asOf: IsoDate;
  /** list what falls due from asOf to asOf + within (inclusive); none when undefined */
  within?: number;
  /** only these units */
  units?: ReadonlySet<string>;
  lang: Lang;
}

export function overdueList(items: StatusItem[], obligations: ObligationStatus[], options: OverdueOptions): OverdueList {
  const { asOf, within, units } = options;
  const wanted = (unit: string) => !units || units.has(unit);
  const overdue: OverdueEntry[] = [];
  const upcoming: UpcomingEntry[] = [];
  const isUpcoming = (due: IsoDate) => within !== undefined && due >= asOf && diffDays(due, asOf) <= within;

  // entries are written out whole, keys in the DESIGN §4 order: a province has tens of thousands
  for (const item of items) {
    if (!wanted(item.unit) || item.due === null) continue;
    if (item.status === 'overdue') {
      overdue.push({ kind: 'task', task: item.task.id, unit: item.unit, title: item.task.title, due: item.due, daysOverdue: diffDays(asOf, item.due), occurrence: item.occurrence, status: item.reported });
    } else if (isOpen(item) && isUpcoming(item.due)) {
      upcoming.push({ kind: 'task', task: item.task.id, unit: item.unit, title: item.task.title, due: item.due, daysLeft: diffDays(item.due, asOf), occurrence: item.occurrence, status: item.reported });
    }
  }
  // one title per period, whichever unit owes it
  const titles = new Map<string, string>();
  const titleOf = (o: ObligationStatus) => titles.get(o.period) ?? titles.set(o.period, reportTitle(o, options.lang)).get(o.period)!;
  for (const o of obligations) {
    if (!wanted(o.unit)) continue;
    if (o.state === 'missing') {
      overdue.push({ kind: 'report', task: null, unit: o.unit, title: titleOf(o), due: o.due, daysOverdue: diffDays(asOf, o.due), occurrence: o.period, status: o.state });
    } else if (o.state === 'not_yet_due' && isUpcoming(o.due)) {
      upcoming.push({ kind: 'report', task: null, unit: o.unit, title: titleOf(o), due: o.due, daysLeft: diffDays(o.due, asOf), occurrence: o.period, status: o.state });
    }
  }
  overdue.sort((a, b) => b.daysOverdue - a.daysOverdue || tieBreak(a, b));
  upcoming.sort((a, b) => a.daysLeft - b.daysLeft || tieBreak(a, b));
  return { asOf, items: overdue, upcoming };
}

/** Not done, not paused, not a standing duty: something still to deliver. */
function isOpen(item: StatusItem): boolean {
  return item.status === 'due_soon' || item.status === 'in_progress' || item.status === 'not_started';
}

/** "Báo cáo tháng 7/2026", "Báo cáo 6 tháng đầu năm 2026". */
export function reportTitle(o: Pick<ObligationStatus, 'period'>, lang: Lang): string {
  const period = parsePeriod(o.period);
  return t(lang, 'overdue.report-title', { period: period ? periodLabel(period, lang) : o.period });
}

/** Then by unit, then task (a report, having none, before tasks), then occurrence. */
function tieBreak(a: EntryBase & { occurrence: string | null }, b: EntryBase & { occurrence: string | null }): number {
  return cmp(a.unit, b.unit) || cmp(a.task ?? '', b.task ?? '') || cmp(a.occurrence ?? '', b.occurrence ?? '');
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
