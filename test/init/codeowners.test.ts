import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { codeownersBlock, isOwnerPattern, ownerPatternOf, withBlock } from '../../src/init/codeowners.js';
import { BIN, makePlan, removePlan } from '../helpers/plan.js';
import { codeownersStale } from '../../src/lint/rules/codeowners-stale.js';
import type { PlanModel } from '../../src/plan/model.js';

/** The rule over a model that has just these units and standing unit. */
function codeownersFindings(path: string, text: string, input: { units: { id: string }[]; standingUnit?: string }) {
  const model = { units: input.units, ...(input.standingUnit ? { plan: { standing_unit: input.standingUnit } } : {}) } as unknown as PlanModel;
  return codeownersStale.check(model, { invalidIds: new Set(), invalidAt: () => false, asOf: '2026-08-01', codeowners: { path, text } });
}

const units = [{ id: 'cat' }, { id: 'so-yt' }];

describe('CODEOWNERS from units.yaml', () => {
  it('gives the plan to the standing unit and each progress folder to its unit', () => {
    const block = codeownersBlock({ units, standingUnit: 'cat', owner: '@bac-ninh/{unit}' });
    const rules = block.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    expect(rules).toEqual(['/plan/ @bac-ninh/cat', '/plan/progress/cat/ @bac-ninh/cat', '/plan/progress/so-yt/ @bac-ninh/so-yt']);
    expect(ownerPatternOf(block)).toBe('@bac-ninh/{unit}');
  });

  it('without an owner pattern, writes every rule as a comment so the file stays valid', () => {
    const block = codeownersBlock({ units, standingUnit: 'cat' });
    expect(block.split('\n').filter((l) => l !== '' && !l.startsWith('#'))).toEqual([]);
    expect(block).toContain('# /plan/progress/so-yt/ @<tổ-chức>/so-yt');
  });

  it('replaces only its own block and keeps the lines around it', () => {
    const old = codeownersBlock({ units: [{ id: 'cat' }], owner: '@o/{unit}' });
    const text = `* @quan-tri\n\n${old}/docs/ @bien-tap\n`;
    const updated = withBlock(text, codeownersBlock({ units, owner: '@o/{unit}' }));
    expect(updated.startsWith('* @quan-tri\n\n# BEGIN de06 owner=@o/{unit}\n')).toBe(true);
    expect(updated.endsWith('# END de06\n/docs/ @bien-tap\n')).toBe(true);
    expect(updated).toContain('/plan/progress/so-yt/ @o/so-yt');
    expect(withBlock('* @quan-tri\n', old)).toBe(`* @quan-tri\n\n${old}`);
  });
});

describe('codeowners-stale', () => {
  const current = `* @quan-tri\n${codeownersBlock({ units, standingUnit: 'cat', owner: '@o/{unit}' })}`;

  it('is quiet while the block matches units.yaml', () => {
    expect(codeownersFindings('CODEOWNERS', current, { units, standingUnit: 'cat' })).toEqual([]);
  });

  it('names the unit added to units.yaml, at the line where the block begins', () => {
    const found = codeownersFindings('CODEOWNERS', current, { units: [...units, { id: 'so-xd' }], standingUnit: 'cat' });
    expect(found).toEqual([expect.objectContaining({ rule: 'codeowners-stale', severity: 'warning', message: 'codeowners.stale.missing', params: { units: 'so-xd' }, position: expect.objectContaining({ line: 2 }) })]);
  });

  it('names the unit that left units.yaml', () => {
    const found = codeownersFindings('CODEOWNERS', current, { units: [{ id: 'cat' }], standingUnit: 'cat' });
    expect(found[0]).toMatchObject({ message: 'codeowners.stale.extra', params: { units: 'so-yt' } });
  });

  it('leaves a CODEOWNERS without a de06 block alone', () => {
    expect(codeownersFindings('CODEOWNERS', '* @quan-tri\n', { units })).toEqual([]);
  });
});

describe('owner patterns', () => {
  it('accept what GitHub and GitLab accept: @user, @org/team, @group/subgroup/team, an e-mail', () => {
    for (const ok of ['@bac-ninh/{unit}', '@so-yt', '@tinh.bn/ubnd/{unit}', '@bac_ninh/de06-{unit}', 'de06-{unit}@bacninh.gov.vn']) expect(isOwnerPattern(ok), ok).toBe(true);
  });

  it('refuse spaces, a missing @, unknown placeholders and Vietnamese letters', () => {
    for (const bad of ['bad owner', 'bac-ninh/{unit}', '@bac-ninh/{don-vi}', '@/x', '@bắc-ninh/{unit}', '@org/{unit} @other', '']) expect(isOwnerPattern(bad), bad).toBe(false);
  });
});

describe('de06 codeowners', () => {
  const made: string[] = [];
  afterAll(() => made.forEach(removePlan));
  const de06 = (root: string, ...args: string[]) => execa('node', [BIN, '--root', root, 'codeowners', ...args], { reject: false, env: { DE06_LANG: 'vi' } });

  it('--check without a CODEOWNERS file says the file is missing, and how to make it', async () => {
    const root = makePlan();
    made.push(root);
    rmSync(join(root, 'CODEOWNERS'), { force: true });
    const run = await de06(root, '--check');
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain('Kho chưa có tệp CODEOWNERS');
    expect(run.stderr).toContain('de06 codeowners --owner');
  });

  it('--owner that GitHub or GitLab would not accept is a usage error, and nothing is written', async () => {
    const root = makePlan();
    made.push(root);
    writeFileSync(join(root, 'CODEOWNERS'), '* @quan-tri\n');
    const run = await de06(root, '--owner', 'bad owner');
    expect(run.exitCode).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(join(root, 'CODEOWNERS'), 'utf8')).toBe('* @quan-tri\n');
  });

  it('writes the block with a valid --owner, and --check agrees afterwards', async () => {
    const root = makePlan();
    made.push(root);
    expect((await de06(root, '--owner', '@bac-ninh/{unit}')).exitCode).toBe(0);
    expect((await de06(root, '--check')).exitCode).toBe(0);
  });
});
