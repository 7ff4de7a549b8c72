// Status (DESIGN §3): assignments, reported and computed status, report obligations, aggregates,
// the overdue list and the ranking. Pure: the as-of day is always an argument.

export { STATUS_KEYS, type ComputedStatus, type Assignment, type Role, type StatusItem, type ObligationState, type ObligationStatus } from './types.js';
export { computeAssignments, unitExpander, type UnitExpander } from './assignments.js';
export { indexUpdates, latestReported, occurrenceOf, type UpdateIndex, type ReportedEntry } from './reported.js';
export { computeStatus, type StatusInput } from './computed.js';
export { statusSetup, DEFAULT_DUE_SOON_DAYS, type StatusSetup } from './setup.js';
export { statusItems, type ItemOptions } from './items.js';
export { computeObligations, reportingUnits, type ObligationOptions } from './obligations.js';
export { aggregate, rates, NO_KEY, type GroupBy, type StatusRow, type StatusTable } from './aggregate.js';
export { overdueList, reportTitle, type OverdueEntry, type UpcomingEntry, type OverdueList, type OverdueOptions } from './overdue.js';
export { rankUnits, DEFAULT_WEIGHTS, type Ranking, type RankOptions, type UnitScore } from './scoring.js';
export { deadlineCalendar, type CalendarEvent, type CalendarRange, type DeadlineCalendar } from './calendar.js';
export { occurrenceContext, eventDays } from './setup.js';
export { draftProgress, PROGRESS_MODELINE, type DraftInput } from './progress-draft.js';
