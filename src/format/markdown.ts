// A Markdown summary for people reading a pull request: a heading, the verdict and one table of
// every problem, rows grouped by file. The github format reuses it for $GITHUB_STEP_SUMMARY,
// where the problems that did not fit GitHub's annotation limit are listed.

import { t } from '../i18n/index.js';
import type { LintResult } from '../lint/diagnostic.js';
import { byFile, severityLabel, summaryLine } from './summary.js';
import type { FormatOptions } from './types.js';

export function markdown(result: LintResult, options: FormatOptions): string {
  const { lang } = options;
  const out = [`## ${t(lang, 'format.markdown.title')}`, '', summaryLine(result, lang, options.hiddenWarnings)];
  if (result.problems.length > 0) {
    const headers = ['location', 'severity', 'rule', 'message'].map((id) => t(lang, `format.table.${id}`));
    out.push('', `| ${headers.join(' | ')} |`, `|${' --- |'.repeat(headers.length)}`);
    for (const p of [...byFile(result.problems).values()].flat()) {
      const cells = [
        escapeMarkdown(`${p.file}:${p.line}:${p.column}`),
        severityLabel(lang, p.severity),
        '`' + p.rule + '`',
        escapeMarkdown(p.message),
      ];
      out.push(`| ${cells.join(' | ')} |`);
    }
  }
  return out.join('\n') + '\n';
}

/**
 * Text for one table cell that shows as written: `|` would end the cell, a newline the row, and
 * `< > &` or Markdown punctuation in a message (a quoted YAML value) would turn into HTML or
 * formatting.
 */
function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]~|#]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n|\r/g, '<br>');
}
