// What the commands that write documents (report, remind) share: the plan loaded with every
// input's bytes (for the input hash), templates looked up in the repository then the package,
// the `--date` and `--format` options, PDF through LibreOffice decided before any work, and the
// files written all at once or not at all.

import { join, relative, resolve } from 'node:path';
import { t } from '../i18n/index.js';
import { toDiagnostics } from '../lint/lint.js';
import { fsFileSource } from '../plan/files.js';
import type { Loaded } from '../plan/load.js';
import type { IsoDate } from '../plan/model.js';
import type { FileSource } from '../plan/source.js';
import type { InputFile } from '../report/provenance.js';
import type { LetterGaps } from '../report/types.js';
import { builtinTemplatesDir, findTemplate, type AnyTemplate, type TemplateKind, type TemplateResult } from '../report/template.js';
import { isValidIsoDate } from '../time/index.js';
import { writeFilesAtomically, type OutputFile } from '../write/atomic.js';
import { docxToPdf, findSoffice } from '../write/pdf.js';
import { UsageError, type Context } from './context.js';
import { loadWorkingTree } from './load.js';

/** The plan read through a source that keeps every file's bytes, for the input hash. */
export async function loadWithInputs(ctx: Context): Promise<{ loaded: Loaded; inputs: InputFile[] }> {
  const files = fsFileSource(ctx.root);
  const inputs: InputFile[] = [];
  const source: FileSource = {
    list: () => files.list(),
    async read(path) {
      const result = await files.read(path);
      if (result.ok) inputs.push({ path, bytes: result.bytes });
      return result;
    },
  };
  return { loaded: await loadWorkingTree(ctx, source), inputs };
}

/** The repository's templates/ first, then the built-in ones (DESIGN §5); a bad one is exit 2. */
export async function templateFor<T extends AnyTemplate>(ctx: Context, kind: TemplateKind): Promise<T> {
  const found = (await findTemplate(kind, [join(ctx.root, 'templates'), builtinTemplatesDir])) as TemplateResult<T>;
  if (found.template) return found.template;
  const first = toDiagnostics(found.problems!, found.source ?? { files: [], positions: new Map(), texts: new Map() }, ctx.lang)[0]!;
  throw new UsageError(t(ctx.lang, 'report.bad-template', { file: shown(first.file), line: first.line, detail: first.message }));
}

/** "docx,xlsx": known names, each once, in the order of `known`. */
export function formatsOf<F extends string>(ctx: Context, value: string, known: readonly F[]): F[] {
  const names = value.split(',').map((s) => s.trim());
  if (names.some((n) => !(known as readonly string[]).includes(n))) {
    throw new UsageError(t(ctx.lang, 'report.bad-format', { value, choices: known.join(', ') }));
  }
  return known.filter((f) => names.includes(f));
}

/** `--date D|blank`: the signing day, null for a blank date line; undefined when not given. */
export function signingDate(ctx: Context, value: string | undefined): IsoDate | null | undefined {
  if (value === undefined) return undefined;
  if (value === 'blank') return null;
  if (!isValidIsoDate(value)) throw new UsageError(t(ctx.lang, 'report.bad-date', { value }));
  return value;
}

/** LibreOffice's soffice when pdf is asked for; without it, exit 2 before anything is done. */
export function pdfConverter(ctx: Context, wanted: boolean): string | undefined {
  if (!wanted) return undefined;
  const soffice = findSoffice();
  if (!soffice) throw new UsageError(t(ctx.lang, 'report.no-soffice'));
  return soffice;
}

/** The PDF of a rendered .docx; a failed conversion is exit 2 with nothing written. */
export async function pdfOf(ctx: Context, soffice: string, docx: Uint8Array, day: IsoDate, path: string): Promise<Uint8Array> {
  const result = await docxToPdf(soffice, docx, day);
  if (!result.ok) throw new UsageError(t(ctx.lang, 'report.pdf-failed', { path: shown(path), reason: result.reason }));
  return result.bytes;
}

/** Writes every file or none and returns their paths; a problem is exit 2 with one line. */
export function writeAll(ctx: Context, files: OutputFile[], force: boolean): string[] {
  const result = writeFilesAtomically(files, { force });
  if (!result.ok) {
    const path = shown(result.path);
    throw new UsageError(result.problem === 'exists' ? t(ctx.lang, 'report.exists', { path }) : t(ctx.lang, 'report.write-failed', { path, reason: result.reason }));
  }
  return result.written;
}

/** A warning on stderr, one line. */
export function warn(ctx: Context, id: string, params?: Record<string, string | number>): void {
  ctx.err(`de06: ${t(ctx.lang, 'report.warning')}: ${t(ctx.lang, id, params)}`);
}

/** Paths are printed relative to the working directory, as a user would type them. */
export function shown(path: string): string {
  return relative(process.cwd(), resolve(path)) || '.';
}

/** One warning naming what units.yaml lacks for the letter, and what the letter does instead. */
export function warnLetterGaps(ctx: Context, gaps: LetterGaps | undefined): void {
  if (!gaps) return;
  warn(ctx, 'report.letter-gaps', { unit: gaps.unit, gaps: gaps.fields.map((f) => t(ctx.lang, `report.gap.${f}`)).join('; ') });
}
