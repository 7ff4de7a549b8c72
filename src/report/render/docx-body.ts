// Sections I–V of the report body (DESIGN §5 outline), worded from the template, the narrative
// file and the model. Long lists are summarised here and given in full in the appendices, which
// the text points to (NĐ 30/2020: the body must refer to each phụ lục). Nothing here prints a
// file path, a rule id or a count of the plan's own "6 rõ" gaps: the letter goes to a leader
// (DESIGN §5 "Signable as generated").

import type { Paragraph, Table } from 'docx';
import type { NextReportRow, NextRow, ReportModel, ResultRow, UnitRef } from '../types.js';
import { STATUS_KEYS } from '../types.js';
import { NO_KEY } from '../../status/aggregate.js';
import { decimalText, percentText, rateText, shortTitle, STATUS_LABELS, roman } from '../labels.js';
import { fillPlaceholders, placeholderValues } from '../letter.js';
import type { Template } from '../template.js';
import { body, grid, PORTRAIT_TEXT_WIDTH, shareWidths, SIZE } from './docx-kit.js';
import { vnShortDate, vnTextDate } from '../../time/vn-date.js';
import { appendixNumbers, type AppendixNumbers } from './docx-appendix.js';
import { groupBy } from './group.js';

/** More than this many items in a body list are cut, with a pointer to the appendix. */
const BODY_LIST_LIMIT = 30;
/** A unit's overdue tasks are named up to this many in the body; Phụ lục I has them all. */
const TASK_IDS_LIMIT = 10;
/** A unit's results are told up to this many in the province's body; Phụ lục I has them all. */
const RESULTS_PER_UNIT = 3;
/** Problems and proposals have no phụ lục: the full list is in the Excel report. */
const IN_WORKBOOK = '(chi tiết tại trang "Khó khăn, đề xuất" của tệp Excel kèm theo)';

type Block = Paragraph | Table;

/**
 * The values a renderer fills section wording from. {figures} says how far the figures run: to the
 * as-of day, or, while the period is still running, the template's `opening_early` (DESIGN §5: a
 * report made before its period ends says so in its opening paragraph).
 */
function modelPlaceholders(model: ReportModel, template: Template): Record<string, string> {
  const values = placeholderValues({ ...model, ...(model.scope.kind === 'unit' ? { unit: model.scope.unit } : {}) });
  const early = model.periodOpen && template.opening_early ? fillPlaceholders(template.opening_early, values) : undefined;
  return { ...values, figures: early ?? `số liệu tính đến ngày ${values.as_of}` };
}

/** The opening paragraph; a template without {figures} gets the early note as a sentence of its own. */
function opening(model: ReportModel, template: Template, fill: (text: string) => string): Paragraph[] {
  const text = template.opening ? fill(template.opening) : '';
  const early = model.periodOpen && !template.opening?.includes('{figures}') ? fill('{figures}') : '';
  const sentence = early ? `${early.charAt(0).toLocaleUpperCase('vi')}${early.slice(1)}.` : '';
  const paragraph = [sentence, text].filter(Boolean).join(' ');
  return paragraph ? [body(paragraph)] : [];
}

export function reportBody(model: ReportModel, template: Template): Block[] {
  const values = modelPlaceholders(model, template);
  const fill = (text: string): string => fillPlaceholders(text, values);
  const s = template.sections;
  const appendix = appendixNumbers(model);
  return [
    ...opening(model, template, fill),
    heading(1, fill(s.chi_dao.heading)),
    ...(model.narrative.direction.length > 0 ? model.narrative.direction.map((p) => body(p)) : [body(fill(s.chi_dao.text), { italics: true })]),
    heading(2, fill(s.ket_qua.heading)),
    ...(s.ket_qua.intro ? [body(fill(s.ket_qua.intro))] : []),
    ...results(model, appendix),
    ...model.narrative.results.map((p) => body(p)),
    heading(3, fill(s.ton_tai.heading)),
    ...shortcomings(model, fill(s.ton_tai.intro ?? ''), fill(s.ton_tai.none ?? ''), appendix),
    heading(4, fill(s.nhiem_vu.heading)),
    ...nextTasks(model, fill(s.nhiem_vu.intro ?? ''), fill(s.nhiem_vu.none ?? ''), appendix),
    heading(5, fill(s.de_xuat.heading)),
    ...proposals(model, fill(s.de_xuat.intro ?? ''), fill(s.de_xuat.none ?? '')),
    // the closing sentence stays on the page of the signature
    ...(template.closing ? [body(fill(template.closing), { keepNext: true })] : []),
  ];
}

