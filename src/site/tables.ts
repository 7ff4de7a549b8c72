// The tables the pages share. Real tables (caption, column and row headers), each in a frame that
// scrolls sideways on a narrow screen and can be reached with the keyboard. A column's header says
// how the script reads its cells to sort them (dates and numbers as Vietnamese writes them).

import { t } from '../i18n/index.js';
import { rates, STATUS_KEYS, type ComputedStatus, type StatusRow } from '../status/index.js';
import { percent } from '../format/cli-table.js';
import { vnShortDate } from '../time/vn-date.js';
import { count, html, raw, type Html } from './html.js';
import { href } from './layout.js';
import type { SiteAssignment, SiteModel, SiteOverdue, SiteTask } from './model.js';
import { COLUMN, fill, STATUS_LABELS, TEXT } from './words.js';

/** Where each unit's and each objective group's page is. */
export interface Pages {
  from: string;
  unit(id: string): string | undefined;
  /** the unit's name, for lists that carry its id (the overdue list) */
  unitName(id: string): string;
  objective(id: string): string | undefined;
}

export function pagesOf(site: SiteModel, from: string): Pages {
  const units = new Map(site.units.map((u) => [u.id, u]));
  const objectives = new Map(site.objectives.map((o) => [o.id, o.page]));
  return { from, unit: (id) => units.get(id)?.page, unitName: (id) => units.get(id)?.name ?? id, objective: (id) => objectives.get(id) };
}

/** A table in its scrolling frame; `label` names the frame for screen readers. */
export function framed(label: string, table: Html): Html {
  return html`<div class="wrap" role="region" aria-label="${label}" tabindex="0">${table}</div>`;
}

function link(pages: Pages, target: string | undefined, text: string): Html {
  return target === undefined ? html`${text}` : html`<a href="${href(pages.from, target)}">${text}</a>`;
}

export function unitLink(pages: Pages, id: string, name: string): Html {
  return link(pages, pages.unit(id), name);
}

/** A status in words, on its colour; with `times`, how many items have it. */
export function badge(status: ComputedStatus, times?: number): Html {
  return html`<span class="badge st-${status}">${times === undefined ? '' : `${count(times)} `}${STATUS_LABELS[status]}</span>`;
}

function dateCell(date: string | undefined): Cell {
  return { content: date === undefined ? '' : vnShortDate(date) };
}

/** What a column puts in its cell. */
interface Cell {
  content: Html | string;
  cls?: string;
}

export interface Column<T> {
  head: string;
  /**
   * how the script sorts it: as text, as a number ("1.234", "60%"), as a day ("24/06/2026"), or
   * by the row's most urgent status (its data-status)
   */
  type: 'text' | 'num' | 'date' | 'status';
  cell: (row: T, index: number) => Cell;
}

/**
 * One table of `rows`, phone first: the columns a reader needs most come first. Rows leave out
 * the end tags HTML lets them leave out (</td>, </tr>): a large plan's lists run to thousands
 * of rows, and the folder must stay small enough to publish (DESIGN §7 bench).
 */
export function listTable<T>(rows: T[], columns: Column<T>[], options: { caption: string; filter?: boolean; status?: (row: T) => string }): Html {
  const head = html`<tr>${columns.map((c) => html`<th scope="col"${c.type === 'num' ? raw(' class="num"') : ''} data-type="${c.type}">${c.head}</th>`)}</tr>`;
  const body = rows.map((row, i) => html`<tr${options.status ? html` data-status="${options.status(row)}"` : ''}>${columns.map((c) => {
    const cell = c.cell(row, i);
    return html`<td${cell.cls ? html` class="${cell.cls}"` : ''}>${cell.content}`;
  })}\n`);
  return framed(options.caption, html`<table data-sort${options.filter ? raw(' data-filter') : ''}><caption>${options.caption}</caption><thead>${head}</thead><tbody>
${body}</tbody></table>`);
}

export interface AssignmentColumns {
  unit: boolean;
  objective: boolean;
  /** what the unit last reported it did (the unit's own page: the list of all would be too long) */
  note: boolean;
}

