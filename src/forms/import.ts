// Filled forms in, progress files out (DESIGN §2.7): each form's bytes are checked as a package,
// read back into a progress document, and that document is put through the loader's own schema
// and rules, as the file it would become, in the plan as it stands. Every problem comes back with
// its form's cell. Pure but for the plan it loads through the FileSource it is given.

import type { Params } from '../i18n/index.js';
import type { Finding, Severity } from '../plan/findings.js';
import { memoryParseCache, type ParseCache } from '../plan/cache.js';
import { loadPlan } from '../plan/load.js';
import type { FileSource, Listing } from '../plan/source.js';
import { lintFindings } from '../lint/lint.js';
import type { Change } from '../diff/change.js';
import { diffPlans } from '../diff/diff.js';
import type { Progress } from '../plan/model.js';
import { parsePeriod, periodLabel, PROGRESS_PERIOD } from '../time/index.js';
import { SHEET } from './layout.js';
import { checkPackage } from './package.js';
import { readForm, type CellRef, type FilledForm, type FormIdentity, type ProgressDocument } from './read.js';
import { progressYaml } from './yaml.js';

export interface FormInput {
  /** the path as the user gave it: it prefixes every cell reference */
  name: string;
  /** the file's bytes, or why it could not be read */
  bytes: Uint8Array | { problem: string };
}

export interface CellProblem {
  /** "inbox/so-yt.xlsx" */
  file: string;
  /** absent when the problem is the file itself */
  sheet?: string;
  cell?: string;
  severity: Severity;
  rule: string;
  message: string;
  params?: Params;
}

export interface ImportedForm {
  name: string;
  identity?: FormIdentity;
  /** plan/progress/<unit>/<period>.yaml, once the form names a known unit and period */
  path?: string;
  /** what would be written, when the form is valid */
  yaml?: string;
  document?: ProgressDocument;
  /** the progress file at `path` as the plan has it now, when there is one */
  existing?: Progress;
  /** what `de06 diff` would say of writing it */
  changes?: Change[];
  problems: CellProblem[];
}

export interface ImportOptions {
  root: string;
  source: FileSource;
  /** the parse cache, when the command may use one; else one kept for this run */
  cache?: ParseCache;
  /** today in the plan's zone (from the plan's time zone): the rules judge the submission day by it */
  today: (model: { plan?: { timezone?: string } }) => string;
}

