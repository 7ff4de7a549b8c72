// Words for a change, shared by the diff formats for people (src/format/diff-text.ts,
// diff-markdown.ts): who or what it is about, the values before and after, how far a deadline moved.

import { t, type Lang } from '../i18n/index.js';
import type { Change } from './change.js';

/** What the pull request shows of a diff: the two sides and the changes. */
export interface DiffResult {
  /** the base revision as the user named it (or the merge base commit) */
  base: string;
  /** the head revision, or undefined for the working tree */
  head?: string;
  changes: Change[];
}

/** Changes that need an authorising document (src/diff/amendments.ts). */
export function needsAuthority(change: Change): boolean {
  return ['lead', 'due', 'removed'].includes(change.change);
}

export function headLabel(result: DiffResult, lang: Lang): string {
  return result.head ?? t(lang, 'diff.worktree');
}

export function subjectOf(change: Change, lang: Lang): string {
  if (change.task !== undefined) return t(lang, 'diff.subject.task', { id: change.task });
  if (change.group !== undefined) return t(lang, 'diff.subject.group', { id: change.group });
  if (change.period !== undefined) return t(lang, 'diff.subject.progress', { unit: change.unit!, period: change.period });
  return t(lang, 'diff.subject.unit', { id: change.unit! });
}

export function kindLabel(change: Change, lang: Lang): string {
  return t(lang, `diff.change.${change.change}`);
}

const LONGEST = 80;

/** A value from the YAML as one short line: ids joined, `{before: d}` read out, text cut at 80. */
export function valueText(value: unknown, lang: Lang): string {
  if (value === undefined || value === null) return t(lang, 'diff.value.none');
  if (Array.isArray(value)) return value.length === 0 ? t(lang, 'diff.value.none') : value.map((v) => valueText(v, lang)).join(', ');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (Object.keys(o).length === 1 && typeof o.before === 'string') return t(lang, 'diff.value.before', { date: o.before });
    return `{${Object.entries(o).map(([k, v]) => `${k}: ${valueText(v, lang)}`).join(', ')}}`;
  }
  const text = String(value).replace(/\s+/g, ' ').trim();
  return text.length > LONGEST ? text.slice(0, LONGEST - 1) + '…' : text;
}

/** "muộn hơn 92 ngày" / "3 days earlier", or '' when the deadline did not move by whole days. */
export function movedText(change: Change, lang: Lang): string {
  if (change.days === undefined || change.days === 0) return '';
  return t(lang, change.days > 0 ? 'diff.moved.later' : 'diff.moved.earlier', { days: Math.abs(change.days) });
}

/** For membership: who joined and who left, which says more than two long lists. */
export function membersText(change: Change, lang: Lang): string {
  const from = (change.from as string[] | undefined) ?? [];
  const to = (change.to as string[] | undefined) ?? [];
  const list = (ids: string[]) => (ids.length ? ids.join(', ') : t(lang, 'diff.value.none'));
  return t(lang, 'diff.value.members', { added: list(to.filter((m) => !from.includes(m))), removed: list(from.filter((m) => !to.includes(m))) });
}

export function countText(n: number, lang: Lang): string {
  return n === 1 ? t(lang, 'diff.count.one') : t(lang, 'diff.count', { n });
}
