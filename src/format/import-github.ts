// `progress import --format github`, for the inbox job: one annotation per problem, named by its
// cell (a workbook has no lines for GitHub to point at, so the annotation names the file only),
// then a notice per form saying what would be committed.

import { t, type Lang } from '../i18n/index.js';
import { escapeData, escapeProperty } from './github.js';
import { cellName, type ImportReport } from './import-types.js';

export function importGithub(report: ImportReport, options: { lang: Lang }): string {
  const lines: string[] = [];
  for (const p of report.problems) {
    const text = `${cellName(p)}: ${p.message}${p.fix ? ` ${p.fix}` : ''}`;
    lines.push(`::${p.severity} file=${escapeProperty(p.file)},title=${escapeProperty(`de06 ${p.rule}`)}::${escapeData(text)}`);
  }
  for (const form of report.forms) {
    if (!form.yaml || !form.path) continue;
    lines.push(`::group::${escapeData(t(options.lang, 'form.import.github-group', { file: form.file, path: form.path }))}`, ...form.yaml.trimEnd().split('\n'), '::endgroup::');
  }
  return lines.map((line) => `${line}\n`).join('');
}
