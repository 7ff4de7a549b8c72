// `de06 overdue --format json`: the DESIGN §4 shape, as is.

import type { OverdueList } from '../status/index.js';

export function overdueJson(list: OverdueList): string {
  return JSON.stringify(list, null, 2) + '\n';
}
