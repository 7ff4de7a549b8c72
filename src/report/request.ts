// What a report is asked for (DESIGN §4 `report`): its kind, its period and, for a unit's own
// report, the unit; and what follows from that alone: the template, the file names, the period's
// days. Checking a request against the plan returns a problem as a value; the CLI words it.

import type { IsoDate, PeriodId, PlanModel } from '../plan/model.js';
import { reportingUnits, unitExpander } from '../status/index.js';
import { parsePeriod, periodWindow, reportDueDate, workingCalendar, type Period, type PeriodKind, type ReportKind } from '../time/index.js';
import type { ReportTemplateKind } from './template.js';

export interface ReportRequest {
  kind: ReportKind;
  period: PeriodId;
  /** a unit's own report (DESIGN §1: a department or commune reporting to the standing unit) */
  unit?: string;
}

const PERIOD_KIND: Record<ReportKind, PeriodKind> = { monthly: 'month', semiannual: 'half', annual: 'year' };

/** The period a request names, when its id has the shape of its kind (2026-07, 2026-H1, 2026). */
export function requestPeriod(request: Pick<ReportRequest, 'kind' | 'period'>): Period | undefined {
  const period = parsePeriod(request.period);
  return period && period.kind === PERIOD_KIND[request.kind] ? period : undefined;
}

export type RequestProblem =
  | { message: 'report.bad-period'; params: { option: string; value: string } }
  | { message: 'report.outside-plan'; params: { period: string; start: IsoDate; end: IsoDate } }
  | { message: 'report.no-due'; params: { period: string } }
  | { message: 'report.unknown-unit'; params: { value: string } }
  | { message: 'report.group-not-unit'; params: { value: string } }
  | { message: 'report.unit-is-standing'; params: { value: string; name: string } }
  | { message: 'report.unit-owes-none'; params: { value: string; name: string; from: string } };

/**
 * Why the plan cannot give this report, or undefined when it can. The period must overlap the
 * plan's and owe a report under plan.yaml `reporting` (06-10 names H1: the second half is
 * reviewed in the annual report, so a report for H2 has no due date to print). A unit's own report
 * is a report to the standing unit: only a unit that owes one has it.
 */
export function checkRequest(model: PlanModel, request: ReportRequest): RequestProblem | undefined {
  const plan = model.plan!;
  const period = requestPeriod(request);
  const option = { monthly: '--month', semiannual: '--half', annual: '--year' }[request.kind];
  if (!period) return { message: 'report.bad-period', params: { option, value: request.period } };
  const window = periodWindow(period, plan.reporting.window ?? 'calendar');
  if (window.end < plan.period.start || window.start > plan.period.end) {
    return { message: 'report.outside-plan', params: { period: request.period, start: plan.period.start, end: plan.period.end } };
  }
  if (!reportDueDate(period, plan.reporting, workingCalendar(model.calendar))) return { message: 'report.no-due', params: { period: request.period } };
  if (request.unit !== undefined && !model.units.some((u) => u.id === request.unit)) {
    const isGroup = model.groups.some((g) => g.id === request.unit);
    return { message: isGroup ? 'report.group-not-unit' : 'report.unknown-unit', params: { value: request.unit } };
  }
  if (request.unit !== undefined) {
    const name = model.units.find((u) => u.id === request.unit)!.name;
    if (request.unit === plan.standing_unit) return { message: 'report.unit-is-standing', params: { value: request.unit, name } };
    if (!reportingUnits(plan, unitExpander(model.units, model.groups)).includes(request.unit)) {
      return { message: 'report.unit-owes-none', params: { value: request.unit, name, from: plan.reporting.from } };
    }
  }
  return undefined;
}

/** Where the report's narrative lives (DESIGN §2.6): the province's, or the unit's own. */
export function narrativeFile(request: ReportRequest): string {
  return request.unit === undefined ? `plan/narrative/${request.period}.yaml` : `plan/narrative/${request.unit}/${request.period}.yaml`;
}

/**
 * The province's reports each have their template; a unit's own report always uses unit-monthly,
 * whatever the period: its letterhead, recipients and signer are the unit's, and its wording
 * names the period only through {period_label}.
 */
export function templateKindOf(request: ReportRequest): ReportTemplateKind {
  return request.unit === undefined ? request.kind : 'unit-monthly';
}

/**
 * ASCII file names (DESIGN §5), without the extension: bao-cao-thang-07-2026,
 * bao-cao-6-thang-dau-nam-2026, bao-cao-6-thang-cuoi-nam-2026, bao-cao-nam-2026; a unit's own
 * report adds its id: bao-cao-thang-07-2026-so-yt.
 */
export function reportFileBase(request: ReportRequest): string {
  const period = requestPeriod(request)!;
  const year = String(period.year);
  const base =
    period.kind === 'month'
      ? `bao-cao-thang-${String(period.index).padStart(2, '0')}-${year}`
      : period.kind === 'half'
        ? `bao-cao-6-thang-${period.index === 1 ? 'dau' : 'cuoi'}-nam-${year}`
        : `bao-cao-nam-${year}`;
  return request.unit === undefined ? base : `${base}-${request.unit}`;
}
