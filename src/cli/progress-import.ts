// de06 progress import FILE.xlsx… [--dry-run] [--force] [--format stylish|json|github] (DESIGN
// §2.7, §4): filled forms checked against the plan and written as progress files. A form is
// written only when it is valid as a whole, atomically, and never over a different file without
// --force; a form imported again unchanged gives the same bytes and is left as it is.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { t, translate } from '../i18n/index.js';
import { changeLine } from '../format/diff-text.js';
import { importGithub } from '../format/import-github.js';
import { importJson } from '../format/import-json.js';
import { importStylish } from '../format/import-stylish.js';
import type { FormAction, ImportProblem, ImportReport } from '../format/import-types.js';
import { valueText } from '../diff/describe.js';
import { importForms, type CellProblem, type FormInput, type ImportedForm } from '../forms/import.js';
import { progressChanges } from '../forms/changes.js';
import { MAX_FORM_BYTES } from '../forms/package.js';
import { fsFileSource, readPlanFile } from '../plan/files.js';
import { writeFilesAtomically } from '../write/atomic.js';
import { parseCacheFor } from './load.js';
import { lintToday, makeContext, OptionError, UsageError, type Context, type GlobalOptions } from './context.js';

interface ImportOptions {
  dryRun?: boolean;
  force?: boolean;
  format: string;
}

const FORMATS = ['stylish', 'json', 'github'] as const;

export async function run(options: ImportOptions, files: string[], global: GlobalOptions): Promise<number> {
  const ctx = makeContext(global);
  const format = FORMATS.find((f) => f === options.format);
  if (!format) throw new OptionError(t(ctx.lang, 'status.bad-choice', { option: '--format', value: options.format, choices: FORMATS.join(', ') }));
  const inputs: FormInput[] = files.map((name) => ({ name, bytes: readForm(name) }));
  const cache = parseCacheFor(ctx);
  const results = await importForms(inputs, { root: ctx.root, source: fsFileSource(ctx.root), ...(cache ? { cache } : {}), today: (model) => lintToday(ctx, model) });

  const report: ImportReport = { forms: [], problems: [], errorCount: 0, warningCount: 0 };
  for (const result of results) {
    const problems = result.problems.map((p) => worded(ctx, p));
    const action = settle(ctx, result, options, problems);
    report.problems.push(...problems);
    report.forms.push({
      file: result.name,
      ...(result.identity ? { unit: result.identity.unit, period: result.identity.period } : {}),
      ...(result.path ? { path: result.path } : {}),
      action,
      ...(result.yaml && (action === 'would-write' || format !== 'stylish') ? { yaml: result.yaml } : {}),
      ...(action !== 'refused' && result.existing && result.changes?.length ? { changes: changeLines(ctx, result) } : {}),
    });
  }
  report.errorCount = report.problems.filter((p) => p.severity === 'error').length;
  report.warningCount = report.problems.length - report.errorCount;
  ctx.out((format === 'json' ? importJson : format === 'github' ? importGithub : importStylish)(report, { lang: ctx.lang }).replace(/\n$/, ''));
  return report.errorCount > 0 ? 1 : 0;
}

/** The form file's bytes, opened as plan files are (never through a link), or why not. */
function readForm(name: string): FormInput['bytes'] {
  const read = readPlanFile(resolve(name), MAX_FORM_BYTES);
  if (read.ok) return read.bytes;
  return { problem: read.reason };
}

/** Writes a valid form's file (unless --dry-run) and says what became of it. */
function settle(ctx: Context, result: ImportedForm, options: ImportOptions, problems: ImportProblem[]): FormAction {
  if (!result.yaml || !result.path) return 'refused';
  const bytes = new TextEncoder().encode(result.yaml);
  const target = join(ctx.root, result.path);
  const current = existingBytes(target);
  if (current && Buffer.from(current).equals(Buffer.from(bytes))) return 'unchanged';
  if (current && !options.force) {
    problems.push(worded(ctx, { file: result.name, severity: 'error', rule: 'form-file', message: 'form.import.exists-error', params: { path: result.path } }));
    return 'refused';
  }
  if (options.dryRun) return 'would-write';
  const written = writeFilesAtomically([{ path: target, bytes }], { force: options.force === true });
  if (written.ok) return 'written';
  if (written.problem === 'exists') problems.push(worded(ctx, { file: result.name, severity: 'error', rule: 'form-file', message: 'form.import.exists-error', params: { path: result.path } }));
  else throw new UsageError(t(ctx.lang, 'cli.write-failed', { path: result.path, reason: written.reason }));
  return 'refused';
}

function existingBytes(path: string): Uint8Array | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

function worded(ctx: Context, p: CellProblem): ImportProblem {
  const { message, fix } = translate(ctx.lang, p.message, p.params);
  return { file: p.file, ...(p.sheet ? { sheet: p.sheet } : {}), ...(p.cell ? { cell: p.cell } : {}), severity: p.severity, rule: p.rule, message, ...(fix ? { fix } : {}) };
}

/** `de06 diff`'s line for the file, then one line per field that changes. */
function changeLines(ctx: Context, result: ImportedForm): string[] {
  const lines = (result.changes ?? []).map((c) => changeLine(c, ctx.lang));
  for (const change of progressChanges(result.existing!, result.document!)) {
    const subject = change.task ? t(ctx.lang, 'diff.subject.task', { id: change.task }) : t(ctx.lang, 'diff.subject.progress', { unit: result.identity!.unit, period: result.identity!.period });
    const field = t(ctx.lang, change.field);
    const mark = change.from === undefined ? '+' : change.to === undefined ? '-' : '~';
    lines.push(`${mark} ${subject} · ${field}: ${valueText(change.from, ctx.lang)} → ${valueText(change.to, ctx.lang)}`);
  }
  return lines;
}
