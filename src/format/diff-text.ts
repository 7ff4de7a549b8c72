// `de06 diff` for a terminal: a header line, then one line per change.
//   ~ Nhiệm vụ III.2.4 · thời hạn: 2026-09-30 → 2026-12-31 (muộn hơn 92 ngày) · theo Văn bản số 12/UBND

import { t, type Lang } from '../i18n/index.js';
import type { Change } from '../diff/change.js';
import { countText, headLabel, kindLabel, membersText, movedText, needsAuthority, subjectOf, valueText, type DiffResult } from '../diff/describe.js';

export function diffText(result: DiffResult, options: { lang: Lang }): string {
  const { lang } = options;
  const header = t(lang, 'diff.header', { base: result.base, head: headLabel(result, lang), count: countText(result.changes.length, lang) });
  if (result.changes.length === 0) return `${header}\n${t(lang, 'diff.none')}\n`;
  return [header, ...result.changes.map((c) => changeLine(c, lang))].join('\n') + '\n';
}

/** One change as `diff` prints it: "~ Nhiệm vụ III.2.4 · thời hạn: … → …". */
export function changeLine(change: Change, lang: Lang): string {
  const parts = [`${mark(change)} ${subjectOf(change, lang)}`, `${kindLabel(change, lang)}${detail(change, lang)}`];
  if (change.amended_by !== undefined) parts.push(t(lang, 'diff.by', { document: change.amended_by }));
  else if (needsAuthority(change)) parts.push(`⚠ ${t(lang, 'diff.no-authority')}`);
  return parts.join(' · ');
}

function mark(change: Change): string {
  if (change.change.endsWith('added')) return '+';
  if (change.change.endsWith('removed')) return '-';
  return '~';
}

function detail(change: Change, lang: Lang): string {
  if (change.change === 'members') return `: ${membersText(change, lang)}`;
  if (change.period !== undefined) return ` (${change.file})`;
  if (change.change.endsWith('added')) return `: ${valueText(change.to, lang)}`;
  if (change.change.endsWith('removed')) return `: ${valueText(change.from, lang)}`;
  const moved = movedText(change, lang);
  return `: ${valueText(change.from, lang)} → ${valueText(change.to, lang)}${moved ? ` (${moved})` : ''}`;
}
