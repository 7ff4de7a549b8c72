// index.html (DESIGN §5.2): the as-of day; counts by computed status; completion and on-time
// reporting rates; the chart by objective group; the submission heat map; the longest-overdue
// items; then every unit and the data files. Every number is a field of data/status.json.

import { percent } from '../../format/cli-table.js';
import { rates, STATUS_KEYS, type StatusRow } from '../../status/index.js';
import { breakdown, legend, statusBar } from '../chart.js';
import { heatmap, heatmapLegend } from '../heatmap.js';
import { count, html, type Html } from '../html.js';
import { href, type PageSpec } from '../layout.js';
import type { SiteModel } from '../model.js';
import { overdueTable, pagesOf, statusTable, unitLink, type Pages } from '../tables.js';
import { COLUMN, fill, STATUS_LABELS, TEXT } from '../words.js';

const PATH = 'index.html';
const LONGEST = 10;

export function overviewPage(site: SiteModel): PageSpec {
  const pages = pagesOf(site, PATH);
  const { totals } = site.status;
  const body = html`
<section aria-labelledby="tinh-trang">
<h2 id="tinh-trang">${TEXT.byStatus}</h2>
${statusCards(totals)}
<p class="note">${TEXT.assignedNote}</p>
</section>
<section aria-labelledby="ty-le">
<h2 id="ty-le">${TEXT.rates}</h2>
${rateBoxes(totals)}
${reportCards(totals)}
</section>
<section aria-labelledby="nhom-muc-tieu">
<h2 id="nhom-muc-tieu">${TEXT.chart}</h2>
<p class="note">${TEXT.chartNote}</p>
${legend()}
${objectiveBars(site, pages)}
${statusTable(site.objectives.map((o) => ({ row: objectiveRow(o), name: html`<a href="${href(PATH, o.page)}">${o.name}</a>` })), undefined, TEXT.objectivesTable, COLUMN.group, false)}
</section>
<section aria-labelledby="bao-cao">
<h2 id="bao-cao">${TEXT.heatmap}</h2>
<p class="note">${TEXT.heatmapNote}</p>
${heatmapLegend()}
${heatmap(site.submissions, pages)}
</section>
<section aria-labelledby="qua-han-lau-nhat">
<h2 id="qua-han-lau-nhat">${TEXT.longestOverdue}</h2>
${site.overdueGroups.length === 0 ? html`<p>${TEXT.noOverdue}</p>` : html`${overdueTable(site.overdueGroups.slice(0, LONGEST), pages, TEXT.longestOverdue, { unit: true, filter: false })}
<p><a href="qua-han.html">${fill(TEXT.allOverdue, { count: count(site.overdue.items.length) })}</a></p>`}
</section>
<section aria-labelledby="don-vi">
<h2 id="don-vi">${TEXT.unitsTable}</h2>
${unitsSection(site, pages)}
</section>
<section aria-labelledby="du-lieu">
<h2 id="du-lieu">${TEXT.dataFiles}</h2>
<p>${TEXT.dataNote}</p>
<ul class="plain">
<li><a href="data/status.json">data/status.json</a> – de06 status --format json</li>
<li><a href="data/overdue.json">data/overdue.json</a> – de06 overdue --format json</li>
<li><a href="data/calendar.json">data/calendar.json</a> – de06 calendar --format json</li>
</ul>
<p>${TEXT.calendars}</p>
</section>`;
  return { path: PATH, title: TEXT.overviewTitle, nav: PATH, body };
}

/** The number of every computed status, each named in words beside its colour. */
function statusCards(totals: StatusRow): Html {
  const share = (n: number) => (totals.assigned === 0 ? '' : percent(n / totals.assigned, 'vi'));
  return html`<ul class="cards">
<li class="card big"><span class="n" data-count="assigned">${count(totals.assigned)}</span><span class="l">${TEXT.assigned}</span></li>
${STATUS_KEYS.map((k) => html`<li class="card st-${k}"><span class="n" data-count="${k}">${count(totals[k])}</span><span class="l">${STATUS_LABELS[k]}</span><span class="p">${share(totals[k])}</span></li>\n`)}</ul>`;
}

function rateBoxes(totals: StatusRow): Html {
  const r = rates(totals);
  const box = (key: string, name: string, rule: string, rate: number | null) => html`<div class="rate"><span class="l">${name}</span><br><span class="n" data-rate="${key}">${rate === null ? TEXT.noRate : percent(rate, 'vi')}</span>${
    rate === null ? '' : html`<svg class="meter" viewBox="0 0 1000 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect width="1000" height="10" fill="#e3e7eb"/><rect width="${Math.round(rate * 1000)}" height="10" fill="#0b3d6e"/></svg>`}<p class="note">${rule}</p></div>`;
  return html`<div class="rates">${box('completion', TEXT.completionRate, TEXT.completionRule, r.completion)}${box('reporting', TEXT.reportingRate, TEXT.reportingRule, r.reporting)}</div>`;
}

function reportCards(totals: StatusRow): Html {
  const cards: [keyof StatusRow, string, string][] = [
    ['reportsOnTime', TEXT.reportsOnTime, 'st-done_on_time'],
    ['reportsLate', TEXT.reportsLate, 'st-done_late'],
    ['reportsMissing', TEXT.reportsMissing, 'st-overdue'],
  ];
  return html`<ul class="cards">${cards.map(([key, label, style]) => html`<li class="card ${style}"><span class="n" data-count="${key}">${count(totals[key] as number)}</span><span class="l">${label}</span></li>`)}</ul>`;
}

function objectiveRow(o: SiteModel['objectives'][number]): StatusRow {
  return { key: o.id, label: o.title, assigned: o.assigned, ...o.counts, reportsOnTime: 0, reportsLate: 0, reportsMissing: 0 };
}

function objectiveBars(site: SiteModel, pages: Pages): Html {
  return html`<ul class="bars">${site.objectives.map((o) => {
    return html`<li><p><a href="${href(pages.from, o.page)}">${o.name}</a> – ${fill(TEXT.items, { count: count(o.assigned) })}</p>${statusBar(o.counts, o.name)}${breakdown(o.counts)}</li>\n`;
  })}</ul>`;
}

function unitsSection(site: SiteModel, pages: Pages): Html {
  const byId = new Map(site.units.map((u) => [u.id, u]));
  const rows = site.status.rows.map((row) => ({ row, name: unitLink(pages, row.key, byId.get(row.key)?.name ?? row.label) }));
  const others = site.units.filter((u) => !u.row);
  return html`${statusTable(rows, site.status.totals, TEXT.unitsTable, COLUMN.unit, true)}
${others.length === 0 ? '' : html`<h3>${TEXT.otherUnits}</h3><ul class="plain">${others.map((u) => html`<li>${unitLink(pages, u.id, u.name)}</li>`)}</ul>`}`;
}
