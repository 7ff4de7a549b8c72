// The semantic diff of two plans: what changed in assignments (tasks, owners, deadlines), in the
// units and groups that receive them, and in the units' progress files — not which lines moved.

import type { Group, PlanModel, Task, Unit } from '../plan/model.js';
import { diffDays, dueOf } from '../time/index.js';
import { TASK_CHANGES, type Change, type TaskChangeKind } from './change.js';
import { removalRecords } from './removed.js';
import { canonical, compareIds, firstDifference, sameValue } from './values.js';

type TaskField = Exclude<TaskChangeKind, 'added' | 'removed'>;
const TASK_FIELDS = TASK_CHANGES.filter((k): k is TaskField => k !== 'added' && k !== 'removed');

/** Every change from `base` to `head`: tasks by id (plan order), then units, groups, progress files. */
export function diffPlans(base: PlanModel, head: PlanModel): Change[] {
  return [...taskChanges(base, head), ...unitChanges(base.units, head.units), ...groupChanges(base.groups, head.groups), ...progressChanges(base, head)];
}

function taskChanges(base: PlanModel, head: PlanModel): Change[] {
  const removals = removalRecords(head);
  return matched(byId(base.tasks), byId(head.tasks)).flatMap(([id, was, is]): Change[] => {
    if (!was) return [{ task: id, change: 'added', to: is!.title, ...authority(is!.amended_by), file: is!.at.file, pointer: is!.at.pointer, side: 'head' }];
    if (!is) {
      const record = removals.get(id);
      return [{ task: id, change: 'removed', from: was.title, ...authority(record?.amended_by), file: record?.file ?? was.at.file, pointer: record?.pointer ?? was.at.pointer, side: record ? 'head' : 'base' }];
    }
    return TASK_FIELDS.filter((field) => !sameValue(was[field], is[field])).map((field) => fieldChange(was, is, field));
  });
}

function fieldChange(was: Task, is: Task, field: TaskField): Change {
  const present = is[field] !== undefined;
  return {
    task: is.id,
    change: field,
    ...(was[field] === undefined ? {} : { from: was[field] }),
    ...(present ? { to: is[field] } : {}),
    ...authority(is.amended_by),
    ...(field === 'due' ? daysMoved(was.due, is.due) : {}),
    file: is.at.file,
    // a field that was deleted is shown at its task
    pointer: present && field !== 'section' ? `${is.at.pointer}/${field}` : is.at.pointer,
    side: 'head',
  };
}

/** How far a one-off deadline moved, in days; nothing when either side is not a single day. */
function daysMoved(from: Task['due'], to: Task['due']): { days?: number } {
  const a = dueOf(from);
  const b = dueOf(to);
  return a.kind === 'date' && b.kind === 'date' ? { days: diffDays(b.last, a.last) } : {};
}

function authority(amendedBy: string | undefined): { amended_by?: string } {
  return amendedBy === undefined ? {} : { amended_by: amendedBy };
}

function unitChanges(base: Unit[], head: Unit[]): Change[] {
  const changes: Change[] = [];
  for (const [id, was, is] of matched(byId(base), byId(head))) {
    if (!was) changes.push({ unit: id, change: 'unit-added', to: is!.name, file: is!.at.file, pointer: is!.at.pointer, side: 'head' });
    else if (!is) changes.push({ unit: id, change: 'unit-removed', from: was.name, file: was.at.file, pointer: was.at.pointer, side: 'base' });
    else if (was.name !== is.name) changes.push({ unit: id, change: 'unit-renamed', from: was.name, to: is.name, file: is.at.file, pointer: `${is.at.pointer}/name`, side: 'head' });
  }
  return changes;
}

function groupChanges(base: Group[], head: Group[]): Change[] {
  const changes: Change[] = [];
  for (const [id, was, is] of matched(byId(base), byId(head))) {
    if (!was) changes.push({ group: id, change: 'group-added', to: is!.members, file: is!.at.file, pointer: is!.at.pointer, side: 'head' });
    else if (!is) changes.push({ group: id, change: 'group-removed', from: was.members, file: was.at.file, pointer: was.at.pointer, side: 'base' });
    // membership is a set: reordering members changes no assignment
    else if (canonical([...was.members].sort()) !== canonical([...is.members].sort())) {
      changes.push({ group: id, change: 'members', from: was.members, to: is.members, file: is.at.file, pointer: `${is.at.pointer}/members`, side: 'head' });
    }
  }
  return changes;
}

/** Progress files by path; a changed file is compared by content, not formatting. */
function progressChanges(base: PlanModel, head: PlanModel): Change[] {
  const changes: Change[] = [];
  for (const [path, was, is] of matched(progressFiles(base), progressFiles(head), (a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [, , unit = '', name = ''] = path.split('/');
    const about = { unit, period: name.replace(/\.ya?ml$/i, ''), file: path, pointer: '' };
    if (was === undefined) changes.push({ change: 'progress-added', ...about, side: 'head' });
    else if (is === undefined) changes.push({ change: 'progress-removed', ...about, side: 'base' });
    else if (!sameValue(was, is)) changes.push({ change: 'progress-changed', ...about, pointer: firstDifference(was, is), side: 'head' });
  }
  return changes;
}

export function progressFiles(model: PlanModel): Map<string, unknown> {
  // null for a file that did not parse, so that "absent" stays undefined
  return new Map(model.files.filter((f) => f.kind === 'progress').map((f) => [f.path, f.data ?? null]));
}

/** Each key of either side, in order, with its value before and after. */
function matched<T>(before: Map<string, T>, after: Map<string, T>, order = compareIds): [string, T | undefined, T | undefined][] {
  return [...new Set([...before.keys(), ...after.keys()])].sort(order).map((key) => [key, before.get(key), after.get(key)]);
}

/** The first of each id: duplicates are a lint error of their own (duplicate-id). */
function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}
