import { describe, expect, test } from 'vitest';
import { json } from '../../src/format/json.js';
import { clean, NASTY_MESSAGE, twoErrorsOneWarning, vi } from './fixtures.js';

describe('json format (DESIGN §4)', () => {
  test('is one parseable line ending in a newline', () => {
    const out = json(twoErrorsOneWarning, vi);
    expect(out.endsWith('\n')).toBe(true);
    expect(out.slice(0, -1)).not.toContain('\n');
    expect(() => JSON.parse(out)).not.toThrow();
  });

  test('has exactly the documented keys, in the documented order', () => {
    const parsed = JSON.parse(json(twoErrorsOneWarning, vi));
    expect(Object.keys(parsed)).toEqual(['ok', 'errorCount', 'warningCount', 'fileCount', 'problems']);
    for (const problem of parsed.problems) {
      expect(Object.keys(problem)).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'rule', 'message']);
    }
  });

  test('carries counts, positions and messages unchanged, without fix or excerpt', () => {
    const parsed = JSON.parse(json(twoErrorsOneWarning, vi));
    expect(parsed).toMatchObject({ ok: false, errorCount: 2, warningCount: 1, fileCount: 5 });
    expect(parsed.problems[0]).toEqual({
      file: 'plan/tasks/III-2-tthc.yaml',
      line: 12,
      column: 11,
      endLine: 12,
      endColumn: 17,
      severity: 'error',
      rule: 'unknown-reference',
      message: 'Đơn vị “vp-ubd” không có trong units.yaml',
    });
    expect(parsed.problems[2].message).toBe(NASTY_MESSAGE);
  });

  test('ok is true when there are no errors, even with warnings', () => {
    expect(JSON.parse(json(clean, vi))).toEqual({ ok: true, errorCount: 0, warningCount: 0, fileCount: 25, problems: [] });
    const warningsOnly = { ...twoErrorsOneWarning, problems: [twoErrorsOneWarning.problems[1]!], errorCount: 0 };
    expect(JSON.parse(json(warningsOnly, vi)).ok).toBe(true);
  });
});
