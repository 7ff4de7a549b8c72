// The computed status of one item (DESIGN §3), check by check.

import { describe, expect, it } from 'vitest';
import { computeStatus, type StatusInput } from '../../src/status/index.js';

const base: StatusInput = { ongoing: false, reported: 'not_started', doneOn: null, due: '2026-06-30', asOf: '2026-06-01', dueSoonDays: 7 };
const status = (over: Partial<StatusInput>) => computeStatus({ ...base, ...over });

describe('computed status', () => {
  it('done by the due day is on time, after it late; the due day itself is on time', () => {
    expect(status({ reported: 'done', doneOn: '2026-06-30' })).toBe('done_on_time');
    expect(status({ reported: 'done', doneOn: '2026-07-01', asOf: '2026-07-05' })).toBe('done_late');
  });
  it('past the due day and not done is overdue, started or not', () => {
    expect(status({ asOf: '2026-07-01' })).toBe('overdue');
    expect(status({ asOf: '2026-07-01', reported: 'in_progress' })).toBe('overdue');
  });
  it('due within due_soon_days (the due day included) is due soon', () => {
    expect(status({ asOf: '2026-06-23' })).toBe('due_soon');
    expect(status({ asOf: '2026-06-30', reported: 'in_progress' })).toBe('due_soon');
    expect(status({ asOf: '2026-06-22' })).toBe('not_started');
    expect(status({ asOf: '2026-06-22', reported: 'in_progress' })).toBe('in_progress');
  });
  it('a task without a due date is never overdue', () => {
    expect(status({ due: null, asOf: '2030-12-31' })).toBe('not_started');
    expect(status({ due: null, reported: 'in_progress', asOf: '2030-12-31' })).toBe('in_progress');
  });
  it('paused wins over overdue; done wins over paused', () => {
    expect(status({ reported: 'paused', asOf: '2026-08-01' })).toBe('paused');
    expect(status({ reported: 'done', doneOn: '2026-06-01' })).toBe('done_on_time');
  });
  it('a standing duty (ongoing) is ongoing, or paused', () => {
    expect(status({ ongoing: true, due: null, asOf: '2030-01-01' })).toBe('ongoing');
    expect(status({ ongoing: true, due: null, reported: 'paused' })).toBe('paused');
  });
});
