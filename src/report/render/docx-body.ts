// Sections I–V of the report body (DESIGN §5 outline), worded from the template and filled from
// the model. Long lists are summarised here and given in full in the appendices, which the text
// points to (NĐ 30/2020: the body must refer to each phụ lục).

import type { Paragraph, Table } from 'docx';
import type { NextRow, ReportModel, UnitRef } from '../types.js';
import { STATUS_KEYS } from '../types.js';
import { NO_KEY } from '../../status/aggregate.js';
import { STATUS_LABELS, percentText, roman } from '../labels.js';
import { fillPlaceholders, modelPlaceholders, type Template } from '../template.js';
import { body, grid, PORTRAIT_TEXT_WIDTH, shareWidths, SIZE } from './docx-kit.js';
import { vnShortDate } from '../../time/vn-date.js';
import { appendixNumbers } from './docx-appendix.js';
import { groupBy } from './group.js';

/** More than this many items in a body list are cut, with a pointer to the appendix. */
const BODY_LIST_LIMIT = 30;
/** A unit's overdue tasks are named up to this many in the body; Phụ lục I has them all. */
const TASK_IDS_LIMIT = 10;
/** Problems and proposals have no phụ lục: the full list is in the Excel report. */
const IN_WORKBOOK = '(chi tiết tại trang "Khó khăn, đề xuất" của tệp Excel kèm theo)';

type Block = Paragraph | Table;

