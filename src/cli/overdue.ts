// de06 overdue: which unit is late with what, as of a day (DESIGN §4).

import { overdueCsv } from '../format/overdue-csv.js';
import { overdueJson } from '../format/overdue-json.js';
import { overdueTable } from '../format/overdue-table.js';
import { t } from '../i18n/index.js';
import { computeObligations, overdueList, statusItems } from '../status/index.js';
import { OptionError, type GlobalOptions } from './context.js';
import { choiceOption, openPlan, unitNames, unitsOption } from './status-input.js';
import { terminalWidth } from './terminal.js';

interface OverdueOptions {
  asOf?: string;
  unit?: string;
  within?: string;
  format: string;
  failOnOverdue?: boolean;
}

const FORMATS = ['table', 'json', 'csv'] as const;

/** Ten years ahead is past the end of any plan; beyond it dates leave the calendar (year 9999). */
const MAX_WITHIN_DAYS = 3650;

export async function run(options: OverdueOptions, _args: string[], global: GlobalOptions): Promise<number> {
  const { ctx, setup, asOf } = await openPlan(global, options.asOf);
  const format = choiceOption(ctx, '--format', options.format, FORMATS);
  const within = options.within === undefined ? undefined : Number(options.within);
  if (within !== undefined && !(/^\d+$/.test(options.within!) && within <= MAX_WITHIN_DAYS)) {
    throw new OptionError(t(ctx.lang, 'overdue.bad-within', { value: options.within! }));
  }
  const units = unitsOption(ctx, setup, options.unit);

  const items = statusItems(setup, { asOf, horizonDays: within ?? 0 });
  const obligations = computeObligations(setup, { asOf, horizonDays: within ?? 0 });
  const list = overdueList(items, obligations, { asOf, lang: ctx.lang, ...(within !== undefined ? { within } : {}), ...(units ? { units } : {}) });

  if (format === 'json') ctx.out(overdueJson(list));
  else if (format === 'csv') ctx.out(overdueCsv(list, { lang: ctx.lang }));
  else ctx.out(overdueTable(list, { lang: ctx.lang, color: ctx.color, unitName: unitNames(setup), width: terminalWidth(), ...(within !== undefined ? { within } : {}) }));
  return options.failOnOverdue && list.items.length > 0 ? 1 : 0;
}
