// "Today" in the plan's time zone (DESIGN §3 "As-of date"): the calendar day that an instant falls
// on in that zone, never in the machine's zone. The instant is an argument: the core has no clock.

import type { IsoDate } from '../plan/model.js';
import { makeDate } from './date.js';

export type Today =
  | { ok: true; date: IsoDate }
  /** the zone is not an IANA zone this runtime knows, or the instant is not a valid Date */
  | { ok: false; error: 'unknown-time-zone' | 'invalid-instant'; timeZone: string };

const formatters = new Map<string, Intl.DateTimeFormat | undefined>();

/**
 * Zones whose offset has not changed since a given instant, read without ICU: the first
 * Intl.DateTimeFormat of a process costs ~20 ms, a tenth of `de06 lint`. IANA tzdata: Việt Nam
 * (Asia/Ho_Chi_Minh, linked as Asia/Saigon) has been UTC+07:00 since 1975-06-13 00:00 local time.
 */
const FIXED: Record<string, { offsetMinutes: number; since: number }> = {
  'Asia/Ho_Chi_Minh': { offsetMinutes: 420, since: Date.UTC(1975, 5, 12, 17) },
  'Asia/Saigon': { offsetMinutes: 420, since: Date.UTC(1975, 5, 12, 17) },
};

/**
 * The day `now` falls on in `timeZone`. An unknown zone is an error value, not a fall-back to
 * some default zone: a misspelt `timezone:` in plan.yaml must be reported, not silently replaced.
 * Both spellings of Việt Nam's zone work ("Asia/Ho_Chi_Minh" and ICU's canonical "Asia/Saigon").
 */
export function todayIn(timeZone: string, now: Date): Today {
  const fixed = FIXED[timeZone];
  if (fixed && now.getTime() >= fixed.since) {
    const local = new Date(now.getTime() + fixed.offsetMinutes * 60_000);
    return { ok: true, date: makeDate(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate()) };
  }
  const format = formatterFor(timeZone);
  if (!format) return { ok: false, error: 'unknown-time-zone', timeZone };
  if (Number.isNaN(now.getTime())) return { ok: false, error: 'invalid-instant', timeZone };
  const parts = format.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { ok: true, date: makeDate(part('year'), part('month'), part('day')) };
}

/** Whether this runtime knows `timeZone` (for checking plan.yaml's `timezone`). */
export function isKnownTimeZone(timeZone: string): boolean {
  return Object.hasOwn(FIXED, timeZone) || formatterFor(timeZone) !== undefined;
}

function formatterFor(timeZone: string): Intl.DateTimeFormat | undefined {
  if (!formatters.has(timeZone)) formatters.set(timeZone, createFormatter(timeZone));
  return formatters.get(timeZone);
}

function createFormatter(timeZone: string): Intl.DateTimeFormat | undefined {
  try {
    return new Intl.DateTimeFormat('en-CA', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
  } catch {
    return undefined;
  }
}
