// `lint --format json`: the stable shape of DESIGN §4, on one line. Keys are copied one by one so
// that fields added to Diagnostic for the other formats (fix, excerpt) never leak into it.

import type { LintResult } from '../lint/diagnostic.js';
import type { FormatOptions } from './types.js';

export function json(result: LintResult, _options: FormatOptions): string {
  const problems = result.problems.map((p) => ({
    file: p.file,
    line: p.line,
    column: p.column,
    endLine: p.endLine,
    endColumn: p.endColumn,
    severity: p.severity,
    rule: p.rule,
    message: p.message,
  }));
  return (
    JSON.stringify({
      ok: result.errorCount === 0,
      errorCount: result.errorCount,
      warningCount: result.warningCount,
      fileCount: result.fileCount,
      problems,
    }) + '\n'
  );
}
