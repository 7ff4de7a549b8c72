// CODEOWNERS from units.yaml: the standing unit (plan.yaml standing_unit, "Cơ quan Thường trực",
// KH 208 V.5) reviews every change to the plan; each unit owns its own progress folder, so a
// department can merge its monthly report without waiting for the province. Only a marked block
// is generated — lines outside it are the repository's own — and the owner pattern is kept in the
// block's first line, so `de06 codeowners` and lint can regenerate it without being told again.

import type { Finding } from '../lint/diagnostic.js';
import type { Unit } from '../plan/model.js';

/** Rule metadata, for the SARIF rule list and docs/rules.md. */
export const CODEOWNERS_RULE = {
  id: 'codeowners-stale',
  severity: 'warning' as const,
  description: {
    vi: 'Khối de06 trong CODEOWNERS phải khớp với plan/units.yaml: mỗi đơn vị sở hữu thư mục báo cáo tiến độ của mình.',
    en: 'The de06 block of CODEOWNERS matches plan/units.yaml: each unit owns its progress folder.',
  },
};

const BEGIN = '# BEGIN de06';
const END = '# END de06';

/** Where GitHub and GitLab look for the file, in GitHub's order; `de06 init` writes the root one. */
export const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS', '.gitlab/CODEOWNERS'];

export interface OwnersInput {
  units: Pick<Unit, 'id'>[];
  standingUnit?: string;
  /** e.g. "@bac-ninh/{unit}"; without one the lines are written commented out */
  owner?: string;
}

/** The generated block, ending with a newline. */
export function codeownersBlock({ units, standingUnit, owner }: OwnersInput): string {
  const lines = [owner ? `${BEGIN} owner=${owner}` : BEGIN];
  lines.push('# Tạo bởi "de06 codeowners" từ plan/units.yaml: sửa units.yaml rồi chạy lại lệnh, không sửa tay trong khối này.');
  if (!owner) {
    lines.push('# Chưa có mẫu chủ sở hữu nên các dòng dưới đây đang là chú thích. Bật bằng:');
    lines.push('#   de06 codeowners --owner "@<tổ-chức>/{unit}"');
  }
  const rule = (path: string, unit: string) => `${owner ? '' : '# '}${path} ${(owner ?? '@<tổ-chức>/{unit}').replaceAll('{unit}', unit)}`;
  if (standingUnit) lines.push(rule('/plan/', standingUnit));
  for (const unit of units) lines.push(rule(`/plan/progress/${unit.id}/`, unit.id));
  lines.push(END);
  return lines.join('\n') + '\n';
}

/** The owner pattern recorded in an existing file's block. */
export function ownerPatternOf(text: string): string | undefined {
  const begin = text.split('\n').find((line) => line.startsWith(BEGIN));
  const match = begin ? /\sowner=(\S+)/.exec(begin) : null;
  return match?.[1];
}

/** `text` with its block replaced by `block`, or `block` appended when it has none. */
export function withBlock(text: string | undefined, block: string): string {
  const found = text === undefined ? undefined : blockIn(text);
  if (!found) return text ? `${text.replace(/\n*$/, '\n\n')}${block}` : block;
  return text!.slice(0, found.start) + block + text!.slice(found.end);
}

/** The block of `text`: offsets (end after its END line's newline) and the line it begins on. */
function blockIn(text: string): { start: number; end: number; line: number; body: string } | undefined {
  const start = text.startsWith(BEGIN) ? 0 : text.indexOf(`\n${BEGIN}`) + 1;
  if (start === 0 && !text.startsWith(BEGIN)) return undefined;
  const endLine = text.indexOf(`\n${END}`, start);
  if (endLine === -1) return undefined;
  const newline = text.indexOf('\n', endLine + 1 + END.length);
  const end = newline === -1 ? text.length : newline + 1;
  const body = text.slice(start, end);
  return { start, end, line: text.slice(0, start).split('\n').length, body: body.endsWith('\n') ? body : body + '\n' };
}

/** `codeowners-stale` (a warning): the block no longer says what units.yaml gives. A file without
 * a block is not managed by de06 and is left alone. */
export function codeownersFindings(file: string, text: string, input: Omit<OwnersInput, 'owner'>): Finding[] {
  const found = blockIn(text);
  if (!found) return [];
  const expected = codeownersBlock({ ...input, owner: ownerPatternOf(found.body) });
  if (found.body === expected) return [];
  const stale = staleness(found.body, input.units.map((u) => u.id));
  return [{
    rule: 'codeowners-stale',
    severity: 'warning',
    file,
    pointer: '',
    message: stale.message,
    params: { units: stale.units },
    position: { line: found.line, column: 1, endLine: found.line, endColumn: BEGIN.length + 1 },
  }];
}

/** Which units are missing or extra, when that is the difference; the message id and its units. */
function staleness(body: string, ids: string[]): { message: string; units: string } {
  const listed = [...body.matchAll(/\/plan\/progress\/([^/\s]+)\//g)].map((m) => m[1]!);
  const missing = ids.filter((id) => !listed.includes(id));
  const extra = listed.filter((id) => !ids.includes(id));
  if (missing.length > 0) return { message: 'codeowners.stale.missing', units: missing.join(', ') };
  if (extra.length > 0) return { message: 'codeowners.stale.extra', units: extra.join(', ') };
  return { message: 'codeowners.stale.other', units: '' };
}
