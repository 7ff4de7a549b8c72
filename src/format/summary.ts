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

/**
 * "✖ 3 lỗi, 12 cảnh báo trong 25 tệp" or "✔ Không có lỗi hay cảnh báo (25 tệp)"; with --quiet
 * (`hiddenWarnings` given), errors only and how many warnings were left out.
 */
export function summaryLine(result: LintResult, lang: Lang, hiddenWarnings?: number): string {
  const files = counted(lang, 'file', result.fileCount);
  const errors = counted(lang, 'error', result.errorCount);
  if (hiddenWarnings !== undefined) {
    const line = result.errorCount === 0 ? `✔ ${t(lang, 'format.summary.no-errors', { files })}` : `✖ ${t(lang, 'format.summary.errors', { errors, files })}`;
    return hiddenWarnings === 0 ? line : `${line}; ${t(lang, 'format.summary.hidden', { warnings: counted(lang, 'warning', hiddenWarnings) })}`;
  }
  if (result.problems.length === 0) return `✔ ${t(lang, 'format.summary.clean', { files })}`;
  const warnings = counted(lang, 'warning', result.warningCount);
  return `✖ ${t(lang, 'format.summary.problems', { errors, warnings, files })}`;
}

/** Problems counted by rule, rules with errors first, then the most frequent: "six-clear 83 cảnh báo". */
export function ruleCounts(problems: Diagnostic[], lang: Lang): string[] {
  const counts = new Map<string, { error: number; warning: number }>();
  for (const p of problems) {
    const count = counts.get(p.rule) ?? { error: 0, warning: 0 };
    count[p.severity]++;
    counts.set(p.rule, count);
  }
  const rules = [...counts].sort(([a, x], [b, y]) => y.error - x.error || y.error + y.warning - (x.error + x.warning) || a.localeCompare(b));
  const width = Math.max(...rules.map(([rule]) => rule.length));
  return rules.map(([rule, count]) => {
    const parts = [count.error > 0 ? counted(lang, 'error', count.error) : '', count.warning > 0 ? counted(lang, 'warning', count.warning) : ''];
    return `${rule.padEnd(width)}  ${parts.filter(Boolean).join(', ')}`;
  });
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
