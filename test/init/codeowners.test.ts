import { describe, expect, it } from 'vitest';
import { codeownersBlock, ownerPatternOf, withBlock } from '../../src/init/codeowners.js';
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
