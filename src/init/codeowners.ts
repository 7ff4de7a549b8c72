// CODEOWNERS from units.yaml: the standing unit (plan.yaml standing_unit, "Cơ quan Thường trực",
// KH 208 V.5) reviews every change to the plan; each unit owns its own progress folder, so a
// department can merge its monthly report without waiting for the province. Only a marked block
// is generated — lines outside it are the repository's own — and the owner pattern is kept in the
// block's first line, so `de06 codeowners` and lint can regenerate it without being told again.

import type { Unit } from '../plan/model.js';

export const BEGIN = '# BEGIN de06';
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

/**
 * Whether `pattern` gives, for every unit, an owner GitHub and GitLab accept: `@user`,
 * `@org/team` or `@group/subgroup/…` (letters, digits, `.`, `_`, `-`), or an e-mail address;
 * `{unit}` stands for the unit's id, and no other placeholder is known.
 */
export function isOwnerPattern(pattern: string): boolean {
  const owner = pattern.replaceAll('{unit}', 'so-yt');
  return /^@[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/.test(owner) || /^[^\s@{}]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(owner);
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
export function blockIn(text: string): { start: number; end: number; line: number; body: string } | undefined {
  const start = text.startsWith(BEGIN) ? 0 : text.indexOf(`\n${BEGIN}`) + 1;
  if (start === 0 && !text.startsWith(BEGIN)) return undefined;
  const endLine = text.indexOf(`\n${END}`, start);
  if (endLine === -1) return undefined;
  const newline = text.indexOf('\n', endLine + 1 + END.length);
  const end = newline === -1 ? text.length : newline + 1;
  const body = text.slice(start, end);
  return { start, end, line: text.slice(0, start).split('\n').length, body: body.endsWith('\n') ? body : body + '\n' };
}
