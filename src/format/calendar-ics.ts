// `de06 calendar --format ics`: an iCalendar file (RFC 5545) that Outlook and Google Calendar
// import or subscribe to. Every deadline is an all-day event (DTSTART;VALUE=DATE, DTEND the day
// after: DTEND is exclusive, §3.6.1). The same plan and as-of day give the same bytes:
//   - UIDs are built from what the event is (plan, task or report, unit, occurrence), so an
//     import updates the events it made before instead of duplicating them;
//   - DTSTAMP is the as-of day, not the clock.
// Lines end in CRLF and are folded at 75 octets (§3.1) without splitting a UTF-8 character; TEXT
// values escape \ ; , and newlines (§3.3.11).

import { t, type Lang } from '../i18n/index.js';
import type { CalendarEvent, DeadlineCalendar } from '../status/index.js';
import { addDays } from '../time/index.js';
import { vnShortDate } from '../time/vn-date.js';
import { dropUnsafeChars } from '../text/unsafe-chars.js';

export interface IcsOptions {
  lang: Lang;
  asOf: string;
  planId: string;
  /** X-WR-CALNAME: how the calendar is named in the user's list of calendars */
  name: string;
  timeZone: string;
  unitName: (id: string) => string;
}

const MAX_OCTETS = 75;

export function calendarIcs(calendar: DeadlineCalendar, options: IcsOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//de06//de06 calendar//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    `X-WR-TIMEZONE:${options.timeZone}`,
    ...calendar.events.flatMap((event) => eventLines(event, options)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

function eventLines(e: CalendarEvent, options: IcsOptions): string[] {
  const { lang } = options;
  const unit = `${options.unitName(e.unit)} (${e.unit})`;
  const summary = e.task === null ? `${e.title} – ${e.unit}` : `${t(lang, 'calendar.summary-task', { task: e.task, title: e.title })} – ${e.unit}`;
  const details = [
    t(lang, e.kind === 'report' ? 'calendar.detail-report-unit' : 'calendar.detail-unit', { unit }),
    ...(e.occurrence !== null ? [t(lang, 'calendar.detail-occurrence', { occurrence: e.occurrence })] : []),
    ...(e.date !== e.dueUnrolled ? [t(lang, 'calendar.rolled', { date: vnShortDate(e.dueUnrolled) })] : []),
  ];
  return [
    'BEGIN:VEVENT',
    `UID:${uid(e, options.planId)}`,
    `DTSTAMP:${compact(options.asOf)}T000000Z`,
    `DTSTART;VALUE=DATE:${compact(e.date)}`,
    `DTEND;VALUE=DATE:${compact(addDays(e.date, 1))}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(details.join('\n'))}`,
    `CATEGORIES:${escapeText(e.kind === 'report' ? t(lang, 'overdue.kind.report') : t(lang, 'overdue.kind.task'))}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** `<plan>-<task or "report">-<unit>-<occurrence or due day>@de06`, with only safe characters. */
function uid(e: CalendarEvent, planId: string): string {
  const parts = [planId, e.task ?? 'report', e.unit, e.occurrence ?? e.date];
  return `${parts.map((p) => p.replace(/[^A-Za-z0-9._-]/g, '-')).join('-')}@de06`;
}

function compact(date: string): string {
  return date.replace(/-/g, '');
}

/** RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and newlines escaped; control characters,
 * which TEXT may not hold, dropped. */
export function escapeText(text: string): string {
  return dropUnsafeChars(text).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** RFC 5545 §3.1: at most 75 octets a line, continued on lines that begin with one space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}
