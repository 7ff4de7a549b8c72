// de06 diff [BASE [HEAD]]: what a pull request changes in the plan (DESIGN §4). Also the pieces
// `lint --base` needs: the plan at a revision, the amendment findings and the changed lines.

import type { DiffResult } from '../diff/describe.js';
import { diffPlans } from '../diff/diff.js';
import { diffJson } from '../format/diff-json.js';
import { diffMarkdown } from '../format/diff-markdown.js';
import { diffText } from '../format/diff-text.js';
import { changedLines, type ChangedLines } from '../git/changed-lines.js';
import { defaultBranch, mergeBase } from '../git/revisions.js';
import type { GitResult } from '../git/run.js';
import { gitFileSource } from '../git/source.js';
import { t, type Lang } from '../i18n/index.js';
import type { Change } from '../diff/change.js';
import type { PlanModel } from '../plan/model.js';
import { loadPlan, type Loaded } from '../plan/load.js';
import { toDiagnostics } from '../lint/lint.js';
import { makeContext, UsageError, type Context, type GlobalOptions } from './context.js';
import { loadWorkingTree } from './load.js';

const FORMATS = {
  text: diffText,
  markdown: diffMarkdown,
  json: diffJson,
} satisfies Record<string, (result: DiffResult, options: { lang: Lang }) => string>;

interface DiffOptions {
  format: string;
}

export async function run(options: DiffOptions, revisions: string[], global: GlobalOptions): Promise<number> {
  const ctx = makeContext(global);
  if (!Object.hasOwn(FORMATS, options.format)) throw new UsageError(t(ctx.lang, 'cli.bad-format', { value: options.format }));
  const [baseRev, headRev] = revisions;
  const base = baseRev ?? (await defaultBase(ctx)).slice(0, 12);
  const before = await loadRevision(ctx, base);
  const after = headRev === undefined ? await loadWorkingTree(ctx) : await loadRevision(ctx, headRev);
  const result: DiffResult = { base, ...(headRev === undefined ? {} : { head: headRev }), changes: diffPlans(before.valid, after.valid) };
  ctx.out(FORMATS[options.format as keyof typeof FORMATS](result, { lang: ctx.lang }));
  return 0;
}

/** The merge base of HEAD with the default branch: what a pull request would be compared with. */
async function defaultBase(ctx: Context): Promise<string> {
  const branch = orFail(ctx, await defaultBranch(ctx.root));
  return orFail(ctx, await mergeBase(ctx.root, branch, 'HEAD'));
}

/**
 * The plan as it was at `rev`. A revision without a plan is refused: compared with it, the whole
 * plan would look added. One whose files do not all read is used, with one line on stderr naming
 * the first problem, because what those files hold would otherwise look added or removed.
 */
export async function loadRevision(ctx: Context, rev: string): Promise<Loaded> {
  const source = orFail(ctx, await gitFileSource(ctx.root, rev));
  const loaded = await loadPlan(ctx.root, source);
  if (loaded.findings.some((f) => f.rule === 'missing-file' && f.file === 'plan/plan.yaml')) {
    throw new UsageError(t(ctx.lang, 'diff.no-plan-at', { rev }));
  }
  const errors = loaded.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    const first = toDiagnostics(errors, loaded.model, ctx.lang)[0]!;
    ctx.err(`de06: ${t(ctx.lang, 'diff.broken-at', { rev, count: errors.length, file: first.file, line: first.line, detail: first.message })}`);
  }
  return loaded;
}

/** For `lint --base REV`: the plan at `rev` and what the working tree changes in it, for the
 * amendment rules. */
export async function baseOf(ctx: Context, rev: string, head: Loaded): Promise<{ model: PlanModel; changes: Change[] }> {
  const base = await loadRevision(ctx, rev);
  return { model: base.valid, changes: diffPlans(base.valid, head.valid) };
}

/** For `lint --base REV --format github`: the lines the pull request changed. */
export async function changedLinesAgainst(ctx: Context, rev: string): Promise<ChangedLines> {
  return orFail(ctx, await changedLines(ctx.root, rev));
}

function orFail<T>(ctx: Context, result: GitResult<T>): T {
  if (result.ok) return result.value;
  throw new UsageError(t(ctx.lang, result.error.message, result.error.params));
}
