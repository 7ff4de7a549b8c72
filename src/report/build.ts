// The report model (DESIGN §5), built once per request from the plan, the progress files, the
// as-of day and the template. Pure: the input hash and the git commit come in as values. Every
// status comes from the status core (src/status/); this module chooses what the report shows.

import { unclearAspects } from '../lint/rules/six-clear.js';
import type { IsoDate, PlanModel, Task } from '../plan/model.js';
import { computeObligations, overdueList, statusItems, statusSetup } from '../status/index.js';
import { addDays, diffDays, isValidIsoDate, nextPeriod, periodLabel, periodWindow, reportDueDate } from '../time/index.js';
import {
  assignmentRows, inPeriod, nextRows, objectiveRows, overdueRows, rankingOf, summaryOf, unitRows, unitsOf,
} from './build-rows.js';
import { sourceLines } from './provenance.js';
import { indicatorRows, periodFiles, problemRows, proposalRows } from './remarks.js';
import { requestPeriod, type ReportRequest } from './request.js';
import { matrixObligations, submissionMatrix } from './submissions.js';
import { resolveLetter, type Template } from './template.js';
import type { Provenance, ReportModel, SixClearGaps } from './types.js';

export interface BuildInput {
  model: PlanModel;
  /** checked with checkRequest */
  request: ReportRequest;
  asOf: IsoDate;
  template: Template;
  provenance: Omit<Provenance, 'asOf'>;
  /** lint found errors and the report is forced (--allow-invalid) */
  invalid: boolean;
}

export function buildReportModel(input: BuildInput): ReportModel {
  const { model, request, asOf } = input;
  const plan = model.plan;
  const period = requestPeriod(request);
  if (!plan || !period) throw new Error('buildReportModel: the request was not checked (checkRequest)');
  const setup = statusSetup(model, plan);
  const window = periodWindow(period, setup.window);
  const next = periodWindow(nextPeriod(period), setup.window);
  const dueDate = reportDueDate(period, plan.reporting, setup.calendar)!;
  const units = unitsOf(model);
  const sourceOf = sourceLines(input.model);
  const inScope = (unit: string) => request.unit === undefined || unit === request.unit;

  // Occurrences up to the end of the next period exist, for section IV; every report obligation
  // of the plan exists, so that the matrix can show the ones not yet due.
  const untilNext = Math.max(0, diffDays(next.end, asOf));
  const items = statusItems(setup, { asOf, horizonDays: untilNext }).filter((i) => inScope(i.unit));
  const planEnd = isValidIsoDate(plan.period.end) ? plan.period.end : asOf;
  const allObligations = computeObligations(setup, { asOf, horizonDays: Math.max(0, diffDays(addDays(planEnd, 366), asOf)) });
  const obligations = allObligations.filter((o) => inScope(o.unit));
  const shown = items.filter(inPeriod(window));
  const owed = matrixObligations(obligations, period, window);
  const lists = overdueList(items, obligations, { asOf, within: untilNext, lang: 'vi' });
  const files = periodFiles(model, period, asOf, units, request.unit);
  const province = request.unit === undefined;
  const periodModel = { id: request.period, label: periodLabel(period, 'vi'), start: window.start, end: window.end };
  const unit = province ? undefined : units.ref(request.unit!);

  const letter = resolveLetter(input.template, {
    plan: { number: plan.number, title: plan.title, issued: plan.issued, place: plan.place, issuer: plan.issuer },
    period: periodModel,
    asOf,
    dueDate,
    ...(unit ? { unit } : {}),
    // the report is dated the day its figures stand at
    date: asOf,
  });

  return {
    kind: request.kind,
    scope: unit ? { kind: 'unit', unit } : { kind: 'province' },
    plan: { id: plan.id, number: plan.number, title: plan.title, issued: plan.issued },
    period: periodModel,
    asOf,
    dueDate,
    ...letter,
    summary: summaryOf(model, shown, owed, asOf),
    byObjective: objectiveRows(model, shown, asOf),
    byUnit: unitRows(model, units, shown, owed, asOf),
    assignments: assignmentRows(shown, setup, units, sourceOf, asOf),
    overdue: overdueRows(lists, model, units, sourceOf),
    nextPeriod: nextRows(lists, next, model, units, sourceOf),
    submissions: submissionMatrix(owed, model.progress, units, sourceOf),
    proposals: proposalRows(files, units, sourceOf),
    problems: problemRows(files, units, sourceOf),
    indicators: indicatorRows(model, files, units, sourceOf, request.unit),
    // the ranking is the province's review of its units (DESIGN §3 "Scoring")
    ...(request.kind !== 'monthly' && province ? { ranking: rankingOf(shown, owed, setup, units) } : {}),
    ...(province ? { sixClear: sixClearGaps(model.tasks) } : {}),
    provenance: { ...input.provenance, asOf },
    invalid: input.invalid,
  };
}

/** The plan's own "6 rõ" gaps: a shortcoming of the plan that the province's report names. */
function sixClearGaps(tasks: Task[]): SixClearGaps {
  const missing = { lead: 0, authority: 0, due: 0, result: 0 };
  let unclear = 0;
  for (const task of tasks) {
    const gaps = unclearAspects(task);
    if (gaps.length > 0) unclear++;
    for (const { field } of gaps) missing[field]++;
  }
  return { tasks: tasks.length, unclear, missing };
}
