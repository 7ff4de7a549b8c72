// What the status commands (overdue, status, calendar, progress new) share: the plan loaded and
// its lint errors counted, the as-of day, and their options checked. A bad option is one line
// and exit 2 (UsageError); a plan with lint errors is still used, its valid part only, with one
// line on stderr that says so.

import { t } from '../i18n/index.js';
import { errorCount, lintFindings } from '../lint/lint.js';
import { closest } from '../lint/suggest.js';
import { statusSetup, type StatusSetup } from '../status/index.js';
import { isValidIsoDate } from '../time/index.js';
import { lintToday, makeContext, OptionError, planToday, UsageError, type Context, type GlobalOptions } from './context.js';
import { loadWorkingTree } from './load.js';

export interface OpenedPlan {
  ctx: Context;
  setup: StatusSetup;
  /** --as-of, or today in the plan's time zone (DESIGN §3 "As-of date") */
  asOf: string;
  /** lint errors of the plan; the results cover its valid part only */
  lintErrors: number;
}

export async function openPlan(global: GlobalOptions, asOfOption: string | undefined): Promise<OpenedPlan> {
  const ctx = makeContext(global);
  if (asOfOption !== undefined) dateOption(ctx, '--as-of', asOfOption);
  const loaded = await loadWorkingTree(ctx);
  const errors = errorCount(lintFindings(loaded, { asOf: lintToday(ctx, loaded.model) }));
  const plan = loaded.valid.plan;
  if (!plan) throw new UsageError(t(ctx.lang, 'status.no-plan-data'));
  if (errors > 0) ctx.err(t(ctx.lang, 'status.lint-errors', { count: errors }));
  const setup = statusSetup(loaded.valid, plan);
  return { ctx, setup, asOf: asOfOption ?? planToday(ctx, plan.timezone), lintErrors: errors };
}

/** A real day written YYYY-MM-DD, else exit 2. */
export function dateOption(ctx: Context, option: string, value: string): string {
  if (!isValidIsoDate(value)) throw new OptionError(t(ctx.lang, 'status.bad-date', { option, value }));
  return value;
}

export function choiceOption<C extends string>(ctx: Context, option: string, value: string, choices: readonly C[]): C {
  const found = choices.find((c) => c === value);
  if (!found) throw new OptionError(t(ctx.lang, 'status.bad-choice', { option, value, choices: choices.join(', ') }));
  return found;
}

/** --unit: a unit, or a group standing for its member units; undefined when not given. */
export function unitsOption(ctx: Context, setup: StatusSetup, value: string | undefined): ReadonlySet<string> | undefined {
  if (value === undefined) return undefined;
  const { units, groups } = setup.model;
  const known = [...units.map((u) => u.id), ...groups.map((g) => g.id)];
  if (!known.includes(value)) {
    const suggestion = closest(value, known);
    throw new UsageError(suggestion ? t(ctx.lang, 'status.unknown-unit-suggest', { value, suggestion }) : t(ctx.lang, 'status.unknown-unit', { value }));
  }
  return new Set(setup.expand(value));
}

/** A unit's or group's name from its id, for tables people read (the id when it has none). */
export function unitNames(setup: StatusSetup): (id: string) => string {
  const names = new Map([...setup.model.units, ...setup.model.groups].map((u) => [u.id, u.name]));
  return (id) => names.get(id) ?? id;
}
