import type { Finding } from '../../plan/findings.js';
import type { Rule } from '../rule.js';

/** Groups may contain groups, never themselves: a cycle would make a group's member units
 * undefined. */
export const groupCycle: Rule = {
  id: 'group-cycle',
  severity: 'error',
  description: {
    vi: 'Một nhóm có thể chứa nhóm khác nhưng không được chứa lại chính nó (trực tiếp hay gián tiếp).',
    en: 'A group may contain groups but never, directly or indirectly, itself.',
  },
  check(model) {
    const members = new Map<string, string[]>();
    for (const g of model.groups) if (g.id !== undefined) members.set(g.id, (g.members ?? []).filter((m) => typeof m === 'string'));
    const findings: Finding[] = [];
    for (const group of model.groups) {
      if (group.id === undefined) continue;
      const path = cycleFrom(group.id, members);
      if (path) {
        findings.push({ rule: 'group-cycle', severity: 'error', file: group.at.file, pointer: `${group.at.pointer}/members`,
          message: 'rule.group-cycle', params: { id: group.id, path: path.join(' → ') } });
      }
    }
    return findings;
  },
};

/** The membership path that leads from `start` back to itself, if any (depth-first). */
function cycleFrom(start: string, members: Map<string, string[]>): string[] | undefined {
  const visited = new Set<string>();
  const walk = (id: string, path: string[]): string[] | undefined => {
    for (const member of members.get(id) ?? []) {
      if (member === start) return [...path, member];
      if (visited.has(member) || !members.has(member)) continue;
      visited.add(member);
      const found = walk(member, [...path, member]);
      if (found) return found;
    }
    return undefined;
  };
  return walk(start, [start]);
}
