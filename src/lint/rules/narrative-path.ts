import type { Finding } from '../../plan/findings.js';
import type { Rule } from '../rule.js';

/**
 * plan/narrative/<period>.yaml is the province report's own words, plan/narrative/<unit>/<period>.yaml
 * a unit's (DESIGN §2.6): the report finds its file by name, so a file whose `period` or `unit`
 * says otherwise would be silently left out of the report it was written for.
 */
export const narrativePath: Rule = {
  id: 'narrative-path',
  severity: 'error',
  description: {
    vi: 'Lời văn của báo cáo nằm ở plan/narrative/<kỳ>.yaml (báo cáo của tỉnh) hoặc plan/narrative/<đơn vị>/<kỳ>.yaml (báo cáo của một đơn vị): tên tệp trùng `period`, tên thư mục trùng `unit`.',
    en: 'A report narrative lives at plan/narrative/<period>.yaml (the province report) or plan/narrative/<unit>/<period>.yaml (a unit\'s report): the file name equals `period`, the folder equals `unit`.',
  },
  check(model) {
    const findings: Finding[] = [];
    const units = new Set(model.units.map((u) => u.id));
    for (const narrative of model.narratives) {
      const file = narrative.at.file;
      const parts = file.split('/');
      const name = parts[parts.length - 1]!;
      const folder = parts.length === 4 ? parts[2]! : undefined;
      const period = name.replace(/\.ya?ml$/i, '');
      const at = (pointer: string, message: string, params: Record<string, string>): Finding =>
        ({ rule: 'narrative-path', severity: 'error', file, pointer, message, params });
      // a period or unit that failed its schema has its own finding already
      const named = narrative.period ?? period;
      if (narrative.period !== undefined && period !== narrative.period) {
        findings.push(at('/period', 'rule.narrative-path.period', { period: narrative.period, name, folder: folder ? `${folder}/` : '' }));
      }
      if (folder === undefined && narrative.unit !== undefined) {
        findings.push(at('/unit', 'rule.narrative-path.unit-at-top', { unit: narrative.unit, period: named }));
      } else if (folder !== undefined && narrative.unit !== folder) {
        findings.push(at(narrative.unit === undefined ? '' : '/unit', 'rule.narrative-path.unit', { unit: narrative.unit ?? '', folder, period: named }));
      } else if (folder !== undefined && !units.has(folder)) {
        findings.push(at('/unit', 'rule.narrative-path.unknown-unit', { folder }));
      }
    }
    return findings;
  },
};
