// `de06 diff --format json` (DESIGN §4): {"base","head","changes":[{"task","change","from","to",
// "amended_by", …}]}. Fields are only added, never renamed; `from`, `to` and `amended_by` are
// always present (null when absent) so scripts can read them without checking; `head` is
// "working tree" when the working tree was compared.

import type { Change } from '../diff/change.js';
import type { DiffResult } from '../diff/describe.js';

export function diffJson(result: DiffResult): string {
  return JSON.stringify({ base: result.base, head: result.head ?? 'working tree', changes: result.changes.map(publicFields) }, null, 2) + '\n';
}

/** The change in a fixed key order, without `pointer` and `side`, which only locate findings. */
function publicFields(c: Change): Record<string, unknown> {
  const subject = { task: c.task, unit: c.unit, group: c.group, period: c.period };
  return {
    ...Object.fromEntries(Object.entries(subject).filter(([, v]) => v !== undefined)),
    change: c.change,
    from: c.from ?? null,
    to: c.to ?? null,
    amended_by: c.amended_by ?? null,
    ...(c.days === undefined ? {} : { days: c.days }),
    file: c.file,
  };
}
