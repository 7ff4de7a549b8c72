// The reminder letter's model (công văn đôn đốc, DESIGN §5.1): the standing unit chases every unit
// that owes it reports (plan.yaml `reporting.from`) and is late, with a missing report or an
// overdue task, and asks it to report within `reporting.remind_days` working days of the letter.
// Pure: the as-of day, the letter's date and the template come in as values. `remind --format
// json` prints this model; the docx and the e-mails are rendered from it alone.

import type { IsoDate, PeriodId, PlanModel, Reporting } from '../plan/model.js';
import { computeObligations, overdueList, reportingUnits, statusItems, statusSetup } from '../status/index.js';
import { fromDayNumber, parsePeriod, periodLabel, toDayNumber, type WorkingCalendar } from '../time/index.js';
import { unitsOf } from './build-rows.js';
import { anchorLabel } from './due-label.js';
import { fillPlaceholders, placeholderValues, resolveLetter, type Letter } from './letter.js';
import { periodText, shortTitle } from './labels.js';
import type { RemindTemplate } from './template.js';
import type { LetterGaps, Provenance, UnitRef } from './types.js';
import { vnTextDate } from '../time/vn-date.js';

/** DESIGN §2.1: `reporting.remind_days`, when plan.yaml does not say. */
export const DEFAULT_REMIND_DAYS = 5;
/** More late units than this go to "Kính gửi: <kinh_gui_many>" (template `kinh_gui_limit`). */
const KINH_GUI_LIMIT = 6;

export interface RemindItem {
  kind: 'report' | 'task';
  /** the report's period, or the occurrence of a recurring task */
  period?: PeriodId;
  task?: string;
  /** "Báo cáo tháng 7/2026", or the task's title */
  title: string;
  due: IsoDate;
  daysLate: number;
}

export interface RemindUnit {
  unit: UnitRef;
  /** the unit's official mailbox (units.yaml `email`), when known */
  email?: string;
  items: RemindItem[];
}

export interface RemindModel {
  kind: 'remind';
  plan: { id: string; number: string; title: string; issued: IsoDate };
  asOf: IsoDate;
  /** working days the letter gives */
  remindDays: number;
  /** the last day to report: remindDays working days after the letter's date */
  replyBy: IsoDate;
  document: Letter['document'];
  issuer: Letter['issuer'];
  recipients: Letter['recipients'];
  signer: Letter['signer'];
  letterGaps?: LetterGaps;
  /** the standing unit: the sender */
  from: UnitRef & { email?: string };
  /** the letter's paragraphs, filled */
  paragraphs: string[];
  appendixTitle: string;
  /** the late units, in units.yaml order */
  units: RemindUnit[];
  /** late units that do not report to the standing unit (leaders, central bodies): not chased */
  notChased: UnitRef[];
  provenance: Provenance;
  invalid: boolean;
}

export interface RemindInput {
  model: PlanModel;
  asOf: IsoDate;
  /** the letter's date; null leaves it blank for the clerk */
  date: IsoDate | null;
  /** the day the reply-by day counts from when the date is blank: today */
  today: IsoDate;
  year: number;
  /** --unit: only these units */
  units?: ReadonlySet<string>;
  template: RemindTemplate;
  provenance: Omit<Provenance, 'asOf'>;
  invalid: boolean;
}

