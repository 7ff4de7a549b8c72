// Report templates (DESIGN §5): letterhead, document code, subject, recipients, signer and the
// wording of sections I–V, with {placeholders}. The repository's templates/ override the built-in
// ones. A template is user input: reading one never throws, it returns the problems found.

import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package.js';
import type { Finding } from '../plan/findings.js';
import { validateFile } from '../plan/validate.js';
import { parseYaml } from '../plan/parse.js';
import type { Located } from '../plan/locate.js';
import type { Positions } from '../plan/positions.js';
import type { IsoDate } from '../plan/model.js';
import type { ReportModel, ReportPeriod, UnitRef } from './types.js';
import { vnDateLine, vnTextDate } from '../time/vn-date.js';

export type TemplateKind = 'monthly' | 'semiannual' | 'annual' | 'unit-monthly';
export const TEMPLATE_KINDS: readonly TemplateKind[] = ['monthly', 'semiannual', 'annual', 'unit-monthly'];

export interface ListSection {
  heading: string;
  intro?: string;
  /** printed when the data give the section nothing to list */
  none?: string;
}

/** templates/<kind>.yaml, as schemas/template.schema.json describes it. */
export interface Template {
  kind: TemplateKind;
  letterhead?: { parent?: string; issuer?: string };
  place?: string;
  /** "BC-CAT"; "BC-{short}" for a unit's own report */
  code: string;
  title: string;
  subject: string;
  kinh_gui: string[];
  noi_nhan: string[];
  signer: { authority?: string; title: string; name?: string };
  opening?: string;
  closing?: string;
  sections: {
    chi_dao: { heading: string; text: string };
    ket_qua: { heading: string; intro?: string };
    ton_tai: ListSection;
    nhiem_vu: ListSection;
    de_xuat: ListSection;
  };
}

export type TemplateResult =
  | { template: Template; problems?: undefined; source?: undefined }
  /** `source` positions the problems (src/lint/lint.ts toDiagnostics) */
  | { template?: undefined; problems: Finding[]; source?: Located };


/** The templates shipped with de06. */
export const builtinTemplatesDir = join(PACKAGE_ROOT, 'templates');

/** Reads and validates one template file, through the same parser and schema validators as
 * every plan file: {template}, or {problems} with the file's text to position them. */
export async function readTemplate(path: string): Promise<TemplateResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    return { problems: [problem(path, 'template', 'report.template.unreadable', { file: path, reason })] };
  }
  const positions: Positions = new Map();
  const parsed = parseYaml(path, bytes, positions);
  const problems = parsed.findings.filter((f) => f.severity === 'error');
  if (parsed.data !== undefined) problems.push(...validateFile(path, 'template', parsed.data));
  if (problems.length === 0) return { template: parsed.data as Template };
  const source: Located = { files: [{ path, kind: 'template', data: parsed.data, ...(parsed.slots ? { slots: parsed.slots } : {}) }], positions, texts: new Map(parsed.text !== undefined ? [[path, parsed.text]] : []) };
  return { problems, source };
}

/** The template of `kind` from the first of `dirs` that has one: the repository's, then the built-in. */
export async function findTemplate(kind: TemplateKind, dirs: string[]): Promise<TemplateResult> {
  for (const dir of dirs) {
    const path = join(dir, `${kind}.yaml`);
    if (!(await isFile(path))) continue;
    const result = await readTemplate(path);
    if (result.template && result.template.kind !== kind) {
      return { problems: [problem(path, 'template', 'report.template.kind', { file: path, expected: kind, actual: result.template.kind }, '/kind')] };
    }
    return result;
  }
  return { problems: [problem('templates', 'template', 'report.template.missing', { kind, dirs: dirs.join(', ') })] };
}

/** A built-in template. These ship with the package and are tested, so a problem here is a bug. */
export async function builtinTemplate(kind: TemplateKind): Promise<Template> {
  const result = await findTemplate(kind, [builtinTemplatesDir]);
  if (!result.template) throw new Error(`built-in template ${kind} is broken: ${JSON.stringify(result.problems)}`);
  return result.template;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function problem(file: string, rule: string, message: string, params: Record<string, string>, pointer = ''): Finding {
  return { rule, severity: 'error', file, pointer, message, params };
}

/** What a template's {placeholders} are filled from. */
export interface PlaceholderSource {
  plan: { number: string; title: string; issued: IsoDate; issuer?: { name: string } };
  period: ReportPeriod;
  asOf: IsoDate;
  dueDate: IsoDate;
  unit?: UnitRef;
}

export function placeholderValues(src: PlaceholderSource): Record<string, string> {
  const title = src.plan.title;
  return {
    period_label: src.period.label,
    plan_number: src.plan.number,
    plan_issued: vnTextDate(src.plan.issued),
    // the plan's title follows "Kế hoạch số … của UBND tỉnh" in running text
    plan_title: title.charAt(0).toLocaleLowerCase('vi') + title.slice(1),
    as_of: vnTextDate(src.asOf),
    due_date: vnTextDate(src.dueDate),
    year: src.period.start.slice(0, 4),
    issuer: src.plan.issuer?.name ?? '',
    unit_name: src.unit?.name ?? '',
    // units.yaml `short` is the unit's own ký hiệu (NĐ 30/2020 Phụ lục III); without one the
    // code is left for the records clerk to complete, never guessed from the id
    short: src.unit?.short ?? '…',
  };
}

/** Replaces {name} by its value; an unknown placeholder stays as written so that it shows. */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The values a renderer fills section wording from. */
export function modelPlaceholders(model: ReportModel): Record<string, string> {
  return placeholderValues({ ...model, unit: model.scope.kind === 'unit' ? model.scope.unit : undefined });
}

export interface LetterContext extends PlaceholderSource {
  plan: PlaceholderSource['plan'] & { place: string; issuer: { parent: string; name: string } };
  /** the day in the date line */
  date: IsoDate;
}

/**
 * The letter's particulars for the report model: template wording with placeholders filled, the
 * letterhead defaulting to plan.yaml's issuer, the place to plan.yaml's place.
 */
export function resolveLetter(
  template: Template,
  ctx: LetterContext,
): Pick<ReportModel, 'document' | 'issuer' | 'recipients' | 'signer'> {
  const values = placeholderValues(ctx);
  const fill = (text: string): string => fillPlaceholders(text, values);
  const place = fill(template.place ?? ctx.plan.place);
  return {
    document: {
      number: `      /${fill(template.code)}`,
      place,
      date: ctx.date,
      dateLine: vnDateLine(place, ctx.date),
      title: fill(template.title),
      subject: fill(template.subject),
    },
    issuer: {
      parent: fill(template.letterhead?.parent ?? ctx.plan.issuer.parent),
      name: fill(template.letterhead?.issuer ?? ctx.plan.issuer.name),
    },
    recipients: { kinhGui: template.kinh_gui.map(fill), noiNhan: template.noi_nhan.map(fill) },
    signer: {
      authority: fill(template.signer.authority ?? ''),
      title: fill(template.signer.title),
      ...(template.signer.name ? { name: fill(template.signer.name) } : {}),
    },
  };
}
