// de06 report (--month YYYY-MM | --half YYYY-H1 | --year YYYY) [--unit U] [--out DIR]
// [--format docx,xlsx,pdf,json] [--as-of D] [--date D|blank] [--force] [--allow-invalid]
// (DESIGN §4, §5): builds the report model once, renders the formats asked for, writes them
// atomically and prints their paths. The renderers (docx, exceljs) are imported here only, and
// only those asked for; pdf is the docx through LibreOffice.

import { join, resolve } from 'node:path';
import { t } from '../i18n/index.js';
import { VERSION } from '../package.js';
import { errorCount, lintFindings } from '../lint/lint.js';
import { closest } from '../lint/suggest.js';
import { headCommit } from '../git/revisions.js';
import { buildReportModel } from '../report/build.js';
import { yearOf } from '../report/letter.js';
import { inputHash } from '../report/provenance.js';
import { checkRequest, reportFileBase, requestPeriod, templateKindOf, type ReportRequest } from '../report/request.js';
import type { Template } from '../report/template.js';
import type { ReportKind, ReportModel } from '../report/types.js';
import { existingTarget, type OutputFile } from '../write/atomic.js';
import type { Plan } from '../plan/model.js';
import { calendarPeriodOf, maxDate, minDate, parsePeriod, periodLabel, periodWindow, reportDueDate, vnTextDate, workingCalendar, type Period, type WorkingCalendar } from '../time/index.js';
import { lintToday, makeContext, planToday, UsageError, type Context, type GlobalOptions } from './context.js';
import { formatsOf, loadWithInputs, pdfConverter, pdfOf, shown, signingDate, templateFor, warn, warnLetterGaps, writeAll } from './documents.js';
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
  date?: string;
  force?: boolean;
  allowInvalid?: boolean;
}

const FORMATS = ['docx', 'xlsx', 'pdf', 'json'] as const;
type Format = (typeof FORMATS)[number];
const DEFAULT_FORMATS = 'docx,xlsx';

