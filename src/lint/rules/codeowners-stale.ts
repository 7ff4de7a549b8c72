import { BEGIN, blockIn, codeownersBlock, ownerPatternOf } from '../../init/codeowners.js';
import type { Rule } from '../rule.js';

/** The de06 block of CODEOWNERS says what units.yaml gives: each unit owns its progress folder.
 * A file without a block is not managed by de06 and is left alone. */
export const codeownersStale: Rule = {
  id: 'codeowners-stale',
  severity: 'warning',
  description: {
    vi: 'Khối de06 trong CODEOWNERS phải khớp với plan/units.yaml: mỗi đơn vị sở hữu thư mục báo cáo tiến độ của mình.',
    en: 'The de06 block of CODEOWNERS matches plan/units.yaml: each unit owns its progress folder.',
  },
  check(model, { codeowners }) {
    const found = codeowners && blockIn(codeowners.text);
    if (!codeowners || !found) return [];
    const standingUnit = model.plan?.standing_unit;
    const units = model.units.flatMap((u) => (u.id === undefined ? [] : [{ id: u.id }]));
    const expected = codeownersBlock({ units, ...(standingUnit ? { standingUnit } : {}), owner: ownerPatternOf(found.body) });
    if (found.body === expected) return [];
    const stale = staleness(found.body, units.map((u) => u.id));
    return [{ rule: 'codeowners-stale', severity: 'warning', file: codeowners.path, pointer: '', message: stale.message, params: { units: stale.units },
      position: { line: found.line, column: 1, endLine: found.line, endColumn: BEGIN.length + 1 } }];
  },
};

/** Which units are missing or extra, when that is the difference; the message id and its units. */
function staleness(body: string, ids: string[]): { message: string; units: string } {
  const listed = [...body.matchAll(/\/plan\/progress\/([^/\s]+)\//g)].map((m) => m[1]!);
  const missing = ids.filter((id) => !listed.includes(id));
  const extra = listed.filter((id) => !ids.includes(id));
  if (missing.length > 0) return { message: 'codeowners.stale.missing', units: missing.join(', ') };
  if (extra.length > 0) return { message: 'codeowners.stale.extra', units: extra.join(', ') };
  return { message: 'codeowners.stale.other', units: '' };
}