/** "I. CÔNG TÁC …": mục headings are upper case and bold. */
function heading(n: number, text: string): Paragraph {
  return body(`${roman(n)}. ${text.toLocaleUpperCase('vi')}`, { bold: true, keepNext: true });
}

/** "1. …": khoản headings are bold. */
function subheading(n: number, text: string): Paragraph {
  return body(`${n}. ${text}`, { bold: true, keepNext: true });
}

/** "85,0%", "500.000 tài khoản": a percent sign sticks to its number, and a percentage has one decimal. */
function quantity(value: number | string, measure: string | undefined): string {
  if (measure === '%' && typeof value === 'number') return `${decimalText(value)}%`;
  const shown = typeof value === 'number' ? value.toLocaleString('vi-VN') : value;
  if (!measure) return shown;
  return measure === '%' ? `${shown}%` : `${shown} ${measure}`;
}

function bullet(text: string): Paragraph {
  return body(`- ${text}`);
}

/** " (chi tiết tại Phụ lục II)" when that appendix exists, else nothing. */
function see(n: number | undefined): string {
  return n === undefined ? '' : ` (chi tiết tại Phụ lục ${roman(n)})`;
}

/** "Sở Y tế (nhiệm vụ III.3.4): " in the province's report, "Nhiệm vụ III.3.4: " in a unit's own. */
function problemSubject(model: ReportModel, unit: UnitRef, task: string | undefined): string {
  if (model.scope.kind === 'unit') return task ? `Nhiệm vụ ${task}: ` : '';
  return task ? `${unit.name} (nhiệm vụ ${task}): ` : `${unit.name}: `;
}

function unitLabel(model: ReportModel, unit: UnitRef): string {
  return model.scope.kind === 'unit' ? '' : `${unit.name}: `;
}

