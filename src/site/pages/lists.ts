// qua-han.html and nhiem-vu.html (DESIGN §5.2): every overdue item, and every assignment, each one
// table that scripts can filter and sort and that is whole without them.

import { count, html } from '../html.js';
import type { PageSpec } from '../layout.js';
import type { SiteModel } from '../model.js';
import { assignmentTable, overdueTable, pagesOf } from '../tables.js';
import { fill, PAGE, TEXT } from '../words.js';

export function overduePage(site: SiteModel): PageSpec {
  const path = 'qua-han.html';
  const body = html`<p>${TEXT.allOverdueNote}</p>
${site.overdueGroups.length === 0 ? html`<p>${TEXT.noOverdue}</p>` : overdueTable(site.overdueGroups, pagesOf(site, path), fill(TEXT.overdueCaption, { count: count(site.overdue.items.length), rows: count(site.overdueGroups.length) }), { unit: true, filter: true })}`;
  return { path, title: PAGE.overdue, nav: path, body };
}

export function assignmentsPage(site: SiteModel): PageSpec {
  const path = 'nhiem-vu.html';
  const body = html`<p>${TEXT.allAssignmentsNote}</p>
${assignmentTable(site.assignments, pagesOf(site, path), TEXT.allAssignments, { unit: true, objective: true, note: false })}`;
  return { path, title: TEXT.allAssignments, nav: path, body };
}
