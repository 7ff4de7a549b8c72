// Validated file data → the two views of the plan. Validity is per field (DESIGN §7): the rules
// see every item, each with only its invalid fields left out, so a task with an impossible date
// still has its unknown unit, unknown objective and duplicate id reported. Status and reports are
// computed from the items that are valid as a whole; what they leave out, lint has said why.

import type { Finding } from './findings.js';
import type { Texts } from './locate.js';
import type { Positions } from './positions.js';
import type { Calendar, Group, Indicator, IndicatorValue, LintModel, Narrative, Origin, Plan, PlanModel, Progress, Section, SourceFile, Task, Unit, Update } from './model.js';

export interface BuildInput {
  root: string;
  files: SourceFile[];
  positions: Positions;
  texts: Texts;
  /** per file, its schema findings */
  invalid: Map<string, Finding[]>;
}

export interface Built {
  model: LintModel;
  valid: PlanModel;
  /** ids that failed their own schema (a malformed id): references to them are not unknown too */
  invalidIds: Set<string>;
}

type Obj = Record<string, unknown>;

export function buildModel({ root, files, positions, texts, invalid }: BuildInput): Built {
  const model: LintModel = { root, files, positions, texts, units: [], groups: [], sections: [], tasks: [], progress: [], narratives: [], indicators: [] };
  const valid: PlanModel = { root, files, positions, texts, units: [], groups: [], sections: [], tasks: [], progress: [], narratives: [], indicators: [] };
  const invalidIds = new Set<string>();

  for (const source of files) {
    const data = source.data;
    if (!isObj(data)) continue;
    const findings = invalid.get(source.path) ?? [];
    const bad = findings.map((f) => f.pointer);
    // a missing field is nothing to take out: the item stays, short of it
    const pruned = findings.length === 0 ? data : prune(data, findings.filter((f) => f.message !== 'schema.required').map((f) => f.pointer));
    for (const pointer of bad) {
      const id = idAt(data, pointer);
      if (id !== undefined) invalidIds.add(id);
    }
    const all = extract(source, pruned, () => true);
    merge(model, all);
    if (findings.length === 0) {
      // a file without findings gives both views the same items
      merge(valid as unknown as LintModel, all);
      continue;
    }
    const isValid = (pointer: string) => !bad.some((p) => p === pointer || p.startsWith(pointer + '/') || (pointer !== '' && pointer.startsWith(p + '/')) || p === '');
    merge(valid as unknown as LintModel, extract(source, data, isValid));
  }
  return { model, valid, invalidIds };
}

type View = Omit<LintModel, 'root' | 'files' | 'positions' | 'texts'>;

/**
 * The items of one file; `keep` says whether the item at a pointer is taken. For the lint view
 * every item is kept (its bad fields already pruned); for the valid view only items without a
 * finding inside them — both views share one shape, so one walk builds either.
 */
function extract(source: SourceFile, data: Obj, keep: (pointer: string) => boolean): View {
  const into: View = { units: [], groups: [], sections: [], tasks: [], progress: [], narratives: [], indicators: [] };
  const file = source.path;
  const at = (pointer: string): Origin => ({ file, pointer });
  const items = <T>(list: unknown, base: string, make: (item: Obj, at: Origin) => T & { at: Origin } = (item, origin) => ({ ...(item as T), at: origin })) => {
    if (!Array.isArray(list)) return [];
    const out: (T & { at: Origin })[] = [];
    list.forEach((item: unknown, i) => {
      const pointer = `${base}/${i}`;
      if (isObj(item) && keep(pointer)) out.push(make(item, at(pointer)));
    });
    return out;
  };
  switch (source.kind) {
    case 'plan':
      if (keep('')) into.plan = { ...(data as Partial<Plan>), at: at('') };
      break;
    case 'units':
      into.units.push(...items<Unit>(data.units, '/units'));
      into.groups.push(...items<Group>(data.groups, '/groups'));
      break;
    case 'tasks': {
      const section = typeof data.section === 'string' ? data.section : '';
      if (keep('/section') && keep('/title') && keep('/source')) {
        into.sections.push({
          ...(data.section !== undefined ? { section: data.section as string } : {}),
          ...(data.title !== undefined ? { title: String(data.title) } : {}),
          ...(typeof data.source === 'string' ? { source: data.source } : {}),
          at: at(''),
        } as Section);
      }
      into.tasks.push(...items<Omit<Task, 'section'>>(data.tasks, '/tasks').map((t) => ({ ...t, section })));
      break;
    }
    case 'progress':
      if (keep('/unit') && keep('/period') && keep('/submitted') && keep('/document')) {
        into.progress.push({
          ...pick(data, ['unit', 'period', 'submitted', 'document']),
          updates: items<Update>(data.updates, '/updates', asUpdate),
          indicators: items<IndicatorValue>(data.indicators, '/indicators'),
          proposals: Array.isArray(data.proposals) && keep('/proposals') ? (data.proposals as string[]) : [],
          at: at(''),
        } as Progress);
      }
      break;
    case 'narrative':
      if (keep('/period') && keep('/unit')) {
        const paragraphs = (key: string): string[] => (Array.isArray(data[key]) && keep(`/${key}`) ? (data[key] as string[]) : []);
        into.narratives.push({
          ...pick(data, ['period', 'unit']),
          direction: paragraphs('direction'),
          results: paragraphs('results'),
          next: paragraphs('next'),
          proposals: paragraphs('proposals'),
          at: at(''),
        } as Narrative);
      }
      break;
    case 'calendar':
      if (keep('')) into.calendar = { ...(data as Partial<Calendar>), at: at('') };
      break;
    case 'indicators':
      into.indicators.push(...items<Indicator>(data.indicators, '/indicators'));
      break;
    case 'template':
      break;
  }
  return into;
}

