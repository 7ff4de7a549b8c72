// de06 remind [--as-of D] [--unit U…] [--out DIR] [--format docx,eml,pdf,json] [--date D|blank]
// [--force] (DESIGN §4, §5.1): the standing unit's công văn đôn đốc to every unit that owes it a
// report and is late, and, with eml, one e-mail draft per late unit that has a mailbox. Nothing is
// sent: a person opens each draft and sends it. Every file is rendered before any is written.

import { join, resolve } from 'node:path';
import { t } from '../i18n/index.js';
import { errorCount, lintFindings } from '../lint/lint.js';
import { headCommit } from '../git/revisions.js';
import { VERSION } from '../package.js';
import { yearOf } from '../report/letter.js';
import { inputHash } from '../report/provenance.js';
import { buildRemindModel, type RemindModel, type RemindUnit } from '../report/remind.js';
import type { EmlAttachment } from '../report/render/eml.js';
import type { FormBasis } from '../forms/model.js';
import type { RemindTemplate } from '../report/template.js';
import { statusSetup, type StatusSetup } from '../status/index.js';
import { calendarPeriodOf, parsePeriod, periodId, periodLabel, periodWindow, previousPeriod, PROGRESS_PERIOD, vnShortDate, vnTextDate } from '../time/index.js';
import { existingTarget, type OutputFile } from '../write/atomic.js';
import type { PlanModel } from '../plan/model.js';
import { lintToday, makeContext, planToday, UsageError, type Context, type GlobalOptions } from './context.js';
import { formatsOf, loadWithInputs, pdfConverter, pdfOf, shown, signingDate, templateFor, warn, warnLetterGaps, writeAll } from './documents.js';
import { dateOption, unitsOption } from './status-input.js';

interface RemindOptions {
  asOf?: string;
  unit?: string[];
  out?: string;
  format?: string;
  date?: string;
  force?: boolean;
}

const FORMATS = ['docx', 'eml', 'pdf', 'json'] as const;
type Format = (typeof FORMATS)[number];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function run(options: RemindOptions, _args: string[], global: GlobalOptions): Promise<number> {
  const ctx = makeContext(global);
  const say = (id: string, params?: Record<string, string | number>) => t(ctx.lang, id, params);
  const formats: Format[] = formatsOf(ctx, options.format ?? 'docx', FORMATS);
  if (options.asOf !== undefined) dateOption(ctx, '--as-of', options.asOf);
  const date = signingDate(ctx, options.date);
  const soffice = pdfConverter(ctx, formats.includes('pdf'));

  const { loaded, inputs } = await loadWithInputs(ctx);
  const errors = errorCount(lintFindings(loaded, { asOf: lintToday(ctx, loaded.model) }));
  if (errors > 0) {
    ctx.err(`de06: ${say('remind.lint-errors', { count: errors })}`);
    return 1;
  }
  const model = loaded.valid;
  const plan = model.plan;
  if (!plan) throw new UsageError(say('report.no-plan-data'));
  const today = planToday(ctx, plan.timezone);
  const asOf = options.asOf ?? today;
  const toStdout = options.out === undefined && formats.length === 1 && formats[0] === 'json';
  const dir = options.out !== undefined ? resolve(options.out) : join(ctx.root, 'reports', 'don-doc', asOf);
  const base = `cong-van-don-doc-${asOf}`;
  const fixed = formats.filter((f) => f !== 'eml').map((f) => join(dir, `${base}.${f}`));
  const existing = toStdout || options.force ? undefined : existingTarget(fixed);
  if (existing) throw new UsageError(say('report.exists', { path: shown(existing) }));

  const template = await templateFor<RemindTemplate>(ctx, 'remind');
  const commit = await headCommit(ctx.root);
  const letter = buildRemindModel({
    model,
    asOf,
    date: date === undefined ? today : date,
    today,
    year: yearOf(today),
    ...(options.unit ? { units: unitsOf(ctx, model, options.unit) } : {}),
    template,
    provenance: { ...(commit.ok ? { commit: commit.value } : {}), inputHash: inputHash(inputs), generatedBy: `de06 ${VERSION}` },
    invalid: false,
  });
  const warnings = (): void => {
    if (letter.notChased.length > 0) warn(ctx, 'remind.not-chased', { units: names(letter.notChased.map((u) => u.id), model) });
    if (letter.units.length > 0) warnLetterGaps(ctx, letter.letterGaps);
  };
  if (toStdout) {
    ctx.out(`${JSON.stringify(letter, null, 2)}\n`);
    warnings();
    return 0;
  }
  if (letter.units.length === 0) {
    ctx.out(say('remind.none', { asOf: vnTextDate(asOf) }));
    warnings();
    return 0;
  }
  if (formats.includes('eml') && !letter.from.email) throw new UsageError(say('remind.no-sender', { unit: letter.from.id }));

  const { renderRemindDocx } = await import('../report/render/docx-remind.js');
  const docx = await renderRemindDocx(letter);
  const pdf = soffice ? await pdfOf(ctx, soffice, docx, letter.asOf, join(dir, `${base}.pdf`)) : undefined;
  const files: OutputFile[] = [];
  for (const format of formats) {
    const path = join(dir, `${base}.${format}`);
    if (format === 'docx') files.push({ path, bytes: docx });
    else if (format === 'pdf') files.push({ path, bytes: pdf! });
    else if (format === 'json') files.push({ path, bytes: new TextEncoder().encode(`${JSON.stringify(letter, null, 2)}\n`) });
    else files.push(...(await drafts(letter, template, dir, docx, pdf, model, commit.ok ? commit.value : '')));
  }
  for (const path of writeAll(ctx, files, options.force === true)) ctx.out(shown(path));
  const without = formats.includes('eml') ? letter.units.filter((u) => !u.email) : [];
  if (without.length > 0) warn(ctx, 'remind.no-email', { units: without.map((u) => `${u.unit.name} (${u.unit.id})`).join(', ') });
  warnings();
  return 0;
}

