// SYNTHETIC report models for the renderer tests. Units are real names of Bắc Ninh bodies and the
// task ids and titles come from Kế hoạch 208/KH-UBND, but every status, date, percentage, note,
// proposal and indicator value below is made up for the tests and describes nothing real.

import type {
  AssignmentRow,
  ComputedStatus,
  ReportKind,
  ReportModel,
  StatusCounts,
  UnitRef,
} from '../../src/report/types.js';
import { STATUS_KEYS } from '../../src/report/types.js';
import { STATUS_LABELS } from '../../src/report/labels.js';
import { resolveLetter } from '../../src/report/letter.js';
import type { Template } from '../../src/report/template.js';

export const SYNTHETIC_UNITS: UnitRef[] = [
  { id: 'cat', name: 'Công an tỉnh', short: 'CAT' },
  { id: 'vp-ubnd', name: 'Văn phòng UBND tỉnh', short: 'VP' },
  { id: 'so-yt', name: 'Sở Y tế', short: 'SYT' },
  { id: 'so-gddt', name: 'Sở Giáo dục và Đào tạo', short: 'SGDĐT' },
  { id: 'so-khcn', name: 'Sở Khoa học và Công nghệ', short: 'SKHCN' },
  { id: 'p-kinh-bac', name: 'UBND phường Kinh Bắc' },
];

const TASKS: Array<{ id: string; title: string; objective: string; dueLabel: string; dueDate?: string }> = [
  { id: 'III.2.4', title: 'Duy trì và đảm bảo kết nối, đồng bộ thường xuyên giữa hệ thống thông tin giải quyết TTHC cấp tỉnh với CSDLQG về dân cư và Hệ thống VNeID phục vụ giải quyết TTHC', objective: 'G1', dueLabel: 'Thường xuyên' },
  { id: 'III.2.6', title: 'Nghiên cứu triển khai mô hình "Trạm công dân số" tại các địa điểm công cộng và trung tâm dịch vụ', objective: 'G1', dueLabel: '30/09/2026', dueDate: '2026-09-30' },
  { id: 'III.3.4', title: 'Cấp tài khoản định danh điện tử VNeID mức độ 2 cho cơ quan, tổ chức, doanh nghiệp', objective: 'G2', dueLabel: '31/07/2026', dueDate: '2026-07-31' },
  { id: 'V.4.2', title: 'Xây dựng kế hoạch triển khai thực hiện của sở, ban, ngành, địa phương; gửi về Công an tỉnh và Văn phòng UBND tỉnh', objective: 'G5', dueLabel: 'Trước ngày 25/6/2026', dueDate: '2026-06-24' },
  { id: 'V.9.1', title: 'Duy trì triển khai Sổ sức khỏe điện tử, Giấy chuyển tuyến, Giấy hẹn khám lại trên ứng dụng định danh quốc gia VNeID', objective: 'G3', dueLabel: 'Thường xuyên' },
  { id: 'V.10.1', title: 'Triển khai tích hợp văn bằng, chứng chỉ trên ứng dụng định danh quốc gia VNeID', objective: 'G3', dueLabel: '31/12/2026', dueDate: '2026-12-31' },
];

const STATUS_CYCLE: ComputedStatus[] = ['done_on_time', 'in_progress', 'overdue', 'done_late', 'not_started', 'due_soon', 'paused'];

/** A deterministic sequence (LCG), so generated rows are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function counts(rows: AssignmentRow[]): StatusCounts {
  const c = Object.fromEntries(STATUS_KEYS.map((k) => [k, 0])) as StatusCounts;
  for (const r of rows) c[r.status] += 1;
  return c;
}

function assignmentsFor(units: UnitRef[], total: number | undefined): AssignmentRow[] {
  const random = seeded(208);
  const rows: AssignmentRow[] = [];
  const n = total ?? TASKS.length * units.length;
  for (let i = 0; i < n; i++) {
    const task = TASKS[i % TASKS.length]!;
    const unit = units[Math.floor(i / TASKS.length) % units.length]!;
    const status: ComputedStatus = task.dueDate ? STATUS_CYCLE[Math.floor(random() * STATUS_CYCLE.length)]! : 'ongoing';
    rows.push({
      task: task.id,
      title: task.title,
      objective: task.objective,
      unit,
      role: 'lead',
      dueLabel: task.dueLabel,
      ...(task.dueDate ? { dueDate: task.dueDate } : {}),
      status,
      statusLabel: STATUS_LABELS[status],
      ...(status === 'in_progress' ? { percent: 40 + Math.floor(random() * 50) } : {}),
      ...(status === 'done_on_time' ? { doneOn: '2026-07-20' } : {}),
      ...(i % 5 === 0 ? { note: 'Số liệu thử nghiệm: đã ban hành văn bản triển khai' } : {}),
      source: `plan/tasks/${task.id.split('.').slice(0, 2).join('-')}.yaml:${10 + (i % TASKS.length) * 12}`,
    });
  }
  return rows;
}

type FixturePeriod = { id: string; label: string; start: string; end: string };
const PERIOD_BY_KIND: Record<ReportKind, FixturePeriod & { due: string; asOf: string; following: FixturePeriod }> = {
  monthly: { id: '2026-07', label: 'tháng 7 năm 2026', start: '2026-07-01', end: '2026-07-31', due: '2026-08-07', asOf: '2026-07-31', following: { id: '2026-08', label: 'tháng 8 năm 2026', start: '2026-08-01', end: '2026-08-31' } },
  semiannual: { id: '2026-H1', label: '6 tháng đầu năm 2026', start: '2026-01-01', end: '2026-06-30', due: '2026-06-09', asOf: '2026-06-05', following: { id: '2026-H2', label: '6 tháng cuối năm 2026', start: '2026-07-01', end: '2026-12-31' } },
  annual: { id: '2026', label: 'năm 2026', start: '2026-01-01', end: '2026-12-31', due: '2026-12-09', asOf: '2026-12-05', following: { id: '2027', label: 'năm 2027', start: '2027-01-01', end: '2027-12-31' } },
};

export interface FixtureOptions {
  unit?: UnitRef;
  invalid?: boolean;
  /** generate this many assignment rows instead of one per (task, unit) */
  assignments?: number;
}

