// One semantic change between two versions of the plan: what a reviewer of a pull request needs to
// see (DESIGN §4 `diff --format json`). Each change points at where it stands, so that amendment
// rules can put their findings on the changed field.

/** A field of a task that changed, or the task itself added or removed. */
export const TASK_CHANGES = ['added', 'removed', 'section', 'title', 'objective', 'lead', 'support', 'authority', 'due', 'result'] as const;
export type TaskChangeKind = (typeof TASK_CHANGES)[number];

export type ChangeKind =
  | TaskChangeKind
  | 'unit-added' | 'unit-removed' | 'unit-renamed'
  | 'group-added' | 'group-removed' | 'members'
  | 'progress-added' | 'progress-changed' | 'progress-removed';

export interface Change {
  change: ChangeKind;
  /** what changed: one of task, unit, group, or (for progress files) unit and period */
  task?: string;
  unit?: string;
  group?: string;
  period?: string;
  from?: unknown;
  to?: unknown;
  /** the document that authorises the change, from the head's task or removal record */
  amended_by?: string;
  /** `due` moved from one day to another: days later (> 0) or earlier (< 0) */
  days?: number;
  /** where the change stands: the head's file, or the base's when the thing was removed */
  file: string;
  pointer: string;
  side: 'base' | 'head';
}
