// DESIGN §7 "Nothing lost": a write that fails is exit 2 and one line, never exit 0 with output cut
// short; a reader that stopped early is not a failure; a path that can never be made is one line,
// never a hang.

import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, makePlan, removePlan } from '../helpers/plan.js';

const made: string[] = [];
afterAll(() => made.forEach(removePlan));
const NOW = { DE06_NOW: '2026-08-12T03:00:00Z' };

/** `de06 args… > /dev/full` through a shell, as a user on a full disk would run it. */
async function toFullDisk(dir: string, args: string) {
  return execa('sh', ['-c', `node ${BIN} --root ${dir} ${args} > /dev/full`], { reject: false, env: NOW, timeout: 30_000 });
}

describe('a failed write to stdout', () => {
  const dir = makePlan();
  made.push(dir);
  for (const args of ['lint', 'calendar --format ics', 'overdue --format csv', 'status --format json']) {
    it(`de06 ${args} > /dev/full: exit 2 and one line naming the failure`, async () => {
      const result = await toFullDisk(dir, args);
      expect(result.exitCode).toBe(2);
      expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining('ENOSPC')]);
    });
  }

  it('a reader that stops early (| head -1) is not an error', async () => {
    const result = await execa('sh', ['-c', `node ${BIN} --root ${dir} calendar --from 2026-06-01 --to 2030-12-31 | head -1`], { reject: false, env: NOW });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
  });
});

describe('a folder that can never be made', () => {
  const dir = makePlan();
  made.push(dir);
  for (const args of [['report', '--month', '2026-07', '--out', '/proc/de06-x'], ['init', '/proc/de06-x']]) {
    it(`de06 ${args.join(' ')}: one line and exit 2, at once`, async () => {
      const result = await execa('node', [BIN, '--root', dir, ...args], { reject: false, env: NOW, timeout: 20_000 });
      expect(result.timedOut).toBe(false);
      expect(result.exitCode).toBe(2);
      expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^de06: .*ENOENT/)]);
    });
  }
});
