// One fixture folder per rule (test/fixtures/rules/<rule>/): the files it lays over the clean
// base plan (and, for the amendment rules, base/: the revision it is compared with), and
// expected.json, the problems lint must report — no more, no fewer.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RULES } from '../../src/lint/rules/index.js';
import { FIXTURES, lintFixture, lintLines, makePlan, removePlan } from '../helpers/plan.js';

const RULES_DIR = join(FIXTURES, 'rules');
const made: string[] = [];
afterAll(() => made.forEach(removePlan));

describe('the clean base plan', () => {
  it('has no problems, so every fixture shows only what its overlay breaks', async () => {
    const dir = makePlan();
    made.push(dir);
    expect(await lintLines(dir)).toEqual([]);
  });
});

describe('rule fixtures', () => {
  for (const name of readdirSync(RULES_DIR).sort()) {
    it(`${name}: reports exactly the expected problems at their line:col`, async () => {
      const { lines, dirs } = await lintFixture(join(RULES_DIR, name));
      made.push(...dirs);
      const expected = JSON.parse(readFileSync(join(RULES_DIR, name, 'expected.json'), 'utf8')) as string[];
      expect(lines).toEqual(expected);
      expect(expected.some((line) => line.endsWith(` ${name}`))).toBe(true);
    });
  }

  it('every semantic rule has a fixture folder', () => {
    const folders = new Set(readdirSync(RULES_DIR));
    expect(RULES.map((r) => r.id).filter((id) => !folders.has(id))).toEqual([]);
  });
});
