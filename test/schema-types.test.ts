// The types of src/plan/model.ts and the JSON Schemas describe the same fields. Each key list
// below is checked against its type by the compiler (`satisfies` rejects a missing or an extra
// key) and against its schema by the test, so neither can drift alone.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CalendarYear, Group, Indicator, IndicatorValue, Narrative, Plan, Progress, Reporting, Task, Unit, Update } from '../src/plan/model.js';
import { REPO } from './helpers/plan.js';

type Keys<T, Added extends keyof T = never> = Record<Exclude<keyof T, Added>, true>;

const schema = (kind: string) => JSON.parse(readFileSync(join(REPO, 'schemas', `${kind}.schema.json`), 'utf8'));
const fields = (o: object) => Object.keys(o).sort();

const cases: [string, object, object][] = [
  ['Plan', schema('plan').properties, { id: true, number: true, title: true, issuer: true, place: true, issued: true, basis: true, period: true, vision: true, timezone: true, standing_unit: true, reporting: true, objectives: true, pillars: true, six_clear: true, scoring: true, signer: true, source: true } satisfies Keys<Plan, 'at'>],
  ['Reporting', schema('plan').$defs.reporting.properties, { from: true, start: true, window: true, monthly: true, semiannual: true, annual: true, roll: true, due_soon_days: true, remind_days: true } satisfies Keys<Reporting>],
  ['Unit', schema('units').$defs.unit.properties, { id: true, name: true, short: true, email: true, drafting: true, signer: true, kind: true, note: true, source: true } satisfies Keys<Unit, 'at'>],
  ['Group', schema('units').$defs.group.properties, { id: true, name: true, members: true, note: true, source: true } satisfies Keys<Group, 'at'>],
  ['Task', schema('tasks').$defs.task.properties, { id: true, title: true, objective: true, pillars: true, lead: true, support: true, authority: true, due: true, result: true, source: true, amended_by: true, note: true, interpreted: true } satisfies Keys<Task, 'at' | 'section'>],
  ['Progress', schema('progress').properties, { unit: true, period: true, submitted: true, document: true, updates: true, indicators: true, proposals: true } satisfies Keys<Progress, 'at'>],
  ['Update', schema('progress').$defs.update.properties, { task: true, status: true, percent: true, done_on: true, occurrence: true, event_on: true, note: true, evidence: true, problems: true } satisfies Keys<Update, 'at'>],
  ['IndicatorValue', schema('progress').$defs.indicatorValue.properties, { id: true, value: true, note: true } satisfies Keys<IndicatorValue, 'at'>],
  ['Narrative', schema('narrative').properties, { period: true, unit: true, direction: true, results: true, next: true, proposals: true } satisfies Keys<Narrative, 'at'>],
  ['CalendarYear', schema('calendar').$defs.year.properties, { off: true, work: true, provisional: true, source: true, note: true } satisfies Keys<CalendarYear>],
  ['Indicator', schema('indicators').$defs.indicator.properties, { id: true, objective: true, title: true, unit: true, target: true, by: true, source: true } satisfies Keys<Indicator, 'at'>],
];

describe('model.ts and schemas/ agree', () => {
  it.each(cases)('%s has the same fields in its type and its schema', (_, schemaProperties, typeKeys) => {
    expect(fields(schemaProperties)).toEqual(fields(typeKeys));
  });
});
