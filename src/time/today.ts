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
 * The day `now` falls on in `timeZone`. An unknown zone is an error value, not a fall-back to
 * some default zone: a misspelt `timezone:` in plan.yaml must be reported, not silently replaced.
 * Both spellings of Việt Nam's zone work ("Asia/Ho_Chi_Minh" and ICU's canonical "Asia/Saigon").
 */
export function todayIn(timeZone: string, now: Date): Today {
  const format = formatterFor(timeZone);
  if (!format) return { ok: false, error: 'unknown-time-zone', timeZone };
  if (Number.isNaN(now.getTime())) return { ok: false, error: 'invalid-instant', timeZone };
  const parts = format.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { ok: true, date: makeDate(part('year'), part('month'), part('day')) };
}

/** Whether this runtime knows `timeZone` (for checking plan.yaml's `timezone`). */
export function isKnownTimeZone(timeZone: string): boolean {
  return formatterFor(timeZone) !== undefined;
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
