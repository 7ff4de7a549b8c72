// The report model (DESIGN §5) built from the SYNTHETIC plan repository of test/fixtures/report:
// its counts are the status core's, each row points at its line in the plan files, and it holds
// the submission matrix, proposals, problems, indicators and (for reviews) the ranking.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fsFileSource } from '../../src/plan/files.js';
import { loadPlan, type Loaded } from '../../src/plan/load.js';
import { aggregate, computeObligations, statusItems, statusSetup } from '../../src/status/index.js';
import { buildReportModel } from '../../src/report/build.js';
import { compareTaskIds } from '../../src/report/build-rows.js';
import { dueLabel } from '../../src/report/due-label.js';
import { inputHash } from '../../src/report/provenance.js';
import { checkRequest, reportFileBase, templateKindOf, type ReportRequest } from '../../src/report/request.js';
import { builtinTemplate } from '../../src/report/template.js';
import { STATUS_KEYS, type ReportModel } from '../../src/report/types.js';
import { FIXTURES } from '../helpers/plan.js';

const ROOT = join(FIXTURES, 'report');
let loaded: Loaded;

beforeAll(async () => {
  loaded = await loadPlan(ROOT, fsFileSource(ROOT));
});

async function build(request: ReportRequest, asOf: string, date: string | null = asOf): Promise<ReportModel> {
  return buildReportModel({
    model: loaded.valid,
    request,
    asOf,
    date,
    year: 2026,
    template: await builtinTemplate(templateKindOf(request)),
    provenance: { inputHash: 'sha256:test', generatedBy: 'de06 test' },
    invalid: false,
  });
}

/** The text of line `n` of a file of the fixture, from a "file:line" source. */
function lineAt(source: string): string {
  const [file, n] = source.split(':') as [string, string];
  return readFileSync(join(ROOT, file), 'utf8').split('\n')[Number(n) - 1] ?? '';
}

// as of 9/8/2026 every July file but xa-mau's (sent 12/8) is known
const JULY = { kind: 'monthly', period: '2026-07' } as const;
const JULY_AS_OF = '2026-08-09';

describe('counts come from the status core', () => {
  it('summary by computed status, every status listed in order, zero counts included', async () => {
    const model = await build(JULY, JULY_AS_OF);
    expect(model.summary.byStatus.map((s) => s.key)).toEqual([...STATUS_KEYS]);
    const counts = Object.fromEntries(model.summary.byStatus.map((s) => [s.key, s.count]));
    expect(counts).toEqual({ done_on_time: 2, done_late: 1, in_progress: 2, due_soon: 0, overdue: 6, not_started: 2, ongoing: 1, paused: 0 });
    expect(model.summary.assigned).toBe(14);
  });

  it('equal the core aggregate over the items the period shows: one-off and standing duties, occurrences due in July, and every occurrence still overdue', async () => {
    const model = await build(JULY, JULY_AS_OF);
    const setup = statusSetup(loaded.valid, loaded.valid.plan!);
    const items = statusItems(setup, { asOf: JULY_AS_OF }).filter(
      (i) => i.occurrence === null || i.status === 'overdue' || (i.due !== null && i.due >= '2026-07-01' && i.due <= '2026-07-31'),
    );
    const { totals, rows } = aggregate(loaded.valid, items, [], 'unit', JULY_AS_OF, 'vi');
    for (const key of STATUS_KEYS) expect(model.summary.byStatus.find((s) => s.key === key)!.count).toBe(totals[key]);
    for (const row of model.byUnit) expect(row.counts).toEqual(Object.fromEntries(STATUS_KEYS.map((k) => [k, rows.find((r) => r.key === row.unit.id)![k]])));
  });

  it('an occurrence done before the period is left out; one due within it or still overdue is shown', async () => {
    const model = await build({ kind: 'monthly', period: '2026-08' }, '2026-08-31');
    // II.5 (before the 5th of the next month): June's, due 3/7 and done, belongs to July's report;
    // July's, due 4/8, to August's; January to May were never done and stay overdue
    expect(model.assignments.filter((a) => a.task === 'II.5').map((a) => [a.occurrence, a.status])).toEqual([
      ['2026-01', 'overdue'],
      ['2026-02', 'overdue'],
      ['2026-03', 'overdue'],
      ['2026-04', 'overdue'],
      ['2026-05', 'overdue'],
      ['2026-07', 'done_on_time'],
    ]);
  });

  it('report counts are those of the submission matrix', async () => {
    const model = await build(JULY, JULY_AS_OF);
    const cells = model.submissions.rows.flatMap((r) => r.cells);
    expect(model.summary.reportsOnTime).toBe(cells.filter((c) => c.state === 'on_time').length);
    expect(model.summary.reportsLate).toBe(cells.filter((c) => c.state === 'late').length);
    expect(model.summary.reportsMissing).toBe(cells.filter((c) => c.state === 'missing').length);
  });

  it('the overdue list is the core overdue list, missing reports pointing at plan.yaml reporting', async () => {
    const model = await build(JULY, JULY_AS_OF);
    const setup = statusSetup(loaded.valid, loaded.valid.plan!);
    const overdueTasks = statusItems(setup, { asOf: JULY_AS_OF }).filter((i) => i.status === 'overdue');
    const missing = computeObligations(setup, { asOf: JULY_AS_OF }).filter((o) => o.state === 'missing');
    expect(model.overdue.filter((o) => o.kind === 'task')).toHaveLength(overdueTasks.length);
    expect(model.overdue.filter((o) => o.kind === 'report')).toHaveLength(missing.length);
    const julyMissing = model.overdue.find((o) => o.kind === 'report' && o.occurrence === '2026-07')!;
    expect(julyMissing.unit.id).toBe('xa-mau');
    expect(lineAt(julyMissing.source)).toContain('monthly:');
  });
});

