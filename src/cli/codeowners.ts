// de06 codeowners [--owner PATTERN] [--check]: the de06 block of CODEOWNERS from units.yaml, and
// the `codeowners-stale` check lint runs when the file exists.

import { join } from 'node:path';
import { t } from '../i18n/index.js';
import { codeownersBlock, isOwnerPattern, ownerPatternOf, withBlock } from '../init/codeowners.js';
import { lintFindings } from '../lint/lint.js';
import { codeownersStale } from '../lint/rules/codeowners-stale.js';
import { readCodeowners } from '../init/write.js';
import type { PlanModel } from '../plan/model.js';
import { writeFilesAtomically } from '../write/atomic.js';
import { lintToday, makeContext, UsageError, type GlobalOptions } from './context.js';
import { loadWorkingTree } from './load.js';

interface CodeownersOptions {
  owner?: string;
  check?: boolean;
}

export async function run(options: CodeownersOptions, _args: string[], global: GlobalOptions): Promise<number> {
  const ctx = makeContext(global);
  if (options.owner !== undefined && !isOwnerPattern(options.owner)) throw new UsageError(t(ctx.lang, 'codeowners.bad-owner', { value: options.owner }));
  const loaded = await loadWorkingTree(ctx);
  const model = loaded.valid;
  const existing = await readCodeowners(ctx.root);
  if (options.check && !existing) {
    ctx.err(t(ctx.lang, 'codeowners.missing'));
    return 1;
  }
  const path = existing?.path ?? 'CODEOWNERS';
  const owner = options.owner ?? (existing ? ownerPatternOf(existing.text) : undefined);
  const block = codeownersBlock({ units: model.units, ...standing(model), ...(owner ? { owner } : {}) });
  const text = withBlock(existing?.text, block);
  if (text === existing?.text) {
    ctx.out(t(ctx.lang, 'codeowners.current', { path }));
    return 0;
  }
  if (options.check) {
    const [finding] = lintFindings(loaded, { asOf: lintToday(ctx, model), codeowners: existing! }).filter((f) => f.rule === codeownersStale.id);
    ctx.err(finding ? t(ctx.lang, finding.message, finding.params) : t(ctx.lang, 'codeowners.stale.other'));
    return 1;
  }
  // the file is the repository's: replaced whole or not at all
  const written = writeFilesAtomically([{ path: join(ctx.root, path), bytes: new TextEncoder().encode(text) }], { force: true });
  if (!written.ok) throw new UsageError(t(ctx.lang, 'cli.write-failed', { path, reason: written.problem === 'failed' ? written.reason : 'EEXIST' }));
  ctx.out(t(ctx.lang, 'codeowners.wrote', { path }));
  return 0;
}

function standing(model: PlanModel): { standingUnit?: string } {
  return model.plan ? { standingUnit: model.plan.standing_unit } : {};
}
