import type { LineIndex } from './lines.js';
import type { Texts } from './locate.js';
import type { Positions } from './positions.js';

// The plan's types, declared once. They mirror schemas/*.schema.json (test/schema-types.test.ts
// checks that they agree). Every entity the loader builds carries `at`: where it stands in the
// source, so any later stage can point a diagnostic at it.

/** A calendar day, `YYYY-MM-DD`, always read in the plan's time zone. */
export type IsoDate = string;

/** `YYYY-MM`, `YYYY-H1`, `YYYY-H2` or `YYYY`. */
export type PeriodId = string;

/** Where an entity stands: a file relative to the root (POSIX) and an RFC 6901 pointer into it. */
export interface Origin {
  file: string;
  pointer: string;
}

/** Day-in-period anchor shared by the reporting rules and recurring deadlines. */
export interface RelativeDue {
  /** "trước ngày N": the last day is N − 1 of the target month. */
  before_day?: number;
  /** "ngày N": by day N of the target month, inclusive. */
  day?: number;
  /** months after the period's last month (1 = the following month). */
  month_offset?: number;
  /** "trước ngày DD/MM" within the year: the last day is the day before. */
  before?: string;
  /** "ngày DD/MM" within the year, inclusive. */
  on?: string;
}

export type RecurringEvery = 'month' | 'quarter' | 'half' | 'year';

export interface RecurringDue extends RelativeDue {
  every: RecurringEvery;
}

export interface EventDue {
  /** the event that opens the occurrence, e.g. "văn bản QPPL của Trung ương được ban hành" */
  after: string;
  /** absent when the plan says "ngay" (at once) without a number of days */
  within_days?: number;
}

export interface ReportDue {
  report: 'monthly' | 'semiannual' | 'annual';
}

/** The deadline language of DESIGN §2.3. A bare year is a number in YAML. */
export type DueSpec =
  | IsoDate
  | string // 2026-09, 2026-Q3, 2026-H2, "2026", "ongoing"
  | number
  | { before: IsoDate }
  | RecurringDue
  | EventDue
  | ReportDue;

export interface Titled {
  id: string;
  title: string;
}

export interface Reporting {
  /** the unit or group whose members owe reports to the standing unit */
  from: string;
  start?: IsoDate;
  window?: 'calendar' | 'nd09';
  monthly?: { due: RelativeDue };
  semiannual?: { due: RelativeDue };
  annual?: { due: RelativeDue };
  roll?: 'previous' | 'next' | 'none';
  due_soon_days?: number;
  /** working days a reminder letter gives the late units to report (DESIGN §5.1); default 5 */
  remind_days?: number;
}

export interface Scoring {
  /** weight of on-time task completion (0..1) */
  tasks: number;
  /** weight of on-time reporting (0..1) */
  reports: number;
}

export interface Plan {
  id: string;
  number: string;
  title: string;
  issuer: { parent: string; name: string };
  place: string;
  issued: IsoDate;
  basis: string[];
  period: { start: IsoDate; end: IsoDate };
  vision?: number;
  timezone: string;
  standing_unit: string;
  reporting: Reporting;
  objectives: Titled[];
  pillars: Titled[];
  six_clear?: { severity: 'warning' | 'error' };
  scoring?: Scoring;
  signer?: { authority?: string; title?: string; name?: string };
  source?: string;
  at: Origin;
}

export interface Unit {
  id: string;
  name: string;
  short?: string;
  /** the unit's official mailbox, never a person's (remind --format eml) */
  email?: string;
  /** the drafting unit's abbreviation: "Lưu: VT, TTPVHCC", "Số: …/CAT-PC06" */
  drafting?: string;
  /** who signs the unit's own report */
  signer?: { authority?: string; title: string };
  kind?: string;
  note?: string;
  source?: string;
  at: Origin;
}

export interface Group {
  id: string;
  name: string;
  members: string[];
  note?: string;
  source?: string;
  at: Origin;
}

/** The fields of a task whose value can be the encoder's reading rather than the plan's words. */
export type InterpretableField = 'objective' | 'pillars' | 'lead' | 'support' | 'authority' | 'due' | 'result';

export interface Task {
  id: string;
  title: string;
  objective?: string;
  pillars?: string[];
  lead?: string;
  support?: string[];
  authority?: string;
  due?: DueSpec;
  result?: string;
  source?: string;
  amended_by?: string;
  note?: string;
  /** the fields whose value the plan text does not state, each with the reason for the reading */
  interpreted?: Partial<Record<InterpretableField, string>>;
  /** the section file that holds it */
  section: string;
  at: Origin;
}

export interface Section {
  section: string;
  title: string;
  source?: string;
  at: Origin;
}

export type ReportedStatus = 'not_started' | 'in_progress' | 'done' | 'paused';

