// End to end: the built binary on the fixture plan of test/fixtures/status, as a user runs it.
// As of 20/5/2026 the fixture holds one case of each computed status (DESIGN §3); the comments
// in its progress files say which.

import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, FIXTURES, REPO } from '../helpers/plan.js';
import { todayIn } from '../../src/time/index.js';

const FIXTURE = join(FIXTURES, 'status');
const AS_OF = '2026-05-20';

function de06(args: string[], options: { root?: string; env?: Record<string, string> } = {}) {
  return execa('node', [BIN, '--root', options.root ?? FIXTURE, ...args], { cwd: REPO, reject: false, env: { NO_COLOR: '1', ...options.env } });
}

async function json(args: string[], root?: string) {
  const result = await de06([...args, '--format', 'json'], root ? { root } : {});
  expect(result.stderr).toBe('');
  expect(result.exitCode).toBe(0);
  return JSON.parse(result.stdout);
}

const copies: string[] = [];
/** A copy of the fixture with plan.yaml's text changed, for the cases that need another setting. */
function fixtureWith(edit: (planYaml: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'de06-status-'));
  cpSync(FIXTURE, dir, { recursive: true });
  const planFile = join(dir, 'plan', 'plan.yaml');
  writeFileSync(planFile, edit(readFileSync(planFile, 'utf8')));
  copies.push(dir);
  return dir;
}
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const ITEM_KEYS = ['kind', 'task', 'unit', 'title', 'due', 'daysOverdue', 'occurrence', 'status'];
const UPCOMING_KEYS = ['kind', 'task', 'unit', 'title', 'due', 'daysLeft', 'occurrence', 'status'];
const ROW_KEYS = ['key', 'label', 'assigned', 'done_on_time', 'done_late', 'in_progress', 'due_soon', 'overdue', 'not_started', 'ongoing', 'paused', 'reportsOnTime', 'reportsLate', 'reportsMissing'];