/** One .eml per late unit with a mailbox. */
async function drafts(letter: RemindModel, template: RemindTemplate, dir: string, docx: Uint8Array, pdf: Uint8Array | undefined, model: PlanModel, commit: string): Promise<OutputFile[]> {
  const { renderEml } = await import('../report/render/eml.js');
  const day = vnShortDate(letter.document.date ?? letter.asOf).replaceAll('/', '-');
  const attachments = [
    { filename: `Công văn đôn đốc ${day}.docx`, content: docx, contentType: DOCX },
    ...(pdf ? [{ filename: `Công văn đôn đốc ${day}.pdf`, content: pdf, contentType: 'application/pdf' }] : []),
  ];
  const files: OutputFile[] = [];
  const bases = new Map<string, FormBasis>();
  const setup = statusSetup(model, model.plan!);
  for (const late of letter.units.filter((u) => u.email)) {
    const forms = await formsFor(late, letter, setup, commit, bases);
    files.push({ path: join(dir, `don-doc-${letter.asOf}-${late.unit.id}.eml`), bytes: await renderEml(letter, template, late, [...attachments, ...forms]) });
  }
  return files;
}

/**
 * The unit's progress form for each report it owes late, so that it can answer the letter at
 * once (DESIGN §5.1); a unit late only on tasks gets the form of the month being reported now.
 */
async function formsFor(late: RemindUnit, letter: RemindModel, setup: StatusSetup, commit: string, bases: Map<string, FormBasis>): Promise<EmlAttachment[]> {
  const { buildForm, formBasis } = await import('../forms/model.js');
  const { renderForm } = await import('../forms/write.js');
  const reports = late.items.filter((i) => i.kind === 'report' && i.period !== undefined && PROGRESS_PERIOD.test(i.period)).map((i) => i.period!);
  const periods = reports.length > 0 ? [...new Set(reports)] : [periodId(previousPeriod(calendarPeriodOf('month', letter.asOf)))];
  const out: EmlAttachment[] = [];
  for (const period of periods.filter((p) => periodInPlan(p, setup))) {
    let basis = bases.get(period);
    if (!basis) bases.set(period, (basis = formBasis(setup, period, letter.asOf)));
    const form = buildForm(setup, basis, { unit: late.unit.id, commit });
    out.push({ filename: `Biểu mẫu báo cáo ${periodLabel(parsePeriod(period)!, 'vi')} - ${late.unit.id}.xlsx`.replaceAll('/', '-'), content: await renderForm(form), contentType: XLSX });
  }
  return out;
}

function periodInPlan(period: string, setup: StatusSetup): boolean {
  const window = periodWindow(parsePeriod(period)!, setup.window);
  return window.end >= setup.plan.period.start && window.start <= setup.plan.period.end;
}

/** --unit: units, or groups standing for their members (as overdue's); an unknown id is exit 2. */
function unitsOf(ctx: Context, model: PlanModel, values: string[]): ReadonlySet<string> {
  const setup = statusSetup(model, model.plan!);
  const chosen = new Set<string>();
  for (const value of values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean)) {
    for (const unit of unitsOption(ctx, setup, value)!) chosen.add(unit);
  }
  return chosen;
}

function names(ids: string[], model: PlanModel): string {
  const byId = new Map(model.units.map((u) => [u.id, u.name]));
  return ids.map((id) => `${byId.get(id) ?? id} (${id})`).join(', ');
}