export interface Update {
  task: string;
  status: ReportedStatus;
  percent?: number;
  done_on?: IsoDate;
  occurrence?: PeriodId;
  event_on?: IsoDate;
  note?: string;
  evidence?: string[];
  problems?: string;
  at: Origin;
}

export interface IndicatorValue {
  id: string;
  value: number | string;
  note?: string;
  at: Origin;
}

export interface Progress {
  unit: string;
  period: PeriodId;
  /** the day the unit sent it; absent in a draft, which is no report (DESIGN §3) */
  submitted?: IsoDate;
  document?: string;
  updates: Update[];
  indicators: IndicatorValue[];
  proposals: string[];
  at: Origin;
}

/** A progress file that was sent: the only kind that meets an obligation or says a status. */
export type SentProgress = Progress & { submitted: IsoDate };

export interface DayOffRange {
  from: IsoDate;
  to: IsoDate;
  name?: string;
  source?: string;
  note?: string;
}

export interface NamedDay {
  date: IsoDate;
  name?: string;
  source?: string;
  note?: string;
}

export type CalendarEntry = IsoDate | DayOffRange | NamedDay;

export interface CalendarYear {
  off: CalendarEntry[];
  work: CalendarEntry[];
  /** no official notice yet: the statutory days off of BLLĐ 2019, to be replaced by the notice */
  provisional?: boolean;
  source?: string;
  note?: string;
}

export interface Calendar {
  years: Record<string, CalendarYear>;
  at: Origin;
}

export interface Indicator {
  id: string;
  objective?: string;
  title: string;
  unit?: string;
  target?: number | string;
  by?: DueSpec;
  source?: string;
  at: Origin;
}

/** narrative/<period>.yaml (or narrative/<unit>/<period>.yaml): the words a report cannot compute (DESIGN §2.6). */
export interface Narrative {
  period: PeriodId;
  /** a unit's own report; absent for the province's */
  unit?: string;
  /** section I, one paragraph each */
  direction: string[];
  /** paragraphs appended to section II */
  results: string[];
  /** paragraphs appended to section IV */
  next: string[];
  /** items appended to section V */
  proposals: string[];
  at: Origin;
}

/** One file the loader read, whether or not it parsed. */
export interface SourceFile {
  /** POSIX, relative to the root */
  path: string;
  kind: FileKind;
  /** the parsed data, or undefined when the file could not be parsed; its containers carry their
   * source positions (positions.ts) */
  data?: unknown;
  /** where the data's values stand: offsets, per container (positions.ts) */
  slots?: Int32Array;
  /** the text's lines, to place findings without decoding the file again */
  lines?: LineIndex;
  /** from the parse cache: each container's offset into `slots`, in walk order, hung on the
   * data only when the file is first located */
  cachedOffsets?: Int32Array;
  /** a double-quoted escape was used (the only way characters XML cannot carry get in) */
  escaped?: boolean;
}

export type FileKind = 'plan' | 'units' | 'calendar' | 'tasks' | 'indicators' | 'progress' | 'narrative' | 'template';

/** The whole plan repository, as plain data: every item that is valid as a whole (what status and
 * reports are computed from). */
export interface PlanModel {
  root: string;
  files: SourceFile[];
  /** where each container of the files' data stands (positions.ts) */
  positions: Positions;
  /** the files' texts, decoded when first asked for (excerpts, lines) */
  texts: Texts;
  plan?: Plan;
  units: Unit[];
  groups: Group[];
  sections: Section[];
  tasks: Task[];
  progress: Progress[];
  narratives: Narrative[];
  calendar?: Calendar;
  indicators: Indicator[];
}

/** A value as the rules see it: what of it was valid. DESIGN §7: validity is per field, so an item
 * with an impossible date is still checked for everything else, with that one field left out. */
export type Partly<T> = T extends readonly (infer U)[]
  ? Partly<U>[]
  : T extends Origin
    ? T
    : T extends object
      ? { [K in keyof T]?: Partly<T[K]> }
      : T;

type Placed<T> = Partly<T> & { at: Origin };

/** The plan as lint's rules see it: every item of every file that parsed, each with its invalid
 * fields left out (and list elements left as holes, so that indexes still name the source). */
export interface LintModel {
  root: string;
  files: SourceFile[];
  positions: Positions;
  texts: Texts;
  plan?: Placed<Plan>;
  units: Placed<Unit>[];
  groups: Placed<Group>[];
  sections: Placed<Section>[];
  tasks: (Placed<Task> & { section: string })[];
  progress: (Placed<Omit<Progress, 'updates' | 'indicators'>> & { updates: Placed<Update>[]; indicators: Placed<IndicatorValue>[] })[];
  narratives: Placed<Narrative>[];
  calendar?: Placed<Calendar>;
  indicators: Placed<Indicator>[];
}
