// don-vi/<unit>.html (DESIGN §5.2): one unit's numbers, the tasks it leads and supports, its
// periodic reports, and its deadlines as a calendar file. What it is late with is counted here and
// listed on qua-han.html, which every table of the site links to through the unit's name.

import type { SubmissionMatrix } from '../../report/types.js';
import { vnShortDate } from '../../time/vn-date.js';
import { breakdown, statusBar } from '../chart.js';
import { count, html } from '../html.js';
import { href, type PageSpec } from '../layout.js';
import type { SiteAssignment, SiteModel, SiteUnit } from '../model.js';
import { assignmentTable, listTable, pagesOf, statusTable, unitLink, type Column } from '../tables.js';
import { COLUMN, fill, SUBMISSION_CELLS, SUBMISSION_LABELS, TEXT } from '../words.js';

export interface UnitParts {
  assignments: SiteAssignment[];
  /** its entries of the overdue list */
  overdue: number;
  reports: SubmissionMatrix['rows'][number] | undefined;
  periods: SubmissionMatrix['periods'];
}

type Report = SubmissionMatrix['rows'][number]['cells'][number];

export function unitPage(site: SiteModel, unit: SiteUnit, parts: UnitParts): PageSpec {
  const pages = pagesOf(site, unit.page);
  const { row } = unit;
  const labels = new Map(parts.periods.map((p) => [p.id, p.label]));
  const reportColumns: Column<Report>[] = [
    { head: COLUMN.period, type: 'text', cell: (c) => ({ content: labels.get(c.period) ?? c.period }) },
    { head: COLUMN.dueDate, type: 'date', cell: (c) => ({ content: vnShortDate(c.due) }) },
    { head: COLUMN.submitted, type: 'date', cell: (c) => ({ content: c.submitted === undefined ? '' : vnShortDate(c.submitted) }) },
    { head: COLUMN.status, type: 'text', cell: (c) => ({ content: html`<span aria-hidden="true">${SUBMISSION_CELLS[c.state].mark} </span>${SUBMISSION_LABELS[c.state]}`, cls: `hm-${c.state}` }) },
  ];
  const supportColumns: Column<SiteUnit['supports'][number]>[] = [
    { head: COLUMN.task, type: 'text', cell: (s) => ({ content: s.task }) },
    { head: COLUMN.title, type: 'text', cell: (s) => ({ content: s.title, cls: 'title' }) },
    { head: COLUMN.lead, type: 'text', cell: (s) => ({ content: s.lead ? unitLink(pages, s.lead.id, s.lead.name) : '' }) },
  ];
  const body = html`
<p>Mã đơn vị: <code>${unit.id}</code></p>
<p><a href="${href(unit.page, unit.ics)}" download>${TEXT.unitIcs}</a></p>
<p class="note">${TEXT.unitIcsNote}</p>
${row ? html`<section aria-labelledby="tinh-hinh">
<h2 id="tinh-hinh">${TEXT.byStatus}</h2>
${statusBar(row, unit.name)}${breakdown(row)}
${statusTable([{ row, name: html`${unit.name}` }], undefined, TEXT.byStatus, COLUMN.unit, true)}
<p>${parts.overdue === 0 ? TEXT.noOverdue : html`${fill(TEXT.unitOverdueCount, { count: count(parts.overdue) })} <a href="${href(unit.page, 'qua-han.html')}">${TEXT.seeOverdue}</a>`}</p>
</section>` : ''}
<section aria-labelledby="chu-tri">
<h2 id="chu-tri">${TEXT.unitLead}</h2>
${parts.assignments.length === 0 ? html`<p>${TEXT.noLead}</p>` : assignmentTable(parts.assignments, pages, TEXT.unitLead, { unit: false, objective: true, note: true })}
</section>
<section aria-labelledby="phoi-hop">
<h2 id="phoi-hop">${TEXT.unitSupport}</h2>
${unit.supports.length === 0 ? html`<p>${TEXT.noSupport}</p>` : listTable(unit.supports, supportColumns, { caption: `${TEXT.unitSupport} (${count(unit.supports.length)})` })}
</section>
<section aria-labelledby="bao-cao">
<h2 id="bao-cao">${TEXT.unitReports}</h2>
${parts.reports && parts.reports.cells.length > 0 ? listTable(parts.reports.cells, reportColumns, { caption: TEXT.unitReports }) : html`<p>${TEXT.noReports}</p>`}
</section>`;
  return { path: unit.page, title: unit.name, body };
}
