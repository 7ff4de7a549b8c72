// What the units wrote in their progress files for the report's period (DESIGN §2.4, §5):
// proposals (đề xuất, kiến nghị), problems (khó khăn, vướng mắc) and indicator values. A file
// counts when its period lies within the report's and it was sent by the as-of day (a file sent
// later is not known on that day, DESIGN §3 "Reported status"), and a draft never.

import type { IsoDate, PlanModel, Progress, SentProgress } from '../plan/model.js';
import { isSent } from '../plan/sent.js';
import { parsePeriod, periodWindow, type Period } from '../time/index.js';
import type { Units } from './build-rows.js';
import type { SourceOf } from './provenance.js';
import { withinPeriod } from './submissions.js';
import type { IndicatorRow, ProblemRow, ProposalRow } from './types.js';

/** The period's files, by unit (units.yaml order), then period (months before the half, the year). */
export function periodFiles(model: PlanModel, period: Period, asOf: IsoDate, units: Units, scope?: string): SentProgress[] {
  const keyed = model.progress.flatMap((file) => {
    const p = parsePeriod(String(file.period));
    if (!p || !withinPeriod(p, period) || !isSent(file) || file.submitted > asOf) return [];
    if (scope !== undefined && file.unit !== scope) return [];
    const days = periodWindow(p, 'calendar');
    return [{ file, start: days.start, end: days.end }];
  });
  keyed.sort(
    (a, b) =>
      units.order(a.file.unit) - units.order(b.file.unit) || cmp(a.file.unit, b.file.unit) || cmp(a.end, b.end) || cmp(b.start, a.start),
  );
  return keyed.map((k) => k.file);
}

export function proposalRows(files: Progress[], units: Units, sourceOf: SourceOf): ProposalRow[] {
  return files.flatMap((file) =>
    (Array.isArray(file.proposals) ? file.proposals : [])
      .map((text, i) => ({ text: String(text).trim(), i }))
      .filter(({ text }) => text !== '')
      .map(({ text, i }) => ({ unit: units.ref(file.unit), text, source: sourceOf(file.at, `/proposals/${i}`) })),
  );
}

export function problemRows(files: Progress[], units: Units, sourceOf: SourceOf): ProblemRow[] {
  return files.flatMap((file) =>
    file.updates
      .filter((u) => typeof u.problems === 'string' && u.problems.trim() !== '')
      .map((u) => ({ unit: units.ref(file.unit), task: u.task, text: u.problems!.trim(), source: sourceOf(u.at, '/problems') })),
  );
}

/**
 * Indicators vs targets: the province's report lists every indicator of indicators.yaml with the
 * latest value sent in the period (by `submitted`, then the later period), naming the unit that
 * sent it unless it is the standing unit; a unit's own report lists the indicators it reported.
 */
export function indicatorRows(model: PlanModel, files: SentProgress[], units: Units, sourceOf: SourceOf, scope?: string): IndicatorRow[] {
  const latest = new Map<string, { file: Progress; value: Progress['indicators'][number] }>();
  const bySending = [...files].sort((a, b) => cmp(a.submitted, b.submitted) || cmp(endOf(a), endOf(b)));
  for (const file of bySending) for (const value of file.indicators) latest.set(value.id, { file, value });
  const standing = model.plan?.standing_unit;
  return model.indicators
    .filter((ind) => scope === undefined || latest.has(ind.id))
    .map((ind) => {
      const found = latest.get(ind.id);
      return {
        id: ind.id,
        title: ind.title,
        ...(ind.objective !== undefined ? { objective: ind.objective } : {}),
        ...(ind.target !== undefined ? { target: ind.target } : {}),
        ...(found ? { value: found.value.value } : {}),
        ...(ind.unit !== undefined ? { measure: ind.unit } : {}),
        ...(found && scope === undefined && found.file.unit !== standing ? { reportedBy: units.ref(found.file.unit) } : {}),
        source: found ? sourceOf(found.value.at) : sourceOf(ind.at),
      };
    });
}

function endOf(file: Progress): string {
  const p = parsePeriod(String(file.period));
  return p ? periodWindow(p, 'calendar').end : '';
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