describe('de06 overdue', () => {
  it('lists overdue tasks and missing reports in the DESIGN §4 shape, worst first', async () => {
    const out = await json(['overdue', '--as-of', AS_OF]);
    expect(Object.keys(out)).toEqual(['asOf', 'items', 'upcoming']);
    expect(out.asOf).toBe(AS_OF);
    for (const item of out.items) expect(Object.keys(item)).toEqual(ITEM_KEYS);
    expect(out.items.map((i: any) => [i.kind, i.unit, i.task, i.occurrence, i.due, i.daysOverdue, i.status])).toEqual([
      ['report', 'xa-mau', null, '2026-01', '2026-02-09', 100, 'missing'],
      // {before: 2026-02-20}: the last day is 19/2, in Tết (14–22/2), rolled back to Friday 13/2
      ['task', 'cat', 'II.4', null, '2026-02-13', 96, 'in_progress'],
      ['report', 'cat', null, '2026-02', '2026-03-09', 72, 'missing'],
      ['report', 'xa-mau', null, '2026-02', '2026-03-09', 72, 'missing'],
      // a recurring task: the March occurrence is overdue on its own, January, February and April are done
      ['task', 'so-yt', 'II.7', '2026-03', '2026-04-03', 47, 'in_progress'],
      // event-triggered: the event of 1/4 recorded by the unit, due 15 days later
      ['task', 'xa-mau', 'II.8', 'event:2026-04-01', '2026-04-16', 34, 'in_progress'],
      // "trước ngày 10" of May is Saturday 9/5: rolled back to Friday 8/5; cat's file sent on 25/5 is not known on 20/5
      ['report', 'cat', null, '2026-04', '2026-05-08', 12, 'missing'],
      ['report', 'so-tc', null, '2026-04', '2026-05-08', 12, 'missing'],
    ]);
    expect(out.upcoming).toEqual([]);
  });

  it('a report sent late is late, not missing, once it is sent', async () => {
    const before = await json(['overdue', '--as-of', '2026-05-24']);
    const after = await json(['overdue', '--as-of', '2026-05-25']);
    const catApril = (out: any) => out.items.filter((i: any) => i.unit === 'cat' && i.occurrence === '2026-04');
    expect(catApril(before)).toHaveLength(1);
    expect(catApril(after)).toEqual([]);
  });

  it('--within adds what falls due in the next N days, with daysLeft', async () => {
    const out = await json(['overdue', '--as-of', AS_OF, '--within', '20', '--unit', 'so-tc']);
    for (const item of out.upcoming) expect(Object.keys(item)).toEqual(UPCOMING_KEYS);
    expect(out.upcoming.map((i: any) => [i.kind, i.task, i.occurrence, i.due, i.daysLeft, i.status])).toEqual([
      ['task', 'II.5', null, '2026-05-25', 5, 'not_started'],
      ['report', null, '2026-05', '2026-06-09', 20, 'not_yet_due'],
      ['report', null, '2026-H1', '2026-06-09', 20, 'not_yet_due'],
      ['task', 'II.10', '2026', '2026-06-09', 20, 'not_started'],
    ]);
    const shorter = await json(['overdue', '--as-of', AS_OF, '--within', '5', '--unit', 'so-tc']);
    expect(shorter.upcoming.map((i: any) => i.task)).toEqual(['II.5']);
  });

  it('--unit takes a group for its member units; a task led by a group is one item per member', async () => {
    const out = await json(['overdue', '--as-of', AS_OF, '--within', '7', '--unit', 'so-nganh']);
    expect(new Set(out.items.map((i: any) => i.unit))).toEqual(new Set(['cat', 'so-yt', 'so-tc']));
    // II.5 is led by the group so-nganh: so-yt has done it, cat and so-tc have not
    expect(out.upcoming.filter((i: any) => i.task === 'II.5').map((i: any) => i.unit)).toEqual(['cat', 'so-tc']);
  });

  it('--fail-on-overdue exits 1 when anything is overdue, 0 when nothing is', async () => {
    expect((await de06(['overdue', '--as-of', AS_OF, '--fail-on-overdue'])).exitCode).toBe(1);
    expect((await de06(['overdue', '--as-of', '2026-02-01', '--fail-on-overdue'])).exitCode).toBe(0);
  });

  it('the table has Vietnamese headers and no colour when piped', async () => {
    const { stdout, exitCode } = await de06(['overdue', '--as-of', AS_OF]);
    expect(exitCode).toBe(0);
    expect(stdout).toContain('Quá hạn tính đến ngày 20/05/2026: 8');
    expect(stdout).toContain('Nội dung');
    expect(stdout).not.toContain('\u001b[');
  });

  it('csv: BOM, CRLF, one row per item', async () => {
    const { stdout } = await de06(['overdue', '--as-of', AS_OF, '--format', 'csv'], {});
    expect(stdout.startsWith('\uFEFFLoại,Đơn vị,Nhiệm vụ,Nội dung,Kỳ,Hạn,Số ngày quá hạn,Số ngày còn lại,Tình trạng\r\n')).toBe(true);
    expect(stdout.trimEnd().split('\r\n')).toHaveLength(1 + 8);
    expect(stdout).toContain('Báo cáo,xa-mau,,Báo cáo tháng 1/2026,2026-01,2026-02-09,100,,chưa gửi\r\n');
  });
});