export async function run(options: ReportOptions, _args: string[], global: GlobalOptions): Promise<number> {
  const ctx = makeContext(global);
  const say = (id: string, params?: Record<string, string | number>) => t(ctx.lang, id, params);
  const request = requestOf(ctx, options);
  const formats = formatsOf(ctx, options.format ?? DEFAULT_FORMATS, FORMATS);
  if (options.asOf !== undefined) dateOption(ctx, '--as-of', options.asOf);
  const date = signingDate(ctx, options.date);
  const soffice = pdfConverter(ctx, formats.includes('pdf'));
  const toStdout = options.out === undefined && formats.length === 1 && formats[0] === 'json';
  const dir = options.out !== undefined ? resolve(options.out) : join(ctx.root, 'reports', request.period);
  const targets = formats.map((f) => join(dir, `${reportFileBase(request)}.${f}`));
  // checked before the work, and again when writing: nothing is written when one file exists
  const existing = toStdout || options.force ? undefined : existingTarget(targets);
  if (existing) throw new UsageError(say('report.exists', { path: shown(existing) }));

  // read and check, build, then render each format and write them all
  const meter = startMeter(say('report.meter.title'), toStdout ? 2 : 3 + formats.length);
  try {
    return await produce(ctx, meter, { request, options, formats, targets, toStdout, date, soffice });
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
  date: string | null | undefined;
  soffice: string | undefined;
}

async function produce(ctx: Context, meter: Meter, { request, options, formats, targets, toStdout, date, soffice }: Production): Promise<number> {
  const say = (id: string, params?: Record<string, string | number>) => t(ctx.lang, id, params);
  const prepared = await prepare(ctx, request, options, date, meter);
  if (prepared.lintErrors !== undefined) {
    meter.done();
    ctx.err(`de06: ${say('report.lint-errors', { count: prepared.lintErrors })}`);
    return 1;
  }
  const { report, template } = prepared;
  if (toStdout) {
    meter.done();
    ctx.out(reportJson(report));
    warnings(ctx, report);
    return 0;
  }
  // every file is rendered before any is written: a failing renderer leaves nothing behind
  const files: OutputFile[] = [];
  let docx: Uint8Array | undefined;
  for (const [i, format] of formats.entries()) {
    const path = targets[i]!;
    meter.step(say('report.meter.render', { format }));
    if (format === 'docx' || format === 'pdf') docx ??= await (await import('../report/render/docx.js')).renderDocx(report, template);
    if (format === 'docx') files.push({ path, bytes: docx! });
    else if (format === 'pdf') files.push({ path, bytes: await pdfOf(ctx, soffice!, docx!, report.asOf, path) });
    else if (format === 'xlsx') files.push({ path, bytes: await (await import('../report/render/xlsx.js')).renderXlsx(report) });
    else files.push({ path, bytes: new TextEncoder().encode(reportJson(report)) });
  }
  meter.step(say('report.meter.write'));
  const written = writeAll(ctx, files, options.force === true);
  meter.done();
  for (const path of written) ctx.out(shown(path));
  warnings(ctx, report);
  return 0;
}

/**
 * What the report could not say as a signed report should, each in one line on stderr, once the
 * files are written: a run that writes nothing prints its one error line alone.
 */
function warnings(ctx: Context, report: ReportModel): void {
  if (report.periodOpen) warn(ctx, 'report.period-open', { period: periodLabel(parsePeriod(report.period.id)!, ctx.lang), asOf: vnTextDate(report.asOf) });
  if (!report.narrative.found) warn(ctx, 'report.narrative-missing', { file: report.narrative.file });
  warnLetterGaps(ctx, report.letterGaps);
  if (report.document.date !== null && report.document.date < report.asOf) {
    warn(ctx, 'report.date-before-as-of', { date: vnTextDate(report.document.date), asOf: vnTextDate(report.asOf) });
  }
}

type Prepared = { lintErrors: number; report?: undefined; template?: undefined } | { lintErrors?: undefined; report: ReportModel; template: Template };

/**
 * Load, lint, check the request and build the model. The loaded plan (every file's text and
 * data) is needed only here: returning the model alone lets it go before the renderers run,
 * which keeps a yearly report on a large plan within its memory budget (DESIGN §7).
 */
async function prepare(ctx: Context, request: ReportRequest, options: ReportOptions, date: string | null | undefined, meter: Meter): Promise<Prepared> {
  meter.step(t(ctx.lang, 'report.meter.load'));
  const { loaded, inputs } = await loadWithInputs(ctx);
  const errors = errorCount(lintFindings(loaded, { asOf: lintToday(ctx, loaded.model) }));
  if (errors > 0 && !options.allowInvalid) return { lintErrors: errors };
  const model = loaded.valid;
  const plan = model.plan;
  if (!plan) throw new UsageError(t(ctx.lang, 'report.no-plan-data'));
  const problem = checkRequest(model, request);
  if (problem) throw new UsageError(requestMessage(ctx, model.units.map((u) => u.id), problem));
  const today = planToday(ctx, plan.timezone);
  const asOf = options.asOf ?? defaultAsOf(today, plan, requestPeriod(request)!, workingCalendar(model.calendar));
  const template = await templateFor<Template>(ctx, templateKindOf(request));
  const commit = await headCommit(ctx.root);
  meter.step(t(ctx.lang, 'report.meter.build'));
  const report = buildReportModel({
    model,
    request,
    asOf,
    // the day the leader signs: today unless --date says otherwise (DESIGN §4)
    date: date === undefined ? today : date,
    year: yearOf(today),
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

/**
 * Today in the plan's time zone, but no later than the end of the month in which the units'
 * reports for this period fall due (and never before the period's end). DESIGN §3 caps it at
 * the period's end, but units report on a month after it ("trước ngày 10" of the next month):
 * a July report capped at 31 July would see none of the July reports. This way a report run
 * on 12 August counts every July report and names the missing ones, and the same command run
 * months later still describes July as it stood at the end of August.
 */
function defaultAsOf(today: string, plan: Plan, period: Period, calendar: WorkingCalendar): string {
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

function reportJson(report: ReportModel): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