export function reportBody(model: ReportModel, template: Template): Block[] {
  const fill = (text: string): string => fillPlaceholders(text, modelPlaceholders(model));
  const s = template.sections;
  const appendix = appendixNumbers(model);
  return [
    ...(template.opening ? [body(fill(template.opening))] : []),
    heading(1, fill(s.chi_dao.heading)),
    body(fill(s.chi_dao.text), { italics: true }),
    heading(2, fill(s.ket_qua.heading)),
    ...(s.ket_qua.intro ? [body(fill(s.ket_qua.intro))] : []),
    ...results(model, appendix),
    heading(3, fill(s.ton_tai.heading)),
    ...shortcomings(model, fill(s.ton_tai.intro ?? ''), fill(s.ton_tai.none ?? ''), appendix),
    heading(4, fill(s.nhiem_vu.heading)),
    ...nextTasks(model.nextPeriod, fill(s.nhiem_vu.intro ?? ''), fill(s.nhiem_vu.none ?? ''), appendix.assignments),
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

/** "85%", "500000 tài khoản": a percent sign sticks to its number. */
function quantity(value: number | string, measure: string | undefined): string {
  if (!measure) return String(value);
  return measure === '%' ? `${value}%` : `${value} ${measure}`;
}

function bullet(text: string): Paragraph {
  return body(`- ${text}`);
}

/** "Sở Y tế (nhiệm vụ III.3.4): " in the province's report, "Nhiệm vụ III.3.4: " in a unit's own. */
function problemSubject(model: ReportModel, unit: UnitRef, task: string | undefined): string {
  if (model.scope.kind === 'unit') return task ? `Nhiệm vụ ${task}: ` : '';
  return task ? `${unit.name} (nhiệm vụ ${task}): ` : `${unit.name}: `;
}

function unitLabel(model: ReportModel, unit: UnitRef): string {
  return model.scope.kind === 'unit' ? '' : `${unit.name}: `;
}

/** Section II: totals by status (a small table), by objective group, indicators, reporting, ranking. */
function results(model: ReportModel, appendix: ReturnType<typeof appendixNumbers>): Block[] {
  const { summary } = model;
  const blocks: Block[] = [subheading(1, 'Kết quả chung')];
  if (summary.assigned === 0) {
    blocks.push(body('Trong kỳ chưa có nhiệm vụ được giao chủ trì.'));
  } else {
    const parts = summary.byStatus
      .filter((s) => s.count > 0)
      .map((s) => `${s.label.toLocaleLowerCase('vi')} ${s.count} (${percentText(s.count, summary.assigned)})`);
    blocks.push(body(`Tổng số lượt nhiệm vụ được giao chủ trì: ${summary.assigned}; trong đó ${parts.join(', ')}.`));
    blocks.push(statusTable(model), body('', { size: SIZE.table }));
  }
  if (model.byObjective.length > 0) {
    blocks.push(subheading(2, 'Kết quả theo nhóm mục tiêu'));
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
  let n = model.byObjective.length > 0 ? 3 : 2;
  const measured = model.indicators.filter((i) => i.value !== undefined);
  blocks.push(subheading(n++, 'Kết quả thực hiện các chỉ tiêu'));
  blocks.push(
    body(
      model.indicators.length === 0
        ? 'Kỳ này chưa có chỉ tiêu được theo dõi.'
        : `Có ${measured.length}/${model.indicators.length} chỉ tiêu có số liệu trong kỳ (chi tiết tại Phụ lục ${roman(appendix.indicators)}).`,
    ),
  );
  for (const i of measured.slice(0, BODY_LIST_LIMIT)) {
    const target = i.target !== undefined ? `; mục tiêu: ${quantity(i.target, i.measure)}` : '';
    blocks.push(bullet(`${i.title}: ${quantity(i.value ?? '', i.measure)}${target}.`));
  }
  if (appendix.submissions) {
    blocks.push(subheading(n++, 'Tình hình gửi báo cáo'));
    blocks.push(
      body(
        `Báo cáo đúng hạn: ${summary.reportsOnTime}; gửi muộn: ${summary.reportsLate}; chưa gửi: ${summary.reportsMissing} ` +
          `(chi tiết tại Phụ lục ${roman(appendix.submissions)}).`,
      ),
    );
  }
  if (model.ranking && appendix.ranking) {
    blocks.push(subheading(n++, 'Đánh giá, xếp hạng các đơn vị'));
    blocks.push(body(`Cách tính: ${model.ranking.formula}. Kết quả xếp hạng chi tiết tại Phụ lục ${roman(appendix.ranking)}.`));
    for (const r of model.ranking.rows.slice(0, 5)) {
      blocks.push(bullet(`Xếp thứ ${r.rank}: ${r.unit.name} (${r.score.toFixed(1).replace('.', ',')} điểm).`));
    }
  }
  return blocks;
}

function statusTable(model: ReportModel): Table {
  const { summary } = model;
  const rows = STATUS_KEYS.map((key) => {
    const count = summary.byStatus.find((s) => s.key === key)?.count ?? 0;
    return [STATUS_LABELS[key], String(count), percentText(count, summary.assigned)];
  });
  rows.push(['Tổng số', String(summary.assigned), '100%']);
  const widths = shareWidths(Math.round(PORTRAIT_TEXT_WIDTH * 0.8), [60, 20, 20]);
  return grid(
    [
      { header: 'Tình trạng', width: widths[0] ?? 0 },
      { header: 'Số lượt nhiệm vụ', width: widths[1] ?? 0, align: 'center' },
      { header: 'Tỷ lệ', width: widths[2] ?? 0, align: 'center' },
    ],
    rows,
  );
}

/** Section III: overdue tasks by unit, late and missing reports, problems from progress files. */
function shortcomings(model: ReportModel, intro: string, none: string, appendix: ReturnType<typeof appendixNumbers>): Block[] {
  const overdueTasks = model.overdue.filter((o) => o.kind === 'task');
  // a unit's own report leaves its reporting record to the province's report
  const reportsBehind = appendix.submissions ? model.byUnit.filter((u) => u.reportsLate > 0 || u.reportsMissing > 0) : [];
  const gaps = model.sixClear && model.sixClear.unclear > 0 ? model.sixClear : undefined;
  if (overdueTasks.length === 0 && reportsBehind.length === 0 && model.problems.length === 0 && !gaps) return [body(none)];
  const blocks: Block[] = intro ? [body(intro)] : [];
  let n = 1;
  if (overdueTasks.length > 0) {
    blocks.push(subheading(n++, 'Nhiệm vụ quá hạn'));
    blocks.push(body(`Có ${overdueTasks.length} lượt nhiệm vụ quá hạn chưa hoàn thành (chi tiết tại Phụ lục ${roman(appendix.assignments)}):`));
    const byUnit = groupBy(overdueTasks, (o) => o.unit.id);
    const lines = [...byUnit.values()]
      .sort((a, b) => b.length - a.length || (a[0]?.unit.name ?? '').localeCompare(b[0]?.unit.name ?? '', 'vi'))
      .map((rows) => {
        const worst = Math.max(...rows.map((r) => r.daysOverdue));
        const ids = [...new Set(rows.map((r) => r.task ?? ''))];
        const tasks = ids.length <= TASK_IDS_LIMIT ? ids.join(', ') : `${ids.slice(0, TASK_IDS_LIMIT).join(', ')} và ${ids.length - TASK_IDS_LIMIT} nhiệm vụ khác`;
        return `${unitLabel(model, rows[0]!.unit)}${rows.length} nhiệm vụ (${tasks}); quá hạn lâu nhất ${worst} ngày.`;
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
  if (gaps) {
    // KH 208, I.2: every task must be "6 rõ"; where the plan itself is silent, the report says so
    const { missing } = gaps;
    const parts = [
      missing.lead ? `${missing.lead} nhiệm vụ chưa xác định đơn vị chủ trì` : '',
      missing.due ? `${missing.due} nhiệm vụ chưa có thời hạn hoàn thành` : '',
      missing.result ? `${missing.result} nhiệm vụ chưa xác định kết quả, sản phẩm` : '',
      missing.authority ? `${missing.authority} nhiệm vụ chưa xác định cấp có thẩm quyền` : '',
    ].filter(Boolean);
    blocks.push(subheading(n++, 'Nhiệm vụ chưa bảo đảm nguyên tắc "6 rõ"'));
    blocks.push(body(`Trong ${gaps.tasks} nhiệm vụ của Kế hoạch, ${gaps.unclear} nhiệm vụ chưa bảo đảm nguyên tắc "6 rõ": ${parts.join('; ')}. Đề nghị cơ quan ban hành xem xét, giao cụ thể để theo dõi, đánh giá.`));
  }
  if (model.problems.length > 0) {
    blocks.push(subheading(n++, 'Khó khăn, vướng mắc'));
    blocks.push(...limited(model.problems.map((p) => `${problemSubject(model, p.unit, p.task)}${p.text}`), `khó khăn, vướng mắc khác ${IN_WORKBOOK}`));
  }
  return blocks;
}

/** Section IV: what falls due next period, one line per task with its lead units. */
function nextTasks(rows: NextRow[], intro: string, none: string, assignmentsAppendix: number): Block[] {
  if (rows.length === 0) return [body(none)];
  const lines = [...groupBy(rows, (r) => r.task).values()].map((group) => {
    const first = group[0]!;
    const units = group.map((g) => g.unit.name);
    const who = units.length <= 5 ? units.join(', ') : `${units.length} đơn vị`;
    return `${first.task}. ${first.title} (chủ trì: ${who}; thời hạn: ${vnShortDate(first.due)}).`;
  });
  return [
    ...(intro ? [body(intro)] : []),
    ...limited(lines, `nhiệm vụ khác (chi tiết tại Phụ lục ${roman(assignmentsAppendix)})`),
  ];
}

function proposals(model: ReportModel, intro: string, none: string): Block[] {
  if (model.proposals.length === 0) return [body(none)];
  return [...(intro ? [body(intro)] : []), ...limited(model.proposals.map((p) => `${unitLabel(model, p.unit)}${p.text}`), `đề xuất, kiến nghị khác ${IN_WORKBOOK}`)];
}

function limited(lines: string[], rest: string): Paragraph[] {
  const shown = lines.slice(0, BODY_LIST_LIMIT).map(bullet);
  if (lines.length > BODY_LIST_LIMIT) shown.push(bullet(`Và ${lines.length - BODY_LIST_LIMIT} ${rest}.`));
  return shown;
}
