// The shipped plan runs to 2030, and so does its working calendar: every deadline `de06 calendar`
// shows through 31/12/2030 is a working day. Days off are read here from plan/calendar.yaml with a
// plain YAML parser, not through de06's working calendar, so the check does not grade itself.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, REPO } from '../helpers/plan.js';

interface Event { date: string; dueUnrolled: string; kind: string; unit: string; occurrence: string | null }
type Entry = string | { date?: string; from?: string; to?: string };

const DAY = 86_400_000;
const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const weekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

function listed(entries: Entry[] = []): Set<string> {
  const days = new Set<string>();
  for (const e of entries) {
    if (typeof e === 'string') days.add(e);
    else if (e.date) days.add(e.date);
    else for (let d = e.from!; d <= e.to!; d = shift(d, 1)) days.add(d);
  }
  return days;
}

const years = parse(readFileSync(join(REPO, 'plan', 'calendar.yaml'), 'utf8')).years as Record<string, { off?: Entry[]; work?: Entry[] }>;
const off = listed(Object.values(years).flatMap((y) => y.off ?? []));
const work = listed(Object.values(years).flatMap((y) => y.work ?? []));
const isDayOff = (date: string) => off.has(date) || (weekend(date) && !work.has(date));

let events: Event[] = [];
beforeAll(async () => {
  const run = await execa('node', [BIN, '--root', REPO, 'calendar', '--from', '2026-06-05', '--to', '2030-12-31', '--as-of', '2026-06-05', '--format', 'json'], { timeout: 60_000 });
  events = JSON.parse(run.stdout).events;
}, 60_000);

describe('de06 calendar on the shipped plan, through 2030', () => {
  it('has a calendar year for every year of the plan', () => {
    expect(Object.keys(years)).toEqual(['2026', '2027', '2028', '2029', '2030']);
  });

  it('shows every deadline on a working day, the nearest one before the day the rule names', () => {
    expect(events.length).toBeGreaterThan(50);
    expect(events.at(-1)!.date >= '2030-12-01').toBe(true);
    for (const e of events) {
      expect(isDayOff(e.date), `${e.occurrence} ${e.date}`).toBe(false);
      for (let d = shift(e.date, 1); d <= e.dueUnrolled; d = shift(d, 1)) expect(isDayOff(d), `${e.occurrence}: ${d}`).toBe(true);
    }
  });

  it('moves the January 2027 report, due "trước 10/2/2027", out of Tết Đinh Mùi to Thursday 4/2/2027', () => {
    const january = events.filter((e) => e.kind === 'report' && e.occurrence === '2027-01');
    expect(january.length).toBeGreaterThan(0);
    for (const e of january) {
      expect(e.dueUnrolled).toBe('2027-02-09');
      expect(e.date).toBe('2027-02-04');
    }
    // the days it skips are Tết (5–9/2) in calendar.yaml, not weekends
    for (const d of ['2027-02-05', '2027-02-08', '2027-02-09']) expect(off.has(d), d).toBe(true);
  });
});
