// Report obligations (DESIGN §3): each unit of `reporting.from` owes one progress file per
// period that `reporting` names (src/time/reporting.ts says which periods and when). As of day D
// a file whose `submitted` ≤ due is on time, one sent later is late; with no file sent by D, the
// report is missing once its due day has passed (due < D), else not yet due. A file sent after D
// is not known on D: as of D it counts as not sent, and a draft (no `submitted`) is never sent. The standing unit receives the reports and
// owes none to itself, even when a group it belongs to is `reporting.from` (DESIGN §3).

import type { IsoDate, Plan, Progress } from '../plan/model.js';
import { sentBy } from '../plan/sent.js';
import type { UnitExpander } from './assignments.js';
import { reportPeriods } from '../time/index.js';
import type { StatusSetup } from './setup.js';
import type { ObligationState, ObligationStatus } from './types.js';

export interface ObligationOptions {
  asOf: IsoDate;
  /** also list obligations due up to asOf + this many days (not yet due) */
  horizonDays?: number;
}

/** The submission matrix, flattened: by due date, then unit in `reporting.from` order. */
export function computeObligations(setup: StatusSetup, options: ObligationOptions): ObligationStatus[] {
  const { plan, model } = setup;
  const reporting = plan.reporting;
  if (!reporting || typeof reporting.from !== 'string') return [];
  const units = reportingUnits(plan, setup.expand);
  const files = new Map<string, Progress>();
  for (const file of model.progress) files.set(`${file.unit}\u0000${file.period}`, file);

  const out: ObligationStatus[] = [];
  for (const obligation of reportPeriods(reporting, plan.period, setup.calendar, options.asOf, options.horizonDays ?? 0)) {
    for (const unit of units) {
      const file = files.get(`${unit}\u0000${obligation.period}`);
      const submitted = file ? sentBy(file, options.asOf) : null;
      out.push({ unit, period: obligation.period, kind: obligation.kind, due: obligation.due, submitted, state: stateOf(submitted, obligation.due, options.asOf) });
    }
  }
  return out;
}

/** The units that owe reports: the members of `reporting.from`, the standing unit left out. */
export function reportingUnits(plan: Pick<Plan, 'reporting' | 'standing_unit'>, expand: UnitExpander): string[] {
  const from = plan.reporting?.from;
  if (typeof from !== 'string') return [];
  return expand(from).filter((unit) => unit !== plan.standing_unit);
}

function stateOf(submitted: IsoDate | null, due: IsoDate, asOf: IsoDate): ObligationState {
  if (submitted !== null) return submitted <= due ? 'on_time' : 'late';
  return due < asOf ? 'missing' : 'not_yet_due';
}