/** Worst first, for sorting by status: what needs a look before what is done. */
export const URGENCY: ComputedStatus[] = ['overdue', 'due_soon', 'not_started', 'in_progress', 'paused', 'ongoing', 'done_late', 'done_on_time'];

/** One row per assignment; a recurring one says how many of its occurrences stand how. */
export function assignmentTable(rows: SiteAssignment[], pages: Pages, caption: string, show: AssignmentColumns): Html {
  const one = (a: SiteAssignment) => (a.items.length === 1 ? a.items[0] : undefined);
  const columns: (Column<SiteAssignment> | false)[] = [
    { head: COLUMN.task, type: 'text', cell: (a) => ({ content: a.task }) },
    { head: COLUMN.title, type: 'text', cell: (a) => ({ content: html`${a.title}${show.note && a.note ? html`<br><span class="note">${a.note}</span>` : ''}`, cls: 'title' }) },
    show.unit && { head: COLUMN.lead, type: 'text', cell: (a) => ({ content: unitLink(pages, a.unit.id, a.unit.name) }) },
    { head: COLUMN.status, type: 'status', cell: (a) => statusCell(a.statuses, a.items.length === 1) },
    { head: COLUMN.dueDate, type: 'date', cell: (a) => dateCell(one(a)?.dueDate) },
    { head: COLUMN.percent, type: 'num', cell: (a) => ({ content: one(a)?.percent === undefined ? '' : `${one(a)!.percent}%`, cls: 'num' }) },
    { head: COLUMN.doneOn, type: 'date', cell: (a) => dateCell(one(a)?.doneOn) },
    // the plan's words for the deadline, when they say more than the day itself
    { head: COLUMN.due, type: 'text', cell: (a) => ({ content: one(a)?.dueDate !== undefined && vnShortDate(one(a)!.dueDate!) === a.dueLabel ? '' : a.dueLabel }) },
    { head: COLUMN.occurrence, type: 'text', cell: (a) => ({ content: occurrences(a.items.map((i) => i.occurrence)) }) },
    show.objective && { head: COLUMN.objective, type: 'text', cell: (a) => ({ content: a.objective === undefined ? '' : link(pages, pages.objective(a.objective), a.objective) }) },
  ];
  return listTable(rows, columns.filter((c) => c !== false), { caption: `${caption} (${count(rows.length)})`, filter: true, status: (a) => statusKeys(a.statuses) });
}

/** Statuses in words: one, on its colour; or, for many items, how many have each. */
function statusCell(statuses: { status: ComputedStatus; count: number }[], single: boolean): Cell {
  if (single) return { content: STATUS_LABELS[statuses[0]!.status], cls: `st-${statuses[0]!.status}` };
  return { content: html`${statuses.map((s) => html`${badge(s.status, s.count)} `)}` };
}

/** A row's statuses, most urgent first: what it sorts by, and what the status filter matches. */
function statusKeys(statuses: { status: ComputedStatus }[]): string {
  return statuses.map((s) => s.status).sort((a, b) => URGENCY.indexOf(a) - URGENCY.indexOf(b)).join(' ');
}

/** An objective group's tasks, each with how all its assignments stand. */
export function taskTable(tasks: SiteTask[], pages: Pages, caption: string): Html {
  const columns: Column<SiteTask>[] = [
    { head: COLUMN.task, type: 'text', cell: (k) => ({ content: k.task }) },
    { head: COLUMN.title, type: 'text', cell: (k) => ({ content: k.title, cls: 'title' }) },
    { head: COLUMN.lead, type: 'text', cell: (k) => ({ content: k.lead ? html`${unitLink(pages, k.lead.id, k.lead.name)}${k.units > 1 ? ` (${fill(TEXT.units, { count: count(k.units) })})` : ''}` : '' }) },
    { head: COLUMN.status, type: 'status', cell: (k) => statusCell(k.statuses, k.statuses.length === 1 && k.statuses[0]!.count === 1) },
    { head: COLUMN.due, type: 'text', cell: (k) => ({ content: k.dueLabel }) },
  ];
  return listTable(tasks, columns, { caption: `${caption} (${count(tasks.length)})`, filter: true, status: (k) => statusKeys(k.statuses) });
}

