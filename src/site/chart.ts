// The status chart: one bar per objective group (or for one unit), each the group's items split
// by computed status. Plain SVG written when the site is built: a bar is at most eight
// rectangles, which a charting library would only wrap (vega, which renders SVG without a
// browser, brings 27 packages of its own and d3 for them). The bar's words are HTML beside it,
// so they wrap and stay legible on a phone, and they say every number the colours show.

import type { StatusCounts } from '../report/types.js';
import { STATUS_KEYS } from '../status/index.js';
import { count, html, type Html } from './html.js';
import { STATUS_COLORS, STATUS_LABELS } from './words.js';

const WIDTH = 1000;
const HEIGHT = 24;
/** Overdue is striped as well as red: it is the one status that must be seen at a glance. */
const STRIPED = new Set(['overdue']);

/** Once per page, before any bar: the stripes the bars refer to. */
export const CHART_DEFS = html`<svg class="vh" aria-hidden="true" focusable="false" width="0" height="0"><defs><pattern id="stripes" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)"><rect width="8" height="8" fill="${STATUS_COLORS.overdue}"/><rect width="3" height="8" fill="#ffffff" fill-opacity="0.6"/></pattern></defs></svg>`;

/** "1 Quá hạn, 3 Chưa thực hiện": what the bar shows, in words. */
export function breakdownText(counts: StatusCounts): string {
  return STATUS_KEYS.filter((k) => counts[k] > 0).map((k) => `${count(counts[k])} ${STATUS_LABELS[k]}`).join(', ');
}

/** A 100% bar of `counts`; its accessible name lists them. */
export function statusBar(counts: StatusCounts, name: string): Html {
  const total = STATUS_KEYS.reduce((sum, k) => sum + counts[k], 0);
  let x = 0;
  const rects = STATUS_KEYS.filter((k) => counts[k] > 0).map((k) => {
    const width = (counts[k] / total) * WIDTH;
    const rect = html`<rect x="${round(x)}" y="0" width="${round(width)}" height="${HEIGHT}" fill="${STRIPED.has(k) ? 'url(#stripes)' : STATUS_COLORS[k]}" stroke="#ffffff" stroke-width="1"><title>${count(counts[k])} ${STATUS_LABELS[k]}</title></rect>`;
    x += width;
    return rect;
  });
  const label = total === 0 ? name : `${name}: ${breakdownText(counts)}`;
  return html`<svg class="bar" viewBox="0 0 ${WIDTH} ${HEIGHT}" preserveAspectRatio="none" role="img" aria-label="${label}">${total === 0 ? html`<rect width="${WIDTH}" height="${HEIGHT}" fill="#eceff1"/>` : rects}</svg>`;
}

/** The bar's statuses as a list of swatches and numbers, in the legend's order. */
export function breakdown(counts: StatusCounts): Html {
  const shown = STATUS_KEYS.filter((k) => counts[k] > 0);
  return html`<ul class="legend" aria-hidden="true">${shown.map((k) => html`<li>${swatch(k)}${count(counts[k])} ${STATUS_LABELS[k]}</li>`)}</ul>`;
}

/** Every status with its colour: the key to all bars on the page. */
export function legend(): Html {
  return html`<ul class="legend">${STATUS_KEYS.map((k) => html`<li>${swatch(k)}${STATUS_LABELS[k]}</li>`)}</ul>`;
}

function swatch(key: (typeof STATUS_KEYS)[number]): Html {
  return html`<span class="sw sw-${key}${STRIPED.has(key) ? ' pattern' : ''}" aria-hidden="true"></span>`;
}

function round(n: number): string {
  return String(Math.round(n * 10) / 10);
}
