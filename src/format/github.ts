// GitHub Actions workflow commands: one `::error`/`::warning` annotation per problem, shown on the
// pull request's "Files changed" tab (only when `line=` is given; conftest PR #1173).
//
// GitHub shows at most 10 error and 10 warning annotations per step (actions/toolkit
// docs/problem-matchers.md) and drops the rest without a word. So the budget goes first to
// problems on lines the pull request changed, then to the rest in the caller's order, and a
// `::notice` says how many were left out; the full list goes to the step summary.

import { t } from '../i18n/index.js';
import type { Diagnostic, LintResult } from '../lint/diagnostic.js';
import { markdown } from './markdown.js';
import { counted } from './summary.js';
import type { FormatOptions } from './types.js';

/** Annotations GitHub shows per step, for each severity. */
const ANNOTATIONS_PER_SEVERITY = 10;

export function github(result: LintResult, options: FormatOptions): string {
  const shown = { error: 0, warning: 0 };
  const lines: string[] = [];
  for (const problem of byPriority(result.problems, options.changed)) {
    if (shown[problem.severity] >= ANNOTATIONS_PER_SEVERITY) continue;
    shown[problem.severity]++;
    lines.push(annotation(problem));
  }
  const leftErrors = result.errorCount - shown.error;
  const leftWarnings = result.warningCount - shown.warning;
  if (leftErrors > 0 || leftWarnings > 0) {
    const errors = counted(options.lang, 'error', leftErrors);
    const warnings = counted(options.lang, 'warning', leftWarnings);
    lines.push(`::notice title=de06::${escapeData(t(options.lang, 'format.github.notAnnotated', { errors, warnings }))}`);
  }
  return lines.map((line) => line + '\n').join('');
}

/** Markdown for $GITHUB_STEP_SUMMARY: every problem, including those not annotated. */
export const githubSummary = markdown;

/** Problems touching a changed line first, each group in the caller's order. */
function byPriority(problems: Diagnostic[], changed: Map<string, Set<number>> | undefined): Diagnostic[] {
  if (!changed) return problems;
  const first: Diagnostic[] = [];
  const rest: Diagnostic[] = [];
  for (const p of problems) (touchesChange(p, changed.get(p.file)) ? first : rest).push(p);
  return [...first, ...rest];
}

function touchesChange(p: Diagnostic, changedLines: Set<number> | undefined): boolean {
  if (!changedLines) return false;
  for (let line = p.line; line <= p.endLine; line++) if (changedLines.has(line)) return true;
  return false;
}

function annotation(p: Diagnostic): string {
  const properties: [string, string | number][] = [['file', p.file], ['line', p.line]];
  // GitHub accepts col and endColumn only when the annotation starts and ends on the same line.
  if (p.endLine === p.line) properties.push(['col', p.column], ['endLine', p.endLine], ['endColumn', p.endColumn]);
  else properties.push(['endLine', p.endLine]);
  properties.push(['title', `de06 ${p.rule}`]);
  const list = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${p.severity} ${list}::${escapeData(p.message)}`;
}

// Escaping as the runner reads it (actions/toolkit packages/core/src/command.ts).
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