describe('de06 status', () => {
  it('counts each computed status of DESIGN §3, by unit, worst first, in the DESIGN §4 shape', async () => {
    const out = await json(['status', '--as-of', AS_OF]);
    expect(Object.keys(out)).toEqual(['asOf', 'rows', 'totals']);
    for (const row of [...out.rows, out.totals]) expect(Object.keys(row)).toEqual(ROW_KEYS);
    expect(out.totals).toEqual({
      key: 'total', label: 'Tổng cộng', assigned: 18,
      done_on_time: 4, done_late: 2, in_progress: 2, due_soon: 2, overdue: 3, not_started: 3, ongoing: 1, paused: 1,
      reportsOnTime: 10, reportsLate: 1, reportsMissing: 5,
    });
    // cat and xa-mau: 1 overdue, 2 missing; so-yt: 1 overdue; so-tc: none
    expect(out.rows.map((r: any) => r.key)).toEqual(['cat', 'xa-mau', 'so-yt', 'so-tc']);
    expect(out.rows.find((r: any) => r.key === 'so-tc')).toMatchObject({ done_late: 1, due_soon: 1, paused: 1, not_started: 1, reportsOnTime: 2, reportsLate: 1, reportsMissing: 1 });
  });

  it('by objective: tasks without one go to "(chưa xác định)", key "-"', async () => {
    const out = await json(['status', '--as-of', AS_OF, '--by', 'objective']);
    expect(out.rows.map((r: any) => [r.key, r.assigned])).toEqual([['G1', 5], ['G2', 12], ['-', 1]]);
    expect(out.rows[2].label).toBe('(chưa xác định)');
  });

  it('by pillar: a task with two pillars counts in both', async () => {
    const out = await json(['status', '--as-of', AS_OF, '--by', 'pillar']);
    const assigned = Object.fromEntries(out.rows.map((r: any) => [r.key, r.assigned]));
    expect(assigned).toEqual({ 'du-lieu': 14, 'phap-ly': 7, '-': 1 });
    expect(out.totals.assigned).toBe(18);
  });

  it('the table shows the completion and reporting rates', async () => {
    const { stdout } = await de06(['status', '--as-of', AS_OF]);
    expect(stdout).toContain('Tình hình thực hiện tính đến ngày 20/05/2026');
    expect(stdout).toMatch(/Tổng cộng.*44,4%.*62,5%/);
  });
});

describe('deadlines on days off roll per reporting.roll', () => {
  const reportDue = async (root: string, period: string) => {
    const out = await json(['calendar', '--as-of', '2026-01-01', '--from', '2026-01-01', '--to', '2026-06-30', '--unit', 'cat'], root);
    return out.events.find((e: any) => e.kind === 'report' && e.occurrence === period);
  };
  // "trước ngày 20 tháng sau": January's report would be due 19/2, in Tết (14–22/2/2026)
  const tet = (roll: string) => fixtureWith((s) => s.replace('monthly: {due: {before_day: 10, month_offset: 1}}', 'monthly: {due: {before_day: 20, month_offset: 1}}').replace('roll: previous', `roll: ${roll}`));
  // "ngày 1 tháng sau": April's report would be due 1/5; 30/4 and 1/5 are off, 2–3/5 a weekend
  const mayDay = (roll: string) => fixtureWith((s) => s.replace('monthly: {due: {before_day: 10, month_offset: 1}}', 'monthly: {due: {day: 1, month_offset: 1}}').replace('roll: previous', `roll: ${roll}`));

  it('around Tết 2026', async () => {
    expect(await reportDue(tet('previous'), '2026-01')).toMatchObject({ date: '2026-02-13', dueUnrolled: '2026-02-19' });
    expect(await reportDue(tet('next'), '2026-01')).toMatchObject({ date: '2026-02-23', dueUnrolled: '2026-02-19' });
    expect(await reportDue(tet('none'), '2026-01')).toMatchObject({ date: '2026-02-19', dueUnrolled: '2026-02-19' });
  });

  it('around 30/4–1/5', async () => {
    expect(await reportDue(mayDay('previous'), '2026-04')).toMatchObject({ date: '2026-04-29', dueUnrolled: '2026-05-01' });
    expect(await reportDue(mayDay('next'), '2026-04')).toMatchObject({ date: '2026-05-04', dueUnrolled: '2026-05-01' });
  });

  it('"trước ngày 10" is the 9th, and `before:` the day before', async () => {
    const out = await json(['calendar', '--as-of', '2026-01-01', '--from', '2026-03-01', '--to', '2026-04-30']);
    expect(out.events.find((e: any) => e.kind === 'report' && e.occurrence === '2026-02' && e.unit === 'cat')).toMatchObject({ date: '2026-03-09', dueUnrolled: '2026-03-09' });
    expect(out.events.find((e: any) => e.task === 'II.2')).toMatchObject({ date: '2026-04-09', dueUnrolled: '2026-04-09' });
    // so-tc finished II.2 on 10/4: late, though the text says "10/4"
    const status = await json(['status', '--as-of', AS_OF]);
    expect(status.rows.find((r: any) => r.key === 'so-tc').done_late).toBe(1);
  });
});

