// The default format, for people (hledger's error shape): where, what, the source lines with the
// region marked, and how to fix it.
//
//   plan/tasks/III-2-tthc.yaml:12:9
//   lỗi [unknown-reference] …
//      11 |   - id: III.2.4
//      12 |     lead: vp-ubd
//         |           ^^^^^^
//      13 |     support: [cat]
//     cách sửa: …

import { Chalk, type ChalkInstance } from 'chalk';
import { t, type Lang } from '../i18n/index.js';
import type { Diagnostic, LintResult } from '../lint/diagnostic.js';
import { ruleCounts, severityLabel, summaryLine } from './summary.js';
import type { FormatOptions } from './types.js';

export function stylish(result: LintResult, options: FormatOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const blocks = result.problems.map((problem) => problemBlock(problem, options.lang, chalk));
  // after hundreds of problems, what they are in one screen: how many of each rule
  if (result.problems.length > 0) {
    blocks.push([chalk.bold(t(options.lang, 'format.by-rule')), ...ruleCounts(result.problems, options.lang).map((line) => `  ${line}`)].join('\n'));
  }
  const summary = summaryLine(result, options.lang, options.hiddenWarnings);
  const paint = result.errorCount > 0 ? chalk.red.bold : result.warningCount > 0 ? chalk.yellow.bold : chalk.green;
  return [...blocks, paint(summary)].join('\n\n') + '\n';
}

function problemBlock(problem: Diagnostic, lang: Lang, chalk: ChalkInstance): string {
  const paint = problem.severity === 'error' ? chalk.red : chalk.yellow;
  const lines = [
    chalk.bold(`${problem.file}:${problem.line}:${problem.column}`),
    `${paint.bold(severityLabel(lang, problem.severity))} ${chalk.dim(`[${problem.rule}]`)} ${problem.message}`,
    ...excerptLines(problem, chalk, paint),
  ];
  if (problem.fix) lines.push(chalk.cyan(`  ${t(lang, 'format.fix', { fix: problem.fix })}`));
  return lines.join('\n');
}

function excerptLines(problem: Diagnostic, chalk: ChalkInstance, paint: ChalkInstance): string[] {
  const excerpt = problem.excerpt ?? [];
  if (excerpt.length === 0) return [];
  const width = Math.max(...excerpt.map((source) => String(source.line).length));
  const gutter = (label: string) => chalk.dim(`  ${label.padStart(width)} | `);
  const out: string[] = [];
  for (const source of excerpt) {
    out.push(`${gutter(String(source.line))}${source.text}`);
    if (source.line === problem.line) out.push(`${gutter('')}${paint(caret(source.text, problem))}`);
  }
  return out.map((line) => line.trimEnd());
}

/**
 * Spaces up to the problem's column, then one ^ per character of the region: to endColumn when the
 * region ends on this line (endColumn is the column just after the region), else to the end of the
 * line. Tabs are kept and combining marks skipped so the carets stay under the text even when it
 * holds tabs or decomposed Vietnamese letters (e.g. "ệ" typed as e + two marks).
 */
function caret(text: string, span: { line: number; column: number; endLine: number; endColumn: number }): string {
  const start = Math.max(span.column - 1, 0);
  const end = span.endLine === span.line ? span.endColumn - 1 : text.length;
  const cells = (s: string) => s.replace(/\p{M}/gu, '');
  const indent = cells(text.slice(0, start)).replace(/[^\t]/g, ' ');
  const marked = Math.max(cells(text.slice(start, end)).length, 1);
  return indent + '^'.repeat(marked);
}
