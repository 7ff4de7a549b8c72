// de06 progress form (--unit U… | --all) --period P [--out DIR] [--force] [--as-of D] (DESIGN §2.7,
// §4): the Excel progress form of each unit, prefilled from the plan. Every workbook is rendered
// before any is written, and they are written together or not at all.

import { join, resolve } from 'node:path';
import { t } from '../i18n/index.js';
import { headCommit } from '../git/revisions.js';
import { reportingUnits, type StatusSetup } from '../status/index.js';
import { parsePeriod, periodWindow, PROGRESS_PERIOD } from '../time/index.js';
import type { OutputFile } from '../write/atomic.js';
import { UsageError, type Context, type GlobalOptions } from './context.js';
import { shown, writeAll } from './documents.js';
import { startMeter } from './meter.js';
import { openPlan, unitsOption } from './status-input.js';

interface FormOptions {
  unit?: string[];
  all?: boolean;
  period: string;
  out?: string;
  force?: boolean;
  asOf?: string;
}

export async function run(options: FormOptions, _args: string[], global: GlobalOptions): Promise<number> {
  const { ctx, setup, asOf } = await openPlan(global, options.asOf);
  const say = (id: string, params?: Record<string, string | number>) => t(ctx.lang, id, params);
  if ((options.all === true) === (options.unit !== undefined)) throw new UsageError(say('form.cli.unit-or-all'));
  const period = PROGRESS_PERIOD.test(options.period) ? parsePeriod(options.period) : undefined;
  if (!period) throw new UsageError(say('progress.bad-period', { value: options.period }));
  const { plan } = setup;
  const window = periodWindow(period, setup.window);
  if (window.end < plan.period.start || window.start > plan.period.end) {
    throw new UsageError(say('progress.period-outside', { period: options.period, start: plan.period.start, end: plan.period.end }));
  }
  const units = options.all ? reportingUnits(plan, setup.expand) : chosenUnits(ctx, setup, options.unit!);
  if (units.length === 0) throw new UsageError(say('form.cli.no-units', { from: String(plan.reporting?.from ?? '') }));

  const commit = await headCommit(ctx.root);
  const { buildForm, formBasis } = await import('../forms/model.js');
  const { renderForm } = await import('../forms/write.js');
  const dir = options.out !== undefined ? resolve(options.out) : join(ctx.root, 'forms', options.period);
  const meter = startMeter(say('form.meter.title'), units.length);
  const files: OutputFile[] = [];
  const basis = formBasis(setup, options.period, asOf);
  for (const unit of units) {
    meter.step(unit);
    const form = buildForm(setup, basis, { unit, commit: commit.ok ? commit.value : '' });
    files.push({ path: join(dir, `${unit}.xlsx`), bytes: await renderForm(form) });
  }
  meter.done();
  for (const path of writeAll(ctx, files, options.force === true)) ctx.out(shown(path));
  return 0;
}

/** --unit: units, or groups standing for their members; never a unit twice. */
function chosenUnits(ctx: Context, setup: StatusSetup, values: string[]): string[] {
  const chosen = new Set<string>();
  for (const value of values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean)) {
    for (const unit of unitsOption(ctx, setup, value)!) chosen.add(unit);
  }
  return [...chosen];
}
