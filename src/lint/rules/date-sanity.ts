import type { LintModel, Task } from '../../plan/model.js';
import { compareDates, dueOf, isKnownTimeZone, parsePeriod, periodWindow } from '../../time/index.js';
import type { Finding, Severity } from '../../plan/findings.js';
import type { Rule, RuleContext } from '../rule.js';

/** Dates that cannot all be true together: a report sent before its period began (or, a warning,
 * sent after today: a mistyped day, which would leave the report missing until then), work done
 * after the report that records it, "done" without the day it was done, ranges that end before
 * they start, deadlines outside the plan's period; and a time zone that does not exist. (Days that do not exist, like 2026-02-30, are
 * caught by the schema.) */
export const dateSanity: Rule = {
  id: 'date-sanity',
  severity: 'error',
  description: {
    vi: 'Các ngày phải hợp lý với nhau: báo cáo không nộp trước khi kỳ bắt đầu, và ngày nộp sau hôm nay là gõ nhầm (cảnh báo); ngày hoàn thành (done_on) không sau ngày nộp (submitted); trạng thái done phải có done_on; khoảng ngày không kết thúc trước khi bắt đầu; thời hạn và kỳ báo cáo nằm trong thời gian của kế hoạch.',
    en: 'Dates agree: no report sent before its period starts, and a sending day after today is a typo (a warning); done_on never after submitted; status done has done_on; ranges do not end before they start; deadlines and periods fall within the plan period.',
  },
  check(model, { invalidAt, asOf }) {
    const findings: Finding[] = [];
    const add = (severity: Severity, file: string, pointer: string, message: string, params: Record<string, string>) =>
      findings.push({ rule: 'date-sanity', severity, file, pointer, message, params });
    checkPlan(model, add);
    checkCalendar(model, add);
    checkProgress(model, add, invalidAt, asOf);
    return findings;
  },
};

type Add = (severity: Severity, file: string, pointer: string, message: string, params: Record<string, string>) => void;

function checkPlan({ plan, tasks }: LintModel, add: Add): void {
  if (!plan) return;
  // every "today" and every deadline is read in this zone (DESIGN §3)
  if (plan.timezone !== undefined && !isKnownTimeZone(plan.timezone)) add('error', plan.at.file, '/timezone', 'rule.date-sanity.timezone', { zone: plan.timezone });
  const { start, end } = plan.period ?? {};
  if (start === undefined || end === undefined) return;
  if (compareDates(start, end) > 0) add('error', plan.at.file, '/period/end', 'rule.date-sanity.range', { from: start, to: end });
  for (const task of tasks) {
    if (task.due === undefined) continue;
    const deadline = dueOf(task.due as Task['due']);
    if (deadline.kind === 'date' && (compareDates(deadline.last, start) < 0 || compareDates(deadline.last, end) > 0)) {
      add('warning', task.at.file, `${task.at.pointer}/due`, 'rule.date-sanity.due-outside', { id: task.id ?? '', due: deadline.last, start, end });
    }
  }
}

function checkCalendar({ calendar }: LintModel, add: Add): void {
  if (!calendar?.years) return;
  for (const [year, entries] of Object.entries(calendar.years)) {
    for (const list of ['off', 'work'] as const) {
      (entries?.[list] ?? []).forEach((entry, i) => {
        const pointer = `/years/${year}/${list}/${i}`;
        const e = entry as string | { from?: string; to?: string; date?: string };
        const [from, to] = typeof e === 'string' ? [e, e] : e.date !== undefined ? [e.date, e.date] : [e.from, e.to];
        if (from === undefined || to === undefined) return;
        if (compareDates(from, to) > 0) add('error', calendar.at.file, `${pointer}/to`, 'rule.date-sanity.range', { from, to });
        if (!from.startsWith(`${year}-`) && !to.startsWith(`${year}-`)) add('error', calendar.at.file, pointer, 'rule.date-sanity.calendar-year', { date: from, year });
      });
    }
  }
}

function checkProgress({ plan, progress }: LintModel, add: Add, invalidAt: RuleContext['invalidAt'], today: RuleContext['asOf']): void {
  const planStart = plan?.period?.start;
  const planEnd = plan?.period?.end;
  for (const report of progress) {
    const { file } = report.at;
    const period = report.period === undefined ? undefined : parsePeriod(report.period);
    if (report.submitted !== undefined && compareDates(report.submitted, today) > 0) {
      add('warning', file, '/submitted', 'rule.date-sanity.submitted-future', { submitted: report.submitted, today });
    }
    if (period) {
      const window = periodWindow(period, plan?.reporting?.window ?? 'calendar');
      if (report.submitted !== undefined && compareDates(report.submitted, window.start) < 0) {
        add('error', file, '/submitted', 'rule.date-sanity.submitted-early', { submitted: report.submitted, period: report.period!, start: window.start });
      }
      if (planStart !== undefined && planEnd !== undefined && (compareDates(window.end, planStart) < 0 || compareDates(window.start, planEnd) > 0)) {
        add('error', file, '/period', 'rule.date-sanity.period-outside', { period: report.period!, start: planStart, end: planEnd });
      }
    }
    for (const update of report.updates) {
      const at = update.at.pointer;
      const task = update.task ?? '';
      // a done_on that failed its schema is not missing: the schema already says what is wrong
      if (update.status === 'done' && update.done_on === undefined && !invalidAt(file, `${at}/done_on`)) add('error', file, `${at}/status`, 'rule.date-sanity.done-without-date', { task });
      if (update.status !== undefined && update.status !== 'done' && update.done_on !== undefined) add('warning', file, `${at}/done_on`, 'rule.date-sanity.date-without-done', { task, status: update.status });
      const submitted = report.submitted;
      if (submitted === undefined) continue;
      // the two fields read one by one: a field name in a variable made each read a slow lookup
      if (update.done_on !== undefined && compareDates(update.done_on, submitted) > 0) add('error', file, `${at}/done_on`, 'rule.date-sanity.after-submitted', { field: 'done_on', day: update.done_on, submitted, task });
      if (update.event_on !== undefined && compareDates(update.event_on, submitted) > 0) add('error', file, `${at}/event_on`, 'rule.date-sanity.after-submitted', { field: 'event_on', day: update.event_on, submitted, task });
    }
  }
}
