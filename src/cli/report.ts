// de06 report (--month YYYY-MM | --half YYYY-H1 | --year YYYY) [--unit U] [--out DIR]
// [--format docx,xlsx,json] [--as-of D] [--force] [--allow-invalid] (DESIGN §4, §5): builds the
// report model once, renders the formats asked for, writes them atomically and prints their paths.
// The renderers (docx, exceljs) are imported here only, and only those asked for.

import { join, relative, resolve } from 'node:path';
import { t } from '../i18n/index.js';
import { VERSION } from '../package.js';
import { errorCount, lintFindings, toDiagnostics } from '../lint/lint.js';
import { closest } from '../lint/suggest.js';
import { fsFileSource } from '../plan/files.js';
import type { Loaded } from '../plan/load.js';
import { loadWorkingTree } from './load.js';
import type { FileSource } from '../plan/source.js';
import { headCommit } from '../git/revisions.js';
import { buildReportModel } from '../report/build.js';
import { inputHash, type InputFile } from '../report/provenance.js';
import { checkRequest, reportFileBase, requestPeriod, templateKindOf, type ReportRequest } from '../report/request.js';
import { builtinTemplatesDir, findTemplate, type Template } from '../report/template.js';
import type { ReportKind, ReportModel } from '../report/types.js';
import { existingTarget, writeFilesAtomically, type OutputFile } from '../write/atomic.js';
import type { Plan } from '../plan/model.js';
import { calendarPeriodOf, maxDate, minDate, periodWindow, reportDueDate, workingCalendar, type Period, type WorkingCalendar } from '../time/index.js';
import { lintToday, makeContext, planToday, UsageError, type Context, type GlobalOptions } from './context.js';
import { startMeter, type Meter } from './meter.js';
import { dateOption } from './status-input.js';

interface ReportOptions {
  month?: string;
  half?: string;
  year?: string;
  unit?: string;
  out?: string;
  format?: string;
  asOf?: string;
  force?: boolean;
  allowInvalid?: boolean;
}

const FORMATS = ['docx', 'xlsx', 'json'] as const;
type Format = (typeof FORMATS)[number];
const DEFAULT_FORMATS = 'docx,xlsx';


export async function run(options: ReportOptions, _args: string[], global: GlobalOptions): Promise<number> {
  const ctx = makeContext(global);
  const say = (id: string, params?: Record<string, string | number>) => t(ctx.lang, id, params);
  const request = requestOf(ctx, options);
  const formats = formatsOf(ctx, options.format ?? DEFAULT_FORMATS);
  if (options.asOf !== undefined) dateOption(ctx, '--as-of', options.asOf);
  const toStdout = options.out === undefined && formats.length === 1 && formats[0] === 'json';
  const dir = options.out !== undefined ? resolve(options.out) : join(ctx.root, 'reports', request.period);
  const targets = formats.map((f) => join(dir, `${reportFileBase(request)}.${f}`));
  // checked before the work, and again when writing: nothing is written when one file exists
  const existing = toStdout || options.force ? undefined : existingTarget(targets);
  if (existing) throw new UsageError(say('report.exists', { path: shown(existing) }));

  // read and check, build, then render each format and write them all
  const meter = startMeter(say('report.meter.title'), toStdout ? 2 : 3 + formats.length);
  try {
    return await produce(ctx, meter, { request, options, formats, targets, toStdout });
  } finally {
    meter.done();
  }
}

interface Production {
  request: ReportRequest;
  options: ReportOptions;
  formats: Format[];
  targets: string[];
  toStdout: boolean;
}

async function produce(ctx: Context, meter: Meter, { request, options, formats, targets, toStdout }: Production): Promise<number> {
  const say = (id: string, params?: Record<string, string | number>) => t(ctx.lang, id, params);
  const prepared = await prepare(ctx, request, options, meter);
  if (prepared.lintErrors !== undefined) {
    meter.done();
    ctx.err(`de06: ${say('report.lint-errors', { count: prepared.lintErrors })}`);
    return 1;
  }
  const { report, template } = prepared;
  if (toStdout) {
    meter.done();
    ctx.out(reportJson(report));
    return 0;
  }
  // every file is rendered before any is written: a failing renderer leaves nothing behind
  const files: OutputFile[] = [];
  for (const [i, format] of formats.entries()) {
    meter.step(say('report.meter.render', { format }));
    files.push({ path: targets[i]!, bytes: await render(format, report, template) });
  }
  meter.step(say('report.meter.write'));
  const result = writeFilesAtomically(files, { force: options.force === true });
  meter.done();
  if (!result.ok) {
    const path = shown(result.path);
    throw new UsageError(result.problem === 'exists' ? say('report.exists', { path }) : say('report.write-failed', { path, reason: result.reason }));
  }
  for (const path of result.written) ctx.out(shown(path));
  return 0;
}

type Prepared = { lintErrors: number; report?: undefined; template?: undefined } | { lintErrors?: undefined; report: ReportModel; template: Template };

/**
 * Load, lint, check the request and build the model. The loaded plan (every file's text and
 * data) is needed only here: returning the model alone lets it go before the renderers run,
 * which keeps a yearly report on a large plan within its memory budget (DESIGN §7).
 */
