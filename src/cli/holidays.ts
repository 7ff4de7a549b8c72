// de06 holidays YEAR|FROM-TO…: the statutory days off of years whose official notice is not out
// yet (DESIGN §2.5), as blocks to append to plan/calendar.yaml:
//   de06 holidays 2031 >> plan/calendar.yaml
// It reads no plan: the law and the lunar calendar are the same for every plan.

import { holidaysYaml } from '../format/holidays-yaml.js';
import { t } from '../i18n/index.js';
import type { CalendarYear } from '../plan/model.js';
import { statutoryYear } from '../time/holidays.js';
import { lunarToSolar } from '../time/lunar.js';
import { makeContext, UsageError, type Context, type GlobalOptions } from './context.js';

/** 24/11 is a holiday from 2026 on, so earlier years would be wrong; 2100 bounds the deadline
 * language's years too (schemas/common.schema.json, dueYear). */
const FIRST_YEAR = 2026;
const LAST_YEAR = 2100;

export async function run(_options: object, args: string[], global: GlobalOptions): Promise<number> {
  const ctx = makeContext(global, false);
  const years = [...new Set(args.flatMap((arg) => yearsOf(ctx, arg)))].sort((a, b) => a - b);
  const calendars = years.map((year): [number, CalendarYear] => [year, statutoryYear(year, { tet: lunarToSolar(year, 1, 1), gioTo: lunarToSolar(year, 3, 10) })]);
  ctx.out(holidaysYaml(calendars));
  return 0;
}

function yearsOf(ctx: Context, arg: string): number[] {
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(arg);
  const from = Number(m?.[1]);
  const to = Number(m?.[2] ?? m?.[1]);
  if (!m || from > to || from < FIRST_YEAR || to > LAST_YEAR) {
    throw new UsageError(t(ctx.lang, 'calendar.holidays.bad-year', { value: arg, min: FIRST_YEAR, max: LAST_YEAR }));
  }
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
