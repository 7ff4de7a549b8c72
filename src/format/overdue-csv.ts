// `de06 overdue --format csv`, for Excel: UTF-8 with a BOM (without it Excel reads Vietnamese as
// Windows-1252), CRLF line ends and RFC 4180 quoting. Text that Excel would run as a formula
// (beginning with = + - @, a tab or a CR) is prefixed with a single quote (OWASP "CSV injection").
// Overdue rows come first, then upcoming ones; each row has both day columns, one left empty.

import { t, type Lang } from '../i18n/index.js';
import type { OverdueList } from '../status/index.js';

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export function overdueCsv(list: OverdueList, options: { lang: Lang }): string {
  const say = (id: string) => t(options.lang, id);
  const head = ['overdue.col.kind', 'overdue.col.unit', 'overdue.col.task', 'overdue.col.title', 'overdue.col.occurrence', 'overdue.col.due', 'overdue.col.days-overdue', 'overdue.col.days-left', 'overdue.col.status'].map(say);
  const rows: (string | number)[][] = [
    ...list.items.map((e) => [say(`overdue.kind.${e.kind}`), e.unit, e.task ?? '', e.title, e.occurrence ?? '', e.due, e.daysOverdue, '', say(`overdue.state.${e.status}`)]),
    ...list.upcoming.map((e) => [say(`overdue.kind.${e.kind}`), e.unit, e.task ?? '', e.title, e.occurrence ?? '', e.due, '', e.daysLeft, say(`overdue.state.${e.status}`)]),
  ];
  return BOM + [head, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** One RFC 4180 field; numbers as they are, text neutralised and quoted when it needs it. */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
