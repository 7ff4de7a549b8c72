// assets/site.css: one style sheet for every page. System fonts only (nothing to fetch, and every
// phone and desktop has one with Vietnamese); one column on a phone, wide tables scroll inside
// their own frame; a print style without navigation or filters, tables whole on paper.

import { STATUS_COLORS, SUBMISSION_CELLS } from './words.js';

const statusRules = Object.entries(STATUS_COLORS)
  .map(([key, color]) => `.st-${key}{border-left-color:${color}}.sw-${key}{background:${color}}`)
  .join('\n');

const cellRules = Object.entries(SUBMISSION_CELLS)
  .map(([key, c]) => `.hm-${key}{background:${c.ground};color:${c.ink}}`)
  .join('\n');

export const SITE_CSS = `*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Liberation Sans","DejaVu Sans",sans-serif;font-size:1rem;line-height:1.5;color:#1b1b1b;background:#fff}
a{color:#0b4f9c}
a:visited{color:#5b2a86}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,[tabindex]:focus-visible{outline:3px solid #f2a900;outline-offset:2px}
.skip{position:absolute;left:-9999px;top:0;background:#fff;padding:.5rem 1rem}
.skip:focus{left:.5rem;z-index:10}
.vh{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}
header.site{background:#0b3d6e;color:#fff;padding:.75rem 1rem}
header.site a{color:#fff}
header.site .plan{margin:0;font-size:.875rem;opacity:.95}
header.site .name{margin:0;font-size:1.25rem;font-weight:700}
nav.site ul{list-style:none;margin:.5rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
nav.site a{display:inline-block;padding:.25rem 0;text-decoration:underline;text-underline-offset:.2em}
nav.site a[aria-current=page]{font-weight:700;text-decoration-thickness:3px}
main{max-width:80rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;line-height:1.25;margin:.25rem 0 .5rem}
h2{font-size:1.25rem;margin:2rem 0 .5rem;padding-top:.5rem;border-top:1px solid #d0d7de}
h3{font-size:1.05rem;margin:1.25rem 0 .5rem}
p{margin:.5rem 0;max-width:60rem}
.asof{font-size:1.05rem;font-weight:600}
.note{color:#4a4a4a;font-size:.9rem}
.warn{border:2px solid #b3261e;background:#fdecea;color:#5c0f0b;padding:.5rem .75rem;font-weight:600}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(10.5rem,1fr));gap:.5rem;margin:.5rem 0;padding:0;list-style:none}
.card{border:1px solid #d0d7de;border-left:.5rem solid #5f6368;padding:.5rem .75rem;background:#fafbfc}
.card .n{display:block;font-size:1.6rem;font-weight:700;line-height:1.2}
.card .l{display:block;font-size:.9rem}
.card .p{display:block;font-size:.8rem;color:#4a4a4a}
.big{border-left-color:#0b3d6e}
.rates{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:.5rem;margin:.5rem 0}
.rate{border:1px solid #d0d7de;padding:.5rem .75rem}
.rate .n{font-size:1.6rem;font-weight:700}
.meter{display:block;width:100%;height:.6rem;margin-top:.25rem}
${statusRules}
td[class^="st-"]{border-left-width:.35rem;white-space:nowrap}
.badge{display:inline-block;border-left:.35rem solid #5f6368;padding:0 .35rem;background:#f3f4f6;white-space:nowrap}
.wrap{overflow-x:auto;margin:.5rem 0;border:1px solid #d0d7de;max-width:100%}
table{border-collapse:collapse;width:100%;font-size:.9rem}
caption{text-align:left;font-weight:600;padding:.5rem;caption-side:top}
th,td{border:1px solid #d0d7de;padding:.3rem .45rem;text-align:left;vertical-align:top}
thead th{background:#eef2f6;position:relative}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
th.num{text-align:right}
td.title{min-width:16rem}
td.nw{white-space:nowrap}
td>a[href*="don-vi/"]{display:inline-block;min-width:8rem}
tfoot th,tfoot td{font-weight:700;background:#f6f8fa}
th button{font:inherit;font-weight:700;background:none;border:0;padding:0;color:#4a4a4a;cursor:pointer}
th button::before{content:"";position:absolute;inset:0}
th button::after{content:" ↕"}
th[aria-sort=ascending] button::after{content:" ↑"}
th[aria-sort=descending] button::after{content:" ↓"}
.tools{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end;margin:.5rem 0}
.tools label{display:flex;flex-direction:column;font-size:.9rem;font-weight:600}
.tools input,.tools select{font:inherit;padding:.3rem .4rem;border:1px solid #5f6368;min-width:12rem;max-width:100%}
.tools output{font-size:.9rem}
svg.bar{display:block;width:100%;height:1.5rem;max-width:60rem;border:1px solid #5f6368}
.bars{list-style:none;padding:0;margin:.5rem 0}
.bars>li{margin:0 0 1rem}
.bars p{margin:0 0 .25rem}
.legend{display:flex;flex-wrap:wrap;gap:.25rem .75rem;list-style:none;padding:0;margin:.5rem 0;font-size:.9rem}
.legend li{display:flex;align-items:center;gap:.35rem}
.sw{display:inline-block;width:1rem;height:1rem;border:1px solid #1b1b1b}
.sw.pattern{background-image:repeating-linear-gradient(45deg,transparent 0 3px,rgba(255,255,255,.85) 3px 5px)}
table.counts{width:auto}
table.counts tbody th,table.counts tfoot th{min-width:14rem;max-width:26rem;font-weight:400}
table.counts tfoot th{font-weight:700}
table.counts thead th{width:7rem;min-width:6rem}
table.heat{width:auto;border-collapse:separate;border-spacing:0;border-top:1px solid #d0d7de;border-left:1px solid #d0d7de}
table.heat th,table.heat td{border-width:0 1px 1px 0}
table.heat th,table.heat td{padding:.15rem .25rem}
table.heat thead th.period{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;font-weight:600;font-size:.8rem;vertical-align:bottom;text-align:left}
table.heat tbody th{font-weight:400;min-width:9rem;max-width:16rem;position:sticky;left:0;background:#fff}
table.heat tbody td[class^=hm-]{text-align:center;font-weight:700;min-width:1.6rem}
${cellRules}
.hm-key{display:inline-block;min-width:1.6rem;text-align:center;font-weight:700;border:1px solid #d0d7de}
ul.plain{padding-left:1.25rem}
footer.site{max-width:80rem;margin:2rem auto 0;padding:1rem;border-top:1px solid #d0d7de;color:#4a4a4a;font-size:.85rem}
@media (max-width:40rem){
  main{padding:.75rem}
  h1{font-size:1.35rem}
  .card .n,.rate .n{font-size:1.35rem}
  td.title{min-width:12rem}
  table.counts tbody th,table.counts tfoot th{min-width:9rem}
}
@media print{
  @page{size:A4 landscape;margin:12mm}
  body{font-size:10pt;color:#000}
  header.site{background:none;color:#000;padding:0 0 .5rem;border-bottom:1px solid #000}
  header.site a{color:#000}
  nav.site,.tools,.skip,th button{display:none}
  a{color:#000;text-decoration:none}
  main{max-width:none;padding:0}
  .wrap{overflow:visible;border:0}
  thead{display:table-header-group}

  tr,.card,.rate{break-inside:avoid}
  h2{break-after:avoid}
  table.heat tbody th{position:static}
  table{font-size:8.5pt}
  table.counts thead th{width:auto;min-width:0}
  table.counts tbody th,table.counts tfoot th{min-width:8rem;position:static}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;
