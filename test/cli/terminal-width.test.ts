// Tables fit the terminal: every table the status commands print, on the shipped plan and on the
// fixture that holds every computed status, in both languages, no wider than COLUMNS — and, piped
// without COLUMNS, no wider than 80. A line wider than the terminal would wrap and break the box.

import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES, REPO } from '../helpers/plan.js';

const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });
const columnsOf = (line: string) => [...graphemes.segment(line)].length;

const SHIPPED = { root: REPO, now: '2026-11-28T03:00:00Z' };
const STATUS = { root: join(FIXTURES, 'status'), now: '2026-05-20T03:00:00Z' };

const COMMANDS: [typeof SHIPPED, string[]][] = [
  [SHIPPED, ['status']],
  [SHIPPED, ['status', '--wide']],
  [SHIPPED, ['status', '--by', 'objective']],
  [SHIPPED, ['status', '--by', 'pillar', '--wide']],
  [SHIPPED, ['overdue', '--within', '30']],
  [SHIPPED, ['calendar', '--to', '2027-03-31']],
  [STATUS, ['status', '--wide']],
  [STATUS, ['overdue', '--within', '30']],
  [STATUS, ['calendar', '--from', '2026-01-01', '--to', '2026-12-31']],
];

async function table(plan: typeof SHIPPED, args: string[], env: Record<string, string>): Promise<string[]> {
  const { stdout, stderr, exitCode } = await execa('node', [BIN, '--root', plan.root, ...args], {
    reject: false,
    env: { DE06_NOW: plan.now, NO_COLOR: '1', ...env },
    extendEnv: false,
  });
  expect(exitCode, stderr).toBe(0);
  return stdout.split('\n');
}

/** The lines of each box drawn in the output: from a ┌ line to its └ line. */
function boxes(lines: string[]): string[][] {
  const found: string[][] = [];
  for (const line of lines) {
    if (line.startsWith('┌')) found.push([]);
    if (found.length > 0 && /^[┌│├└]/.test(line)) found.at(-1)!.push(line);
  }
  return found;
}

describe('tables fit the terminal', () => {
  for (const lang of ['vi', 'en']) {
    for (const [plan, args] of COMMANDS) {
      it(`${lang}: de06 ${args.join(' ')} (${plan === SHIPPED ? 'shipped plan' : 'status fixture'}) in 100 columns`, async () => {
        const lines = await table(plan, args, { COLUMNS: '100', DE06_LANG: lang, PATH: process.env.PATH! });
        const drawn = boxes(lines);
        expect(drawn.length).toBeGreaterThan(0);
        for (const line of lines) expect(columnsOf(line), line).toBeLessThanOrEqual(100);
        // every line of a box as wide as its top border: no cell pushed a border out of line
        for (const box of drawn) for (const line of box) expect(columnsOf(line), line).toBe(columnsOf(box[0]!));
      });
    }
  }

  it('piped without COLUMNS, a table is at most 80 columns wide', async () => {
    for (const [plan, args] of COMMANDS) {
      const lines = await table(plan, args, { PATH: process.env.PATH! });
      for (const line of lines) expect(columnsOf(line), `de06 ${args.join(' ')}: ${line}`).toBeLessThanOrEqual(80);
    }
  });

  it('units are shown by name, and the totals row says "Tổng cộng"', async () => {
    const status = (await table(SHIPPED, ['status'], { COLUMNS: '200', PATH: process.env.PATH! })).join('\n');
    expect(status).toContain('│ Công an tỉnh ');
    expect(status).toContain('│ Tổng cộng ');
    expect(status).not.toMatch(/│ (cat|total) /);
    const wide = (await table(SHIPPED, ['status', '--wide'], { COLUMNS: '200', PATH: process.env.PATH! })).join('\n');
    expect(wide).toContain('│ cat ');
    expect(wide).toContain('Thường');
    const overdue = (await table(STATUS, ['overdue'], { COLUMNS: '200', PATH: process.env.PATH! })).join('\n');
    expect(overdue).not.toMatch(/│ (so-yt|xa-mau|cat) /);
  });
});
