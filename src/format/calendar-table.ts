// `de06 calendar` for people: every due day in the range, by date then unit; a deadline moved off
// a day off says from where.

import { Chalk } from 'chalk';
import { t, type Lang } from '../i18n/index.js';
import { vnShortDate } from '../time/vn-date.js';
import type { DeadlineCalendar } from '../status/index.js';
import { clip, renderTable } from './cli-table.js';

const TITLE_WIDTH = 46;

export function calendarTable(calendar: DeadlineCalendar, options: { lang: Lang; color: boolean }): string {
  const { lang } = options;
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const range = { from: vnShortDate(calendar.from), to: vnShortDate(calendar.to) };
  if (calendar.events.length === 0) return t(lang, 'calendar.none', range) + '\n';
  const head = ['calendar.col.date', 'overdue.col.unit', 'overdue.col.task', 'overdue.col.title', 'overdue.col.occurrence'].map((id) => t(lang, id));
  const rows = calendar.events.map((e) => {
    const moved = e.date !== e.dueUnrolled ? chalk.dim(t(lang, 'calendar.rolled', { date: vnShortDate(e.dueUnrolled) })) : '';
    return [vnShortDate(e.date), e.unit, e.task ?? '', clip(e.title), e.occurrence ?? '', moved];
  });
  const table = renderTable([...head, t(lang, 'calendar.col.note')], rows, options.color, [null, null, null, TITLE_WIDTH]);
  return [chalk.bold(t(lang, 'calendar.heading', { ...range, count: calendar.events.length })), table].join('\n') + '\n';
}
