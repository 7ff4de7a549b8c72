import type { Finding } from '../../plan/findings.js';
import type { Rule } from '../rule.js';
import { closest } from '../suggest.js';

/** A reference names something that exists: units and groups in units.yaml, tasks in tasks/,
 * objective groups and pillars in plan.yaml, indicators in indicators.yaml. */
export const unknownReference: Rule = {
  id: 'unknown-reference',
  severity: 'error',
  description: {
    vi: 'Mọi tham chiếu (đơn vị, nhóm, nhiệm vụ, nhóm mục tiêu, trụ cột, chỉ tiêu) phải trỏ tới một mã đã khai báo.',
    en: 'Every reference (unit, group, task, objective, pillar, indicator) names a declared id.',
  },
  check(model, { invalidIds, invalidAt }) {
    const findings: Finding[] = [];
    const ids = (list: readonly ({ id?: string } | undefined)[] | undefined) => new Set((list ?? []).flatMap((e) => (e?.id === undefined ? [] : [e.id])));
    const units = ids(model.units);
    const unitsAndGroups = new Set([...units, ...ids(model.groups)]);
    const tasks = ids(model.tasks);
    const indicators = ids(model.indicators);
    const objectives = ids(model.plan?.objectives);
    const pillars = ids(model.plan?.pillars);

    /** the pointer comes in two parts, joined only for a finding: most references are known */
    const check = (kind: string, known: Set<string>, id: string | undefined, file: string, base: string, field = '') => {
      if (id === undefined || known.has(id) || invalidIds.has(id)) return;
      const suggestion = closest(id, known);
      findings.push({ rule: 'unknown-reference', severity: 'error', file, pointer: base + field,
        message: suggestion ? 'rule.unknown-reference.suggest' : 'rule.unknown-reference',
        params: { kind: { id: `kind.${kind}` }, id, suggestion: suggestion ?? '' } });
    };

    if (model.plan) {
      const { plan } = model;
      check('unit', units, plan.standing_unit, plan.at.file, '/standing_unit');
      check('unit-or-group', unitsAndGroups, plan.reporting?.from, plan.at.file, '/reporting/from');
    }
    for (const group of model.groups) {
      group.members?.forEach((m, i) => check('unit-or-group', unitsAndGroups, m, group.at.file, group.at.pointer, `/members/${i}`));
    }
    // objectives and pillars are listed in plan.yaml: where that list is unreadable they cannot be checked
    const listKnown = (key: 'objectives' | 'pillars') => Array.isArray(model.plan?.[key]) && !invalidAt(model.plan!.at.file, `/${key}`);
    const planKnown = listKnown('objectives');
    const pillarsKnown = listKnown('pillars');
    for (const task of model.tasks) {
      const { file, pointer } = task.at;
      check('unit-or-group', unitsAndGroups, task.lead, file, pointer, '/lead');
      task.support?.forEach((s, i) => check('unit-or-group', unitsAndGroups, s, file, pointer, `/support/${i}`));
      if (planKnown) {
        check('objective', objectives, task.objective, file, pointer, '/objective');
      }
      if (pillarsKnown) task.pillars?.forEach((p, i) => check('pillar', pillars, p, file, pointer, `/pillars/${i}`));
    }
    for (const indicator of model.indicators) {
      if (planKnown) check('objective', objectives, indicator.objective, indicator.at.file, indicator.at.pointer, '/objective');
    }
    for (const report of model.progress) {
      check('unit', units, report.unit, report.at.file, '/unit');
      for (const update of report.updates) check('task', tasks, update.task, update.at.file, update.at.pointer, '/task');
      for (const value of report.indicators) check('indicator', indicators, value.id, value.at.file, value.at.pointer, '/id');
    }
    return findings;
  },
};
