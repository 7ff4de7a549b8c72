// The frame of every page: language, a viewport for phones, the one style sheet and the one
// script (deferred, so the page is whole before it runs), a link past the navigation, the
// navigation itself, and a footer that says what the numbers are and where they come from.
// Links are relative, so the folder works from file://, from a web server's root or from any
// folder under it (GitHub Pages serves a project at /<repository>/).

import { posix } from 'node:path';
import { html, raw, type Html } from './html.js';
import type { SiteModel } from './model.js';
import { CHART_DEFS } from './chart.js';
import { fill, PAGE, TEXT, WATERMARK } from './words.js';
import { vnShortDate } from '../time/vn-date.js';

export const STYLE_PATH = 'assets/site.css';
export const SCRIPT_PATH = 'assets/site.js';
export const ICON_PATH = 'assets/icon.svg';

/** The path of `to` as seen from the page at `from`, both relative to the site's root. */
export function href(from: string, to: string): string {
  const [path, anchor] = to.split('#') as [string, string | undefined];
  const relative = path === '' ? '' : posix.relative(posix.dirname(from), path);
  return anchor === undefined ? relative : `${relative}#${anchor}`;
}

export interface PageSpec {
  /** where the page is, relative to the site's root */
  path: string;
  title: string;
  /** which entry of the navigation the page is, if any */
  nav?: string;
  body: Html;
}

const NAV: [string, string][] = [
  ['index.html', PAGE.overview],
  ['nhiem-vu.html', PAGE.assignments],
  ['qua-han.html', PAGE.overdue],
  ['index.html#don-vi', PAGE.units],
  ['index.html#nhom-muc-tieu', PAGE.objectives],
  ['index.html#du-lieu', PAGE.data],
];

export function page(site: SiteModel, spec: PageSpec, version: string): string {
  const to = (target: string) => href(spec.path, target);
  const warning = site.lintErrors > 0 ? html`<p class="warn" role="note">${WATERMARK}. ${fill(TEXT.invalid, { count: site.lintErrors })}</p>` : '';
  const doc = html`<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${spec.title} – ${PAGE.site} – ${site.plan.number}</title>
<link rel="icon" href="${to(ICON_PATH)}" type="image/svg+xml">
<link rel="stylesheet" href="${to(STYLE_PATH)}">
<script src="${to(SCRIPT_PATH)}" defer></script>
</head>
<body>
<a class="skip" href="#noi-dung">${PAGE.skip}</a>
<header class="site">
<p class="name"><a href="${to('index.html')}">${PAGE.site}</a></p>
<p class="plan">${fill(TEXT.source, { number: `Kế hoạch số ${site.plan.number}`, issuer: site.plan.issuer })}</p>
<nav class="site" aria-label="${PAGE.menu}"><ul>${NAV.map(([target, label]) => html`<li><a href="${to(target)}"${spec.nav === target ? raw(' aria-current="page"') : ''}>${label}</a></li>`)}</ul></nav>
</header>
${CHART_DEFS}
<main id="noi-dung" tabindex="-1">
${warning}
<h1>${spec.title}</h1>
<p class="asof">${TEXT.asOf} ${vnShortDate(site.asOf)}</p>
${spec.body}
</main>
<footer class="site">
<p>${site.plan.title}</p>
<p>${fill(TEXT.generated, { version })}</p>
</footer>
</body>
</html>
`;
  return doc.text;
}
