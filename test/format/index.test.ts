import { describe, expect, test } from 'vitest';
import { isLintFormatName, lintFormatNames, lintFormatters } from '../../src/format/index.js';
import { twoErrorsOneWarning, vi } from './fixtures.js';

describe('lint format names', () => {
  test('are the ones `lint --format` documents', () => {
    expect([...lintFormatNames].sort()).toEqual(['github', 'json', 'junit', 'markdown', 'sarif', 'stylish']);
  });

  test('an unknown or inherited name is not a format', () => {
    expect(isLintFormatName('stylish')).toBe(true);
    expect(isLintFormatName('xml')).toBe(false);
    expect(isLintFormatName('toString')).toBe(false);
  });

  test('every formatter returns text ending in a newline', () => {
    for (const name of lintFormatNames) expect(lintFormatters[name](twoErrorsOneWarning, vi).endsWith('\n')).toBe(true);
  });
});