export async function importForms(inputs: readonly FormInput[], options: ImportOptions): Promise<ImportedForm[]> {
  // the plan is loaded twice, as it is and with the forms laid over it: each file is parsed once
  const cache = options.cache ?? memoryParseCache();
  const base = await loadPlan(options.root, options.source, { cache });
  const plan = base.valid.plan;
  const results: ImportedForm[] = [];
  const read: { result: ImportedForm; form: FilledForm; path: string }[] = [];
  const claimed = new Map<string, string>();

  for (const input of inputs) {
    const result: ImportedForm = { name: input.name, problems: [] };
    results.push(result);
    const fileProblem = (message: string, params?: Params) => result.problems.push({ file: input.name, severity: 'error', rule: 'form-file', message, ...(params ? { params } : {}) });
    if (!(input.bytes instanceof Uint8Array)) {
      fileProblem(`form.file.${input.bytes.problem}`);
      continue;
    }
    const check = checkPackage(input.bytes);
    if (!check.ok) {
      fileProblem(`form.file.${check.problem}`);
      continue;
    }
    let form: FilledForm;
    try {
      form = await readForm(input.bytes);
    } catch (error) {
      fileProblem('form.file.unreadable-workbook', { detail: String((error as Error)?.message ?? error).split('\n')[0]!.slice(0, 200) });
      continue;
    }
    result.problems.push(...form.problems.map((p) => ({ file: input.name, ...p })));
    if (!form.identity) continue;
    result.identity = form.identity;
    const { identity } = form;
    const at = { file: input.name, sheet: SHEET.report, cell: 'A1', severity: 'error' as const, rule: 'form' };
    if (!plan || identity.plan !== plan.id) {
      result.problems.push({ ...at, message: 'form.other-plan', params: { form: `${identity.planNumber} (${identity.plan})`, plan: plan ? `${plan.number} (${plan.id})` : '?' } });
      continue;
    }
    if (!base.valid.units.some((u) => u.id === identity.unit)) {
      result.problems.push({ ...at, cell: 'A3', message: 'form.unknown-unit', params: { unit: identity.unit } });
      continue;
    }
    if (!PROGRESS_PERIOD.test(identity.period) || !parsePeriod(identity.period)) {
      result.problems.push({ ...at, cell: 'A4', message: 'form.bad-period', params: { period: identity.period } });
      continue;
    }
    const path = `plan/progress/${identity.unit}/${identity.period}.yaml`;
    result.path = path;
    // Two forms of one report: which one the unit meant is for the secretariat to say, so neither
    // is written (the first is not silently kept, nor the second laid over it).
    const earlier = claimed.get(path);
    if (earlier !== undefined) {
      result.problems.push({ ...at, cell: 'A3', message: 'form.duplicate', params: { other: earlier, unit: identity.unit, period: identity.period } });
      const first = read.findIndex((r) => r.path === path);
      if (first >= 0) {
        const [{ result: kept }] = read.splice(first, 1) as [(typeof read)[number]];
        kept.problems.push({ ...at, file: kept.name, cell: 'A3', message: 'form.duplicate', params: { other: input.name, unit: identity.unit, period: identity.period } });
      }
      continue;
    }
    claimed.set(path, input.name);
    if (form.document) read.push({ result, form, path });
  }
  if (read.length === 0 || !plan) return results;

  // Every readable form as the file it would be, laid over the plan, checked in one load.
  const titles = new Map(base.valid.tasks.map((t) => [t.id, t.title]));
  const overlay = new Map<string, Uint8Array>();
  for (const { result, form, path } of read) {
    const unit = base.valid.units.find((u) => u.id === form.identity!.unit)!;
    const text = progressYaml(form.document!, { unitName: unit.name, periodLabel: periodLabel(parsePeriod(form.identity!.period)!, 'vi'), planNumber: plan.number, titles });
    result.yaml = text;
    result.document = form.document!;
    const existing = base.valid.progress.find((p) => p.at.file === path);
    if (existing) result.existing = existing;
    overlay.set(path, new TextEncoder().encode(text));
  }
  const loaded = await loadPlan(options.root, overlaid(options.source, overlay), { cache });
  const findings = lintFindings(loaded, { asOf: options.today(loaded.model) });
  const changes = read.some(({ path }) => base.valid.progress.some((p) => p.at.file === path)) ? diffPlans(base.valid, loaded.valid) : [];
  for (const { result, form, path } of read) {
    // a cell the reader has already said is wrong (a label that is no status) is not said twice
    const said = new Set(result.problems.map((p) => `${p.sheet}!${p.cell}`));
    for (const finding of findings) {
      if (finding.file !== path) continue;
      const problem = cellProblem(result.name, finding, form.cells);
      if (!said.has(`${problem.sheet}!${problem.cell}`)) result.problems.push(problem);
    }
    if (result.problems.some((p) => p.severity === 'error')) {
      delete result.yaml;
      delete result.document;
    } else if (result.existing) {
      result.changes = changes.filter((c) => c.file === path);
    }
  }
  return results;
}

/** The plan's files with `files` added, or in place of the files at their paths. */
function overlaid(source: FileSource, files: ReadonlyMap<string, Uint8Array>): FileSource {
  return {
    async list(): Promise<Listing> {
      const listing = await source.list();
      const paths = new Set([...listing.files, ...files.keys()]);
      return { files: [...paths].sort(), problems: listing.problems.filter((p) => !files.has(p.path)) };
    },
    read(path) {
      const bytes = files.get(path);
      return bytes ? Promise.resolve({ ok: true, bytes }) : source.read(path);
    },
  };
}

/** What the rules say of a value, in the form's words where they name YAML keys, at its cell. */
const FORM_WORDING: Record<string, string> = {
  'rule.date-sanity.done-without-date': 'form.rule.done-without-date',
  'rule.date-sanity.date-without-done': 'form.rule.date-without-done',
  'rule.date-sanity.after-submitted': 'form.rule.after-submitted',
  'rule.date-sanity.submitted-early': 'form.rule.submitted-early',
  'rule.date-sanity.submitted-future': 'form.rule.submitted-future',
};

function cellProblem(file: string, finding: Finding, cells: ReadonlyMap<string, CellRef>): CellProblem {
  // a done task without its day is fixed in Ngày hoàn thành, the cell the message asks to fill
  const pointer = finding.message === 'rule.date-sanity.done-without-date' ? finding.pointer.replace(/\/status$/, '/done_on') : finding.pointer;
  const ref = cellOf(pointer, cells);
  let message = FORM_WORDING[finding.message] ?? finding.message;
  if (finding.rule === 'schema' && /\/percent$/.test(finding.pointer)) message = 'form.rule.percent-range';
  if (finding.rule === 'progress-draft') message = 'form.rule.draft';
  return { file, ...ref, severity: finding.severity, rule: finding.rule, message, ...(finding.params ? { params: finding.params } : {}) };
}

/** The cell of the value at `pointer`, or of the nearest value that holds it. */
function cellOf(pointer: string, cells: ReadonlyMap<string, CellRef>): CellRef {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const found = cells.get(p);
    if (found) return found;
    if (p === '') return cells.get('/submitted') ?? { sheet: SHEET.report, cell: 'A1' };
  }
}