/** Section II: totals by status, by objective group, what units did, indicators, reporting, ranking. */
function results(model: ReportModel, appendix: AppendixNumbers): Block[] {
  const { summary } = model;
  const blocks: Block[] = [subheading(1, 'Kết quả chung')];
  if (summary.assigned === 0) {
    blocks.push(body('Trong kỳ chưa có nhiệm vụ được giao chủ trì.'));
  } else {
    const parts = summary.byStatus
      .filter((s) => s.count > 0)
      .map((s) => `${s.label.toLocaleLowerCase('vi')} ${s.count} (${percentText(s.count, summary.assigned)})`);
    blocks.push(body(`Tổng số lượt nhiệm vụ được giao chủ trì: ${summary.assigned}; trong đó ${parts.join(', ')}${see(appendix.assignments)}.`));
    blocks.push(statusTable(model), body('', { size: SIZE.table }));
  }
  let n = 2;
  if (model.byObjective.length > 0) {
    blocks.push(subheading(n++, 'Kết quả theo nhóm mục tiêu'));
    for (const row of model.byObjective) {
      const done = row.counts.done_on_time + row.counts.done_late;
      blocks.push(
        bullet(
          `${row.id === NO_KEY ? '' : `${row.id}. `}${row.title}: ${row.assigned} lượt nhiệm vụ; hoàn thành ${done} (đúng hạn ${row.counts.done_on_time}), ` +
            `đang thực hiện ${row.counts.in_progress + row.counts.due_soon}, quá hạn ${row.counts.overdue}, ` +
            `chưa thực hiện ${row.counts.not_started}, thường xuyên ${row.counts.ongoing}.`,
        ),
      );
    }
  }
  if (model.results.length > 0) {
    const own = model.scope.kind === 'unit';
    blocks.push(subheading(n++, own ? 'Kết quả thực hiện các nhiệm vụ trong kỳ' : 'Kết quả thực hiện của các đơn vị trong kỳ'));
    const lines = own ? model.results.map(taskResultLine) : [...groupBy(model.results, (r) => r.unit.id).values()].map(unitResultLine);
    blocks.push(...limited(lines, `${own ? 'kết quả' : 'đơn vị'} khác${see(appendix.assignments)}`));
  }
  blocks.push(subheading(n++, 'Kết quả thực hiện các chỉ tiêu'));
  blocks.push(...indicatorLines(model, appendix));
  if (appendix.submissions) {
    blocks.push(subheading(n++, 'Tình hình gửi báo cáo'));
    blocks.push(
      body(`Báo cáo đúng hạn: ${summary.reportsOnTime}; gửi muộn: ${summary.reportsLate}; chưa gửi: ${summary.reportsMissing}${see(appendix.submissions)}.`),
    );
  }
  if (model.ranking) {
    blocks.push(subheading(n++, 'Đánh giá, xếp hạng các đơn vị'));
    if (!model.ranking.ready || model.ranking.rows.length === 0) {
      // DESIGN §3: no ranking while nobody has reported or finished a task in the period
      blocks.push(body('Trong kỳ chưa có đơn vị nào gửi báo cáo hoặc hoàn thành nhiệm vụ, chưa đủ dữ liệu để đánh giá, xếp hạng các đơn vị.'));
    } else {
      blocks.push(body(`Cách tính: ${model.ranking.formula}${see(appendix.ranking)}.`));
      for (const r of model.ranking.rows.slice(0, 5)) blocks.push(bullet(`Xếp thứ ${r.rank}: ${r.unit.name} (${decimalText(r.score)} điểm).`));
    }
  }
  return blocks;
}

/** A unit's own report: "II.3. Kết nối dữ liệu y tế: Đã kết nối xong (hoàn thành ngày 20/7/2026)." */
function taskResultLine(r: ResultRow): string {
  return `${r.task}. ${shortTitle(r.title)}: ${noteOf(r)} (${stateOf(r)}).`;
}

/** The province's: one line a unit, "Sở Y tế: Đã kết nối xong (II.3, hoàn thành ngày 20/7/2026); …". */
function unitResultLine(rows: ResultRow[]): string {
  const shown = rows.slice(0, RESULTS_PER_UNIT).map((r) => `${noteOf(r)} (${r.task}, ${stateOf(r)})`);
  const more = rows.length > RESULTS_PER_UNIT ? `; và kết quả của ${rows.length - RESULTS_PER_UNIT} nhiệm vụ khác` : '';
  return `${rows[0]!.unit.name}: ${shown.join('; ')}${more}.`;
}

function noteOf(r: ResultRow): string {
  return r.note.trim().replace(/[.;]+$/, '');
}

function stateOf(r: ResultRow): string {
  if (r.doneOn) return `hoàn thành ngày ${vnTextDate(r.doneOn)}`;
  const label = r.statusLabel.toLocaleLowerCase('vi');
  return r.percent !== undefined ? `${label}, đạt ${r.percent}%` : label;
}

function indicatorLines(model: ReportModel, appendix: AppendixNumbers): Paragraph[] {
  if (model.indicators.length === 0) {
    return [body(model.scope.kind === 'unit' ? 'Trong kỳ, đơn vị chưa báo cáo số liệu chỉ tiêu.' : 'Kỳ này chưa có chỉ tiêu được theo dõi.')];
  }
  const measured = model.indicators.filter((i) => i.value !== undefined);
  const lines = [body(`Có ${measured.length}/${model.indicators.length} chỉ tiêu có số liệu trong kỳ${see(appendix.indicators)}.`)];
  for (const i of measured.slice(0, BODY_LIST_LIMIT)) {
    const target = i.target !== undefined ? `; mục tiêu: ${quantity(i.target, i.measure)}` : '';
    lines.push(bullet(`${i.title}: ${quantity(i.value ?? '', i.measure)}${target}.`));
  }
  return lines;
}

