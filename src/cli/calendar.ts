// de06 calendar: every deadline and occurrence in a range, per unit; ics for calendar apps
// (DESIGN §4). The range defaults to the as-of day through the plan's last day, so that a unit
// subscribing to its calendar sees every deadline still ahead.

import { calendarIcs } from '../format/calendar-ics.js';
import { calendarJson } from '../format/calendar-json.js';
import { calendarTable } from '../format/calendar-table.js';
import { t } from '../i18n/index.js';
import { deadlineCalendar } from '../status/index.js';
import { UsageError, type GlobalOptions } from './context.js';
import { choiceOption, dateOption, openPlan, unitNames, unitsOption } from './status-input.js';
import { terminalWidth } from './terminal.js';

interface CalendarOptions {
  asOf?: string;
  from?: string;
  to?: string;
  unit?: string;
  format: string;
}

export async function run(options: CalendarOptions, _args: string[], global: GlobalOptions): Promise<number> {
  const { ctx, setup, asOf } = await openPlan(global, options.asOf);
  const format = choiceOption(ctx, '--format', options.format, ['table', 'ics', 'json'] as const);
  const from = options.from === undefined ? asOf : dateOption(ctx, '--from', options.from);
  const to = options.to === undefined ? setup.plan.period.end : dateOption(ctx, '--to', options.to);
  if (from > to) throw new UsageError(t(ctx.lang, 'calendar.bad-range', { from, to }));
  const units = unitsOption(ctx, setup, options.unit);
  const unitName = unitNames(setup);
  const calendar = deadlineCalendar(setup, { from, to, asOf, lang: ctx.lang, ...(units ? { units } : {}) });

  if (format === 'json') {
    ctx.out(calendarJson({ asOf, ...calendar }));
  } else if (format === 'ics') {
    const plan = setup.plan.number ?? setup.plan.id;
    const name = options.unit ? t(ctx.lang, 'calendar.name-units', { plan, units: unitName(options.unit) }) : t(ctx.lang, 'calendar.name', { plan });
    ctx.out(calendarIcs(calendar, { lang: ctx.lang, asOf, planId: setup.plan.id, name, timeZone: setup.plan.timezone, unitName }));
  } else {
    ctx.out(calendarTable(calendar, { lang: ctx.lang, color: ctx.color, unitName, width: terminalWidth() }));
  }
  return 0;
}
