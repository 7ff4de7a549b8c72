// The report model (DESIGN §5): everything a report shows, computed once, as plain JSON-serialisable
// data. `report --format json` prints it as is; the docx and xlsx renderers only lay it out, so the
// three outputs can never disagree. Dates are IsoDate strings; labels are already Vietnamese.

import type { IsoDate, PeriodId } from '../plan/model.js';
import type { ComputedStatus } from '../status/types.js';
import type { ReportKind } from '../time/index.js';

// The computed statuses, their order and the report kinds are the core's (DESIGN §3): a report
// shows them, it never redefines them.
export { STATUS_KEYS, type ComputedStatus } from '../status/types.js';
export type { ReportKind } from '../time/index.js';

/** One count per computed status. */
export type StatusCounts = Record<ComputedStatus, number>;

export interface UnitRef {
  id: string;
  name: string;
  /** feeds document codes: `Số: …/BC-CAT` */
  short?: string;
}

export type ReportScope = { kind: 'province' } | { kind: 'unit'; unit: UnitRef };

export interface ReportPeriod {
  id: PeriodId;
  /** as running text names it: "tháng 7 năm 2026", "6 tháng đầu năm 2026", "năm 2026" */
  label: string;
  start: IsoDate;
  end: IsoDate;
}

/** The letter's own particulars (NĐ 30/2020 Phụ lục I, ô 3–5). */
export interface ReportDocument {
  /** "      /BC-CAT": the number itself is left blank for the văn thư (records clerk) to fill in */
  number: string;
  place: string;
  /** the signing day (`--date`); null when left blank for the clerk (`--date blank`) */
  date: IsoDate | null;
  /** "ngày 05 tháng 01 năm 2026", or "ngày    tháng    năm 2026" when the date is left blank */
  dayPhrase: string;
  /** "Bắc Ninh, ngày 05 tháng 01 năm 2026" */
  dateLine: string;
  /** tên loại, "BÁO CÁO" */
  title: string;
  /** trích yếu */
  subject: string;
}

/** What the letter could not fill from units.yaml: the clerk writes it in, a warning says so. */
export interface LetterGaps {
  unit: string;
  fields: Array<'short' | 'drafting' | 'signer'>;
}

export interface ReportSigner {
  /** "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN"; empty when the head signs in person */
  authority: string;
  title: string;
  /** left blank for the signer to write in; never invented */
  name?: string;
}

export interface StatusCount {
  key: ComputedStatus;
  label: string;
  count: number;
}

export interface ReportSummary {
  /** number of assignments (task × unit) */
  assigned: number;
  /** every computed status in the fixed order of STATUS_KEYS, zero counts included */
  byStatus: StatusCount[];
  reportsOnTime: number;
  reportsLate: number;
  reportsMissing: number;
}

export interface ObjectiveRow {
  id: string;
  title: string;
  assigned: number;
  counts: StatusCounts;
}

export interface UnitRow {
  unit: UnitRef;
  assigned: number;
  counts: StatusCounts;
  reportsOnTime: number;
  reportsLate: number;
  reportsMissing: number;
}

/** One (task, lead unit) pair with its computed status; `source` is "file:line". */
export interface AssignmentRow {
  task: string;
  title: string;
  objective?: string;
  unit: UnitRef;
  role: 'lead';
  /** the deadline as the plan words it: "31/12/2026", "Thường xuyên", "Trước ngày 10 hằng tháng" */
  dueLabel: string;
  /** the last day of the deadline (or of the occurrence), absent for standing duties */
  dueDate?: IsoDate;
  /** for recurring deadlines: the occurrence this row is about */
  occurrence?: PeriodId;
  status: ComputedStatus;
  statusLabel: string;
  percent?: number;
  doneOn?: IsoDate;
  note?: string;
  /** the period of the progress file the note was written in */
  noteFrom?: PeriodId;
  source: string;
}

/** What a unit wrote it did in the report's period (section II). */
export interface ResultRow {
  task: string;
  title: string;
  unit: UnitRef;
  statusLabel: string;
  percent?: number;
  doneOn?: IsoDate;
  note: string;
  source: string;
}

export interface OverdueRow {
  kind: 'task' | 'report';
  /** absent for a missing report */
  task?: string;
  title: string;
  unit: UnitRef;
  due: IsoDate;
  daysOverdue: number;
  occurrence?: PeriodId;
  source: string;
}

/** What falls due in the next period (section IV). */
export interface NextRow {
  task: string;
  title: string;
  unit: UnitRef;
  due: IsoDate;
  dueLabel: string;
  source: string;
}

/** A periodic report that falls due before the next period ends (section IV). */
export interface NextReportRow {
  period: PeriodId;
  /** "Báo cáo tháng 8/2026" */
  title: string;
  due: IsoDate;
  /** how many units owe it */
  units: number;
}