/** "2026-07" for one occurrence; "60 kỳ: 2026-06 … 2031-05" for many. */
function occurrences(list: (string | undefined)[]): string {
  const named = list.filter((o): o is string => o !== undefined);
  if (named.length <= 1) return named[0] ?? '';
  return `${fill(TEXT.periods, { count: count(named.length) })}: ${named[0]} … ${named[named.length - 1]}`;
}

/** The overdue list as `de06 overdue` gives it, worst first; an assignment's missed occurrences share a row. */
export function overdueTable(groups: SiteOverdue[], pages: Pages, caption: string, options: { unit: boolean; filter: boolean }): Html {
  const worst = (g: SiteOverdue) => g.entries[0]!;
  const columns: (Column<SiteOverdue> | false)[] = [
    { head: COLUMN.stt, type: 'num', cell: (_, i) => ({ content: String(i + 1), cls: 'num' }) },
    { head: COLUMN.title, type: 'text', cell: (g) => ({ content: g.title, cls: 'title' }) },
    options.unit && { head: COLUMN.unit, type: 'text', cell: (g) => ({ content: unitLink(pages, g.unit, pages.unitName(g.unit)) }) },
    { head: COLUMN.daysOverdue, type: 'num', cell: (g) => ({ content: count(worst(g).daysOverdue), cls: 'num' }) },
    { head: COLUMN.dueDate, type: 'date', cell: (g) => dateCell(worst(g).due) },
    { head: COLUMN.kind, type: 'text', cell: (g) => ({ content: t('vi', `overdue.kind.${g.kind}`), cls: 'nw' }) },
    { head: COLUMN.task, type: 'text', cell: (g) => ({ content: g.task ?? '' }) },
    { head: COLUMN.occurrence, type: 'text', cell: (g) => (g.entries.length === 1 ? { content: worst(g).occurrence ?? '', cls: 'nw' } : { content: `${fill(TEXT.periods, { count: count(g.entries.length) })}: ${g.entries.map((e) => e.occurrence).join(', ')}` }) },
    { head: COLUMN.status, type: 'text', cell: (g) => ({ content: t('vi', `overdue.state.${worst(g).status}`), cls: 'nw' }) },
  ];
  return listTable(groups, columns.filter((c) => c !== false), { caption, filter: options.filter });
}

/** `de06 status` rows (by unit or by objective group) with their rates and the totals. */
export function statusTable(rows: { row: StatusRow; name: Html }[], totals: StatusRow | undefined, caption: string, firstColumn: string, reports: boolean): Html {
  const reportHeads = reports ? [TEXT.reportsOnTime, TEXT.reportsLate, TEXT.reportsMissing] : [];
  const head = html`<tr><th scope="col" data-type="text">${firstColumn}</th><th scope="col" class="num" data-type="num">${COLUMN.assigned}</th>${STATUS_KEYS.map((k) => html`<th scope="col" class="num" data-type="num">${STATUS_LABELS[k]}</th>`)}${reportHeads.map((h) => html`<th scope="col" class="num" data-type="num">${h}</th>`)}<th scope="col" class="num" data-type="num">${COLUMN.completion}</th>${reports ? html`<th scope="col" class="num" data-type="num">${COLUMN.reporting}</th>` : ''}</tr>`;
  const cells = (row: StatusRow) => {
    const r = rates(row);
    const numbers = [row.assigned, ...STATUS_KEYS.map((k) => row[k]), ...(reports ? [row.reportsOnTime, row.reportsLate, row.reportsMissing] : [])];
    const rateCells = [r.completion, ...(reports ? [r.reporting] : [])];
    return html`${numbers.map((n) => html`<td class="num">${count(n)}</td>`)}${rateCells.map((rate) => html`<td class="num">${percent(rate, 'vi')}</td>`)}`;
  };
  const body = rows.map(({ row, name }) => html`<tr><th scope="row">${name}</th>${cells(row)}</tr>\n`);
  const foot = totals ? html`<tfoot><tr><th scope="row">${TEXT.total}</th>${cells(totals)}</tr></tfoot>` : '';
  return framed(caption, html`<table class="counts" data-sort><caption>${caption}</caption><thead>${head}</thead><tbody>
${body}</tbody>${foot}</table>`);
}
