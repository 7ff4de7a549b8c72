// Amendment rules (`lint --base REV`): what a pull request may change in the plan, and on whose
// authority. KH 208, I.2 asks every assignment to be "rõ thẩm quyền"; a change of owner, of
// deadline or a removal is a new assignment decision, so it must cite the document that makes it.
// These compare two plans, so they are not model rules (src/lint/rules/): they take the base and
// head models and the changes between them, and return findings on the head's files.

import type { Finding, Severity } from '../lint/diagnostic.js';
import type { IsoDate, PlanModel, Task } from '../plan/model.js';
import { diffDays, dueOf, workingCalendar } from '../time/index.js';
import type { Change } from './change.js';

export interface AmendmentRule {
  id: string;
  severity: Severity;
  description: { vi: string; en: string };
}

export const AMENDMENT_RULES: AmendmentRule[] = [
  {
    id: 'amendment-authority',
    severity: 'error',
    description: {
      vi: 'Đổi đơn vị chủ trì, đổi thời hạn hoặc bỏ nhiệm vụ phải ghi văn bản cho phép (amended_by) mới; bỏ nhiệm vụ thì ghi ở mục removed của tệp mục.',
      en: 'A change of lead, of due date, or a removal cites a new authorising document (amended_by); a removal cites it under removed in the section file.',
    },
  },
  {
    id: 'amendment-overdue-move',
    severity: 'warning',
    description: {
      vi: 'Dời hạn của nhiệm vụ đã quá hạn mà chưa hoàn thành: cần người xem xét chú ý, vì việc này xóa một trường hợp quá hạn khỏi báo cáo.',
      en: 'Moving the deadline of a task that is already overdue and not done: reviewers should notice, as it removes an overdue item from the reports.',
    },
  },
  {
    id: 'amendment-reported-period',
    severity: 'warning',
    description: {
      vi: 'Sửa hoặc xóa báo cáo tiến độ của kỳ đã gửi: số liệu đã tổng hợp vào báo cáo chung sẽ không còn khớp.',
      en: 'Changing or deleting the progress report of a period already submitted: figures already compiled into the joint report no longer match.',
    },
  },
];

const AUTHORISED = new Set(['lead', 'due', 'removed']);

export function amendmentFindings(base: PlanModel, head: PlanModel, changes: Change[], asOf: IsoDate): Finding[] {
  const baseTasks = new Map(base.tasks.map((t) => [t.id, t] as const));
  return changes.flatMap((change): Finding[] => {
    const findings: Finding[] = [];
    if (AUTHORISED.has(change.change)) findings.push(...authorityFindings(change, baseTasks.get(change.task!), head));
    if (change.change === 'due') findings.push(...overdueMoveFindings(change, baseTasks.get(change.task!)!, base, asOf));
    if (change.change === 'progress-changed' || change.change === 'progress-removed') findings.push(reportedPeriodFinding(change));
    return findings;
  });
}

function authorityFindings(change: Change, was: Task | undefined, head: PlanModel): Finding[] {
  const at = { file: change.file, pointer: change.pointer };
  const params = { task: change.task!, field: { id: `diff.field.${change.change}` } };
  if (change.change === 'removed' && change.amended_by === undefined) {
    // no record: point at the tasks of the section file that held the task, if it is still there
    const sectionKept = head.files.some((f) => f.path === change.file);
    return [finding('amendment-authority', 'error', { file: change.file, pointer: sectionKept ? '/tasks' : '' }, 'diff.amendment.removed', params, sectionKept)];
  }
  if (change.amended_by === undefined) return [finding('amendment-authority', 'error', at, 'diff.amendment.missing', params)];
  // the document that authorised an earlier change does not authorise this one
  if (change.change !== 'removed' && was?.amended_by === change.amended_by) {
    return [finding('amendment-authority', 'error', at, 'diff.amendment.unchanged', { ...params, document: change.amended_by })];
  }
  return [];
}

/** A one-off deadline that had passed by the as-of date, for a task nobody reported done. */
function overdueMoveFindings(change: Change, was: Task, base: PlanModel, asOf: IsoDate): Finding[] {
  const deadline = dueOf(was.due);
  if (deadline.kind !== 'date') return [];
  const last = workingCalendar(base.calendar).roll(deadline.last, base.plan?.reporting.roll ?? 'previous');
  if (last >= asOf || reportedDone(base, was.id, asOf)) return [];
  return [finding('amendment-overdue-move', 'warning', { file: change.file, pointer: change.pointer }, 'diff.amendment.overdue-move',
    { task: was.id, due: last, days: diffDays(asOf, last), asOf })];
}

function reportedDone(model: PlanModel, task: string, asOf: IsoDate): boolean {
  return model.progress.some((p) => p.submitted <= asOf && p.updates.some((u) => u.task === task && u.status === 'done'));
}

function reportedPeriodFinding(change: Change): Finding {
  const message = change.change === 'progress-removed' ? 'diff.amendment.reported-removed' : 'diff.amendment.reported-changed';
  return finding('amendment-reported-period', 'warning', { file: change.file, pointer: change.pointer }, message, { unit: change.unit!, period: change.period! });
}

function finding(rule: string, severity: Severity, at: { file: string; pointer: string }, message: string, params: Finding['params'], onKey = false): Finding {
  return { rule, severity, file: at.file, pointer: at.pointer, message, ...(params ? { params } : {}), ...(onKey ? { onKey } : {}) };
}