async function prepare(ctx: Context, request: ReportRequest, options: ReportOptions, meter: Meter): Promise<Prepared> {
  meter.step(t(ctx.lang, 'report.meter.load'));
  const { loaded, inputs } = await loadWithInputs(ctx);
  const errors = errorCount(lintFindings(loaded, { asOf: lintToday(ctx, loaded.model) }));
  if (errors > 0 && !options.allowInvalid) return { lintErrors: errors };
  const model = loaded.valid;
  const plan = model.plan;
  if (!plan) throw new UsageError(t(ctx.lang, 'report.no-plan-data'));
  const problem = checkRequest(model, request);
  if (problem) throw new UsageError(requestMessage(ctx, model.units.map((u) => u.id), problem));
  const asOf = options.asOf ?? defaultAsOf(ctx, plan, requestPeriod(request)!, workingCalendar(model.calendar));
  const template = await templateFor(ctx, request);
  const commit = await headCommit(ctx.root);
  meter.step(t(ctx.lang, 'report.meter.build'));
  const report = buildReportModel({
    model,
    request,
    asOf,
    template,
    provenance: { ...(commit.ok ? { commit: commit.value } : {}), inputHash: inputHash(inputs), generatedBy: `de06 ${VERSION}` },
    invalid: errors > 0,
  });
  return { report, template };
}

const OPTION: Record<ReportKind, string> = { monthly: '--month', semiannual: '--half', annual: '--year' };

/** Exactly one of --month, --half, --year, with a period of its shape. */
function requestOf(ctx: Context, options: ReportOptions): ReportRequest {
  const given = ([['monthly', options.month], ['semiannual', options.half], ['annual', options.year]] as const).filter(([, v]) => v !== undefined);
  if (given.length !== 1) throw new UsageError(t(ctx.lang, 'report.one-period'));
  const [kind, period] = given[0]! as [ReportKind, string];
  const request = { kind, period, ...(options.unit !== undefined ? { unit: options.unit } : {}) };
  if (!requestPeriod(request)) throw new UsageError(t(ctx.lang, 'report.bad-period', { option: OPTION[kind], value: period }));
  return request;
}

/** "docx,xlsx,json": known names, each once, in the order docx, xlsx, json. */
function formatsOf(ctx: Context, value: string): Format[] {
  const names = value.split(',').map((s) => s.trim());
  if (names.some((n) => !(FORMATS as readonly string[]).includes(n))) throw new UsageError(t(ctx.lang, 'report.bad-format', { value }));
  return FORMATS.filter((f) => names.includes(f));
}

/**
 * Today in the plan's time zone, but no later than the end of the month in which the units'
 * reports for this period fall due (and never before the period's end). DESIGN §3 caps it at
 * the period's end, but units report on a month after it ("trước ngày 10" of the next month):
 * a July report capped at 31 July would see none of the July reports. This way a report run
 * on 12 August counts every July report and names the missing ones, and the same command run
 * months later still describes July as it stood at the end of August.
 */
function defaultAsOf(ctx: Context, plan: Plan, period: Period, calendar: WorkingCalendar): string {
  const today = planToday(ctx, plan.timezone);
  const periodEnd = periodWindow(period, plan.reporting.window ?? 'calendar').end;
  const due = reportDueDate(period, plan.reporting, calendar);
  const dueMonthEnd = due === undefined ? periodEnd : periodWindow(calendarPeriodOf('month', due), 'calendar').end;
  return minDate(today, maxDate(periodEnd, dueMonthEnd));
}

function requestMessage(ctx: Context, unitIds: string[], problem: NonNullable<ReturnType<typeof checkRequest>>): string {
  if (problem.message === 'report.unknown-unit') {
    const suggestion = closest(problem.params.value, unitIds);
    if (suggestion) return t(ctx.lang, 'report.unknown-unit-suggest', { value: problem.params.value, suggestion });
  }
  return t(ctx.lang, problem.message, problem.params);
}

/** The plan read through a source that keeps every file's bytes, for the input hash. */
async function loadWithInputs(ctx: Context): Promise<{ loaded: Loaded; inputs: InputFile[] }> {
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

/** The repository's templates/ first, then the built-in ones (DESIGN §5). */
async function templateFor(ctx: Context, request: ReportRequest): Promise<Template> {
  const found = await findTemplate(templateKindOf(request), [join(ctx.root, 'templates'), builtinTemplatesDir]);
  if (found.template) return found.template;
  const first = toDiagnostics(found.problems, found.source ?? { files: [], positions: new Map(), texts: new Map() }, ctx.lang)[0]!;
  throw new UsageError(t(ctx.lang, 'report.bad-template', { file: shown(first.file), line: first.line, detail: first.message }));
}

async function render(format: Format, report: ReportModel, template: Template): Promise<Uint8Array> {
  if (format === 'docx') return (await import('../report/render/docx.js')).renderDocx(report, template);
  if (format === 'xlsx') return (await import('../report/render/xlsx.js')).renderXlsx(report, template);
  return new TextEncoder().encode(reportJson(report));
}

function reportJson(report: ReportModel): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Paths are printed relative to the working directory, as a user would type them. */
function shown(path: string): string {
  return relative(process.cwd(), resolve(path)) || '.';
}