describe('de06 calendar', () => {
  it('ics: RFC 5545 all-day events with stable UIDs, CRLF and folded lines', async () => {
    const args = ['calendar', '--as-of', AS_OF, '--to', '2026-06-30', '--unit', 'cat', '--format', 'ics'];
    const first = await de06(args);
    const second = await de06(args);
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toBe(second.stdout);
    const text = first.stdout + '\r\n'; // execa strips the final line end
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(text).toContain('UID:kh-status-test-II.5-cat-2026-05-25@de06\r\n');
    expect(text).toContain('DTSTART;VALUE=DATE:20260525\r\nDTEND;VALUE=DATE:20260526\r\n');
    expect(text).toContain('DTSTAMP:20260520T000000Z\r\n');
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(3); // II.5 and the reports for May and H1; II.3 falls after June
  });

  it('json lists every occurrence in the range, per unit', async () => {
    const out = await json(['calendar', '--as-of', AS_OF, '--from', '2026-02-01', '--to', '2026-05-31', '--unit', 'so-yt']);
    expect(out.events.filter((e: any) => e.task === 'II.7').map((e: any) => e.occurrence)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
  });
});

describe('de06 progress new', () => {
  it('drafts the unit\'s file with its open lead tasks and last statuses; the draft has no error, only the progress-draft warning; no overwrite', async () => {
    const root = fixtureWith((s) => s);
    const args = ['progress', 'new', '--unit', 'so-yt', '--period', '2026-05', '--as-of', '2026-06-05'];
    const first = await de06(args, { root });
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toBe('plan/progress/so-yt/2026-05.yaml');
    const text = readFileSync(join(root, first.stdout), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../../schemas/progress.schema.json');
    // the day it is sent is the unit's to write: the draft has only a commented line for it
    expect(text).not.toMatch(/^submitted:/m);
    expect(text).toMatch(/^# submitted: YYYY-MM-DD {2}# .*bản nháp/m);
    expect(text).toMatch(/- task: II\.3\n {4}status: in_progress\n {4}percent: 40/);
    expect(text).toMatch(/- task: II\.7\n {4}status: in_progress\n {4}occurrence: 2026-03/);
    expect(text).not.toContain('task: II.1\n'); // done
    const lint = await de06(['lint', '--format', 'json'], { root });
    const problems = JSON.parse(lint.stdout).problems.filter((p: any) => p.file.startsWith('plan/progress/'));
    expect(problems.map((p: any) => [p.file, p.line, p.severity, p.rule])).toEqual([['plan/progress/so-yt/2026-05.yaml', text.split('\n').indexOf('unit: so-yt') + 1, 'warning', 'progress-draft']]);
    expect(problems[0].message).toMatch(/bản nháp/);
    expect(lint.exitCode).toBe(0);

    const again = await de06(args, { root });
    expect(again.exitCode).toBe(2);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(join(root, first.stdout), 'utf8')).toBe(text);
  });

  it('an unfilled draft is no report: overdue lists it missing and status counts it missing, until submitted is written', async () => {
    const root = fixtureWith((s) => s);
    const draft = await de06(['progress', 'new', '--unit', 'so-yt', '--period', '2026-05', '--as-of', '2026-06-05'], { root });
    expect(draft.exitCode).toBe(0);
    // the May report was due by 9/6; on 20/6 the draft alone leaves it missing
    const asOf = ['--as-of', '2026-06-20'];
    const mayReport = async () => (await json(['overdue', ...asOf], root)).items.filter((i: any) => i.kind === 'report' && i.unit === 'so-yt' && i.occurrence === '2026-05');
    const soYt = async () => (await json(['status', '--by', 'unit', ...asOf], root)).rows.find((r: any) => r.key === 'so-yt');
    expect(await mayReport()).toMatchObject([{ status: 'missing', due: '2026-06-09' }]);
    const before = await soYt();
    expect(before.reportsMissing).toBeGreaterThan(0);

    const file = join(root, draft.stdout);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^# submitted: YYYY-MM-DD.*$/m, 'submitted: 2026-06-08'));
    expect(await mayReport()).toEqual([]);
    const after = await soYt();
    expect(after.reportsMissing).toBe(before.reportsMissing - 1);
    expect(after.reportsOnTime).toBe(before.reportsOnTime + 1);
    const lint = await de06(['lint', '--format', 'json'], { root });
    expect(JSON.parse(lint.stdout).problems.filter((p: any) => p.file.startsWith('plan/progress/'))).toEqual([]);
  });

  it('refuses a group, a bad period and a period not begun', async () => {
    const root = fixtureWith((s) => s);
    for (const [unit, period] of [['so-nganh', '2026-05'], ['so-yt', '2026-13'], ['so-yt', '2026-Q2'], ['so-yt', '2026-07']]) {
      const r = await de06(['progress', 'new', '--unit', unit!, '--period', period!, '--as-of', '2026-06-05'], { root });
      expect(r.exitCode).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(existsSync(join(root, 'plan', 'progress', unit!, `${period}.yaml`))).toBe(false);
    }
  });
});

describe('bad options: exit 2, one line, no stack trace', () => {
  const cases: [string, string[], RegExp][] = [
    ['an impossible --as-of', ['overdue', '--as-of', '2026-02-30'], /--as-of.*2026-02-30/],
    ['a --as-of that is no date', ['status', '--as-of', 'hôm qua'], /--as-of/],
    ['an unknown unit, with a suggestion', ['overdue', '--as-of', AS_OF, '--unit', 'so-y'], /"so-y".*"so-yt"/],
    ['a negative --within', ['overdue', '--as-of', AS_OF, '--within', '-3'], /--within/],
    ['a fractional --within', ['overdue', '--as-of', AS_OF, '--within', '2.5'], /--within/],
    ['an unknown format', ['overdue', '--as-of', AS_OF, '--format', 'xml'], /--format.*xml/],
    ['an unknown grouping', ['status', '--as-of', AS_OF, '--by', 'province'], /--by.*province/],
    ['a calendar range backwards', ['calendar', '--from', '2026-05-01', '--to', '2026-04-01'], /--from/],
    ['a bad --to', ['calendar', '--to', '2026-04-31'], /--to/],
  ];
  for (const [name, args, message] of cases) {
    it(name, async () => {
      const r = await de06(args);
      expect(r.exitCode).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    });
  }
});

describe('a plan with lint errors', () => {
  it('still answers on its valid part, and says so in one line on stderr', async () => {
    const root = fixtureWith((s) => s);
    writeFileSync(join(root, 'plan', 'progress', 'so-yt', '2026-04.yaml'), 'unit: so-yt\nperiod: 2026-04\nsubmitted: 2026-05-06\nupdates:\n  - {task: II.7, status: finished}\n');
    const r = await de06(['overdue', '--as-of', AS_OF, '--format', 'json'], { root });
    expect(r.exitCode).toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('de06 lint');
    expect(JSON.parse(r.stdout).items.length).toBeGreaterThan(0);
  });
});

describe('the same output under any machine time zone', () => {
  const zones = ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles'];
  const outputs = (args: string[]) => Promise.all(zones.map(async (TZ) => (await de06(args, { env: { TZ } })).stdout));

  it('with --as-of', async () => {
    for (const args of [
      ['overdue', '--as-of', AS_OF, '--within', '30', '--format', 'json'],
      ['status', '--as-of', AS_OF, '--format', 'json'],
      ['calendar', '--as-of', AS_OF, '--format', 'ics'],
    ]) {
      const [utc, hcm, la] = await outputs(args);
      expect(utc).not.toBe('');
      expect(hcm).toBe(utc);
      expect(la).toBe(utc);
    }
  });

  it('without --as-of: "today" is the plan\'s today, whatever TZ says, even near midnight', async () => {
    // 17:30 UTC on 9 July is 00:30 on 10 July in Việt Nam and 10:30 on 9 July in Los Angeles
    const at = (TZ: string) => de06(['overdue', '--within', '400', '--format', 'json'], { env: { TZ, DE06_NOW: '2026-07-09T17:30:00Z' } });
    const [utc, hcm, la] = await Promise.all(zones.map(async (TZ) => (await at(TZ)).stdout));
    expect(JSON.parse(utc!).asOf).toBe('2026-07-10');
    expect(hcm).toBe(utc);
    expect(la).toBe(utc);
  });
});
