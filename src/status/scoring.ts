// Ranking for the semi-annual and annual reviews (DESIGN §3 "Scoring"). No official method was
// found (research/vn-admin-rules.md §3), so the weights are plan.yaml's `scoring` and the formula
// is printed with the ranking:
//   score = 100 × (w_tasks × task rate + w_reports × report rate), rounded to one decimal
//   task rate   = done on time ÷ lead items finished or past due (done_on_time + done_late + overdue)
//   report rate = reports sent on time ÷ reports owed so far (on time + late + missing)
// A unit with nothing due in one part is scored on the other alone (its weight becomes 1); a
// unit with nothing due at all gets no score and is not ranked. Units with equal scores share a
// rank (1, 1, 3). The standing unit receives the reports and reviews the others: it is not ranked.
// While no unit has sent a report or finished a task among the items and obligations given,
// every score would rest on absence alone: there is no ranking yet (`ready` is false).

import type { Lang } from '../i18n/index.js';
import { t } from '../i18n/index.js';
import type { Scoring } from '../plan/model.js';
import type { ObligationStatus, StatusItem } from './types.js';

export const DEFAULT_WEIGHTS: Scoring = { tasks: 0.5, reports: 0.5 };

export interface UnitScore {
  unit: string;
  /** 0–100, or null when nothing was due */
  score: number | null;
  /** 1-based; units with equal scores share a rank; null when not ranked */
  rank: number | null;
  tasksDue: number;
  tasksOnTime: number;
  reportsDue: number;
  reportsOnTime: number;
}

export interface Ranking {
  weights: Scoring;
  formula: string;
  /** false while no unit has sent a report or finished a task: then no unit has a rank */
  ready: boolean;
  units: UnitScore[];
}

export interface RankOptions {
  scoring?: Scoring | undefined;
  /** plan.yaml `standing_unit`: never ranked */
  standingUnit?: string | undefined;
  lang: Lang;
}

export function rankUnits(items: StatusItem[], obligations: ObligationStatus[], options: RankOptions): Ranking {
  const { scoring, standingUnit, lang } = options;
  const weights = validWeights(scoring) ? scoring! : DEFAULT_WEIGHTS;
  const byUnit = new Map<string, UnitScore>();
  let ready = false;
  const of = (unit: string) => {
    let s = byUnit.get(unit);
    if (!s) byUnit.set(unit, (s = { unit, score: null, rank: null, tasksDue: 0, tasksOnTime: 0, reportsDue: 0, reportsOnTime: 0 }));
    return s;
  };
  for (const item of items) {
    if (item.unit === standingUnit) continue;
    if (item.status !== 'done_on_time' && item.status !== 'done_late' && item.status !== 'overdue') continue;
    if (item.status !== 'overdue') ready = true;
    const s = of(item.unit);
    s.tasksDue++;
    if (item.status === 'done_on_time') s.tasksOnTime++;
  }
  for (const o of obligations) {
    if (o.unit === standingUnit || o.state === 'not_yet_due') continue;
    if (o.state !== 'missing') ready = true;
    const s = of(o.unit);
    s.reportsDue++;
    if (o.state === 'on_time') s.reportsOnTime++;
  }
  const units = [...byUnit.values()];
  for (const s of units) s.score = scoreOf(s, weights);
  units.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  units.forEach((s, i) => {
    if (!ready || s.score === null) return;
    const previous = units[i - 1];
    s.rank = previous && previous.score === s.score ? previous.rank : i + 1;
  });
  const formula = t(lang, 'status.score-formula', { tasks: decimal(weights.tasks, lang), reports: decimal(weights.reports, lang) });
  return { weights, formula, ready, units };
}

function scoreOf(s: UnitScore, w: Scoring): number | null {
  const parts: [number, number][] = [];
  if (s.tasksDue > 0) parts.push([w.tasks, s.tasksOnTime / s.tasksDue]);
  if (s.reportsDue > 0) parts.push([w.reports, s.reportsOnTime / s.reportsDue]);
  const weight = parts.reduce((sum, [wi]) => sum + wi, 0);
  if (parts.length === 0 || weight === 0) return null;
  return Math.round((1000 * parts.reduce((sum, [wi, rate]) => sum + wi * rate, 0)) / weight) / 10;
}

function validWeights(s: Scoring | undefined): boolean {
  const ok = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n >= 0;
  return s !== undefined && ok(s.tasks) && ok(s.reports) && s.tasks + s.reports > 0;
}

function decimal(n: number, lang: Lang): string {
  return lang === 'vi' ? String(n).replace('.', ',') : String(n);
}