function merge(into: LintModel, view: View): void {
  if (view.plan) into.plan = view.plan;
  if (view.calendar) into.calendar = view.calendar;
  into.units.push(...view.units);
  into.groups.push(...view.groups);
  into.sections.push(...view.sections);
  into.tasks.push(...view.tasks);
  into.progress.push(...view.progress);
  into.narratives.push(...view.narratives);
  into.indicators.push(...view.indicators);
}

/**
 * Updates are most of a province's data (7,200 files of ~15 on the large plan): each is made with
 * the same fields in the same order, so every one has the same shape. Rules and status then read
 * them through one hidden class instead of dozens — measured, the rules over updates ran ~3×
 * faster — and each takes less memory than a copy of whatever keys its file gave.
 */
function asUpdate(item: Obj, at: Origin): Update {
  return {
    task: item.task, status: item.status, percent: item.percent, done_on: item.done_on, occurrence: item.occurrence,
    event_on: item.event_on, note: item.note, evidence: item.evidence, problems: item.problems, at,
  } as Update;
}

function pick(data: Obj, keys: string[]): Obj {
  const out: Obj = {};
  for (const key of keys) if (data[key] !== undefined) out[key] = data[key];
  return out;
}

function isObj(value: unknown): value is Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * `data` without the values at `pointers`: keys deleted, list elements left as holes (so that an
 * index in a finding still names the element of the source). Only the containers on the way to a
 * pruned value are copied; the rest is shared.
 */
export function prune(data: Obj, pointers: readonly string[]): Obj {
  const copied = new Map<unknown, unknown>();
  const root = copy(data, copied) as Obj;
  for (const pointer of pointers) {
    if (pointer === '') continue;
    const segments = pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    let node: unknown = root;
    for (let i = 0; i < segments.length - 1 && node !== undefined; i++) {
      const parent = node as Obj;
      const child = parent[segments[i]!];
      if (child === null || typeof child !== 'object') {
        node = undefined;
        break;
      }
      const own = copy(child, copied);
      parent[segments[i]!] = own;
      node = own;
    }
    if (node === undefined || node === null || typeof node !== 'object') continue;
    delete (node as Obj)[segments[segments.length - 1]!];
  }
  return root;
}

function copy(value: unknown, copied: Map<unknown, unknown>): unknown {
  const known = copied.get(value);
  if (known) return known;
  const own = Array.isArray(value) ? value.slice() : Object.defineProperties({}, Object.getOwnPropertyDescriptors(value));
  copied.set(value, own);
  copied.set(own, own);
  return own;
}

/** The id string at `pointer` when the pointer names an `id` field. */
function idAt(data: Obj, pointer: string): string | undefined {
  if (!pointer.endsWith('/id')) return undefined;
  let node: unknown = data;
  for (const segment of pointer.split('/').slice(1)) node = node && typeof node === 'object' ? (node as Obj)[segment] : undefined;
  return typeof node === 'string' ? node : undefined;
}
