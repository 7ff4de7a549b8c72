import type { Change } from '../../diff/change.js';
import type { Finding } from '../../plan/findings.js';
import type { LintModel, Task } from '../../plan/model.js';
import type { Rule } from '../rule.js';

// KH 208, I.2 asks every assignment to be "rõ thẩm quyền": a change of owner, of deadline or a
// removal is a new assignment decision, so it cites the document that makes it.
const AUTHORISED = new Set(['lead', 'due', 'removed']);

/** `lint --base`: a change of lead or due date, or a removal, cites a new authorising document. */
export const amendmentAuthority: Rule = {
  id: 'amendment-authority',
  severity: 'error',
  description: {
    vi: 'Đổi đơn vị chủ trì, đổi thời hạn hoặc bỏ nhiệm vụ phải ghi văn bản cho phép (amended_by) mới; bỏ nhiệm vụ thì ghi ở mục removed của tệp mục.',
    en: 'A change of lead, of due date, or a removal cites a new authorising document (amended_by); a removal cites it under removed in the section file.',
  },
  check(head, { base }) {
    if (!base) return [];
    const baseTasks = new Map(base.model.tasks.map((t) => [t.id, t] as const));
    return base.changes.filter((c) => AUTHORISED.has(c.change)).flatMap((c) => findingsOf(c, baseTasks.get(c.task!), head));
  },
};

function findingsOf(change: Change, was: Task | undefined, head: LintModel): Finding[] {
  const at = { rule: 'amendment-authority', severity: 'error' as const, file: change.file, pointer: change.pointer };
  const params = { task: change.task!, field: { id: `diff.field.${change.change}` } };
  if (change.change === 'removed' && change.amended_by === undefined) {
    // no record: point at the tasks of the section file that held the task, if it is still there
    const sectionKept = head.files.some((f) => f.path === change.file);
    return [{ ...at, pointer: sectionKept ? '/tasks' : '', message: 'diff.amendment.removed', params, ...(sectionKept ? { onKey: true } : {}) }];
  }
  if (change.amended_by === undefined) return [{ ...at, message: 'diff.amendment.missing', params }];
  // the document that authorised an earlier change does not authorise this one
  if (change.change !== 'removed' && was?.amended_by === change.amended_by) {
    return [{ ...at, message: 'diff.amendment.unchanged', params: { ...params, document: change.amended_by } }];
  }
  return [];
}
