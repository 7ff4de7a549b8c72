// A deadline worded as the plan's text words it (DESIGN §2.3), for the "Thời hạn" column:
// "31/12/2026", "Trước ngày 25/6/2026", "Quý III/2026", "Thường xuyên", "Hằng tháng, trước ngày 10
// tháng sau". The last day itself goes in its own column (AssignmentRow.dueDate).

import type { RelativeDue } from '../plan/model.js';
import { dueOf, parsePeriod, periodLabel, vnShortDate, vnTextDate } from '../time/index.js';

const EVERY: Record<string, string> = { month: 'Hằng tháng', quarter: 'Hằng quý', half: '6 tháng một lần', year: 'Hằng năm' };
const REPORT: Record<string, string> = { monthly: 'Theo chế độ báo cáo tháng', semiannual: 'Theo chế độ báo cáo 6 tháng', annual: 'Theo chế độ báo cáo năm' };

export function dueLabel(spec: unknown): string {
  const deadline = dueOf(spec);
  switch (deadline.kind) {
    case 'ongoing':
      return 'Thường xuyên';
    case 'date':
      return dateLabel(spec);
    case 'recurring':
      return [EVERY[deadline.rule.every], anchorLabel(deadline.rule)].filter(Boolean).join(', ');
    case 'event':
      return deadline.withinDays === undefined ? `Ngay sau khi ${deadline.after}` : `Trong ${deadline.withinDays} ngày sau khi ${deadline.after}`;
    case 'report':
      return REPORT[deadline.report] ?? '';
    case 'invalid':
      return 'Chưa xác định';
  }
}

/** `2026-06-25`, `{before: 2026-06-25}`, or a period by whose end the task is due. */
function dateLabel(spec: unknown): string {
  if (typeof spec === 'object' && spec !== null && 'before' in spec) return `Trước ngày ${vnTextDate(String(spec.before))}`;
  const text = String(spec);
  const period = parsePeriod(text);
  if (period) {
    const label = periodLabel(period, 'vi');
    return label.charAt(0).toLocaleUpperCase('vi') + label.slice(1);
  }
  return vnShortDate(text);
}

/** "trước ngày 10 tháng sau", "ngày 25", "trước ngày 10/6", "ngày 31/12"; empty for the period's end. */
export function anchorLabel(rule: RelativeDue): string {
  const offset = rule.month_offset ?? 0;
  const month = offset === 0 ? '' : offset === 1 ? ' tháng sau' : ` của tháng thứ ${offset} sau kỳ`;
  if (rule.before_day !== undefined) return `trước ngày ${rule.before_day}${month}`;
  if (rule.day !== undefined) return `ngày ${rule.day}${month}`;
  const monthDay = rule.before ?? rule.on;
  if (monthDay !== undefined) {
    const [mm, dd] = monthDay.split('-').map(Number);
    return `${rule.before !== undefined ? 'trước ngày' : 'ngày'} ${dd}/${mm}`;
  }
  return 'cuối kỳ';
}