describe('rows name their source "file:line"', () => {
  it('an assignment points at its task', async () => {
    const model = await build(JULY, JULY_AS_OF);
    for (const row of model.assignments) expect(lineAt(row.source)).toContain(`id: ${row.task}`);
    expect(model.assignments.find((a) => a.task === 'II.1')!.source).toBe('plan/tasks/II-thu-nghiem.yaml:4');
  });

  it('a submission points at the `submitted` line of the file, a proposal and a problem at their own lines', async () => {
    const model = await build({ kind: 'annual', period: '2026' }, '2026-12-31');
    const sources = model.submissions.rows.flatMap((r) => r.cells).flatMap((c) => (c.source ? [c.source] : []));
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) expect(lineAt(s)).toMatch(/^submitted: /);
    for (const p of model.proposals) expect(lineAt(p.source)).toContain(p.text.slice(-25));
    expect(model.problems.map((p) => [p.unit.id, p.task, lineAt(p.source).trim()])).toEqual([
      ['so-yt', 'II.3', 'problems: Thiếu nhân lực kỹ thuật (vướng mắc thử nghiệm)'],
      ['xa-mau', 'II.2', 'problems: Chưa có máy quét (vướng mắc thử nghiệm)'],
    ]);
  });
});

describe('the submission matrix', () => {
  it('a monthly report shows the month before, due during the month, and the month itself', async () => {
    const model = await build(JULY, JULY_AS_OF);
    expect(model.submissions.periods.map((p) => [p.id, p.due])).toEqual([
      ['2026-06', '2026-07-09'],
      ['2026-07', '2026-08-07'],
    ]);
    const states = Object.fromEntries(model.submissions.rows.map((r) => [r.unit.id, r.cells.map((c) => c.state)]));
    // so-yt sent June on 13/7, after the 9/7 due day; xa-mau sent July on 12/8, after the as-of day;
    // cat, the standing unit, receives the reports and owes none, though it belongs to reporting.from
    expect(states).toEqual({ 'so-yt': ['late', 'on_time'], 'xa-mau': ['missing', 'missing'] });
  });

  it('at the end of July the July reports are not yet due', async () => {
    const model = await build(JULY, '2026-07-31');
    expect(model.submissions.rows.map((r) => r.cells[1]!.state)).toEqual(['not_due', 'not_due']);
  });

  it('an annual report shows the twelve months, the first half and the year, in the order they fall due', async () => {
    const model = await build({ kind: 'annual', period: '2026' }, '2026-12-31');
    // the half-year report is due before 10 June, with May's and before June's (due before 10 July);
    // the year's before 10 December, with November's and before December's (due in January)
    expect(model.submissions.periods.map((p) => p.id)).toEqual([
      '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-H1', '2026-06',
      '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026', '2026-12',
    ]);
    const dues = model.submissions.periods.map((p) => p.due);
    expect([...dues].sort()).toEqual(dues);
  });
});

