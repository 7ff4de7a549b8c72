import type { Partly, Task } from '../../plan/model.js';
import type { Finding } from '../../plan/findings.js';
import type { Rule } from '../rule.js';

// "6 rõ" (KH 208, I.2; QĐ 2179/QĐ-TTg): rõ người, rõ việc, rõ thẩm quyền, rõ trách nhiệm,
// rõ thời gian, rõ kết quả. Each maps to a field of the task; "rõ việc" is the required title.
// The aspects keep their Vietnamese names in every language: they are the plan's own terms.
export type SixClearField = 'lead' | 'authority' | 'due' | 'result';

const ASPECTS: { aspect: string; field: SixClearField; clear: (task: Partly<Task>) => boolean }[] = [
  { aspect: 'rõ người, rõ trách nhiệm', field: 'lead', clear: (t) => t.lead !== undefined },
  { aspect: 'rõ thẩm quyền', field: 'authority', clear: (t) => t.authority !== undefined },
  { aspect: 'rõ thời gian', field: 'due', clear: (t) => t.due !== undefined && !isOpenEvent(t.due) },
  // a reporting duty's product is the report itself
  { aspect: 'rõ kết quả', field: 'result', clear: (t) => t.result !== undefined || isReportDuty(t.due) },
];

/** The aspects of "6 rõ" a task leaves unclear; the report counts them too. */
export function unclearAspects(task: Partly<Task>): { aspect: string; field: SixClearField }[] {
  return ASPECTS.filter((a) => !a.clear(task));
}

function isOpenEvent(due: Partly<Task>['due']): boolean {
  return typeof due === 'object' && 'after' in due && due.within_days === undefined;
}

function isReportDuty(due: Partly<Task>['due']): boolean {
  return typeof due === 'object' && 'report' in due;
}

/** A task says who, what, by when, with what result and under whose authority. What the plan's
 * text leaves unsaid is reported, one finding per task, with the missing aspects listed. */
export const sixClear: Rule = {
  id: 'six-clear',
  severity: 'warning',
  description: {
    vi: 'Nguyên tắc "6 rõ": mỗi nhiệm vụ rõ người (lead), rõ việc (title), rõ thẩm quyền (authority), rõ thời gian (due), rõ kết quả (result). Mức độ lấy từ plan.yaml six_clear.severity.',
    en: 'The "6 clear" principle: each task names who (lead), what (title), under whose authority (authority), by when (due) and with what result (result). Severity comes from plan.yaml six_clear.severity.',
  },
  check(model, { invalidAt }) {
    const severity = model.plan?.six_clear?.severity ?? 'warning';
    const findings: Finding[] = [];
    for (const task of model.tasks) {
      // a field that failed its schema is not unclear: the schema finding says what is wrong with it
      const missing = unclearAspects(task).filter((a) => !invalidAt(task.at.file, `${task.at.pointer}/${a.field}`));
      if (missing.length === 0) continue;
      findings.push({ rule: 'six-clear', severity, file: task.at.file, pointer: `${task.at.pointer}/id`,
        message: 'rule.six-clear', params: { id: task.id ?? '', missing: missing.map((a) => `${a.aspect} (${a.field})`).join('; '), fields: missing.map((a) => a.field).join(', ') } });
    }
    return findings;
  },
};
