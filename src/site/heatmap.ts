// The submission matrix (DESIGN §3) as a heat map: units down, report periods across in time order,
// each cell coloured by how the report stands. It is a real table, so it is its own text
// equivalent: every cell holds a mark that says its state without the colour (✓ on time, M late,
// ✗ missing, · not yet due), words for screen readers, and each row ends with its counts.

import type { SubmissionMatrix, SubmissionState } from '../report/types.js';
import { vnShortDate } from '../time/vn-date.js';
import { count, html, type Html } from './html.js';
import { framed, unitLink, type Pages } from './tables.js';
import { COLUMN, fill, SUBMISSION_CELLS, SUBMISSION_LABELS, TEXT } from './words.js';

const STATES = Object.keys(SUBMISSION_CELLS) as SubmissionState[];
const COUNTED: SubmissionState[] = ['on_time', 'late', 'missing'];

export function heatmapLegend(): Html {
  return html`<ul class="legend">${STATES.map((s) => html`<li><span class="hm-key hm-${s}" aria-hidden="true">${SUBMISSION_CELLS[s].mark}</span>${SUBMISSION_LABELS[s]}</li>`)}</ul>`;
}

export function heatmap(matrix: SubmissionMatrix, pages: Pages): Html {
  if (matrix.periods.length === 0 || matrix.rows.length === 0) return html`<p>${TEXT.heatmapEmpty}</p>`;
  const head = html`<tr><th scope="col">${COLUMN.unit}</th>${matrix.periods.map((p) => html`<th scope="col" class="period" title="${`${p.label}: ${fill(TEXT.dueOn, { date: vnShortDate(p.due) })}`}">${p.label}</th>`)}${COUNTED.map((s) => html`<th scope="col" class="num">${SUBMISSION_LABELS[s]}</th>`)}</tr>`;
  const body = matrix.rows.map((row) => {
    const byPeriod = new Map(row.cells.map((c) => [c.period, c]));
    const cells = matrix.periods.map((p) => {
      const c = byPeriod.get(p.id);
      if (!c) return html`<td></td>`;
      // the day it was sent is on the unit's page; here every byte counts 120 units × 60 months
      return html`<td class="hm-${c.state}"><span aria-hidden="true">${SUBMISSION_CELLS[c.state].mark}</span><span class="vh">${SUBMISSION_LABELS[c.state]}</span></td>`;
    });
    const totals = COUNTED.map((s) => html`<td class="num">${count(row.cells.filter((c) => c.state === s).length)}</td>`);
    return html`<tr><th scope="row">${unitLink(pages, row.unit.id, row.unit.name)}</th>${cells}${totals}</tr>\n`;
  });
  return framed(TEXT.heatmap, html`<table class="heat"><caption>${TEXT.heatmap}</caption><thead>${head}</thead><tbody>
${body}</tbody></table>`);
}