describe('proposals, problems and indicators of the period', () => {
  it('come from the files of the period sent by the as-of day', async () => {
    const july = await build(JULY, JULY_AS_OF);
    expect(july.proposals.map((p) => [p.unit.id, p.source])).toEqual([['so-yt', 'plan/progress/so-yt/2026-07.yaml:10']]);
    // xa-mau's July problem was sent on 12/8: not known on 9/8
    expect(july.problems).toEqual([]);
    const half = await build({ kind: 'semiannual', period: '2026-H1' }, '2026-06-30');
    expect(half.proposals.map((p) => p.unit.id)).toEqual(['so-yt']);
  });

  it('indicators hold the latest value sent in the period and who sent it, the standing unit naming no one', async () => {
    const model = await build(JULY, JULY_AS_OF);
    expect(model.indicators.map((i) => [i.id, i.target, i.value, i.reportedBy?.id])).toEqual([
      ['CT-1', 80, 72, 'so-yt'],
      ['CT-2', 1000, 520, undefined],
      ['CT-3', 'Đạt', undefined, undefined],
    ]);
    expect(model.indicators[2]!.source).toBe('plan/indicators.yaml:5');
  });
});

describe('what falls due next period', () => {
  it('a July report lists the open assignments due in August', async () => {
    const model = await build(JULY, JULY_AS_OF);
    expect(model.nextPeriod.map((n) => [n.task, n.unit.id, n.due])).toEqual([
      ['II.6', 'cat', '2026-08-20'],
      ['II.6', 'so-yt', '2026-08-20'],
      ['II.6', 'xa-mau', '2026-08-20'],
    ]);
  });
});

describe('ranking', () => {
  it('only in the province semi-annual and annual reports, with its formula', async () => {
    expect((await build(JULY, JULY_AS_OF)).ranking).toBeUndefined();
    expect((await build({ kind: 'annual', period: '2026', unit: 'so-yt' }, '2026-12-31')).ranking).toBeUndefined();
    const annual = await build({ kind: 'annual', period: '2026' }, '2026-12-31');
    expect(annual.ranking!.formula).toContain('tỷ lệ báo cáo đúng hạn');
    // the standing unit reviews the others and is not ranked
    expect(annual.ranking!.rows.map((r) => [r.unit.id, r.rank])).toEqual([['so-yt', 1], ['xa-mau', 2]]);
    expect((await build({ kind: 'semiannual', period: '2026-H1' }, '2026-06-30')).ranking).toBeDefined();
  });
});

describe('a unit’s own report', () => {
  it('holds only the unit’s assignments and reports, under its own letterhead', async () => {
    const model = await build({ kind: 'monthly', period: '2026-07', unit: 'so-yt' }, JULY_AS_OF);
    expect(model.scope).toEqual({ kind: 'unit', unit: { id: 'so-yt', name: 'Sở Y tế (thử nghiệm)', short: 'SYT' } });
    expect(new Set(model.assignments.map((a) => a.unit.id))).toEqual(new Set(['so-yt']));
    expect(model.submissions.rows.map((r) => r.unit.id)).toEqual(['so-yt']);
    expect(model.issuer.name).toBe('Sở Y tế (thử nghiệm)');
    expect(model.document.number).toBe('      /BC-SYT');
  });
});

describe('the letter', () => {
  it('is dated the as-of day, due per plan.yaml reporting, numbered blank', async () => {
    const model = await build(JULY, JULY_AS_OF);
    expect(model.document.dateLine).toBe('Bắc Ninh, ngày 09 tháng 8 năm 2026');
    // "trước ngày 10/8": 9/8/2026 is a Sunday, so the report is due on Friday 7/8
    expect(model.dueDate).toBe('2026-08-07');
    expect(model.period).toEqual({ id: '2026-07', label: 'tháng 7 năm 2026', start: '2026-07-01', end: '2026-07-31' });
    expect(model.document.number).toBe('      /BC-CAT');
  });
});

