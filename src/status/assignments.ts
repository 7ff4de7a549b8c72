// Assignments (DESIGN §3): a task's lead and support expanded to units. Groups may hold groups
// (units.yaml); a cycle is a lint error (group-cycle), so here it is only walked around, never
// followed twice. An id that is neither a unit nor a group is left out: lint reports it.

import type { Group, PlanModel } from '../plan/model.js';
import type { Assignment } from './types.js';

/** Expands unit and group ids to unit ids, in the order the groups list them, each once. */
export type UnitExpander = (id: string) => string[];

export function unitExpander(units: { id: string }[], groups: Group[]): UnitExpander {
  const unitIds = new Set(units.map((u) => u.id));
  const members = new Map(groups.map((g) => [g.id, Array.isArray(g.members) ? g.members : []]));
  const known = new Map<string, string[]>();

  const walk = (id: string, seen: Set<string>, out: Set<string>): void => {
    if (unitIds.has(id)) {
      out.add(id);
      return;
    }
    if (seen.has(id)) return;
    seen.add(id);
    for (const member of members.get(id) ?? []) walk(member, seen, out);
  };

  return (id) => {
    let found = known.get(id);
    if (!found) {
      const out = new Set<string>();
      walk(id, new Set(), out);
      found = [...out];
      known.set(id, found);
    }
    return found;
  };
}

/**
 * Every assignment of the plan, task by task: leads first, then supports. A unit that both leads
 * and supports the same task (through overlapping groups) is a lead only.
 */
export function computeAssignments(model: PlanModel, expand = unitExpander(model.units, model.groups)): Assignment[] {
  const out: Assignment[] = [];
  for (const task of model.tasks) {
    const leads = new Set(typeof task.lead === 'string' ? expand(task.lead) : []);
    for (const unit of leads) out.push({ task, unit, role: 'lead' });
    const supports = new Set((Array.isArray(task.support) ? task.support : []).flatMap((id) => expand(id)));
    for (const unit of supports) if (!leads.has(unit)) out.push({ task, unit, role: 'support' });
  }
  return out;
}
