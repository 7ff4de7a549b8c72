// The status core on the fixture plan, in process: assignments, reported status, obligations,
// the overdue list, aggregates and the ranking.

import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fsFileSource } from '../../src/plan/files.js';
import { loadPlan } from '../../src/plan/load.js';
import type { PlanModel, Progress } from '../../src/plan/model.js';
import {
  aggregate, computeAssignments, computeObligations, indexUpdates, latestReported, overdueList, rankUnits, statusItems,
  statusSetup, unitExpander, type StatusSetup,
} from '../../src/status/index.js';
import { FIXTURES } from '../helpers/plan.js';

let model: PlanModel;
let setup: StatusSetup;
beforeAll(async () => {
  model = (await loadPlan(join(FIXTURES, 'status'), fsFileSource(join(FIXTURES, 'status')))).valid;
  setup = statusSetup(model, model.plan!);
});

const at = { file: 'x', pointer: '' };

describe('assignments', () => {
  it('a task led by a group of groups is one lead assignment per member unit; support is support', () => {
    const all = computeAssignments(model);
    expect(all.filter((a) => a.task.id === 'II.3').map((a) => [a.unit, a.role])).toEqual([
      ['cat', 'lead'], ['so-yt', 'lead'], ['so-tc', 'lead'], ['xa-mau', 'lead'],
    ]);
    expect(all.filter((a) => a.task.id === 'II.6').map((a) => [a.unit, a.role])).toEqual([['cat', 'lead'], ['so-yt', 'support']]);
  });

  it('a cycle of groups is walked around, each unit once', () => {
    const expand = unitExpander([{ id: 'a' }, { id: 'b' }], [
      { id: 'g1', name: '', members: ['a', 'g2'], at },
      { id: 'g2', name: '', members: ['b', 'g1', 'a'], at },
    ]);
    expect(expand('g1')).toEqual(['a', 'b']);
    expect(expand('nobody')).toEqual([]);
  });

  it('support units have no status items: they are never overdue', () => {
    const items = statusItems(setup, { asOf: '2026-05-20' });
    expect(items.some((i) => i.task.id === 'II.6' && i.unit === 'so-yt')).toBe(false);
  });

  it('report duty tasks have no items of their own', () => {
    expect(statusItems(setup, { asOf: '2026-12-31' }).some((i) => i.task.id === 'II.9')).toBe(false);
  });
});

describe('reported status as of a day', () => {
  const file = (period: string, submitted: string, status: 'in_progress' | 'done'): Progress => ({
    unit: 'u', period, submitted, updates: [{ task: 't', status, ...(status === 'done' ? { done_on: submitted } : {}), at }], indicators: [], proposals: [], at,
  });

  it('the latest by submitted, then by period; a file sent after the day is not known', () => {
    const index = indexUpdates([file('2026-03', '2026-04-20', 'done'), file('2026-02', '2026-03-05', 'in_progress'), file('2026-04', '2026-04-20', 'in_progress')]);
    const entries = index.entries('u', 't');
    expect(latestReported(entries, '2026-04-19')?.period).toBe('2026-02');
    // sent the same day: the later period wins
    expect(latestReported(entries, '2026-04-20')?.period).toBe('2026-04');
    expect(latestReported(entries, '2026-03-01')).toBeUndefined();
  });

  it('a file without submitted is a draft: its updates are no reported status', () => {
    const { submitted: _, ...draft } = file('2026-04', '2026-04-20', 'done');
    const entries = indexUpdates([file('2026-02', '2026-03-05', 'in_progress'), draft]).entries('u', 't');
    expect(entries.map((e) => e.period)).toEqual(['2026-02']);
    expect(latestReported(entries, '2026-12-31')?.update.status).toBe('in_progress');
  });

  it('the same progress on another as-of day gives another status', () => {
    const of = (asOf: string) => statusItems(setup, { asOf }).find((i) => i.task.id === 'II.4')!.status;
    expect(of('2026-02-10')).toBe('due_soon');
    expect(of('2026-05-24')).toBe('overdue');
    expect(of('2026-05-25')).toBe('done_late'); // cat's April file, sent 25/5, says done on 22/5
  });

  it('an event task before its event is one item without a due date', () => {
    const item = statusItems(setup, { asOf: '2026-03-31' }).find((i) => i.task.id === 'II.8')!;
    expect(item).toMatchObject({ occurrence: null, due: null, status: 'not_started' });
  });
});

