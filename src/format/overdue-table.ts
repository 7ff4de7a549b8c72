// `de06 overdue` for people: what is overdue, worst first, coloured by how late; then, with
// --within, what falls due next.

import { Chalk, type ChalkInstance } from 'chalk';
import { t, type Lang } from '../i18n/index.js';
import { vnShortDate } from '../time/vn-date.js';
import type { OverdueEntry, OverdueList, UpcomingEntry } from '../status/index.js';
import { addDays } from '../time/index.js';
import { clip, renderTable } from './cli-table.js';

export interface OverdueFormatOptions {
  lang: Lang;
  color: boolean;
  /** the --within days, when given: the upcoming section is shown */
  within?: number;
}

/** Width of the title column, so that long task titles wrap instead of widening the table. */
const TITLE_WIDTH = 46;

export function overdueTable(list: OverdueList, options: OverdueFormatOptions): string {
  const { lang } = options;
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const date = vnShortDate(list.asOf);
  const parts: string[] = [];
  if (list.items.length === 0) {
    parts.push(chalk.green(t(lang, 'overdue.none', { date })));
  } else {
    parts.push(chalk.bold(t(lang, 'overdue.heading', { date, count: list.items.length })));
    parts.push(entryTable(list.items, 'overdue.col.days-overdue', (e) => e.daysOverdue, (e) => latenessPaint(chalk, e.daysOverdue), options));
  }
  if (options.within !== undefined) {
    const until = vnShortDate(addDays(list.asOf, options.within));
    if (list.upcoming.length === 0) {
      parts.push(t(lang, 'overdue.upcoming-none', { days: options.within }));
    } else {
      parts.push(chalk.bold(t(lang, 'overdue.upcoming-heading', { days: options.within, date: until, count: list.upcoming.length })));
      parts.push(entryTable(list.upcoming, 'overdue.col.days-left', (e) => e.daysLeft, () => chalk.cyan, options));
    }
  }
  return parts.join('\n') + '\n';
}

function entryTable<E extends OverdueEntry | UpcomingEntry>(
  entries: E[],
  daysHeader: string,
  days: (e: E) => number,
  paint: (e: E) => ChalkInstance,
  { lang, color }: OverdueFormatOptions,
): string {
  const head = ['overdue.col.no', 'overdue.col.unit', 'overdue.col.task', 'overdue.col.title', 'overdue.col.occurrence', 'overdue.col.due', daysHeader, 'overdue.col.status'];
  const rows = entries.map((e, i) => {
    const p = paint(e);
    return [String(i + 1), e.unit, e.task ?? '', clip(e.title), e.occurrence ?? '', p(vnShortDate(e.due)), p(String(days(e))), t(lang, `overdue.state.${e.status}`)];
  });
  return renderTable(head.map((id) => t(lang, id)), rows, color, [null, null, null, TITLE_WIDTH]);
}

/** A week late is yellow, more is red, a month or more is bold red. */
function latenessPaint(chalk: ChalkInstance, daysOverdue: number): ChalkInstance {
  if (daysOverdue >= 30) return chalk.red.bold;
  if (daysOverdue > 7) return chalk.red;
  return chalk.yellow;
}
