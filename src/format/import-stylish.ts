// `progress import` for people: each problem at its cell with the fix under it, then one line
// per form saying what became of it.
//   inbox/so-yt.xlsx!Báo cáo!G12  lỗi  "Xong" không phải một tình trạng.  form
//       → Chọn một trong: Chưa thực hiện, Đang thực hiện, Đã hoàn thành, Tạm dừng.

import { t, type Lang } from '../i18n/index.js';
import { cellName, type ImportReport } from './import-types.js';

export function importStylish(report: ImportReport, options: { lang: Lang }): string {
  const say = (id: string, params?: Record<string, string | number>) => t(options.lang, id, params);
  const lines: string[] = [];
  for (const p of report.problems) {
    lines.push(`${cellName(p)}  ${say(`format.severity.${p.severity}`)}  ${p.message}  ${p.rule}`);
    if (p.fix) lines.push(`    → ${p.fix}`);
  }
  if (lines.length > 0) lines.push('');
  for (const form of report.forms) {
    lines.push(say(`form.import.${form.action}`, { file: form.file, path: form.path ?? '' }));
    for (const change of form.changes ?? []) lines.push(`    ${change}`);
    if (form.action === 'would-write' && form.yaml) lines.push(...form.yaml.trimEnd().split('\n').map((l) => `    ${l}`));
  }
  return lines.map((l) => `${l}\n`).join('');
}
