// `de06 overdue` for people: what is overdue, worst first, coloured by how late; then, with
// --within, what falls due next. Units are shown by name; the table fits the terminal.

import { Chalk, type ChalkInstance } from 'chalk';
import { t, type Lang } from '../i18n/index.js';
import { vnShortDate } from '../time/vn-date.js';
import type { OverdueEntry, OverdueList, UpcomingEntry } from '../status/index.js';
import { addDays } from '../time/index.js';
import { clip, renderTable, type Column } from './cli-table.js';

export interface OverdueFormatOptions {
  lang: Lang;
  color: boolean;
  /** the --within days, when given: the upcoming section is shown */
  within?: number;
  /** a unit's name (or short name) from its id */
  unitName: (id: string) => string;
  /** the terminal's columns */
  width?: number;
}

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
  { lang, color, unitName, width }: OverdueFormatOptions,
): string {
  const columns: Column[] = [
    { head: t(lang, 'overdue.col.no'), align: 'right' },
    { head: t(lang, 'overdue.col.unit'), wrap: true },
    { head: t(lang, 'overdue.col.task'), optional: true },
    { head: t(lang, 'overdue.col.title'), wrap: true },
    { head: t(lang, 'overdue.col.occurrence'), optional: true },
    { head: t(lang, 'overdue.col.due') },
    { head: t(lang, daysHeader), align: 'right' },
    { head: t(lang, 'overdue.col.status'), wrap: true },
  ];
  const rows = entries.map((e, i) => {
    const p = paint(e);
    const cells = [String(i + 1), clip(unitName(e.unit), 50), e.task ?? '', clip(e.title), occurrenceCell(e, lang)];
    return [...cells, p(vnShortDate(e.due)), p(String(days(e))), t(lang, `overdue.state.${e.status}`)];
  });
  return renderTable(columns, rows, { color, ...(width ? { width } : {}) });
}

/**
 * Which occurrence of a recurring or event-triggered task; nothing for a report, whose title
 * already names its period ("Báo cáo tháng 6/2026").
 */
export function occurrenceCell(e: { kind: 'task' | 'report'; occurrence: string | null }, lang: Lang): string {
  if (e.kind === 'report' || e.occurrence === null) return '';
  const event = /^event:(\d{4}-\d{2}-\d{2})$/.exec(e.occurrence);
  return event ? t(lang, 'overdue.occurrence.event', { date: vnShortDate(event[1]!) }) : e.occurrence;
}

/** A week late is yellow, more is red, a month or more is bold red. */
function latenessPaint(chalk: ChalkInstance, daysOverdue: number): ChalkInstance {
  if (daysOverdue >= 30) return chalk.red.bold;
  if (daysOverdue > 7) return chalk.red;
  return chalk.yellow;
}
