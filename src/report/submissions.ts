// The submission matrix (DESIGN §3): units × the report periods this report speaks of, each cell
// the status core's obligation state. The periods are those whose reports are owed for the
// report's period (its months, and its half and year when they lie within it) together with
// those whose reports fell due during it: a July report shows June's reports, due before
// 10 July, next to July's own, which at the end of July are not yet due. Columns run in the
// order the reports fall due: the half-year report, due before 10 June, before June's own.

import type { PeriodId, Progress } from '../plan/model.js';
import type { ObligationState, ObligationStatus } from '../status/index.js';
import { parsePeriod, periodLabel, periodWindow, type DateRange, type Period } from '../time/index.js';
import type { Units } from './build-rows.js';
import type { SourceOf } from './provenance.js';
import type { SubmissionMatrix, SubmissionState } from './types.js';

const KIND_ORDER = { month: 0, quarter: 1, half: 2, year: 3 } as const;

/** Calendar months of `inner` all within those of `outer`. */
export function withinPeriod(inner: Period, outer: Period): boolean {
  const a = periodWindow(inner, 'calendar');
  const b = periodWindow(outer, 'calendar');
  return a.start >= b.start && a.end <= b.end;
}

/** The obligations of the matrix: owed for the report's period, or due within its days. */
export function matrixObligations(obligations: ObligationStatus[], period: Period, window: DateRange): ObligationStatus[] {
  return obligations.filter((o) => {
    const p = parsePeriod(o.period);
    return (p !== undefined && withinPeriod(p, period)) || (o.due >= window.start && o.due <= window.end);
  });
}

const STATE: Record<ObligationState, SubmissionState> = { on_time: 'on_time', late: 'late', missing: 'missing', not_yet_due: 'not_due' };

function columnOrder(a: PeriodId, b: PeriodId): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa || !pb) return a < b ? -1 : 1;
  const ea = periodWindow(pa, 'calendar').end;
  const eb = periodWindow(pb, 'calendar').end;
  return ea < eb ? -1 : ea > eb ? 1 : KIND_ORDER[pa.kind] - KIND_ORDER[pb.kind];
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function label(id: PeriodId): string {
  const p = parsePeriod(id);
  const text = p ? periodLabel(p, 'vi') : id;
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

export function submissionMatrix(obligations: ObligationStatus[], progress: Progress[], units: Units, sourceOf: SourceOf): SubmissionMatrix {
  const files = new Map(progress.map((f) => [`${f.unit}\u0000${f.period}`, f]));
  const due = new Map<PeriodId, string>();
  const byUnit = new Map<string, Map<PeriodId, ObligationStatus>>();
  for (const o of obligations) {
    due.set(o.period, o.due);
    let cells = byUnit.get(o.unit);
    if (!cells) byUnit.set(o.unit, (cells = new Map()));
    cells.set(o.period, o);
  }
  const periods = [...due.keys()].sort((a, b) => cmp(due.get(a)!, due.get(b)!) || columnOrder(a, b));
  const rows = [...byUnit.keys()]
    .sort((a, b) => units.order(a) - units.order(b) || (a < b ? -1 : 1))
    .map((unit) => ({
      unit: units.ref(unit),
      cells: periods.flatMap((period) => {
        const o = byUnit.get(unit)!.get(period);
        if (!o) return [];
        const file = o.submitted !== null ? files.get(`${unit}\u0000${period}`) : undefined;
        return [{
          period,
          state: STATE[o.state],
          ...(o.submitted !== null ? { submitted: o.submitted } : {}),
          due: o.due,
          ...(file ? { source: sourceOf(file.at, '/submitted') } : {}),
        }];
      }),
    }));
  return { periods: periods.map((id) => ({ id, label: label(id), due: due.get(id)! })), rows };
}
