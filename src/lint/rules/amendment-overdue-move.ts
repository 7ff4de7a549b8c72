import type { Finding } from '../../plan/findings.js';
import type { IsoDate, PlanModel, Task } from '../../plan/model.js';
import { diffDays, dueOf, workingCalendar } from '../../time/index.js';
import { sentBy } from '../../plan/sent.js';
import type { Rule } from '../rule.js';

/** `lint --base`: moving a one-off deadline that had already passed, for a task nobody reported
 * done, takes an overdue item out of the reports; reviewers should see that. */
export const amendmentOverdueMove: Rule = {
  id: 'amendment-overdue-move',
  severity: 'warning',
  description: {
    vi: 'Dời hạn của nhiệm vụ đã quá hạn mà chưa hoàn thành: cần người xem xét chú ý, vì việc này xóa một trường hợp quá hạn khỏi báo cáo.',
    en: 'Moving the deadline of a task that is already overdue and not done: reviewers should notice, as it removes an overdue item from the reports.',
  },
  check(_head, { base, asOf }) {
    if (!base) return [];
    const baseTasks = new Map(base.model.tasks.map((t) => [t.id, t] as const));
    return base.changes.flatMap((change): Finding[] => {
      const was = change.change === 'due' ? baseTasks.get(change.task!) : undefined;
      const passed = was && passedDeadline(was, base.model, asOf);
      if (!passed) return [];
      return [{ rule: 'amendment-overdue-move', severity: 'warning', file: change.file, pointer: change.pointer,
        message: 'diff.amendment.overdue-move', params: { task: was.id, due: passed, days: diffDays(asOf, passed), asOf } }];
    });
  },
};

/** The task's one-off last day in the base plan, when it passed before asOf with no report of done. */
function passedDeadline(task: Task, base: PlanModel, asOf: IsoDate): IsoDate | undefined {
  const deadline = dueOf(task.due);
  if (deadline.kind !== 'date') return undefined;
  const last = workingCalendar(base.calendar).roll(deadline.last, base.plan?.reporting.roll ?? 'previous');
  const done = base.progress.some((p) => sentBy(p, asOf) !== null && p.updates.some((u) => u.task === task.id && u.status === 'done'));
  return last < asOf && !done ? last : undefined;
}
