// de06 progress new --unit U --period P: drafts plan/progress/U/P.yaml with the unit's open lead
// tasks and their last reported status (DESIGN §4). The file is written atomically and never
// over an existing one: it is linked into place, which fails when the name is taken.

import { join } from 'node:path';
import { writeFilesAtomically } from '../write/atomic.js';
import { t } from '../i18n/index.js';
import { draftProgress, statusItems } from '../status/index.js';
import { diffDays, parsePeriod, PROGRESS_PERIOD, periodLabel, periodWindow, reportDueDate } from '../time/index.js';
import { UsageError, type Context, type GlobalOptions } from './context.js';
import { openPlan, unitsOption } from './status-input.js';

interface ProgressNewOptions {
  unit: string;
  period: string;
  asOf?: string;
}


export async function run(options: ProgressNewOptions, _args: string[], global: GlobalOptions): Promise<number> {
  const { ctx, setup, asOf } = await openPlan(global, options.asOf);
  const { unit, period: periodText } = options;
  unitsOption(ctx, setup, unit);
  const named = setup.model.units.find((u) => u.id === unit);
  if (!named) throw new UsageError(t(ctx.lang, 'progress.unit-is-group', { value: unit }));
  const period = PROGRESS_PERIOD.test(periodText) ? parsePeriod(periodText) : undefined;
  if (!period) throw new UsageError(t(ctx.lang, 'progress.bad-period', { value: periodText }));

  // The checks of lint's date-sanity rule, made before writing, so that the draft passes lint;
  // and no draft for a period not begun, which has nothing to report yet.
  const { plan } = setup;
  const window = periodWindow(period, setup.window);
  if (window.end < plan.period.start || window.start > plan.period.end) {
    throw new UsageError(t(ctx.lang, 'progress.period-outside', { period: periodText, start: plan.period.start, end: plan.period.end }));
  }
  if (asOf < window.start) throw new UsageError(t(ctx.lang, 'progress.too-early', { period: periodText, start: window.start, asOf }));

  // The draft lists what is due by the time this report is due, so the period's own occurrences
  // of recurring tasks are in it.
  const reportDue = reportDueDate(period, plan.reporting, setup.calendar) ?? null;
  const horizonDays = Math.max(0, diffDays(reportDue ?? window.end, asOf));
  const items = statusItems(setup, { asOf, horizonDays }).filter((item) => item.unit === unit);
  const text = draftProgress({
    unit, unitName: named.name, period: periodText, periodLabel: periodLabel(period, ctx.lang), planNumber: plan.number,
    reportDue, items, lang: ctx.lang,
  });
  const file = `plan/progress/${unit}/${periodText}.yaml`;
  writeNew(ctx, file, text);
  ctx.out(file);
  return 0;
}

/** Atomic, and never over an existing file. */
function writeNew(ctx: Context, file: string, text: string): void {
  const result = writeFilesAtomically([{ path: join(ctx.root, file), bytes: new TextEncoder().encode(text) }], { force: false });
  if (result.ok) return;
  if (result.problem === 'exists') throw new UsageError(t(ctx.lang, 'progress.exists', { file }));
  throw new UsageError(t(ctx.lang, 'cli.write-failed', { path: file, reason: result.reason }));
}