export function buildRemindModel(input: RemindInput): RemindModel {
  const { model, asOf, template } = input;
  const plan = model.plan;
  if (!plan) throw new Error('buildRemindModel: no plan');
  const setup = statusSetup(model, plan);
  const refs = unitsOf(model);
  const owing = new Set(reportingUnits(plan, setup.expand));
  const wanted = (unit: string) => input.units === undefined || input.units.has(unit);
  const list = overdueList(statusItems(setup, { asOf }), computeObligations(setup, { asOf }), { asOf, lang: 'vi' });

  const byUnit = new Map<string, RemindItem[]>();
  const notChased = new Set<string>();
  for (const entry of list.items) {
    if (!wanted(entry.unit) || entry.unit === plan.standing_unit) continue;
    if (!owing.has(entry.unit)) {
      notChased.add(entry.unit);
      continue;
    }
    let items = byUnit.get(entry.unit);
    if (!items) byUnit.set(entry.unit, (items = []));
    items.push({
      kind: entry.kind,
      ...(entry.occurrence !== null ? { period: entry.occurrence } : {}),
      ...(entry.task !== null ? { task: entry.task } : {}),
      title: entry.title,
      due: entry.due,
      daysLate: entry.daysOverdue,
    });
  }
  const emails = new Map(model.units.map((u) => [u.id, u.email]));
  const units: RemindUnit[] = [...byUnit.entries()]
    .sort(([a], [b]) => refs.order(a) - refs.order(b) || (a < b ? -1 : 1))
    .map(([id, items]) => ({
      unit: refs.ref(id),
      ...(emails.get(id) ? { email: emails.get(id)! } : {}),
      // reports first, then tasks; each by due day
      items: items.sort((x, y) => (x.kind === y.kind ? (x.due < y.due ? -1 : x.due > y.due ? 1 : 0) : x.kind === 'report' ? -1 : 1)),
    }));

  const remindDays = plan.reporting.remind_days ?? DEFAULT_REMIND_DAYS;
  const replyBy = addWorkingDays(setup.calendar, input.date ?? input.today, remindDays);
  const standing = model.units.find((u) => u.id === plan.standing_unit);
  const limit = template.kinh_gui_limit ?? KINH_GUI_LIMIT;
  const names = units.length <= limit ? units.map((u) => u.unit.name) : [template.kinh_gui_many];
  const extra = {
    reply_by: vnTextDate(replyBy),
    remind_days: String(remindDays),
    late_count: String(units.length),
    reporting_rule: reportingRule(plan.reporting),
  };
  const period = { id: asOf, label: '', start: asOf, end: asOf };
  const { gaps, ...letter } = resolveLetter(
    { ...template, kinh_gui: names, noi_nhan: [...names, ...template.noi_nhan] },
    {
      plan: { number: plan.number, title: plan.title, issued: plan.issued, place: plan.place, issuer: plan.issuer },
      period,
      asOf,
      dueDate: replyBy,
      ...(standing ? { issuingUnit: standing, issuingUnitId: standing.id } : {}),
      extra,
      date: input.date,
      year: input.year,
    },
  );
  const values = { ...placeholderValues({ plan, period, asOf, dueDate: replyBy, ...(standing ? { issuingUnit: standing } : {}), extra }) };
  return {
    kind: 'remind',
    plan: { id: plan.id, number: plan.number, title: plan.title, issued: plan.issued },
    asOf,
    remindDays,
    replyBy,
    ...letter,
    ...(gaps ? { letterGaps: gaps } : {}),
    from: { ...refs.ref(plan.standing_unit), ...(standing?.email ? { email: standing.email } : {}) },
    paragraphs: template.body.map((p) => fillPlaceholders(p, values)),
    appendixTitle: fillPlaceholders(template.appendix_title, values),
    units,
    notChased: [...notChased].sort((a, b) => refs.order(a) - refs.order(b)).map((id) => refs.ref(id)),
    provenance: { ...input.provenance, asOf },
    invalid: input.invalid,
  };
}

/**
 * The day `days` working days after `from` (the first day is not counted, BLDS 2015 art. 147),
 * per the working calendar: weekends and calendar.yaml's days off do not count, make-up days do.
 */
export function addWorkingDays(calendar: WorkingCalendar, from: IsoDate, days: number): IsoDate {
  let day = toDayNumber(from);
  for (let left = days; left > 0; ) {
    day++;
    if (!calendar.isDayOff(fromDayNumber(day))) left--;
  }
  return fromDayNumber(day);
}

/**
 * The plan's reporting rule in words, as the letter cites it: "gửi báo cáo hằng tháng trước ngày
 * 10 tháng sau, báo cáo sơ kết 6 tháng trước ngày 10/6 và báo cáo tổng kết năm trước ngày 10/12".
 */
export function reportingRule(reporting: Reporting): string {
  const parts = [
    reporting.monthly ? `báo cáo hằng tháng ${anchorLabel(reporting.monthly.due)}` : '',
    reporting.semiannual ? `báo cáo sơ kết 6 tháng ${anchorLabel(reporting.semiannual.due)}` : '',
    reporting.annual ? `báo cáo tổng kết năm ${anchorLabel(reporting.annual.due)}` : '',
  ].filter(Boolean);
  if (parts.length === 0) return 'gửi báo cáo định kỳ';
  return `gửi ${parts.length > 1 ? `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}` : parts[0]}`;
}

/**
 * What a unit has late, short enough for a subject line: "báo cáo tháng 7/2026, tháng 8/2026 và
 * 1 nhiệm vụ quá hạn"; beyond two reports, their number: "6 báo cáo chưa gửi và 1 nhiệm vụ quá hạn".
 */
export function lateSummary(items: RemindItem[]): string {
  const reports = items.filter((i) => i.kind === 'report').map((i) => {
    const p = i.period ? parsePeriod(i.period) : undefined;
    return p ? periodLabel(p, 'vi') : i.title;
  });
  const tasks = new Set(items.filter((i) => i.kind === 'task').map((i) => i.task)).size;
  const named = reports.length > 2 ? `${reports.length} báo cáo chưa gửi` : reports.length > 0 ? `báo cáo ${reports.join(', ')}` : '';
  return [named, tasks > 0 ? `${tasks} nhiệm vụ quá hạn` : ''].filter(Boolean).join(' và ');
}

/** "Báo cáo tháng 7/2026" or "Nhiệm vụ V.4.2 (tháng 7 năm 2026): Xây dựng kế hoạch …", for a list line. */
export function itemText(item: RemindItem): string {
  if (item.kind === 'report') return item.title;
  const p = item.period && !item.period.startsWith('event:') ? parsePeriod(item.period) : undefined;
  return `Nhiệm vụ ${item.task}${p ? ` (${periodText(p)})` : ''}: ${shortTitle(item.title)}`;
}

