// calendar-coverage beyond its fixture: the plan without any calendar, a calendar that fails its
// schema or does not parse, and the day a provisional year begins.

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/lint.js';
import { fsFileSource } from '../../src/plan/files.js';
import { loadPlan } from '../../src/plan/load.js';
import { makePlan, removePlan } from '../helpers/plan.js';

const made: string[] = [];
afterAll(() => made.forEach(removePlan));
const plan = (files: Record<string, string> = {}) => {
  const dir = makePlan(undefined, files);
  made.push(dir);
  return dir;
};
async function coverage(dir: string, asOf: string, lang: 'vi' | 'en' = 'vi') {
  const result = lint(await loadPlan(dir, fsFileSource(dir)), { lang, asOf });
  return result.problems.filter((p) => p.rule === 'calendar-coverage').map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`);
}

describe('calendar-coverage', () => {
  it('without calendar.yaml: one warning at the plan period naming every year', async () => {
    const dir = plan();
    rmSync(join(dir, 'plan', 'calendar.yaml'));
    expect(await coverage(dir, '2026-08-12')).toEqual([
      'plan/plan.yaml:9:1 Kế hoạch chưa có lịch làm việc (plan/calendar.yaml) cho các năm 2026-2030: hạn rơi vào Tết, ngày lễ bị tính như ngày làm việc.',
    ]);
  });

  it('a year that fails its schema is left to the schema errors, not called missing', async () => {
    const dir = plan({ 'plan/calendar.yaml': 'years:\n  2026: {off: soon}\n  2027: {off: []}\n  2028: {off: []}\n  2029: {off: []}\n  2030: 5\n' });
    expect(await coverage(dir, '2026-08-12')).toEqual([]);
  });

  it('a calendar.yaml that does not parse is left to the syntax error', async () => {
    const dir = plan({ 'plan/calendar.yaml': 'years: [\n' });
    expect(await coverage(dir, '2026-08-12')).toEqual([]);
  });

  it('a provisional year is fine until its first day, then a warning in the user\'s language', async () => {
    const dir = plan();
    expect(await coverage(dir, '2026-12-31')).toEqual([]);
    const [line] = await coverage(dir, '2027-01-01', 'en');
    expect(line).toMatch(/^plan\/calendar\.yaml:\d+:5 The calendar of 2027 is still the provisional statutory one \(provisional: true\) although 2027 has begun \(today is 2027-01-01\)/);
    expect(await coverage(dir, '2030-06-01')).toHaveLength(4);
  });
});
