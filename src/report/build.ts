// The report model (DESIGN §5), built once per request from the plan, the progress files, the
// as-of day and the template. Pure: the input hash and the git commit come in as values. Every
// status comes from the status core (src/status/); this module chooses what the report shows.

import { unclearAspects } from '../lint/rules/six-clear.js';
import type { IsoDate, PlanModel } from '../plan/model.js';
import { computeObligations, overdueList, statusItems, statusSetup } from '../status/index.js';
import { addDays, diffDays, isValidIsoDate, nextPeriod, parsePeriod, periodId, periodWindow, reportDueDate, type Period } from '../time/index.js';
import {
  assignmentRows, inPeriod, nextReportRows, nextRows, objectiveRows, overdueRows, rankingOf, summaryOf, unitRows, unitsOf,
} from './build-rows.js';
import { periodText } from './labels.js';
import { resolveLetter, unitSigner } from './letter.js';
import { sourceLines, type SourceOf } from './provenance.js';
import { indicatorRows, periodFiles, problemRows, proposalRows } from './remarks.js';
import { narrativeFile, requestPeriod, type ReportRequest } from './request.js';
import { matrixObligations, submissionMatrix, withinPeriod } from './submissions.js';
import type { Template } from './template.js';
import type { AssignmentRow, Provenance, ReportModel, ReportNarrative, ReportPeriod, ResultRow, SixClearGaps } from './types.js';

export interface BuildInput {
  model: PlanModel;
  /** checked with checkRequest */
  request: ReportRequest;
  asOf: IsoDate;
  /** the signing day (`--date`); null leaves the date line blank for the clerk */
  date: IsoDate | null;
  /** the year a blank date line prints: this year, in the plan's zone */
  year: number;
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
  const following = nextPeriod(period);
  const next = periodWindow(following, setup.window);
  const dueDate = reportDueDate(period, plan.reporting, setup.calendar)!;
  const units = unitsOf(model);
  const sourceOf = sourceLines(input.model);
  const inScope = (unit: string) => request.unit === undefined || unit === request.unit;
  const periodOpen = asOf < window.end;
  // section IV looks from the as-of day when the period is still running, else from the next one
  const ahead = { start: periodOpen ? asOf : next.start, end: next.end };

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
  const periodModel: ReportPeriod = { id: request.period, label: periodText(period), start: window.start, end: window.end };
  const followingModel: ReportPeriod = { id: periodId(following), label: periodText(following), start: next.start, end: next.end };
  const unit = province ? undefined : units.ref(request.unit!);
  const issuing = model.units.find((u) => u.id === (request.unit ?? plan.standing_unit));
  const signer = issuing && !province ? unitSigner(issuing) : undefined;

  const { gaps, ...letter } = resolveLetter(input.template, {
    plan: { number: plan.number, title: plan.title, issued: plan.issued, place: plan.place, issuer: plan.issuer },
    period: periodModel,
    following: followingModel,
    asOf,
    dueDate,
    ...(unit ? { unit } : {}),
    ...(issuing ? { issuingUnit: issuing, issuingUnitId: issuing.id } : {}),
    ...(signer ? { signer } : {}),
    date: input.date,
    year: input.year,
  });
  const assignments = assignmentRows(shown, setup, units, sourceOf, asOf);

  return {
    kind: request.kind,
    scope: unit ? { kind: 'unit', unit } : { kind: 'province' },
    plan: { id: plan.id, number: plan.number, title: plan.title, issued: plan.issued },
    period: periodModel,
    following: followingModel,
    asOf,
    periodOpen,
    dueDate,
    ...letter,
    ...(gaps ? { letterGaps: gaps } : {}),
    narrative: narrativeOf(model, request),
    summary: summaryOf(model, shown, owed, asOf),
    byObjective: objectiveRows(model, shown, asOf),
    byUnit: unitRows(model, units, shown, owed, asOf),
    assignments,
    results: resultRows(assignments, period),
    overdue: overdueRows(lists, model, units, sourceOf),
    nextPeriod: nextRows(lists, ahead, model, units, sourceOf),
    nextReports: nextReportRows(obligations, ahead),
    submissions: submissionMatrix(owed, model.progress, units, sourceOf),
    proposals: proposalRows(files, units, sourceOf),
    problems: problemRows(files, units, sourceOf),
    indicators: indicatorRows(model, files, units, sourceOf, request.unit),
    // the ranking is the province's review of its units (DESIGN §3 "Scoring")
    ...(request.kind !== 'monthly' && province ? { ranking: rankingOf(shown, owed, setup, units) } : {}),
    ...(province ? { sixClear: sixClearGaps(model, sourceOf) } : {}),
    provenance: { ...input.provenance, asOf },
    invalid: input.invalid,
  };
}

/** The notes units wrote in the period's own files: what was done, for section II. */
function resultRows(assignments: AssignmentRow[], period: Period): ResultRow[] {
  return assignments.flatMap((a) => {
    const from = a.noteFrom === undefined ? undefined : parsePeriod(a.noteFrom);
    if (!a.note || !from || !withinPeriod(from, period)) return [];
    return [{
      task: a.task,
      title: a.title,
      unit: a.unit,
      statusLabel: a.statusLabel,
      ...(a.percent !== undefined ? { percent: a.percent } : {}),
      ...(a.doneOn !== undefined ? { doneOn: a.doneOn } : {}),
      note: a.note,
      source: a.source,
    }];
  });
}

/** The narrative of this report: the province's, or the unit's own (DESIGN §2.6). */
function narrativeOf(model: PlanModel, request: ReportRequest): ReportNarrative {
  const found = model.narratives.find((n) => n.period === request.period && n.unit === request.unit);
  return {
    file: narrativeFile(request),
    found: found !== undefined,
    direction: found?.direction ?? [],
    results: found?.results ?? [],
    next: found?.next ?? [],
    proposals: found?.proposals ?? [],
  };
}

/** The plan's own "6 rõ" gaps: the secretariat's finding, listed in the workbook. */
function sixClearGaps(model: PlanModel, sourceOf: SourceOf): SixClearGaps {
  const missing = { lead: 0, authority: 0, due: 0, result: 0 };
  const rows: SixClearGaps['rows'] = [];
  for (const task of model.tasks) {
    const gaps = unclearAspects(task);
    if (gaps.length === 0) continue;
    for (const { field } of gaps) missing[field]++;
    rows.push({ task: task.id, title: task.title, missing: gaps.map((g) => g.aspect), source: sourceOf(task.at) });
  }
  return { tasks: model.tasks.length, unclear: rows.length, missing, rows };
}