/** A SYNTHETIC report model of `kind`, for the province or (with `unit`) for one unit. */
export function syntheticModel(kind: ReportKind, template: Template, options: FixtureOptions = {}): ReportModel {
  const period = PERIOD_BY_KIND[kind];
  const scopeUnits = options.unit ? [options.unit] : SYNTHETIC_UNITS;
  const assignments = assignmentsFor(scopeUnits, options.assignments);
  const plan = { id: 'kh-208-2026', number: '208/KH-UBND', title: 'Triển khai, thực hiện Chương trình Đề án 06 giai đoạn 2026 - 2030 trên địa bàn tỉnh', issued: '2026-06-05' };
  const { gaps, ...letter } = resolveLetter(template, {
    plan: { ...plan, place: 'Bắc Ninh', issuer: { parent: '', name: 'UBND TỈNH BẮC NINH' } },
    period,
    following: period.following,
    asOf: period.asOf,
    dueDate: period.due,
    date: period.asOf,
    year: 2026,
    issuingUnit: options.unit ?? { short: 'CAT', drafting: 'PC06' },
    ...(options.unit ? { unit: options.unit, signer: { title: 'GIÁM ĐỐC' } } : {}),
  });
  const overdue = assignments
    .filter((a) => a.status === 'overdue')
    .map((a, i) => ({ kind: 'task' as const, task: a.task, title: a.title, unit: a.unit, due: a.dueDate ?? period.end, daysOverdue: 3 + (i % 20), source: a.source }));
  const months = ['2026-06', '2026-07'];
  const submissions = {
    periods: months.map((m) => ({ id: m, label: `Tháng ${Number(m.slice(5))}/2026`, due: `${m === '2026-06' ? '2026-07-09' : '2026-08-07'}` })),
    rows: scopeUnits.map((unit, u) => ({
      unit,
      cells: months.map((m, j) => {
        const state = (['on_time', 'late', 'missing', 'on_time'] as const)[(u + j) % 4]!;
        const due = m === '2026-06' ? '2026-07-09' : '2026-08-07';
        return { period: m, state, due, ...(state !== 'missing' ? { submitted: state === 'late' ? '2026-08-12' : '2026-07-06', source: `plan/progress/${unit.id}/${m}.yaml:1` } : {}) };
      }),
    })),
  };
  const reportCounts = (unitId: string): { reportsOnTime: number; reportsLate: number; reportsMissing: number } => {
    const cells = submissions.rows.find((r) => r.unit.id === unitId)?.cells ?? [];
    return {
      reportsOnTime: cells.filter((c) => c.state === 'on_time').length,
      reportsLate: cells.filter((c) => c.state === 'late').length,
      reportsMissing: cells.filter((c) => c.state === 'missing').length,
    };
  };
  const byUnit = scopeUnits.map((unit) => {
    const rows = assignments.filter((a) => a.unit.id === unit.id);
    return { unit, assigned: rows.length, counts: counts(rows), ...reportCounts(unit.id) };
  });
  const total = counts(assignments);
  const objectives = [
    ['G1', 'Phục vụ giải quyết TTHC, cung cấp dịch vụ công trực tuyến và đổi mới sáng tạo chỉ đạo, điều hành'],
    ['G2', 'Thúc đẩy phát triển kinh tế số - xã hội số'],
    ['G3', 'Phục vụ phát triển công dân số'],
    ['G5', 'Đảm bảo an sinh xã hội và phục vụ phòng, chống tội phạm, bảo đảm an ninh quốc gia, trật tự an toàn xã hội'],
  ] as const;
  return {
    kind,
    scope: options.unit ? { kind: 'unit', unit: options.unit } : { kind: 'province' },
    plan,
    period: { id: period.id, label: period.label, start: period.start, end: period.end },
    following: period.following,
    asOf: period.asOf,
    periodOpen: period.asOf < period.end,
    dueDate: period.due,
    ...letter,
    ...(gaps ? { letterGaps: gaps } : {}),
    narrative: {
      file: `plan/narrative/${period.id}.yaml`,
      found: true,
      direction: ['Ngày 12/7/2026, Tổ công tác tổ chức hội nghị (nội dung thử nghiệm) triển khai Kế hoạch.'],
      results: [],
      next: [],
      proposals: [],
    },
    summary: {
      assigned: assignments.length,
      byStatus: STATUS_KEYS.map((key) => ({ key, label: STATUS_LABELS[key], count: total[key] })),
      reportsOnTime: byUnit.reduce((s, u) => s + u.reportsOnTime, 0),
      reportsLate: byUnit.reduce((s, u) => s + u.reportsLate, 0),
      reportsMissing: byUnit.reduce((s, u) => s + u.reportsMissing, 0),
    },
    byObjective: objectives.map(([id, title]) => {
      const rows = assignments.filter((a) => a.objective === id);
      return { id, title, assigned: rows.length, counts: counts(rows) };
    }),
    byUnit,
    assignments,
    results: assignments
      .filter((a) => a.note)
      .map((a) => ({ task: a.task, title: a.title, unit: a.unit, statusLabel: a.statusLabel, note: a.note!, source: a.source })),
    overdue,
    nextPeriod: assignments
      .filter((a) => a.task === 'III.2.6' && a.status !== 'done_on_time')
      .map((a) => ({ task: a.task, title: a.title, unit: a.unit, due: '2026-09-30', dueLabel: a.dueLabel, source: a.source })),
    nextReports: [{ period: period.following.id, title: `Báo cáo ${period.following.label}`, due: '2026-09-09', units: scopeUnits.length }],
    submissions,
    proposals: [{ unit: scopeUnits[0]!, text: 'Đề nghị (thử nghiệm) bố trí kinh phí nâng cấp đường truyền kết nối.', source: `plan/progress/${scopeUnits[0]!.id}/2026-07.yaml:20` }],
    problems: [{ unit: scopeUnits[scopeUnits.length - 1]!, task: 'III.3.4', text: 'Khó khăn (thử nghiệm): thiếu thiết bị đọc thẻ căn cước.', source: `plan/progress/${scopeUnits[scopeUnits.length - 1]!.id}/2026-07.yaml:14` }],
    indicators: [
      { id: 'CT-1.1', title: 'Tỷ lệ hồ sơ TTHC được số hóa (số liệu thử nghiệm)', objective: 'G1', target: 100, value: 85, measure: '%', source: 'plan/indicators.yaml:5' },
      { id: 'CT-3.2', title: 'Số tài khoản VNeID mức độ 2 được kích hoạt (số liệu thử nghiệm)', objective: 'G3', target: 500000, measure: 'tài khoản', source: 'plan/indicators.yaml:17' },
    ],
    ...(options.unit
      ? {}
      : {
          sixClear: {
            tasks: TASKS.length + 1,
            unclear: 1,
            missing: { lead: 1, authority: 1, due: 1, result: 0 },
            rows: [{ task: 'III.1.1', title: 'Tham gia góp ý sửa đổi các văn bản quy phạm pháp luật', missing: ['rõ người, rõ trách nhiệm', 'rõ thẩm quyền', 'rõ thời gian'], source: 'plan/tasks/III-1-chinh-sach-phap-luat.yaml:5' }],
          },
        }),
    ...(kind !== 'monthly'
      ? {
          ranking: {
            formula: 'Điểm = 70 × tỷ lệ nhiệm vụ hoàn thành đúng hạn + 30 × tỷ lệ báo cáo đúng hạn',
            ready: true,
            rows: byUnit
              .map((u) => {
                const tasks = u.assigned ? u.counts.done_on_time / u.assigned : 0;
                const reports = u.reportsOnTime / 2;
                return { unit: u.unit, score: 70 * tasks + 30 * reports, tasksOnTimeRate: tasks, reportsOnTimeRate: reports };
              })
              .sort((a, b) => b.score - a.score || a.unit.id.localeCompare(b.unit.id))
              .map((r, i) => ({ rank: i + 1, ...r })),
          },
        }
      : {}),
    provenance: { commit: '0123456789abcdef0123456789abcdef01234567', inputHash: 'sha256:synthetic', generatedBy: 'de06 0.1.0', asOf: period.asOf },
    invalid: options.invalid ?? false,
  };
}
