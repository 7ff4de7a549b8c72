// de06 lint [paths…]: schema and semantic rules over the whole plan (DESIGN §4).

import { appendFileSync, existsSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { githubSummary, isLintFormatName, lintFormatters } from '../format/index.js';
import { t } from '../i18n/index.js';
import { lint } from '../lint/lint.js';
import { ALL_RULES } from '../lint/catalog.js';
import { readCodeowners } from '../init/write.js';
import { lintToday, makeContext, OptionError, UsageError, type GlobalOptions } from './context.js';
import { loadWorkingTree } from './load.js';

interface LintOptions {
  format: string;
  strict?: boolean;
  maxWarnings?: string;
  base?: string;
  warningsExitCode?: string;
  quiet?: boolean;
}

export async function run(options: LintOptions, paths: string[], global: GlobalOptions): Promise<number> {
  const ctx = makeContext(global);
  const maxWarnings = options.maxWarnings === undefined ? undefined : Number(options.maxWarnings);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    throw new OptionError(t(ctx.lang, 'cli.lint.bad-max-warnings', { value: options.maxWarnings! }));
  }
  const warningsExitCode = options.warningsExitCode === undefined ? undefined : Number(options.warningsExitCode);
  if (warningsExitCode !== undefined && !(Number.isInteger(warningsExitCode) && warningsExitCode >= 0 && warningsExitCode <= 255)) {
    throw new OptionError(t(ctx.lang, 'diff.cli.bad-exit-code', { value: options.warningsExitCode! }));
  }
  if (!isLintFormatName(options.format)) throw new UsageError(t(ctx.lang, 'cli.bad-format', { value: options.format }));

  const selected = paths.map((p) => {
    // a path that names nothing would lint nothing and pass: a usage error, never a green run
    if (!existsSync(p)) throw new UsageError(t(ctx.lang, 'cli.lint.no-path', { path: p }));
    const rel = relative(ctx.root, resolve(p));
    if (rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel)) throw new UsageError(t(ctx.lang, 'cli.lint.outside', { path: p, root: ctx.root }));
    return rel.split(sep).join('/');
  });
  const only = selected.length === 0 ? undefined : (file: string) => selected.some((s) => s === '' || file === s || file.startsWith(s + '/'));
  const loaded = await loadWorkingTree(ctx);
  const codeowners = await readCodeowners(ctx.root);
  const asOf = lintToday(ctx, loaded.model);
  let base: Awaited<ReturnType<typeof import('./diff.js').baseOf>> | undefined;
  let changed: Map<string, Set<number>> | undefined;
  if (options.base !== undefined) {
    // git (execa) is loaded only when asked for: plain `de06 lint` stays quick to start
    const { baseOf, changedLinesAgainst } = await import('./diff.js');
    base = await baseOf(ctx, options.base, loaded);
    if (options.format === 'github') changed = await changedLinesAgainst(ctx, options.base);
  }
  const result = lint(loaded, { lang: ctx.lang, asOf, excerpts: options.format === 'stylish', ...(only ? { only } : {}), ...(base ? { base } : {}), ...(codeowners ? { codeowners } : {}) });

  // --quiet (as ESLint's): warnings are left out of every format, still counted for --max-warnings
  const shown = options.quiet ? { ...result, problems: result.problems.filter((p) => p.severity === 'error'), warningCount: 0 } : result;
  const formatOptions = {
    lang: ctx.lang,
    color: ctx.color,
    ...(changed ? { changed } : {}),
    ...(options.quiet ? { hiddenWarnings: result.warningCount } : {}),
    rules: ALL_RULES.map((r) => ({ id: r.id, description: r.description[ctx.lang] })),
  };
  ctx.out(lintFormatters[options.format](shown, formatOptions));
  if (options.format === 'github' && process.env.GITHUB_STEP_SUMMARY) {
    appendFileSync(process.env.GITHUB_STEP_SUMMARY, githubSummary(shown, formatOptions));
  }

  const tooManyWarnings = options.strict ? result.warningCount > 0 : maxWarnings !== undefined && result.warningCount > maxWarnings;
  if (tooManyWarnings && result.errorCount === 0 && options.format === 'stylish') {
    ctx.err(t(ctx.lang, 'cli.lint.too-many-warnings', { count: result.warningCount, max: options.strict ? 0 : maxWarnings! }));
  }
  if (result.errorCount > 0 || tooManyWarnings) return 1;
  return result.warningCount > 0 && warningsExitCode !== undefined ? warningsExitCode : 0;
}

