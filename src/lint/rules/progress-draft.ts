import type { Finding } from '../../plan/findings.js';
import type { Rule } from '../rule.js';

/** A progress file counts as a report only once it has `submitted:` (DESIGN §3). One without it —
 * a `progress new` scaffold, an unfilled form — is a draft: it meets no obligation and none of its
 * statuses is reported, so the unit still shows as not having reported. Lint says so, lest a clerk
 * who commits the draft believe the report is in. A warning, not an error: a draft may be kept in
 * the repository while the unit fills it in. */
export const progressDraft: Rule = {
  id: 'progress-draft',
  severity: 'warning',
  description: {
    vi: 'Báo cáo tiến độ chưa có ngày gửi (`submitted`) chỉ là bản nháp: chưa tính là đơn vị đã báo cáo kỳ đó.',
    en: 'A progress file without `submitted` is a draft: it does not count as the unit\'s report for the period.',
  },
  check(model, { invalidAt }) {
    const findings: Finding[] = [];
    for (const report of model.progress) {
      const { file } = report.at;
      // a submitted that failed its schema is there, only wrong: the schema has said so
      if (report.submitted !== undefined || invalidAt(file, '/submitted')) continue;
      const [, , folder = '', name = ''] = file.split('/');
      findings.push({ rule: 'progress-draft', severity: 'warning', file, pointer: report.unit === undefined ? '' : '/unit',
        message: 'rule.progress-draft', params: { unit: report.unit ?? folder, period: report.period ?? name.replace(/\.ya?ml$/i, '') } });
    }
    return findings;
  },
};
