// `de06 calendar` for people: every due day in the range, by date then unit; a deadline moved off
// a day off says from where. Units are shown by name; the table fits the terminal.

import { Chalk } from 'chalk';
import { t, type Lang } from '../i18n/index.js';
import { vnShortDate } from '../time/vn-date.js';
import type { DeadlineCalendar } from '../status/index.js';
import { clip, renderTable, type Column } from './cli-table.js';
import { occurrenceCell } from './overdue-table.js';

export interface CalendarFormatOptions {
  lang: Lang;
  color: boolean;
  /** a unit's name (or short name) from its id */
  unitName: (id: string) => string;
  /** the terminal's columns */
  width?: number;
}

export function calendarTable(calendar: DeadlineCalendar, options: CalendarFormatOptions): string {
  const { lang } = options;
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const range = { from: vnShortDate(calendar.from), to: vnShortDate(calendar.to) };
  if (calendar.events.length === 0) return t(lang, 'calendar.none', range) + '\n';
  const columns: Column[] = [
    { head: t(lang, 'calendar.col.date') },
    { head: t(lang, 'overdue.col.unit'), wrap: true },
    { head: t(lang, 'overdue.col.task'), optional: true },
    { head: t(lang, 'overdue.col.title'), wrap: true },
    { head: t(lang, 'overdue.col.occurrence'), optional: true },
    { head: t(lang, 'calendar.col.note'), wrap: true, optional: true },
  ];
  const rows = calendar.events.map((e) => {
    const moved = e.date !== e.dueUnrolled ? chalk.dim(t(lang, 'calendar.rolled', { date: vnShortDate(e.dueUnrolled) })) : '';
    return [vnShortDate(e.date), clip(options.unitName(e.unit), 50), e.task ?? '', clip(e.title), occurrenceCell(e, lang), moved];
  });
  const table = renderTable(columns, rows, { color: options.color, ...(options.width ? { width: options.width } : {}) });
  return [chalk.bold(t(lang, 'calendar.heading', { ...range, count: calendar.events.length })), table].join('\n') + '\n';
}