describe('requests', () => {
  it('file names are ASCII', () => {
    expect(reportFileBase({ kind: 'monthly', period: '2026-07' })).toBe('bao-cao-thang-07-2026');
    expect(reportFileBase({ kind: 'semiannual', period: '2026-H1' })).toBe('bao-cao-6-thang-dau-nam-2026');
    expect(reportFileBase({ kind: 'annual', period: '2026', unit: 'so-yt' })).toBe('bao-cao-nam-2026-so-yt');
  });

  it('a period the plan owes no report for, or outside the plan, and a group instead of a unit are refused', () => {
    expect(checkRequest(loaded.valid, { kind: 'semiannual', period: '2026-H2' })?.message).toBe('report.no-due');
    expect(checkRequest(loaded.valid, { kind: 'monthly', period: '2031-01' })?.message).toBe('report.outside-plan');
    expect(checkRequest(loaded.valid, { kind: 'monthly', period: '2026-H1' })?.message).toBe('report.bad-period');
    expect(checkRequest(loaded.valid, { kind: 'monthly', period: '2026-07', unit: 'don-vi' })?.message).toBe('report.group-not-unit');
    expect(checkRequest(loaded.valid, { kind: 'monthly', period: '2026-07', unit: 'so-yt' })).toBeUndefined();
  });
});

describe('wording and order', () => {
  it('deadlines are worded as the plan words them', () => {
    expect(dueLabel('ongoing')).toBe('Thường xuyên');
    expect(dueLabel('2026-06-25')).toBe('25/06/2026');
    expect(dueLabel({ before: '2026-06-25' })).toBe('Trước ngày 25/6/2026');
    expect(dueLabel('2026-Q3')).toBe('Quý III/2026');
    expect(dueLabel(2026)).toBe('Năm 2026');
    expect(dueLabel({ every: 'month', before_day: 10, month_offset: 1 })).toBe('Hằng tháng, trước ngày 10 tháng sau');
    expect(dueLabel({ after: 'văn bản được ban hành', within_days: 15 })).toBe('Trong 15 ngày sau khi văn bản được ban hành');
  });

  it('tasks follow the plan’s numbering, not file names', () => {
    expect(['V.10.1', 'IV.2.1', 'V.2.1', 'III.9.1', 'V.4.10d', 'V.4.9'].sort(compareTaskIds)).toEqual(['III.9.1', 'IV.2.1', 'V.2.1', 'V.4.9', 'V.4.10d', 'V.10.1']);
  });
});

