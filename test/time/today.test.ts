import { afterEach, describe, expect, it } from 'vitest';
import { isKnownTimeZone, todayIn } from '../../src/time/index.js';

// 17:30 UTC on 9 July is 00:30 on 10 July in Việt Nam (UTC+7).
const justAfterMidnightInHanoi = new Date('2026-07-09T17:30:00Z');
const justBeforeMidnightInHanoi = new Date('2026-07-09T16:59:59Z');
const machineZone = process.env.TZ;

describe('today in the plan time zone', () => {
  afterEach(() => {
    if (machineZone === undefined) delete process.env.TZ;
    else process.env.TZ = machineZone;
  });

  it('is the day in Việt Nam, not in UTC, just after midnight there', () => {
    expect(todayIn('Asia/Ho_Chi_Minh', justAfterMidnightInHanoi)).toEqual({ ok: true, date: '2026-07-10' });
    expect(todayIn('UTC', justAfterMidnightInHanoi)).toEqual({ ok: true, date: '2026-07-09' });
  });

  it('is still the previous day a second before midnight there', () => {
    expect(todayIn('Asia/Ho_Chi_Minh', justBeforeMidnightInHanoi)).toEqual({ ok: true, date: '2026-07-09' });
  });

  it('accepts the zone under both names, Asia/Ho_Chi_Minh and Asia/Saigon', () => {
    expect(todayIn('Asia/Saigon', justAfterMidnightInHanoi)).toEqual({ ok: true, date: '2026-07-10' });
    expect(isKnownTimeZone('Asia/Ho_Chi_Minh')).toBe(true);
    expect(isKnownTimeZone('Asia/Saigon')).toBe(true);
  });

  it('does not depend on the machine time zone', () => {
    for (const tz of ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      process.env.TZ = tz;
      expect(todayIn('Asia/Ho_Chi_Minh', justAfterMidnightInHanoi)).toEqual({ ok: true, date: '2026-07-10' });
    }
  });

  it('returns an error value for an unknown zone instead of throwing or guessing', () => {
    expect(todayIn('Asia/Hanoi_City', justAfterMidnightInHanoi)).toEqual({
      ok: false,
      error: 'unknown-time-zone',
      timeZone: 'Asia/Hanoi_City',
    });
    expect(todayIn('', justAfterMidnightInHanoi)).toMatchObject({ ok: false, error: 'unknown-time-zone' });
    expect(isKnownTimeZone('Asia/Hanoi_City')).toBe(false);
  });

  it('returns an error value for an invalid instant', () => {
    expect(todayIn('Asia/Ho_Chi_Minh', new Date('not a date'))).toMatchObject({ ok: false, error: 'invalid-instant' });
  });
});
