// What re-importing a form changes in a progress file that exists already, field by field, for
// `progress import --force` to print before it overwrites: the words of `de06 diff`, one level
// deeper than its "progress report changed".

import type { Progress, Update } from '../plan/model.js';
import type { ProgressDocument, UpdateDocument } from './read.js';

export interface FieldChange {
  /** the task id (with its occurrence), or '' for the report itself */
  task: string;
  /** message id of the field's name in the i18n catalogs */
  field: string;
  from?: unknown;
  to?: unknown;
}

const UPDATE_FIELDS = ['status', 'percent', 'done_on', 'note', 'evidence', 'problems'] as const;

export function progressChanges(old: Progress, next: ProgressDocument): FieldChange[] {
  const out: FieldChange[] = [];
  const field = (task: string, name: string, from: unknown, to: unknown) => {
    if (JSON.stringify(from ?? null) !== JSON.stringify(to ?? null)) out.push({ task, field: `form.field.${name}`, from, to });
  };
  field('', 'submitted', old.submitted, next.submitted);
  field('', 'document', old.document, next.document);
  const key = (u: Pick<Update, 'task' | 'occurrence' | 'event_on'>) => [u.task, u.occurrence ?? u.event_on].filter(Boolean).join(' · ');
  const before = new Map(old.updates.map((u) => [key(u), u]));
  const after = new Map(next.updates.map((u) => [key(u), u]));
  for (const [id, was] of before) {
    const is = after.get(id);
    if (!is) out.push({ task: id, field: 'form.field.update', from: was.status });
    else for (const name of UPDATE_FIELDS) field(id, name, was[name], (is as UpdateDocument)[name]);
  }
  for (const [id, is] of after) if (!before.has(id)) out.push({ task: id, field: 'form.field.update', to: is.status });
  const values = (list: readonly { id: string; value: unknown }[] | undefined) => new Map((list ?? []).map((i) => [i.id, i.value]));
  const was = values(old.indicators);
  const is = values(next.indicators);
  for (const id of new Set([...was.keys(), ...is.keys()])) field(id, 'indicator', was.get(id), is.get(id));
  field('', 'proposals', old.proposals, next.proposals ?? []);
  return out;
}
