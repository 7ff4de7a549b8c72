// de06 site [--out DIR] [--as-of D] [--force] (DESIGN §4, §5.2): the static dashboard, built from
// the status core as `de06 status` sees the plan, written as one folder at once. --force replaces
// only a folder that de06 site made, never the plan repository or any other folder.

import { existsSync, readdirSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { t } from '../i18n/index.js';
import { VERSION } from '../package.js';
import { buildSite } from '../site/build.js';
import { STYLE_PATH } from '../site/layout.js';
import { buildSiteModel } from '../site/model.js';
import { writeDirectoryAtomically } from '../write/atomic.js';
import { UsageError, type Context, type GlobalOptions } from './context.js';
import { shown } from './documents.js';
import { startMeter } from './meter.js';
import { openPlan } from './status-input.js';

interface SiteOptions {
  out?: string;
  asOf?: string;
  force?: boolean;
}

export async function run(options: SiteOptions, _args: string[], global: GlobalOptions): Promise<number> {
  const { ctx, setup, asOf, lintErrors } = await openPlan(global, options.asOf);
  const target = options.out !== undefined ? resolve(options.out) : join(ctx.root, 'site');
  checkTarget(ctx, target, options.force === true);

  const meter = startMeter(t(ctx.lang, 'site.meter.title'), 3);
  meter.step(t(ctx.lang, 'site.meter.model'));
  const model = buildSiteModel(setup, asOf, lintErrors);
  meter.step(t(ctx.lang, 'site.meter.pages'));
  const files = buildSite(model, { version: VERSION });
  meter.step(t(ctx.lang, 'site.meter.write'));
  const result = writeDirectoryAtomically(target, files, { force: options.force === true });
  meter.done();
  if (!result.ok) {
    const path = shown(result.path);
    throw new UsageError(result.problem === 'exists' ? t(ctx.lang, 'site.exists', { path }) : t(ctx.lang, 'site.write-failed', { path, reason: result.reason }));
  }
  ctx.out(shown(join(target, 'index.html')));
  return 0;
}

/** Nothing is replaced without --force; with it, only an empty folder or an earlier site. */
function checkTarget(ctx: Context, target: string, force: boolean): void {
  const path = shown(target);
  const root = relative(target, ctx.root);
  if (!(root === '..' || root.startsWith('..' + sep) || isAbsolute(root))) {
    throw new UsageError(t(ctx.lang, 'site.holds-plan', { path }));
  }
  if (!existsSync(target)) return;
  if (!force) throw new UsageError(t(ctx.lang, 'site.exists', { path }));
  if (!isSite(target)) throw new UsageError(t(ctx.lang, 'site.not-a-site', { path }));
}

function isSite(dir: string): boolean {
  try {
    const names = readdirSync(dir);
    return names.length === 0 || (existsSync(join(dir, 'index.html')) && existsSync(join(dir, STYLE_PATH)));
  } catch {
    return false;
  }
}

