// `de06 diff --format markdown`: a pull request comment or step summary a reviewer takes in at a
// glance — one line of counts (and how many changes lack an authorising document), then a table.

import { t, type Lang } from '../i18n/index.js';
import type { Change } from '../diff/change.js';
import { countText, headLabel, kindLabel, membersText, movedText, needsAuthority, subjectOf, valueText, type DiffResult } from '../diff/describe.js';

export function diffMarkdown(result: DiffResult, options: { lang: Lang }): string {
  const { lang } = options;
  const title = `### ${t(lang, 'diff.md.title')}: \`${result.base}\` → ${code(headLabel(result, lang), result.head)}`;
  if (result.changes.length === 0) return `${title}\n\n${t(lang, 'diff.none')}\n`;
  const columns = ['subject', 'change', 'from', 'to', 'document'].map((c) => t(lang, `diff.md.col.${c}`));
  const rows = result.changes.map((c) => row(c, lang));
  return [title, '', summary(result.changes, lang), '', `| ${columns.join(' | ')} |`, `|${columns.map(() => '---').join('|')}|`, ...rows].join('\n') + '\n';
}

/** "**5 thay đổi**: thêm nhiệm vụ 2 · thời hạn 2 · … — ⚠️ 1 thay đổi chưa ghi văn bản cho phép" */
function summary(changes: Change[], lang: Lang): string {
  const counts = new Map<string, number>();
  for (const c of changes) counts.set(kindLabel(c, lang), (counts.get(kindLabel(c, lang)) ?? 0) + 1);
  const parts = [...counts].map(([label, n]) => `${label}: ${n}`).join(' · ');
  const unauthorised = changes.filter((c) => needsAuthority(c) && c.amended_by === undefined).length;
  const warning = unauthorised > 0 ? ` — ⚠️ ${t(lang, 'diff.md.warning', { n: unauthorised })}` : '';
  return `**${countText(changes.length, lang)}**: ${parts}${warning}`;
}

function row(change: Change, lang: Lang): string {
  const [from, to] = sides(change, lang);
  const document = change.amended_by ?? (needsAuthority(change) ? `⚠️ ${t(lang, 'diff.no-authority')}` : '');
  return `| ${[subjectOf(change, lang), kindLabel(change, lang), from, to, document].map(cell).join(' | ')} |`;
}

function sides(change: Change, lang: Lang): [string, string] {
  if (change.change === 'members') return ['', membersText(change, lang)];
  if (change.period !== undefined) return ['', change.file];
  if (change.change.endsWith('added')) return ['', valueText(change.to, lang)];
  if (change.change.endsWith('removed')) return [valueText(change.from, lang), ''];
  const moved = movedText(change, lang);
  return [valueText(change.from, lang), valueText(change.to, lang) + (moved ? ` (${moved})` : '')];
}

/** A table cell: one line, and `|` would end the cell. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function code(label: string, revision: string | undefined): string {
  return revision === undefined ? label : `\`${label}\``;
}
