// The working calendar (DESIGN §2.5): Monday–Friday are working days; Saturdays and Sundays are
// off unless calendar.yaml lists them under `work` (make-up days, e.g. Saturday 22/8/2026 for the
// Quốc khánh swap, TB 9441/TB-BNV); every day listed under `off` is off. A year missing from
// calendar.yaml has weekends only. A deadline that lands on a day off rolls to a working day.

import type { Calendar, CalendarEntry, IsoDate } from '../plan/model.js';
import { isValidIsoDate, toDayNumber, fromDayNumber, weekday } from './date.js';

/** What to do with a deadline on a day off: the working day before, the one after, or keep it. */
export type RollMode = 'previous' | 'next' | 'none';

export interface WorkingCalendar {
  isDayOff(date: IsoDate): boolean;
  /** `date` itself when it is a working day or mode is 'none'; else the nearest working day that way */
  roll(date: IsoDate, mode: RollMode): IsoDate;
  /** the name of the holiday on `date`, when calendar.yaml gives one */
  nameOf(date: IsoDate): string | undefined;
}

/** A run of days by day number, inclusive. */
interface DayRun {
  from: number;
  to: number;
  name?: string;
}

/**
 * Entries that are not real dates, or ranges that end before they start, are skipped here: lint
 * reports them with their position. A day listed both off and work is off — a named holiday is
 * the stronger statement, and lint can point at the conflict.
 */
export function workingCalendar(calendar?: Calendar): WorkingCalendar {
  const off: DayRun[] = [];
  const work: DayRun[] = [];
  for (const year of Object.values(calendar?.years ?? {})) {
    off.push(...runsOf(year?.off));
    work.push(...runsOf(year?.work));
  }
  const runHolding = (runs: DayRun[], day: number) => runs.find((r) => r.from <= day && day <= r.to);

  // Status asks about the same few hundred days for every task and unit: remember the answers.
  const known = new Map<IsoDate, boolean>();
  function isDayOff(date: IsoDate): boolean {
    let answer = known.get(date);
    if (answer === undefined) {
      const day = toDayNumber(date);
      const weekend = weekday(date) === 0 || weekday(date) === 6;
      answer = runHolding(off, day) !== undefined || (weekend && !runHolding(work, day));
      known.set(date, answer);
    }
    return answer;
  }

  function roll(date: IsoDate, mode: RollMode): IsoDate {
    if (mode === 'none') return date;
    const step = mode === 'previous' ? -1 : 1;
    let day = toDayNumber(date);
    while (isDayOff(fromDayNumber(day))) {
      // Jump over a whole run of days off at once: a range of any length costs one step.
      const run = runHolding(off, day);
      day = run ? (step < 0 ? run.from : run.to) + step : day + step;
    }
    return fromDayNumber(day);
  }

  function nameOf(date: IsoDate): string | undefined {
    return runHolding(off, toDayNumber(date))?.name;
  }

  return { isDayOff, roll, nameOf };
}

function runsOf(entries: CalendarEntry[] | undefined): DayRun[] {
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((entry): DayRun[] => {
    if (typeof entry === 'string') return isValidIsoDate(entry) ? [single(entry)] : [];
    if (entry === null || typeof entry !== 'object') return [];
    if ('date' in entry) return isValidIsoDate(entry.date) ? [single(entry.date, entry.name)] : [];
    if (!isValidIsoDate(entry.from) || !isValidIsoDate(entry.to) || entry.from > entry.to) return [];
    return [{ from: toDayNumber(entry.from), to: toDayNumber(entry.to), ...named(entry.name) }];
  });
}

function single(date: IsoDate, name?: string): DayRun {
  const day = toDayNumber(date);
  return { from: day, to: day, ...named(name) };
}

function named(name: string | undefined): { name?: string } {
  return typeof name === 'string' ? { name } : {};
}
