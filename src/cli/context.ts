// What every command needs from the command line and the environment: the root, the language,
// colour, the clock. Only src/cli/ reads these; the core receives them as arguments.

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { langFrom, t, type Lang } from '../i18n/index.js';
import type { IsoDate } from '../plan/model.js';
// only these two: `de06 --help` should not load the rest of time/
import { isValidIsoDate } from '../time/date.js';
import { isKnownTimeZone, todayIn } from '../time/today.js';

export interface GlobalOptions {
  root?: string;
  lang?: string;
  color?: boolean;
  /** false with --no-cache */
  cache?: boolean;
}

export interface Context {
  root: string;
  lang: Lang;
  color: boolean;
  /** read and keep the parse cache (src/plan/cache.ts) */
  cache: boolean;
  now: Date;
  out: (text: string) => void;
  err: (text: string) => void;
}

/** A failure the user can act on: printed as one line, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
  }
}

/** An option given a value it cannot take: a UsageError followed by a pointer to the command's help. */
export class OptionError extends UsageError {}

export function languageOf(options: GlobalOptions): Lang {
  return langFrom(options.lang ?? process.env.DE06_LANG);
}

/** The nearest ancestor of `from` that holds plan/plan.yaml. */
export function findRoot(from: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'plan', 'plan.yaml'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** An ISO 8601 instant with its offset: without one, the same text would name a different
 * instant on every machine (DESIGN §7). */
const INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;

/** The current instant. DE06_NOW (an ISO instant) pins it, so that tests and reproductions can
 * ask what de06 said on a given day without --as-of. */
function clock(lang: Lang): Date {
  const pinned = process.env.DE06_NOW;
  if (pinned === undefined || pinned === '') return new Date();
  const match = INSTANT.exec(pinned);
  // Date() would roll 2026-02-30 over into March: the day itself must exist
  if (!match || !isValidIsoDate(match[1])) throw new UsageError(t(lang, 'cli.bad-now', { value: pinned }));
  return new Date(pinned);
}

/** Today in the plan's time zone (DESIGN §3), never the machine's; exit 2 when the zone is unknown. */
export function planToday(ctx: Context, timeZone: string): IsoDate {
  const today = todayIn(timeZone, ctx.now);
  if (!today.ok) throw new UsageError(t(ctx.lang, 'cli.bad-timezone', { zone: String(timeZone) }));
  return today.date;
}

/** Today for the rules: in the plan's zone, or in Vietnam's when the plan's zone is itself the
 * error being reported (date-sanity says so in the same run). */
export function lintToday(ctx: Context, model: { plan?: { timezone?: string } }): IsoDate {
  const zone = model.plan?.timezone;
  return planToday(ctx, zone && isKnownTimeZone(zone) ? zone : 'Asia/Ho_Chi_Minh');
}

export function makeContext(options: GlobalOptions, needsPlan = true): Context {
  const lang = languageOf(options);
  let root = options.root ? resolve(options.root) : findRoot(process.cwd());
  if (options.root && needsPlan && !existsSync(join(root!, 'plan', 'plan.yaml'))) {
    throw new UsageError(t(lang, 'cli.no-plan-at', { root: root! }));
  }
  if (!root) {
    if (needsPlan) throw new UsageError(t(lang, 'cli.no-plan', { cwd: process.cwd() }));
    root = process.cwd();
  }
  const color = options.color !== false && !process.env.NO_COLOR && process.stdout.isTTY === true;
  return {
    root,
    lang,
    color,
    cache: options.cache !== false,
    now: clock(lang),
    out: (text) => void process.stdout.write(text.endsWith('\n') || text === '' ? text : text + '\n'),
    err: (text) => void process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
  };
}