function statusTable(model: ReportModel): Table {
  const { summary } = model;
  const rows = STATUS_KEYS.map((key) => {
    const count = summary.byStatus.find((s) => s.key === key)?.count ?? 0;
    return [STATUS_LABELS[key], String(count), percentText(count, summary.assigned)];
  });
  rows.push(['Tổng số', String(summary.assigned), rateText(1)]);
  const widths = shareWidths(Math.round(PORTRAIT_TEXT_WIDTH * 0.8), [60, 20, 20]);
  return grid(
    [
      { header: 'Tình trạng', width: widths[0] ?? 0 },
      { header: 'Số lượt nhiệm vụ', width: widths[1] ?? 0, align: 'center' },
      { header: 'Tỷ lệ', width: widths[2] ?? 0, align: 'center' },
    ],
    rows,
    { keepTogether: true },
  );
}

/** Section III: overdue tasks by unit, late and missing reports, problems from progress files. */
function shortcomings(model: ReportModel, intro: string, none: string, appendix: AppendixNumbers): Block[] {
  const overdueTasks = model.overdue.filter((o) => o.kind === 'task');
  // a unit's own report leaves its reporting record to the province's report
  const reportsBehind = appendix.submissions ? model.byUnit.filter((u) => u.reportsLate > 0 || u.reportsMissing > 0) : [];
  if (overdueTasks.length === 0 && reportsBehind.length === 0 && model.problems.length === 0) return [body(none)];
  const blocks: Block[] = intro ? [body(intro)] : [];
  let n = 1;
  if (overdueTasks.length > 0) {
    blocks.push(subheading(n++, 'Nhiệm vụ quá hạn'));
    blocks.push(body(`Có ${overdueTasks.length} lượt nhiệm vụ quá hạn chưa hoàn thành${see(appendix.assignments)}:`));
    const byUnit = groupBy(overdueTasks, (o) => o.unit.id);
    const lines = [...byUnit.values()]
      .sort((a, b) => b.length - a.length || (a[0]?.unit.name ?? '').localeCompare(b[0]?.unit.name ?? '', 'vi'))
      .map((rows) => {
        const worst = Math.max(...rows.map((r) => r.daysOverdue));
        const ids = [...new Set(rows.map((r) => r.task ?? ''))];
        const tasks = ids.length <= TASK_IDS_LIMIT ? ids.join(', ') : `${ids.slice(0, TASK_IDS_LIMIT).join(', ')} và ${ids.length - TASK_IDS_LIMIT} nhiệm vụ khác`;
        // "lượt", as in the count above: a recurring task is one task but several occurrences
        return `${unitLabel(model, rows[0]!.unit)}${rows.length} lượt nhiệm vụ (${tasks}); quá hạn lâu nhất ${worst} ngày.`;
      });
    blocks.push(...limited(lines, 'đơn vị khác'));
  }
  if (reportsBehind.length > 0) {
    blocks.push(subheading(n++, 'Việc gửi báo cáo'));
    blocks.push(
      ...limited(
        reportsBehind.map((u) => `${u.unit.name}: ${[u.reportsMissing ? `chưa gửi ${u.reportsMissing} kỳ` : '', u.reportsLate ? `gửi muộn ${u.reportsLate} kỳ` : ''].filter(Boolean).join(', ')}.`),
        'đơn vị khác',
      ),
    );
  }
  if (model.problems.length > 0) {
    blocks.push(subheading(n++, 'Khó khăn, vướng mắc'));
    blocks.push(...limited(model.problems.map((p) => `${problemSubject(model, p.unit, p.task)}${closed(p.text)}`), `khó khăn, vướng mắc khác ${IN_WORKBOOK}`));
  }
  return blocks;
}

/**
 * Section IV: what falls due from now to the end of the next period (tasks and periodic reports),
 * the overdue tasks still to finish, and the secretariat's own words. `none` is said only of
 * tasks with a deadline: it never claims that nothing at all is due.
 */
