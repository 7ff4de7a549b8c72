// de06 status: counts by computed status, completion and reporting rates, by unit, objective
// group or pillar (DESIGN §4).

import { statusJson } from '../format/status-json.js';
import { statusTable } from '../format/status-table.js';
import { aggregate, computeObligations, statusItems } from '../status/index.js';
import type { GlobalOptions } from './context.js';
import { choiceOption, openPlan } from './status-input.js';
import { terminalWidth } from './terminal.js';

interface StatusOptions {
  asOf?: string;
  by: string;
  format: string;
  wide?: boolean;
}

export async function run(options: StatusOptions, _args: string[], global: GlobalOptions): Promise<number> {
  const { ctx, setup, asOf } = await openPlan(global, options.asOf);
  const by = choiceOption(ctx, '--by', options.by, ['unit', 'objective', 'pillar'] as const);
  const format = choiceOption(ctx, '--format', options.format, ['table', 'json'] as const);
  const table = aggregate(setup.model, statusItems(setup, { asOf }), computeObligations(setup, { asOf }), by, asOf, ctx.lang);
  ctx.out(format === 'json' ? statusJson(table) : statusTable(table, { lang: ctx.lang, color: ctx.color, by, wide: options.wide === true, width: terminalWidth() }));
  return 0;
}
