// Validated file data → the typed model. An item that failed its schema is left out (its own
// findings say why), but its id is remembered, so that references to it are not reported again
// as unknown.

import type { Calendar, Group, Indicator, Plan, PlanModel, Progress, Section, SourceFile, Task, Unit, Update, IndicatorValue, Narrative } from './model.js';

export interface BuildInput {
  root: string;
  files: SourceFile[];
  /** per file, the pointers that have schema errors */
  invalid: Map<string, string[]>;
}

export interface Built {
  model: PlanModel;
  /** ids of items left out because they are invalid: not to be reported as unknown */
  invalidIds: Set<string>;
}

type Obj = Record<string, unknown>;

export function buildModel({ root, files, invalid }: BuildInput): Built {
  const model: PlanModel = { root, files, units: [], groups: [], sections: [], tasks: [], progress: [], narratives: [], indicators: [] };
  const invalidIds = new Set<string>();

  for (const source of files) {
    const data = source.data as Obj | undefined;
    if (!data || typeof data !== 'object' || Array.isArray(data)) continue;
    const file = source.path;
    const bad = invalid.get(file) ?? [];
    const isValid = (pointer: string) => bad.length === 0 || !bad.some((p) => p === pointer || p.startsWith(pointer + '/'));
    /** the valid items of a list, each with its origin */
    const items = <T>(key: string, base = ''): T[] => {
      const list = data[key];
      if (!Array.isArray(list)) return [];
      const out: T[] = [];
      list.forEach((item: unknown, i) => {
        const pointer = `${base}/${key}/${i}`;
        if (isValid(pointer)) out.push({ ...(item as Obj), at: { file, pointer } } as T);
        else if (item && typeof (item as Obj).id === 'string') invalidIds.add((item as Obj).id as string);
      });
      return out;
    };

    switch (source.kind) {
      case 'plan':
        if (isValid('')) model.plan = { ...(data as unknown as Plan), at: { file, pointer: '' } };
        break;
      case 'units':
        model.units.push(...items<Unit>('units'));
        model.groups.push(...items<Group>('groups'));
        break;
      case 'tasks': {
        const section = typeof data.section === 'string' ? data.section : '';
        if (isValid('/section') && isValid('/title')) {
          model.sections.push({ section, title: String(data.title ?? ''), ...(typeof data.source === 'string' ? { source: data.source } : {}), at: { file, pointer: '' } } as Section);
        }
        model.tasks.push(...items<Omit<Task, 'section'>>('tasks').map((t) => ({ ...t, section })));
        break;
      }
      case 'progress':
        if (isValid('/unit') && isValid('/period') && isValid('/submitted')) {
          model.progress.push({
            unit: data.unit as string,
            period: data.period as string,
            submitted: data.submitted as string,
            ...(typeof data.document === 'string' ? { document: data.document } : {}),
            updates: items<Update>('updates'),
            indicators: items<IndicatorValue>('indicators'),
            proposals: Array.isArray(data.proposals) && isValid('/proposals') ? (data.proposals as string[]) : [],
            at: { file, pointer: '' },
          } satisfies Progress);
        }
        break;
      case 'narrative': {
        const paragraphs = (key: string): string[] => (Array.isArray(data[key]) && isValid(`/${key}`) ? (data[key] as string[]) : []);
        if (isValid('/period') && isValid('/unit')) {
          model.narratives.push({
            period: data.period as string,
            ...(typeof data.unit === 'string' ? { unit: data.unit } : {}),
            direction: paragraphs('direction'),
            results: paragraphs('results'),
            next: paragraphs('next'),
            proposals: paragraphs('proposals'),
            at: { file, pointer: '' },
          } satisfies Narrative);
        }
        break;
      }
      case 'calendar':
        if (isValid('')) model.calendar = { ...(data as unknown as Calendar), at: { file, pointer: '' } };
        break;
      case 'indicators':
        model.indicators.push(...items<Indicator>('indicators'));
        break;
      case 'template':
        break;
    }
  }
  return { model, invalidIds };
}
