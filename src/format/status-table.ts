// `de06 status` for people: one row per unit, objective group or pillar, worst first, with the
// completion and reporting rates, then the totals and a line that says how the rates are counted.

import { Chalk } from 'chalk';
import { t, type Lang } from '../i18n/index.js';
import { vnShortDate } from '../time/vn-date.js';
import { rates, STATUS_KEYS, type GroupBy, type StatusRow, type StatusTable } from '../status/index.js';
import { percent, renderTable } from './cli-table.js';

export interface StatusFormatOptions {
  lang: Lang;
  color: boolean;
  by: GroupBy;
}

const COUNTS = ['assigned', ...STATUS_KEYS, 'reportsOnTime', 'reportsLate', 'reportsMissing'] as const;
const LABEL_WIDTH = 28;
/** Narrow count columns: their headers wrap onto two lines instead of widening the table. */
const COUNT_WIDTH = 7;

export function statusTable(data: StatusTable, options: StatusFormatOptions): string {
  const { lang } = options;
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const head = [
    t(lang, 'status.col.key'),
    t(lang, `status.by.${options.by}`),
    ...COUNTS.map((c) => t(lang, `status.col.${c}`)),
    t(lang, 'status.col.completion'),
    t(lang, 'status.col.reporting'),
  ];
  const line = (row: StatusRow, bold: boolean) => {
    const r = rates(row);
    const cells = [row.key, row.label, ...COUNTS.map((c) => {
      const text = String(row[c]);
      const bad = (c === 'overdue' || c === 'reportsMissing') && row[c] > 0;
      return bad ? chalk.red(text) : text;
    }), percent(r.completion, lang), percent(r.reporting, lang)];
    return bold ? cells.map((c) => chalk.bold(c)) : cells;
  };
  const rows = [...data.rows.map((row) => line(row, false)), line(data.totals, true)];
  const table = renderTable(head, rows, options.color, [null, LABEL_WIDTH, ...head.slice(2).map(() => COUNT_WIDTH)]);
  return [chalk.bold(t(lang, 'status.heading', { date: vnShortDate(data.asOf) })), table, t(lang, 'status.legend')].join('\n') + '\n';
}
