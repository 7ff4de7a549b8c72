import type { Partly, Task } from '../../plan/model.js';
import type { Finding } from '../../plan/findings.js';
import type { Rule } from '../rule.js';

// "6 rõ" (KH 208, I.2; QĐ 2179/QĐ-TTg): rõ người, rõ việc, rõ thẩm quyền, rõ trách nhiệm,
// rõ thời gian, rõ kết quả. Each maps to a field of the task; "rõ việc" is the required title.
// The aspects keep their Vietnamese names in every language: they are the plan's own terms.
export type SixClearField = 'lead' | 'authority' | 'due' | 'result';

const ASPECTS: { aspect: string; field: SixClearField; given: (task: Partly<Task>) => boolean }[] = [
  { aspect: 'rõ người, rõ trách nhiệm', field: 'lead', given: (t) => t.lead !== undefined },
  { aspect: 'rõ thẩm quyền', field: 'authority', given: (t) => t.authority !== undefined },
  // every form of the deadline language is a time, {after: …} without within_days too: that is
  // how docs/format.md writes "ngay" (at once) after the event
  { aspect: 'rõ thời gian', field: 'due', given: (t) => t.due !== undefined },
  // a reporting duty's product is the report itself
  { aspect: 'rõ kết quả', field: 'result', given: (t) => t.result !== undefined || isReportDuty(t.due) },
];

export interface UnclearAspect {
  aspect: string;
  field: SixClearField;
  /** the field has a value, but only as the encoder's reading (`interpreted`), not the plan's words */
  interpreted: boolean;
}

/** The aspects of "6 rõ" the plan's text leaves unclear; the report counts them too. A value that
 * is only a reading does not make its aspect clear. */
export function unclearAspects(task: Partly<Task>): UnclearAspect[] {
  return ASPECTS.flatMap(({ aspect, field, given }): UnclearAspect[] => {
    if (!given(task)) return [{ aspect, field, interpreted: false }];
    return task.interpreted?.[field] !== undefined ? [{ aspect, field, interpreted: true }] : [];
  });
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
    vi: 'Nguyên tắc "6 rõ": mỗi nhiệm vụ rõ người (lead), rõ việc (title), rõ thẩm quyền (authority), rõ thời gian (due), rõ kết quả (result), theo lời văn bản; giá trị chỉ là diễn giải (interpreted) không được tính là rõ. Mức độ lấy từ plan.yaml six_clear.severity.',
    en: 'The "6 clear" principle: each task names who (lead), what (title), under whose authority (authority), by when (due) and with what result (result), in the plan\'s own words; a value that is only a reading (interpreted) does not count. Severity comes from plan.yaml six_clear.severity.',
  },
  check(model, { invalidAt }) {
    const severity = model.plan?.six_clear?.severity ?? 'warning';
    const findings: Finding[] = [];
    for (const task of model.tasks) {
      // a field that failed its schema is not unclear: the schema finding says what is wrong with it
      const unclear = unclearAspects(task).filter((a) => !invalidAt(task.at.file, `${task.at.pointer}/${a.field}`));
      if (unclear.length === 0) continue;
      const missing = unclear.map((a) => `${a.aspect} (${a.interpreted ? `interpreted.${a.field}` : a.field})`).join('; ');
      findings.push({ rule: 'six-clear', severity, file: task.at.file, pointer: `${task.at.pointer}/id`,
        message: unclear.some((a) => a.interpreted) ? 'rule.six-clear.interpreted' : 'rule.six-clear',
        params: { id: task.id ?? '', missing, fields: unclear.map((a) => a.field).join(', ') } });
    }
    return findings;
  },
};
