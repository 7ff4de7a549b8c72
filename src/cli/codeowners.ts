// de06 codeowners [--owner PATTERN] [--check]: the de06 block of CODEOWNERS from units.yaml, and
// the `codeowners-stale` check lint runs when the file exists.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { t } from '../i18n/index.js';
import { codeownersBlock, ownerPatternOf, withBlock } from '../init/codeowners.js';
import { lintFindings } from '../lint/lint.js';
import { codeownersStale } from '../lint/rules/codeowners-stale.js';
import { readCodeowners } from '../init/write.js';
import type { PlanModel } from '../plan/model.js';
import { lintToday, makeContext, type GlobalOptions } from './context.js';
import { loadWorkingTree } from './load.js';

interface CodeownersOptions {
  owner?: string;
  check?: boolean;
}

export async function run(options: CodeownersOptions, _args: string[], global: GlobalOptions): Promise<number> {
  const ctx = makeContext(global);
  const loaded = await loadWorkingTree(ctx);
  const model = loaded.valid;
  const existing = await readCodeowners(ctx.root);
  const path = existing?.path ?? 'CODEOWNERS';
  const owner = options.owner ?? (existing ? ownerPatternOf(existing.text) : undefined);
  const block = codeownersBlock({ units: model.units, ...standing(model), ...(owner ? { owner } : {}) });
  const text = withBlock(existing?.text, block);
  if (text === existing?.text) {
    ctx.out(t(ctx.lang, 'codeowners.current', { path }));
    return 0;
  }
  if (options.check) {
    const [finding] = existing ? lintFindings(loaded, { asOf: lintToday(ctx, model), codeowners: existing }).filter((f) => f.rule === codeownersStale.id) : [];
    ctx.err(finding ? t(ctx.lang, finding.message, finding.params) : t(ctx.lang, 'codeowners.stale.other'));
    return 1;
  }
  await writeFile(join(ctx.root, path), text);
  ctx.out(t(ctx.lang, 'codeowners.wrote', { path }));
  return 0;
}

function standing(model: PlanModel): { standingUnit?: string } {
  return model.plan ? { standingUnit: model.plan.standing_unit } : {};
}
