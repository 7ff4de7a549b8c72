// Report templates (DESIGN §5): letterhead, document code, subject, recipients, signer and the
// wording of sections I–V, with {placeholders}. The repository's templates/ override the built-in
// ones. A template is user input: reading one never throws, it returns the problems found.

import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node as YamlNode } from 'yaml';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import type { Finding } from '../lint/diagnostic.js';
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

export type TemplateResult = { template: Template; problems?: undefined } | { template?: undefined; problems: Finding[] };

const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The templates shipped with de06. */
export const builtinTemplatesDir = join(PACKAGE_ROOT, 'templates');

let validator: ValidateFunction | undefined;

async function templateValidator(): Promise<ValidateFunction> {
  if (!validator) {
    const schema = JSON.parse(await readFile(join(PACKAGE_ROOT, 'schemas', 'template.schema.json'), 'utf8')) as object;
    validator = new Ajv2020({ allErrors: true }).compile(schema);
  }
  return validator;
}

/** Reads and validates one template file: {template} or {problems}, never an exception. */
export async function readTemplate(path: string): Promise<TemplateResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    return { problems: [problem(path, 'template', 'report.template.unreadable', { file: path, reason })] };
  }
  return parseTemplate(text, path, await templateValidator());
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

function parseTemplate(text: string, file: string, validate: ValidateFunction): TemplateResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => {
        const [start, end] = e.linePos ?? [{ line: 1, col: 1 }];
        const at = { line: start.line, column: start.col, endLine: (end ?? start).line, endColumn: (end ?? start).col };
        return { ...problem(file, 'yaml-syntax', 'report.template.syntax', { detail: e.message.split('\n')[0] ?? e.code }), position: at };
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // an alias bomb ends here (yaml's maxAliasCount)
    return { problems: [problem(file, 'yaml-syntax', 'report.template.syntax', { detail: String(error) })] };
  }
  if (validate(data)) return { template: data as Template };
  return { problems: (validate.errors ?? []).map((e) => schemaProblem(file, e, doc.contents, lineCounter)) };
}

function schemaProblem(file: string, e: ErrorObject, root: unknown, lineCounter: LineCounter): Finding {
  const pointer = e.instancePath || '/';
  const params = e.params as Record<string, unknown>;
  let finding: Finding;
  if (e.keyword === 'required') {
    finding = problem(file, 'schema', 'report.template.required', { name: String(params['missingProperty']), pointer }, e.instancePath);
  } else if (e.keyword === 'additionalProperties') {
    const name = String(params['additionalProperty']);
    finding = { ...problem(file, 'schema', 'report.template.unknown-key', { name, pointer }, `${e.instancePath}/${name}`), onKey: true };
  } else {
    finding = problem(file, 'schema', 'report.template.invalid', { pointer, detail: e.message ?? e.keyword }, e.instancePath);
  }
  const span = spanOf(root, finding.pointer, finding.onKey === true, lineCounter);
  return span ? { ...finding, position: span } : finding;
}

/** Where the value (or key) at an RFC 6901 pointer stands in the YAML text. */
function spanOf(root: unknown, pointer: string, onKey: boolean, lineCounter: LineCounter): Finding['position'] {
  let node = root as YamlNode | null | undefined;
  let keyNode: YamlNode | null = null;
  for (const segment of pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === segment);
      if (!pair) break;
      keyNode = pair.key as YamlNode;
      node = pair.value as YamlNode;
    } else if (isSeq(node)) {
      keyNode = null;
      node = node.items[Number(segment)] as YamlNode;
    } else break;
  }
  const range = ((onKey && keyNode) || node)?.range;
  if (!range) return undefined;
  const start = lineCounter.linePos(range[0]);
  const end = lineCounter.linePos(range[1]);
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
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
    short: src.unit?.short ?? src.unit?.id.toUpperCase() ?? '',
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