export type SubmissionState = 'on_time' | 'late' | 'missing' | 'not_due';

export interface SubmissionPeriod {
  id: PeriodId;
  label: string;
  due: IsoDate;
}

export interface SubmissionCell {
  period: PeriodId;
  state: SubmissionState;
  submitted?: IsoDate;
  due: IsoDate;
  /** the progress file, "file:line", when one exists */
  source?: string;
}

export interface SubmissionMatrix {
  periods: SubmissionPeriod[];
  rows: { unit: UnitRef; cells: SubmissionCell[] }[];
}

export interface ProposalRow {
  unit: UnitRef;
  text: string;
  source: string;
}

export interface ProblemRow {
  unit: UnitRef;
  task?: string;
  text: string;
  source: string;
}

export interface IndicatorRow {
  id: string;
  title: string;
  objective?: string;
  target?: number | string;
  value?: number | string;
  /** đơn vị tính: "%", "hồ sơ" */
  measure?: string;
  /** the unit whose progress file gave the value, when the value is not the province's own */
  reportedBy?: UnitRef;
  source: string;
}

export interface RankingRow {
  rank: number;
  unit: UnitRef;
  /** 0–100 (status/scoring.ts) */
  score: number;
  /** 0..1; null when no task of the unit was due (its score then rests on reporting alone) */
  tasksOnTimeRate: number | null;
  /** 0..1; null when no report was owed yet */
  reportsOnTimeRate: number | null;
}

export interface Ranking {
  /** shown in the report as written, e.g. "Điểm = 0,7 × tỷ lệ nhiệm vụ đúng hạn + 0,3 × tỷ lệ báo cáo đúng hạn" */
  formula: string;
  /** false while no unit has sent a report or finished a task in the period: `rows` is then empty */
  ready: boolean;
  rows: RankingRow[];
}

/** One task of the plan that leaves aspects of "6 rõ" unclear: a finding for the secretariat. */
export interface SixClearRow {
  task: string;
  title: string;
  /** the fields the plan leaves empty: lead, authority, due, result */
  missing: string[];
  source: string;
}

/** How many tasks of the plan leave an aspect of "6 rõ" unclear, per field, and which. */
export interface SixClearGaps {
  tasks: number;
  unclear: number;
  missing: { lead: number; authority: number; due: number; result: number };
  rows: SixClearRow[];
}

/** The secretariat's own words for the report (plan/narrative/<period>.yaml, DESIGN §2.6). */
export interface ReportNarrative {
  /** where the report looks for it, relative to the root */
  file: string;
  found: boolean;
  direction: string[];
  results: string[];
  next: string[];
  proposals: string[];
}

export interface Provenance {
  /** git commit of the plan repository, when it is one */
  commit?: string;
  /** hash of every input file's bytes, so a reader can tell two reports from the same data */
  inputHash: string;
  /** "de06 0.1.0" */
  generatedBy: string;
  asOf: IsoDate;
}

export interface ReportModel {
  kind: ReportKind;
  scope: ReportScope;
  plan: { id: string; number: string; title: string; issued: IsoDate };
  period: ReportPeriod;
  /** the period after it, which section IV looks ahead to */
  following: ReportPeriod;
  asOf: IsoDate;
  /** the period had not ended on the as-of day: the figures run to that day only */
  periodOpen: boolean;
  /** when this report itself is due (plan.yaml `reporting`) */
  dueDate: IsoDate;
  document: ReportDocument;
  /** letterhead: cơ quan chủ quản (may be empty) and cơ quan ban hành */
  issuer: { parent: string; name: string };
  recipients: { kinhGui: string[]; noiNhan: string[] };
  signer: ReportSigner;
  /** units.yaml particulars the letter lacks (ký hiệu, drafting unit, signer) */
  letterGaps?: LetterGaps;
  narrative: ReportNarrative;
  summary: ReportSummary;
  byObjective: ObjectiveRow[];
  byUnit: UnitRow[];
  assignments: AssignmentRow[];
  /** notes the units wrote in the period's progress files */
  results: ResultRow[];
  overdue: OverdueRow[];
  /** tasks due from the as-of day (or the next period's start) to the next period's end */
  nextPeriod: NextRow[];
  nextReports: NextReportRow[];
  submissions: SubmissionMatrix;
  proposals: ProposalRow[];
  problems: ProblemRow[];
  indicators: IndicatorRow[];
  /** semi-annual and annual reports only */
  ranking?: Ranking;
  /** province reports: tasks of the plan itself that are not "6 rõ" (lint's six-clear rule); the
   * workbook lists them for the secretariat, the Word letter does not send them upward */
  sixClear?: SixClearGaps;
  provenance: Provenance;
  /** lint found errors and the report was forced: every page and sheet says so */
  invalid: boolean;
}
