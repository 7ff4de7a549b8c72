import type { Origin } from '../../plan/model.js';
import type { Finding } from '../../plan/findings.js';
import type { Rule } from '../rule.js';

/** Every id names one thing: units and groups share one namespace, because `lead`, `support`
 * and `members` may name either. */
export const duplicateId: Rule = {
  id: 'duplicate-id',
  severity: 'error',
  description: {
    vi: 'Mỗi mã (đơn vị, nhóm, nhiệm vụ, nhóm mục tiêu, trụ cột, chỉ tiêu, mục) chỉ được khai báo một lần; mỗi nhiệm vụ chỉ được cập nhật một lần trong một báo cáo.',
    en: 'Each id (unit, group, task, objective, pillar, indicator, section) is declared once; a report updates each task once.',
  },
  check(model) {
    const findings: Finding[] = [];
    /** `at` points at the id value itself */
    const scan = (what: string, entries: { id?: string; at: Origin }[]) => {
      const first = new Map<string, Origin>();
      for (const { id, at } of entries) {
        if (id === undefined) continue;
        const seen = first.get(id);
        if (seen) {
          findings.push({ rule: 'duplicate-id', severity: 'error', file: at.file, pointer: at.pointer,
            message: 'rule.duplicate-id', params: { what: { id: `kind.${what}` }, id, first: seen.file } });
        } else first.set(id, at);
      }
    };
    const idOf = (e: { id?: string; at: Origin }) => ({ ...(e.id !== undefined ? { id: e.id } : {}), at: { file: e.at.file, pointer: `${e.at.pointer}/id` } });
    /** the entries of a list in plan.yaml, holes (invalid entries) skipped */
    const listed = (list: { id?: string }[] | undefined, file: string, base: string) =>
      (list ?? []).flatMap((o, i) => (o?.id === undefined ? [] : [{ id: o.id, at: { file, pointer: `${base}/${i}/id` } }]));
    scan('unit', [...model.units, ...model.groups].map(idOf));
    scan('task', model.tasks.map(idOf));
    scan('section', model.sections.map((s) => ({ ...(s.section !== undefined ? { id: s.section } : {}), at: { file: s.at.file, pointer: '/section' } })));
    scan('indicator', model.indicators.map(idOf));
    if (model.plan) {
      const { file } = model.plan.at;
      scan('objective', listed(model.plan.objectives, file, '/objectives'));
      scan('pillar', listed(model.plan.pillars, file, '/pillars'));
    }
    for (const report of model.progress) {
      // a report updates ~15 tasks: a list is quicker to search than a Set is to make, 7,200 times
      const seen: string[] = [];
      for (const update of report.updates) {
        if (update.task === undefined) continue;
        const key = update.occurrence === undefined && update.event_on === undefined ? update.task : `${update.task}@${update.occurrence ?? ''}@${update.event_on ?? ''}`;
        if (seen.includes(key)) {
          findings.push({ rule: 'duplicate-id', severity: 'error', file: update.at.file, pointer: `${update.at.pointer}/task`,
            message: 'rule.duplicate-update', params: { id: update.task } });
        }
        seen.push(key);
      }
    }
    return findings;
  },
};
