// `de06 status --format json`: the DESIGN §4 shape, as is.

import type { StatusTable } from '../status/index.js';

export function statusJson(table: StatusTable): string {
  return JSON.stringify(table, null, 2) + '\n';
}
