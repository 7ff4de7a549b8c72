// de06 holidays as a user runs it: the blocks it prints go at the end of plan/calendar.yaml as
// they are, and the provisional years the repository ships are exactly what it prints.

import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, REPO, lintLines, makePlan, removePlan } from '../helpers/plan.js';

const de06 = (args: string[], env: Record<string, string> = {}) =>
  execa('node', [BIN, ...args], { reject: false, env: { NO_COLOR: '1', ...env }, timeout: 30_000 });
const made: string[] = [];
afterAll(() => made.forEach(removePlan));

describe('de06 holidays', () => {
  it('prints year blocks that, appended to calendar.yaml, make a calendar lint accepts', async () => {
    const run = await de06(['holidays', '2031']);
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.startsWith('  2031:\n    provisional: true\n')).toBe(true);
    const dir = makePlan();
    made.push(dir);
    appendFileSync(join(dir, 'plan', 'calendar.yaml'), run.stdout);
    const years = parse(readFileSync(join(dir, 'plan', 'calendar.yaml'), 'utf8')).years;
    expect(Object.keys(years)).toContain('2031');
    expect(await lintLines(dir)).toEqual([]);
  });

  it('made the provisional years the repository ships: plan/calendar.yaml holds exactly its output', async () => {
    const shipped = parse(readFileSync(join(REPO, 'plan', 'calendar.yaml'), 'utf8')).years;
    const provisional = Object.keys(shipped).filter((year) => shipped[year].provisional === true);
    expect(provisional).toEqual(['2027', '2028', '2029', '2030']);
    const run = await de06(['holidays', '2027-2030']);
    const generated = parse(`years:\n${run.stdout}`).years;
    for (const year of provisional) expect(shipped[year], year).toEqual(generated[year]);
  });

  it('gives the same bytes whatever the machine\'s time zone', async () => {
    const outputs = await Promise.all(['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles'].map(async (TZ) => (await de06(['holidays', '2027-2030'], { TZ })).stdout));
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
  });

  it('refuses a year it cannot compute with one line and exit 2, in the user\'s language', async () => {
    for (const bad of ['2025', '27', '2030-2027', '2101']) {
      const run = await de06(['holidays', bad]);
      expect(run.exitCode, bad).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toEqual([`de06: Năm "${bad}" không dùng được: ghi năm gồm 4 chữ số (2027) hoặc khoảng năm (2027-2030), trong khoảng 2026–2100.`]);
    }
    const en = await de06(['--lang', 'en', 'holidays', '2025']);
    expect(en.stderr).toMatch(/^de06: The year "2025" cannot be used/);
  });
});
