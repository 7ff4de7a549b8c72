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
import type { LetterWording } from './letter.js';

export type ReportTemplateKind = 'monthly' | 'semiannual' | 'annual' | 'unit-monthly';
export type TemplateKind = ReportTemplateKind | 'remind';
export const TEMPLATE_KINDS: readonly TemplateKind[] = ['monthly', 'semiannual', 'annual', 'unit-monthly', 'remind'];

export interface ListSection {
  heading: string;
  intro?: string;
  /** printed when the data give the section nothing to list */
  none?: string;
}

/** templates/<kind>.yaml of a report, as schemas/template.schema.json describes it. */
export interface Template extends LetterWording {
  kind: ReportTemplateKind;
  /** "BC-CAT"; "BC-{short}" for a unit's own report */
  code: string;
  title: string;
  kinh_gui: string[];
  opening?: string;
  /** appended to the opening when the period has not ended on the as-of day */
  opening_early?: string;
  closing?: string;
  sections: {
    chi_dao: { heading: string; text: string };
    ket_qua: { heading: string; intro?: string };
    ton_tai: ListSection;
    nhiem_vu: ListSection;
    de_xuat: ListSection;
  };
}

/** templates/remind.yaml: the công văn đôn đốc (DESIGN §5.1). */
export interface RemindTemplate extends LetterWording {
  kind: 'remind';
  /** "{short}-{drafting}": Số: …/CAT-PC06 */
  code: string;
  /** "V/v đôn đốc …", under the number */
  subject: string;
  /** more late units than this go to "Kính gửi: Như danh sách kèm theo" */
  kinh_gui_limit?: number;
  kinh_gui_many: string;
  /** the letter's paragraphs, in order */
  body: string[];
  /** the Nơi nhận lines after the late units */
  noi_nhan: string[];
  appendix_title: string;
  email: { subject: string; body: string[] };
}

export type AnyTemplate = Template | RemindTemplate;

export type TemplateResult<T extends AnyTemplate = AnyTemplate> =
  | { template: T; problems?: undefined; source?: undefined }
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
  if (problems.length === 0) return { template: parsed.data as AnyTemplate };
  const source: Located = { files: [{ path, kind: 'template', data: parsed.data, ...(parsed.slots ? { slots: parsed.slots } : {}) }], positions, texts: new Map(parsed.text !== undefined ? [[path, parsed.text]] : []) };
  return { problems, source };
}

/** The template of `kind` from the first of `dirs` that has one: the repository's, then the built-in. */
export async function findTemplate(kind: 'remind', dirs: string[]): Promise<TemplateResult<RemindTemplate>>;
export async function findTemplate(kind: ReportTemplateKind, dirs: string[]): Promise<TemplateResult<Template>>;
export async function findTemplate(kind: TemplateKind, dirs: string[]): Promise<TemplateResult>;
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
export async function builtinTemplate(kind: 'remind'): Promise<RemindTemplate>;
export async function builtinTemplate(kind: ReportTemplateKind): Promise<Template>;
export async function builtinTemplate(kind: TemplateKind): Promise<AnyTemplate>;
export async function builtinTemplate(kind: TemplateKind): Promise<AnyTemplate> {
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
