// `progress import --format json`: the whole report, the only thing on stdout.

import type { ImportReport } from './import-types.js';

export function importJson(report: ImportReport): string {
  return `${JSON.stringify({ ok: report.errorCount === 0, ...report }, null, 2)}\n`;
}
