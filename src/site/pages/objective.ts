// nhom-muc-tieu/<group>.html (DESIGN §5.2): one objective group of plan.yaml (II.2.1), or the
// tasks the plan gives none: its numbers and every assignment in it.

import { breakdown, legend, statusBar } from '../chart.js';
import { count, html } from '../html.js';
import type { PageSpec } from '../layout.js';
import type { SiteModel, SiteObjective, SiteTask } from '../model.js';
import { pagesOf, taskTable } from '../tables.js';
import { fill, TEXT } from '../words.js';

export function objectivePage(site: SiteModel, objective: SiteObjective, tasks: SiteTask[]): PageSpec {
  const pages = pagesOf(site, objective.page);
  const body = html`
<p>${fill(TEXT.objectiveSize, { tasks: count(tasks.length), count: count(objective.assigned) })}</p>
${objective.assigned === 0 ? html`<p>${TEXT.objectiveEmpty}</p>` : html`${legend()}
${statusBar(objective.counts, objective.name)}${breakdown(objective.counts)}
${taskTable(tasks, pages, TEXT.tasksOfGroup)}`}`;
  return { path: objective.page, title: objective.name, body };
}
