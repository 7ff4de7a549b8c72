// Dates, periods, the working calendar and the deadline language (DESIGN §2.3, §2.5, §3).
// Everything here is pure: the as-of day and "now" are arguments, and no result depends on TZ.

export {
  isValidIsoDate, dateParts, toDayNumber, fromDayNumber, makeDate, addDays, diffDays, weekday,
  addMonths, lastDayOfMonth, clampedDate, compareDates, minDate, maxDate,
  type YearMonth, type DateParts,
} from './date.js';
export { todayIn, isKnownTimeZone, type Today } from './today.js';
export {
  parsePeriod, periodId, periodWindow, periodsOverlapping, calendarPeriodOf, firstMonthOf, lastMonthOf,
  nextPeriod, previousPeriod, periodLabel, PROGRESS_PERIOD,
  type Period, type PeriodKind, type PeriodWindow, type DateRange,
} from './period.js';
export { workingCalendar, type WorkingCalendar, type RollMode } from './calendar.js';
export { relativeDue, relativeRuleProblem, monthDay, type RuleProblem } from './relative.js';
export { dueOf, type Deadline, type DueProblem } from './deadline.js';
export { occurrences, type Occurrence, type OccurrenceContext } from './occurrences.js';
export { vnDateLine, vnDayPhrase, vnShortDate, vnTextDate, utcDate } from './vn-date.js';
export { reportDue, reportDueDate, reportPeriods, type ReportKind, type ReportObligation } from './reporting.js';
