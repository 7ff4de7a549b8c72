// `de06 holidays`: the provisional years as YAML blocks indented under `years:`, so that the output
// appended to plan/calendar.yaml (`de06 holidays 2031 >> plan/calendar.yaml`) is in place as it is.

import { stringify } from 'yaml';
import type { CalendarYear } from '../plan/model.js';

export function holidaysYaml(years: [number, CalendarYear][]): string {
  const text = stringify({ years: new Map(years) }, { lineWidth: 0 });
  // drop the `years:` line: the file already has it
  return text.slice(text.indexOf('\n') + 1);
}
