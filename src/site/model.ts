// What the dashboard shows (DESIGN §5.2), computed once from the status core as plain data. Every
// count, rate, status and due day comes from src/status/ through the same calls as `de06 status`,
// `de06 overdue` and `de06 calendar`, so the pages and data/*.json can never disagree with them.
// Rows are built by the report's own builders (src/report/build-rows.ts), so a dashboard row and
// a report row of the same assignment say the same thing.

import type { IsoDate, PlanModel } from '../plan/model.js';
import { assignmentRows, compareTaskIds, objectiveRows, unitsOf } from '../report/build-rows.js';
import { submissionMatrix } from '../report/submissions.js';
import type { AssignmentRow, ObjectiveRow, SubmissionMatrix, UnitRef } from '../report/types.js';
import {
  aggregate, computeAssignments, computeObligations, deadlineCalendar, NO_KEY, overdueList, statusItems, STATUS_KEYS,
  type ComputedStatus, type DeadlineCalendar, type OverdueEntry, type OverdueList, type StatusRow, type StatusSetup, type StatusTable,
} from '../status/index.js';

export interface SiteUnit extends UnitRef {
  /** the page, relative to the site's root: don-vi/<id>.html */
  page: string;
  /** its deadlines for calendar programs: lich/<id>.ics */
  ics: string;
  /** its row of `de06 status`; absent when the unit has neither items nor report obligations */
  row?: StatusRow;
  /** tasks it supports (phối hợp): no status of its own, so only what and with whom */
  supports: { task: string; title: string; lead?: UnitRef }[];
}

export interface SiteObjective extends ObjectiveRow {
  /** "G1. Phục vụ giải quyết TTHC …", or the report's words for tasks without a group */
  name: string;
  /** nhom-muc-tieu/<id>.html */
  page: string;
}

/**
 * One assignment (task, lead unit; DESIGN §3) and what it must deliver: one item, or one per
 * occurrence of a recurring or event-triggered task. The pages show one row per assignment, so a
 * monthly duty of 60 months is one row that says how its months stand, not 60 rows.
 */
export interface SiteAssignment {
  task: string;
  title: string;
  objective?: string;
  unit: UnitRef;
  dueLabel: string;
  items: AssignmentRow[];
  /** how many of its items have each status, in the order of STATUS_KEYS, zero counts left out */
  statuses: { status: ComputedStatus; count: number }[];
  /** the note of its latest item that has one */
  note?: string;
}

/** A task of the plan with every assignment it makes: what an objective group's page lists. */
export interface SiteTask {
  task: string;
  title: string;
  objective?: string;
  /** the lead as the plan names it: one unit, or a group of units */
  lead?: UnitRef;
  dueLabel: string;
  /** how many lead units it has */
  units: number;
  /** how many items of all its assignments have each status, zero counts left out */
  statuses: { status: ComputedStatus; count: number }[];
}

/** Overdue entries of one assignment (every missed occurrence of a recurring task), or one report. */
export interface SiteOverdue {
  kind: 'task' | 'report';
  task: string | null;
  unit: string;
  title: string;
  /** worst first, as `de06 overdue` lists them */
  entries: OverdueEntry[];
}

export interface SiteModel {
  plan: { id: string; number: string; title: string; issuer: string; timezone: string };
  asOf: IsoDate;
  /** `de06 status --format json` as of the same day: data/status.json */
  status: StatusTable;
  /** `de06 overdue --format json`: data/overdue.json */
  overdue: OverdueList;
  /** `de06 calendar --format json`, from the as-of day to the plan's end: data/calendar.json */
  calendar: DeadlineCalendar;
  /** every objective group of plan.yaml in its order (those without tasks too), then tasks without one */
  objectives: SiteObjective[];
  /** every unit of units.yaml, in its order */
  units: SiteUnit[];
  /** every assignment, in the plan's task order */
  assignments: SiteAssignment[];
  /** every task with assignments, in the plan's order */
  tasks: SiteTask[];
  /** the overdue list, an assignment's missed occurrences together, worst first */
  overdueGroups: SiteOverdue[];
  /** units × report periods due by the as-of day */
  submissions: SubmissionMatrix;
  /** the lint errors of the plan the site was built from; its pages say so when there are any */
  lintErrors: number;
}

export function buildSiteModel(setup: StatusSetup, asOf: IsoDate, lintErrors: number): SiteModel {
  const { model, plan } = setup;
  const items = statusItems(setup, { asOf });
  const obligations = computeObligations(setup, { asOf });
  const status = aggregate(model, items, obligations, 'unit', asOf, 'vi');
  const units = unitsOf(model);
  // the site links no source lines: they are for the secretariat (the report's xlsx), not the public
  const noSource = () => '';
  const overdue = overdueList(items, obligations, { asOf, lang: 'vi' });
  const assignments = groupAssignments(assignmentRows(items, setup, units, noSource, asOf));
  return {
    plan: { id: plan.id, number: plan.number ?? plan.id, title: plan.title, issuer: plan.issuer?.name ?? '', timezone: plan.timezone },
    asOf,
    status,
    overdue,
    overdueGroups: groupOverdue(overdue.items),
    calendar: deadlineCalendar(setup, { from: asOf, to: plan.period.end, asOf, lang: 'vi' }),
    objectives: siteObjectives(model, objectiveRows(model, items, asOf)),
    units: siteUnits(setup, status, units.ref),
    assignments,
    tasks: groupTasks(model, assignments),
    submissions: submissionMatrix(obligations, model.progress, units, noSource),
    lintErrors,
  };
}