describe('input hash', () => {
  it('depends on every byte and path, not on the order files were read', () => {
    const a = { path: 'plan/a.yaml', bytes: new TextEncoder().encode('x: 1\n') };
    const b = { path: 'plan/b.yaml', bytes: new TextEncoder().encode('y: 2\n') };
    expect(inputHash([a, b])).toBe(inputHash([b, a]));
    expect(inputHash([a, b])).not.toBe(inputHash([a, { ...b, bytes: new TextEncoder().encode('y: 3\n') }]));
    expect(inputHash([a, b])).not.toBe(inputHash([a, { ...b, path: 'plan/c.yaml' }]));
    expect(inputHash([a])).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

describe('the plan\'s own "6 rõ" gaps', () => {
  it('a province report counts the tasks lint reports as six-clear, per missing field', async () => {
    const { lint } = await import('../../src/lint/lint.js');
    const findings = lint(loaded, { lang: 'vi', asOf: '2026-08-12' }).problems.filter((p) => p.rule === 'six-clear');
    expect(findings.length).toBeGreaterThan(0);
    const model = await build(JULY, JULY_AS_OF);
    expect(model.sixClear?.tasks).toBe(loaded.valid.tasks.length);
    expect(model.sixClear?.unclear).toBe(findings.length);
    expect(model.sixClear?.missing.lead).toBe(findings.filter((p) => p.message.includes('(lead)')).length);
    expect(model.sixClear?.missing.due).toBe(findings.filter((p) => p.message.includes('(due)')).length);
  });

  it("a unit's own report leaves them to the province", async () => {
    const model = await build({ ...JULY, unit: 'so-yt' }, JULY_AS_OF);
    expect(model.sixClear).toBeUndefined();
  });
});

describe('document code of a unit report', () => {
  it('uses the unit\'s short name, and leaves the code open rather than guess one', async () => {
    const units = loaded.valid.units;
    const withShort = units.find((u) => u.short);
    const without = units.find((u) => !u.short && loaded.valid.tasks.some((t) => t.lead === u.id));
    expect(withShort && without).toBeTruthy();
    expect((await build({ ...JULY, unit: withShort!.id }, JULY_AS_OF)).document.number.trim()).toBe(`/BC-${withShort!.short}`);
    const open = await build({ ...JULY, unit: without!.id }, JULY_AS_OF);
    // the clerk writes the ký hiệu by hand, as the number; a warning names units.yaml `short`
    expect(open.document.number).toBe('      /BC-      ');
    expect(open.letterGaps?.fields).toContain('short');
  });
});

describe('what the units did, in section II', () => {
  it('the notes written in the period’s own files, with the unit and the task', async () => {
    const model = await build(JULY, JULY_AS_OF);
    // so-yt's July file: II.3 "Đã kết nối xong", done on 20/7
    expect(model.results.map((r) => [r.unit.id, r.task, r.note, r.doneOn])).toEqual([['so-yt', 'II.3', 'Đã kết nối xong', '2026-07-20']]);
    // in August the same note, written for July, is no result of August's
    expect((await build({ kind: 'monthly', period: '2026-08' }, '2026-08-31')).results).toEqual([]);
  });
});

describe('section IV looks ahead from the right day', () => {
  it('the next period’s tasks and its periodic reports', async () => {
    const model = await build(JULY, JULY_AS_OF);
    expect(model.following).toEqual({ id: '2026-08', label: 'tháng 8 năm 2026', start: '2026-08-01', end: '2026-08-31' });
    expect(model.nextReports).toEqual([]);
    const annual = await build({ kind: 'annual', period: '2026' }, '2026-12-02');
    // made on 2/12, the year is still running: November's and the year's reports, due 9/12, are ahead
    expect(annual.periodOpen).toBe(true);
    expect(annual.nextReports.slice(0, 2).map((r) => [r.period, r.due, r.units])).toEqual([['2026-11', '2026-12-09', 2], ['2026', '2026-12-09', 2]]);
  });
});

describe('the narrative file', () => {
  it('fills section I and adds to II, IV and V of its own period only', async () => {
    const july = await build(JULY, JULY_AS_OF);
    expect(july.narrative).toMatchObject({ file: 'plan/narrative/2026-07.yaml', found: true });
    expect(july.narrative.direction).toHaveLength(2);
    const june = await build({ kind: 'monthly', period: '2026-06' }, '2026-07-31');
    expect(june.narrative).toEqual({ file: 'plan/narrative/2026-06.yaml', found: false, direction: [], results: [], next: [], proposals: [] });
    const unit = await build({ ...JULY, unit: 'so-yt' }, JULY_AS_OF);
    expect(unit.narrative.file).toBe('plan/narrative/so-yt/2026-07.yaml');
  });
});

describe('a unit’s own report is for a unit that owes one', () => {
  it('the standing unit and a unit outside reporting.from are refused', () => {
    expect(checkRequest(loaded.valid, { ...JULY, unit: 'cat' })?.message).toBe('report.unit-is-standing');
    expect(checkRequest(loaded.valid, { ...JULY, unit: 'ubnd-tn' })?.message).toBe('report.unit-owes-none');
  });

  it('is signed as Kế hoạch V.4 names the heads: a sở by its Giám đốc, a xã by its Chủ tịch for the Ủy ban', async () => {
    expect((await build({ ...JULY, unit: 'so-yt' }, JULY_AS_OF)).signer).toEqual({ authority: '', title: 'GIÁM ĐỐC' });
    expect((await build({ ...JULY, unit: 'xa-mau' }, JULY_AS_OF)).signer).toEqual({ authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH' });
  });
});

describe('the plan’s "6 rõ" gaps are listed for the workbook', () => {
  it('one row per task, with the aspects it leaves unclear and its line', async () => {
    const model = await build(JULY, JULY_AS_OF);
    expect(model.sixClear!.rows.map((r) => [r.task, r.missing])).toEqual([['II.9', ['rõ người, rõ trách nhiệm', 'rõ thẩm quyền', 'rõ thời gian']]]);
    expect(lineAt(model.sixClear!.rows[0]!.source)).toContain('id: II.9');
  });
});
