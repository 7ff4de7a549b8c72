import type { Finding } from '../../plan/findings.js';
import type { Rule } from '../rule.js';

/** plan/progress/<unit>/<period>.yaml: the folder is the unit, the file name the period, so that
 * CODEOWNERS can give each unit its own folder and a report is found without opening it. */
export const progressPath: Rule = {
  id: 'progress-path',
  severity: 'error',
  description: {
    vi: 'Báo cáo tiến độ nằm ở plan/progress/<đơn vị>/<kỳ>.yaml: tên thư mục trùng `unit`, tên tệp trùng `period`.',
    en: 'A progress file lives at plan/progress/<unit>/<period>.yaml: the folder equals `unit`, the file name equals `period`.',
  },
  check(model) {
    const findings: Finding[] = [];
    for (const report of model.progress) {
      const [, , folder, name] = report.at.file.split('/');
      const period = name!.replace(/\.ya?ml$/i, '');
      if (report.unit !== undefined && folder !== report.unit) {
        findings.push({ rule: 'progress-path', severity: 'error', file: report.at.file, pointer: '/unit',
          message: 'rule.progress-path.unit', params: { unit: report.unit, folder: folder!, period: report.period ?? '' } });
      }
      if (report.period !== undefined && period !== report.period) {
        findings.push({ rule: 'progress-path', severity: 'error', file: report.at.file, pointer: '/period',
          message: 'rule.progress-path.period', params: { period: report.period, name: name!, unit: report.unit ?? '' } });
      }
    }
    return findings;
  },
};
