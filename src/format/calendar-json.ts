// `de06 calendar --format json`: the deadlines in the range, as computed.

import type { DeadlineCalendar } from '../status/index.js';

export function calendarJson(calendar: DeadlineCalendar & { asOf: string }): string {
  return JSON.stringify(calendar, null, 2) + '\n';
}
