// de06 init [DIR]: a new plan repository that passes `de06 lint` at once (DESIGN §4).

import { resolve } from 'node:path';
import { t } from '../i18n/index.js';
import { scaffoldFiles } from '../init/scaffold.js';
import { hasEntries, readPackageFiles, writeScaffold } from '../init/write.js';
import { makeContext, UsageError, type GlobalOptions } from './context.js';

interface InitOptions {
  force?: boolean;
  owner?: string;
}

export async function run(options: InitOptions, args: string[], global: GlobalOptions): Promise<number> {
  const ctx = makeContext(global, false);
  const dir = resolve(args[0] ?? '.');
  if (!options.force && (await hasEntries(dir))) throw new UsageError(t(ctx.lang, 'init.not-empty', { dir }));
  const { written, kept } = await writeScaffold(dir, scaffoldFiles(await readPackageFiles(), options.owner));
  for (const path of written) ctx.out(t(ctx.lang, 'init.wrote', { path }));
  for (const path of kept) ctx.out(t(ctx.lang, 'init.kept', { path }));
  ctx.out(t(ctx.lang, 'init.done', { count: written.length, dir }));
  return 0;
}
