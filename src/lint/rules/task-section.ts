import type { Finding } from '../../plan/findings.js';
import type { Rule } from '../rule.js';

/** Task ids follow the plan's own numbering, so a task sits in the file of its section:
 * III.2.4 belongs to the file whose `section` is III.2. */
export const taskSection: Rule = {
  id: 'task-section',
  severity: 'error',
  description: {
    vi: 'Mã nhiệm vụ theo đánh số của kế hoạch: nhiệm vụ III.2.4 nằm trong tệp có `section: III.2`.',
    en: "Task ids follow the plan's numbering: task III.2.4 sits in the file whose `section` is III.2.",
  },
  check(model) {
    const findings: Finding[] = [];
    for (const task of model.tasks) {
      if (task.section && task.id !== undefined && !task.id.startsWith(`${task.section}.`)) {
        findings.push({ rule: 'task-section', severity: 'error', file: task.at.file, pointer: `${task.at.pointer}/id`,
          message: 'rule.task-section', params: { id: task.id, section: task.section } });
      }
    }
    return findings;
  },
};
