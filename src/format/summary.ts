// Pieces shared by the formats for people (stylish, markdown, junit): counts, the one-line
// verdict, severity words and problems grouped by file.

import { t, type Lang } from '../i18n/index.js';
import type { Diagnostic, LintResult, Severity } from '../lint/diagnostic.js';

type Counted = 'error' | 'warning' | 'file';

/** "3 lỗi" / "1 error" / "25 files". */
export function counted(lang: Lang, what: Counted, n: number): string {
  return t(lang, n === 1 ? `format.count.${what}` : `format.count.${what}s`, { n });
}

export function severityLabel(lang: Lang, severity: Severity): string {
  return t(lang, `format.severity.${severity}`);
}

/** "✖ 3 lỗi, 12 cảnh báo trong 25 tệp" or "✔ Không có lỗi hay cảnh báo (25 tệp)". */
export function summaryLine(result: LintResult, lang: Lang): string {
  const files = counted(lang, 'file', result.fileCount);
  if (result.problems.length === 0) return `✔ ${t(lang, 'format.summary.clean', { files })}`;
  const errors = counted(lang, 'error', result.errorCount);
  const warnings = counted(lang, 'warning', result.warningCount);
  return `✖ ${t(lang, 'format.summary.problems', { errors, warnings, files })}`;
}

/** Problems by file, files in the order they first appear, each file's problems in the caller's order. */
export function byFile(problems: Diagnostic[]): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const p of problems) {
    const group = groups.get(p.file);
    if (group) group.push(p);
    else groups.set(p.file, [p]);
  }
  return groups;
}