function groupAssignments(rows: AssignmentRow[]): SiteAssignment[] {
  const groups = new Map<string, SiteAssignment>();
  for (const row of rows) {
    const key = `${row.task}\u0000${row.unit.id}`;
    let group = groups.get(key);
    if (!group) {
      group = { task: row.task, title: row.title, unit: row.unit, dueLabel: row.dueLabel, items: [], statuses: [], ...(row.objective !== undefined ? { objective: row.objective } : {}) };
      groups.set(key, group);
    }
    group.items.push(row);
    if (row.note) group.note = row.note;
  }
  for (const group of groups.values()) {
    group.statuses = STATUS_KEYS.map((status) => ({ status, count: group.items.filter((i) => i.status === status).length })).filter((s) => s.count > 0);
  }
  return [...groups.values()];
}

/** Each task's lead as the plan names it: a unit, or a group (not its members). */
function leadsAsNamed(model: PlanModel): Map<string, UnitRef | undefined> {
  const named = new Map<string, UnitRef>([...model.groups, ...model.units].map((u) => [u.id, { id: u.id, name: u.name }]));
  return new Map(model.tasks.map((t) => [t.id, typeof t.lead === 'string' ? named.get(t.lead) : undefined]));
}

function groupTasks(model: PlanModel, assignments: SiteAssignment[]): SiteTask[] {
  const leadOf = leadsAsNamed(model);
  const tasks = new Map<string, { task: SiteTask; counts: Map<ComputedStatus, number> }>();
  for (const a of assignments) {
    let entry = tasks.get(a.task);
    if (!entry) {
      const lead = leadOf.get(a.task);
      const task: SiteTask = { task: a.task, title: a.title, dueLabel: a.dueLabel, units: 0, statuses: [], ...(a.objective !== undefined ? { objective: a.objective } : {}), ...(lead ? { lead } : {}) };
      tasks.set(a.task, (entry = { task, counts: new Map() }));
    }
    entry.task.units++;
    for (const s of a.statuses) entry.counts.set(s.status, (entry.counts.get(s.status) ?? 0) + s.count);
  }
  return [...tasks.values()].map(({ task, counts }) => ({ ...task, statuses: STATUS_KEYS.filter((k) => counts.has(k)).map((status) => ({ status, count: counts.get(status)! })) }));
}

function groupOverdue(entries: OverdueEntry[]): SiteOverdue[] {
  const groups = new Map<string, SiteOverdue>();
  for (const e of entries) {
    const key = e.kind === 'task' ? `task\u0000${e.task}\u0000${e.unit}` : `report\u0000${e.unit}\u0000${e.occurrence}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { kind: e.kind, task: e.task, unit: e.unit, title: e.title, entries: [] }));
    group.entries.push(e);
  }
  return [...groups.values()];
}

/** File names for ids that schemas keep to ASCII slugs; anything else is made one, never a path. */
export function fileSlug(id: string): string {
  return id === NO_KEY ? 'chua-xac-dinh' : id.toLowerCase().replace(/[^a-z0-9-]+/g, '-') || 'x';
}

function siteObjectives(model: PlanModel, rows: ObjectiveRow[]): SiteObjective[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const empty = Object.fromEntries(STATUS_KEYS.map((k) => [k, 0])) as ObjectiveRow['counts'];
  const declared = (model.plan?.objectives ?? []).map((o) => byId.get(o.id) ?? { id: o.id, title: o.title, assigned: 0, counts: empty });
  const declaredIds = new Set(declared.map((o) => o.id));
  // objectiveRows puts the declared ones first, tasks naming an unknown objective (a lint error) next, none last
  const all = [...declared, ...rows.filter((r) => !declaredIds.has(r.id))];
  return uniquePages(all, (o) => `nhom-muc-tieu/${fileSlug(o.id)}`).map(([o, page]) => ({ ...o, name: o.id === NO_KEY ? o.title : `${o.id}. ${o.title}`, page: `${page}.html` }));
}

function siteUnits(setup: StatusSetup, status: StatusTable, ref: (id: string) => UnitRef): SiteUnit[] {
  const rows = new Map(status.rows.map((r) => [r.key, r]));
  const leadOf = leadsAsNamed(setup.model);
  const supports = new Map<string, SiteUnit['supports']>();
  for (const a of computeAssignments(setup.model, setup.expand)) {
    if (a.role !== 'support') continue;
    const lead = leadOf.get(a.task.id);
    listIn(supports, a.unit).push({ task: a.task.id, title: a.task.title, ...(lead ? { lead } : {}) });
  }
  return uniquePages(setup.model.units, (u) => fileSlug(u.id)).map(([u, slug]) => {
    const row = rows.get(u.id);
    return {
      ...ref(u.id),
      page: `don-vi/${slug}.html`,
      ics: `lich/${slug}.ics`,
      ...(row ? { row } : {}),
      supports: (supports.get(u.id) ?? []).sort((a, b) => compareTaskIds(a.task, b.task)),
    };
  });
}

function listIn<T>(map: Map<string, T[]>, key: string): T[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/** Each entity with its own name: a second one whose slug is taken gets -2, -3 … */
function uniquePages<T>(list: T[], nameOf: (item: T) => string): [T, string][] {
  const taken = new Set<string>();
  return list.map((item) => {
    const base = nameOf(item);
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
    taken.add(name);
    return [item, name];
  });
}