function nextTasks(model: ReportModel, intro: string, none: string, appendix: AppendixNumbers): Block[] {
  const blocks: Block[] = [];
  const tasks = taskLines(model.nextPeriod);
  if (tasks.length === 0) blocks.push(body(none));
  else blocks.push(...(intro ? [body(intro)] : []), ...limited(tasks, `nhiệm vụ khác${see(appendix.assignments)}`));
  const overdue = model.overdue.filter((o) => o.kind === 'task').length;
  if (overdue > 0) blocks.push(bullet(`Khẩn trương hoàn thành ${overdue} lượt nhiệm vụ đã quá hạn nêu tại mục III.`));
  if (model.nextReports.length > 0) blocks.push(bullet(reportsLine(model, model.nextReports)));
  blocks.push(...model.narrative.next.map((p) => body(p)));
  return blocks;
}

/**
 * One line a task. A recurring task brings one row per occurrence and unit: its units are named
 * once each, and its deadlines as a run ("4 kỳ, từ 04/9/2026 đến 03/12/2026"), so that six
 * monthly occurrences of one unit's task never read as "6 đơn vị".
 */
function taskLines(rows: NextRow[]): string[] {
  return [...groupBy(rows, (r) => r.task).values()].map((group) => {
    const first = group[0]!;
    const units = [...new Set(group.map((g) => g.unit.name))];
    const who = units.length <= 5 ? units.join(', ') : `${units.length} đơn vị`;
    const dues = [...new Set(group.map((g) => g.due))].sort();
    const when = dues.length === 1 ? vnShortDate(dues[0]!) : `${dues.length} kỳ, từ ${vnShortDate(dues[0]!)} đến ${vnShortDate(dues.at(-1)!)}`;
    return `${first.task}. ${first.title} (chủ trì: ${who}; thời hạn: ${when}).`;
  });
}

/**
 * "Các đơn vị gửi báo cáo định kỳ đúng hạn: báo cáo tháng 8/2026 (hạn 09/9/2026)." A year ahead
 * holds a dozen monthly reports: beyond two they are named as a run, first and last.
 */
function reportsLine(model: ReportModel, rows: NextReportRow[]): string {
  const item = (r: NextReportRow) => `${r.title.charAt(0).toLocaleLowerCase('vi')}${r.title.slice(1)} (hạn ${vnTextDate(r.due)})`;
  const monthly = rows.filter((r) => /^\d{4}-\d{2}$/.test(r.period));
  const items =
    monthly.length <= 2
      ? rows.map(item)
      : [...rows.filter((r) => !monthly.includes(r)).map(item), `${monthly.length} báo cáo tháng, từ ${item(monthly[0]!)} đến ${item(monthly[monthly.length - 1]!)}`];
  const who = model.scope.kind === 'unit' ? 'Gửi' : 'Các đơn vị gửi';
  return `${who} báo cáo định kỳ đúng hạn: ${items.join('; ')}.`;
}

/** Section V: the secretariat's own proposals first, then what the units proposed. */
function proposals(model: ReportModel, intro: string, none: string): Block[] {
  const own = model.narrative.proposals.map(bullet);
  if (model.proposals.length === 0) return own.length > 0 ? own : [body(none)];
  return [
    ...own,
    ...(intro ? [body(intro)] : []),
    ...limited(model.proposals.map((p) => `${unitLabel(model, p.unit)}${closed(p.text)}`), `đề xuất, kiến nghị khác ${IN_WORKBOOK}`),
  ];
}

/** A unit's own words as a list line: closed with a full stop when they end without one. */
function closed(text: string): string {
  return /[.!?;:…]$/.test(text) ? text : `${text}.`;
}

function limited(lines: string[], rest: string): Paragraph[] {
  const shown = lines.slice(0, BODY_LIST_LIMIT).map(bullet);
  if (lines.length > BODY_LIST_LIMIT) shown.push(bullet(`Và ${lines.length - BODY_LIST_LIMIT} ${rest}.`));
  return shown;
}
