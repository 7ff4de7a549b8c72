// `de06 status` for people: one row per unit, objective group or pillar, worst first, with the
// completion and reporting rates, then the totals and a line that says how the rates are counted.
// The default shows what a leader reads first (assigned, done, late, not started, missing
// reports, the two rates); `wide` shows every count and the ids.

import { Chalk } from 'chalk';
import { t, type Lang } from '../i18n/index.js';
import { vnShortDate } from '../time/vn-date.js';
import { rates, STATUS_KEYS, type GroupBy, type StatusRow, type StatusTable } from '../status/index.js';
import { clip, fitLine, percent, renderTable, type Column } from './cli-table.js';

export interface StatusFormatOptions {
  lang: Lang;
  color: boolean;
  by: GroupBy;
  /** every count and the ids, not only the main ones */
  wide?: boolean;
  /** the terminal's columns */
  width?: number;
}

type Count = 'assigned' | (typeof STATUS_KEYS)[number] | 'reportsOnTime' | 'reportsLate' | 'reportsMissing';

const WIDE: Count[] = ['assigned', ...STATUS_KEYS, 'reportsOnTime', 'reportsLate', 'reportsMissing'];
const COMPACT: Count[] = ['assigned', 'done_on_time', 'done_late', 'in_progress', 'overdue', 'not_started', 'reportsMissing'];
/** what is bad news, in red */
const BAD = new Set<Count>(['overdue', 'reportsMissing']);

export function statusTable(data: StatusTable, options: StatusFormatOptions): string {
  const { lang, wide = false } = options;
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const counts = wide ? WIDE : COMPACT;
  const columns: Column[] = [
    ...(wide ? [{ head: t(lang, 'status.col.key'), wrap: true }] : []),
    { head: t(lang, `status.by.${options.by}`), wrap: true },
    ...counts.map((c) => ({ head: t(lang, `status.col.${c}`), align: 'right' as const })),
    { head: t(lang, 'status.col.completion'), align: 'right' },
    { head: t(lang, 'status.col.reporting'), align: 'right' },
  ];
  const line = (row: StatusRow, total: boolean) => {
    const r = rates(row);
    const cells = [
      ...(wide ? [total ? '' : row.key] : []),
      clip(row.label, 50),
      ...counts.map((c) => (BAD.has(c) && row[c] > 0 ? chalk.red(String(row[c])) : String(row[c]))),
      percent(r.completion, lang),
      percent(r.reporting, lang),
    ];
    return total ? cells.map((c) => chalk.bold(c)) : cells;
  };
  const rows = [...data.rows.map((row) => line(row, false)), line(data.totals, true)];
  const table = renderTable(columns, rows, { color: options.color, ...(options.width ? { width: options.width } : {}) });
  const legend = wide ? t(lang, 'status.legend') : t(lang, 'status.legend-compact', { legend: { id: 'status.legend' } });
  return [chalk.bold(t(lang, 'status.heading', { date: vnShortDate(data.asOf) })), table, fitLine(legend, options.width)].join('\n') + '\n';
}
