// The whole dashboard folder (DESIGN §5.2) as a list of files, from the site model alone: pages,
// data/*.json through the same formatters as `de06 status|overdue|calendar --format json`,
// lich/<unit>.ics through the calendar command's own iCalendar writer, and the style sheet,
// script and icon. Pure: the same model gives the same bytes.

import { calendarIcs } from '../format/calendar-ics.js';
import { calendarJson } from '../format/calendar-json.js';
import { overdueJson } from '../format/overdue-json.js';
import { statusJson } from '../format/status-json.js';
import { t } from '../i18n/index.js';
import { NO_KEY } from '../status/index.js';
import { siteScript } from './enhance.js';
import { ICON_PATH, page, SCRIPT_PATH, STYLE_PATH, type PageSpec } from './layout.js';
import type { SiteModel } from './model.js';
import { assignmentsPage, overduePage } from './pages/lists.js';
import { objectivePage } from './pages/objective.js';
import { overviewPage } from './pages/overview.js';
import { unitPage } from './pages/unit.js';
import { SITE_CSS } from './style.js';
import { URGENCY } from './tables.js';
import { STATUS_LABELS, TEXT } from './words.js';

export interface SiteFile {
  /** POSIX, relative to the site's folder */
  path: string;
  bytes: Uint8Array;
}

/** A square with the plan's mark, so that browsers ask for no favicon.ico outside the folder. */
const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b3d6e"/><text x="16" y="22" font-family="Arial,sans-serif" font-size="14" font-weight="700" fill="#ffffff" text-anchor="middle">06</text></svg>\n`;

export function buildSite(site: SiteModel, options: { version: string }): SiteFile[] {
  const encoder = new TextEncoder();
  const file = (path: string, text: string): SiteFile => ({ path, bytes: encoder.encode(text) });
  const specs: PageSpec[] = [overviewPage(site), assignmentsPage(site), overduePage(site)];

  const byObjective = groupBy(site.tasks, (k) => k.objective ?? NO_KEY);
  for (const objective of site.objectives) specs.push(objectivePage(site, objective, byObjective.get(objective.id) ?? []));

  const byUnit = groupBy(site.assignments, (a) => a.unit.id);
  const overdueByUnit = groupBy(site.overdueGroups, (g) => g.unit);
  const reportsByUnit = new Map(site.submissions.rows.map((r) => [r.unit.id, r]));
  for (const unit of site.units) {
    specs.push(unitPage(site, unit, {
      assignments: byUnit.get(unit.id) ?? [],
      overdue: (overdueByUnit.get(unit.id) ?? []).reduce((n, g) => n + g.entries.length, 0),
      reports: reportsByUnit.get(unit.id),
      periods: site.submissions.periods,
    }));
  }

  const names = new Map(site.units.map((u) => [u.id, u.name]));
  const calendars = site.units.map((unit) => file(unit.ics, calendarIcs(
    { from: site.calendar.from, to: site.calendar.to, events: site.calendar.events.filter((e) => e.unit === unit.id) },
    { lang: 'vi', asOf: site.asOf, planId: site.plan.id, name: t('vi', 'calendar.name-units', { plan: site.plan.number, units: unit.name }), timeZone: site.plan.timezone, unitName: (id) => names.get(id) ?? id },
  )));

  return [
    ...specs.map((spec) => file(spec.path, page(site, spec, options.version))),
    file('data/status.json', statusJson(site.status)),
    file('data/overdue.json', overdueJson(site.overdue)),
    file('data/calendar.json', calendarJson({ asOf: site.asOf, ...site.calendar })),
    ...calendars,
    file(STYLE_PATH, SITE_CSS),
    file(SCRIPT_PATH, siteScript({
      filter: TEXT.filter,
      placeholder: TEXT.filterPlaceholder,
      status: TEXT.filterStatus,
      all: TEXT.filterAll,
      shown: TEXT.shown,
      sortBy: TEXT.sortBy,
      statuses: URGENCY.map((s) => [s, STATUS_LABELS[s]]),
    })),
    file(ICON_PATH, ICON),
  ];
}

function groupBy<T>(list: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of list) {
    let group = groups.get(keyOf(item));
    if (!group) groups.set(keyOf(item), (group = []));
    group.push(item);
  }
  return groups;
}
