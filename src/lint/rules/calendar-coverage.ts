import type { Finding } from '../../plan/findings.js';
import type { Rule } from '../rule.js';

/** Every year of the plan's period has a working calendar (DESIGN §2.5): without one, a deadline
 * that falls in Tết or on a holiday is computed as if it were a working day. A year that holds
 * only the provisional statutory days off should have its official notice by the time it begins:
 * the Prime Minister's arrangement of Tết and Quốc khánh, the swapped and make-up days. */
export const calendarCoverage: Rule = {
  id: 'calendar-coverage',
  severity: 'warning',
  description: {
    vi: 'Mỗi năm trong thời gian của kế hoạch có lịch làm việc trong calendar.yaml; năm tạm tính theo luật (provisional: true) được cập nhật theo thông báo chính thức trước khi năm đó bắt đầu.',
    en: "Every year of the plan's period has a working calendar in calendar.yaml; a provisional year (statutory days off only) is replaced by the official notice before it begins.",
  },
  check(model, { asOf, invalidAt }) {
    const { plan, calendar } = model;
    const start = plan?.period?.start;
    const end = plan?.period?.end;
    if (!plan || !start || !end || start > end) return [];
    const first = Number(start.slice(0, 4));
    const last = Number(end.slice(0, 4));
    if (!calendar) {
      // a calendar.yaml that does not parse has its own finding
      if (model.files.some((f) => f.kind === 'calendar')) return [];
      const years = first === last ? String(first) : `${first}-${last}`;
      return [{ rule: 'calendar-coverage', severity: 'warning', file: plan.at.file, pointer: '/period', onKey: true,
        message: 'rule.calendar-coverage.no-calendar', params: { years } }];
    }
    const file = calendar.at.file;
    // years that failed their schema are not missing: the schema finding says what is wrong
    if (!calendar.years) return [];
    const findings: Finding[] = [];
    for (let year = first; year <= last; year++) {
      const entry = calendar.years[String(year)];
      if (!entry && !invalidAt(file, `/years/${year}`)) {
        findings.push({ rule: 'calendar-coverage', severity: 'warning', file, pointer: '/years', onKey: true,
          message: 'rule.calendar-coverage.missing', params: { year, start, end } });
      } else if (entry?.provisional === true && `${year}-01-01` <= asOf) {
        findings.push({ rule: 'calendar-coverage', severity: 'warning', file, pointer: `/years/${year}/provisional`, onKey: true,
          message: 'rule.calendar-coverage.provisional', params: { year, asOf } });
      }
    }
    return findings;
  },
};