describe('report obligations', () => {
  it('a draft (no submitted) meets no obligation; the same file with submitted does', () => {
    const may = (progress: Progress[]) => {
      const owed = computeObligations(statusSetup({ ...model, progress }, model.plan!), { asOf: '2026-06-20' });
      return owed.find((o) => o.unit === 'so-yt' && o.period === '2026-05')!;
    };
    const draft: Progress = { unit: 'so-yt', period: '2026-05', updates: [], indicators: [], proposals: [], at };
    expect(may([...model.progress, draft])).toMatchObject({ submitted: null, state: 'missing' });
    expect(may([...model.progress, { ...draft, submitted: '2026-06-08' }])).toMatchObject({ submitted: '2026-06-08', state: 'on_time' });
  });

  it('the standing unit receives the reports and owes none, even as a member of reporting.from', () => {
    // cat is a member of tat-ca (reporting.from); make it the standing unit
    const standing = statusSetup(model, { ...model.plan!, standing_unit: 'cat' });
    const owing = new Set(computeObligations(standing, { asOf: '2026-12-31' }).map((o) => o.unit));
    expect(owing).toEqual(new Set(['so-yt', 'so-tc', 'xa-mau']));
    expect(new Set(computeObligations(setup, { asOf: '2026-12-31' }).map((o) => o.unit))).toEqual(new Set(['cat', 'so-yt', 'so-tc', 'xa-mau']));
  });

  it('on time, late, missing and not yet due, unit by unit', () => {
    const states = computeObligations(setup, { asOf: '2026-05-20', horizonDays: 30 })
      .filter((o) => o.unit === 'so-tc')
      .map((o) => [o.period, o.due, o.state]);
    expect(states).toEqual([
      ['2026-01', '2026-02-09', 'on_time'],
      ['2026-02', '2026-03-09', 'on_time'],
      ['2026-03', '2026-04-09', 'late'],
      ['2026-04', '2026-05-08', 'missing'],
      ['2026-05', '2026-06-09', 'not_yet_due'],
      ['2026-H1', '2026-06-09', 'not_yet_due'],
    ]);
  });
});

describe('overdue list', () => {
  it('every entry has every key; null where it does not apply', () => {
    const list = overdueList(statusItems(setup, { asOf: '2026-05-20' }), computeObligations(setup, { asOf: '2026-05-20' }), { asOf: '2026-05-20', lang: 'vi' });
    const report = list.items.find((i) => i.kind === 'report')!;
    const oneOff = list.items.find((i) => i.task === 'II.4')!;
    expect(report.task).toBeNull();
    expect(oneOff.occurrence).toBeNull();
  });
});

describe('aggregates and ranking', () => {
  it('ties on overdue are broken by missing reports, then by key', () => {
    const items = statusItems(setup, { asOf: '2026-05-20' });
    const obligations = computeObligations(setup, { asOf: '2026-05-20' });
    expect(aggregate(model, items, obligations, 'unit', '2026-05-20', 'en').rows.map((r) => r.key)).toEqual(['cat', 'xa-mau', 'so-yt', 'so-tc']);
  });

  it('scores with the plan\'s weights (default 0.5/0.5) and states the formula', () => {
    const items = statusItems(setup, { asOf: '2026-05-20' });
    const obligations = computeObligations(setup, { asOf: '2026-05-20' });
    const ranking = rankUnits(items, obligations, { lang: 'vi' });
    expect(ranking.formula).toBe('Điểm = 100 × (0,5 × tỷ lệ nhiệm vụ hoàn thành đúng hạn + 0,5 × tỷ lệ báo cáo đúng hạn)');
    // so-yt: 4 of 6 due items on time, 4 of 4 reports → 100 × (0.5 × 4/6 + 0.5 × 1) = 83.3
    expect(ranking.units[0]).toMatchObject({ unit: 'so-yt', score: 83.3, rank: 1, tasksDue: 6, tasksOnTime: 4, reportsDue: 4, reportsOnTime: 4 });
    const weighted = rankUnits(items, obligations, { scoring: { tasks: 1, reports: 0 }, lang: 'en' });
    expect(weighted.units.find((u) => u.unit === 'so-yt')!.score).toBe(66.7);
  });

  it('a unit with nothing due is not ranked', () => {
    const ranking = rankUnits([], [], { lang: 'en' });
    expect(ranking.units).toEqual([]);
    const early = rankUnits(statusItems(setup, { asOf: '2026-01-02' }), computeObligations(setup, { asOf: '2026-01-02' }), { lang: 'en' });
    expect(early.units.every((u) => u.score === null && u.rank === null)).toBe(true);
  });

  it('equal scores share a rank: 1, 1, 3', () => {
    const owed = (unit: string, state: 'on_time' | 'missing') => ({ unit, period: '2026-01', kind: 'monthly' as const, due: '2026-02-09', submitted: state === 'on_time' ? '2026-02-05' : null, state });
    const ranking = rankUnits([], [owed('a', 'on_time'), owed('b', 'on_time'), owed('c', 'missing')], { lang: 'vi' });
    expect(ranking.units.map((u) => [u.unit, u.score, u.rank])).toEqual([['a', 100, 1], ['b', 100, 1], ['c', 0, 3]]);
  });

  it('the standing unit is never ranked', () => {
    const items = statusItems(setup, { asOf: '2026-05-20' });
    const obligations = computeObligations(setup, { asOf: '2026-05-20' });
    expect(rankUnits(items, obligations, { lang: 'vi' }).units.some((u) => u.unit === 'cat')).toBe(true);
    expect(rankUnits(items, obligations, { standingUnit: 'cat', lang: 'vi' }).units.some((u) => u.unit === 'cat')).toBe(false);
  });

  it('while no unit has sent a report or finished a task there is no ranking, not every unit first with 0 points', () => {
    const missing = (unit: string) => ({ unit, period: '2026-01', kind: 'monthly' as const, due: '2026-02-09', submitted: null, state: 'missing' as const });
    const none = rankUnits([], [missing('a'), missing('b')], { lang: 'vi' });
    expect(none.ready).toBe(false);
    expect(none.units.map((u) => [u.score, u.rank])).toEqual([[0, null], [0, null]]);
    const one = rankUnits([], [missing('a'), { ...missing('b'), submitted: '2026-02-12', state: 'late' }], { lang: 'vi' });
    expect(one.ready).toBe(true);
    expect(one.units.map((u) => u.rank)).toEqual([1, 1]);
  });
});
