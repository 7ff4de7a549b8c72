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

describe('Việt Nam\'s zone read without ICU', () => {
  it('gives the day ICU gives, for every hour across 1975–2100', () => {
    const icu = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });
    const start = Date.UTC(1975, 5, 12, 17);
    // a seeded walk in steps of 1 to 240 hours, so every hour of the day and both sides of midnight come up
    let seed = 20260605;
    for (let t = start; t < Date.UTC(2100, 0, 1); t += ((seed = (seed * 1103515245 + 12345) % 2147483648) % 240 + 1) * 3_600_000 + 1_000) {
      const now = new Date(t);
      expect(todayIn('Asia/Ho_Chi_Minh', now)).toEqual({ ok: true, date: icu.format(now) });
    }
  });

  it('leaves instants before 13/6/1975 (when the offset last changed) to ICU', () => {
    const before = new Date(Date.UTC(1975, 0, 1, 16, 30));
    const icu = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });
    expect(todayIn('Asia/Ho_Chi_Minh', before)).toEqual({ ok: true, date: icu.format(before) });
  });
});
