import { describe, expect, test } from 'vitest';
import { stylish } from '../../src/format/stylish.js';
import type { Diagnostic, LintResult } from '../../src/lint/diagnostic.js';
import { clean, en, twoErrorsOneWarning, unknownLead, vi } from './fixtures.js';

const ANSI = /\x1b\[[0-9;]*m/;

function only(problem: Diagnostic): LintResult {
  const isError = problem.severity === 'error';
  return { root: '/r', fileCount: 1, problems: [problem], errorCount: isError ? 1 : 0, warningCount: isError ? 0 : 1 };
}

/** The caret line under source line `line`, with the gutter cut off. */
function caretUnder(output: string, line: number): string {
  const lines = output.split('\n');
  const at = lines.findIndex((l) => l.startsWith(`  ${line} | `));
  const next = lines[at + 1] ?? '';
  return next.slice(next.indexOf('| ') + 2);
}

describe('stylish format', () => {
  test('shows where, what and how to fix, in that order', () => {
    const out = stylish(only(unknownLead), vi).split('\n');
    expect(out[0]).toBe('plan/tasks/III-2-tthc.yaml:12:11');
    expect(out[1]).toBe('lỗi [unknown-reference] Đơn vị “vp-ubd” không có trong units.yaml');
    expect(out).toContain('  cách sửa: Dùng một mã đơn vị có trong units.yaml, ví dụ vp-ubnd');
  });

  test('shows the lines around the problem with their numbers', () => {
    const out = stylish(only(unknownLead), vi);
    expect(out).toContain('  11 |   - id: III.2.4\n  12 |     lead: vp-ubd\n');
    expect(out).toContain('  13 |     support: [cat]');
  });

  test('puts carets under exactly the columns from column to endColumn', () => {
    // column 11 .. endColumn 17 is "vp-ubd" in "    lead: vp-ubd"
    expect(caretUnder(stylish(only(unknownLead), vi), 12)).toBe('          ^^^^^^');
  });

  test('carets run to the end of the line when the region ends on a later line', () => {
    const multiLine = { ...unknownLead, endLine: 13, endColumn: 2 };
    expect(caretUnder(stylish(only(multiLine), vi), 12)).toBe('          ^^^^^^');
    const fromCol5 = { ...unknownLead, column: 5, endLine: 14 };
    expect(caretUnder(stylish(only(fromCol5), vi), 12)).toBe('    ^^^^^^^^^^^^');
  });

  test('keeps carets aligned over tabs and decomposed Vietnamese letters', () => {
    const nfd = 'Tiê\u0301n'.normalize('NFD'); // 4 letters, more code units
    const text = `\t${nfd}: x`;
    const column = text.indexOf(':') + 1;
    const problem = { ...unknownLead, line: 1, column, endLine: 1, endColumn: column + 1, excerpt: [{ line: 1, text }] };
    expect(caretUnder(stylish(only(problem), vi), 1)).toBe('\t    ^');
  });

  test('marks one column when the region is empty', () => {
    const empty = { ...unknownLead, endColumn: unknownLead.column };
    expect(caretUnder(stylish(only(empty), vi), 12)).toBe('          ^');
  });

  test('labels warnings "cảnh báo" and leaves out the excerpt when there is none', () => {
    const bare = { ...unknownLead, severity: 'warning' as const, excerpt: undefined, fix: undefined };
    expect(stylish(only(bare), vi)).toBe(
      'plan/tasks/III-2-tthc.yaml:12:11\ncảnh báo [unknown-reference] Đơn vị “vp-ubd” không có trong units.yaml\n\n✖ 0 lỗi, 1 cảnh báo trong 1 tệp\n',
    );
  });

  test('keeps the caller’s order and separates problems by a blank line', () => {
    const out = stylish(twoErrorsOneWarning, vi);
    const headers = out.split('\n').filter((l) => /^plan\/.*:\d+:\d+$/.test(l));
    expect(headers).toEqual(['plan/tasks/III-2-tthc.yaml:12:11', 'plan/tasks/III-2-tthc.yaml:20:5', 'plan/indicators.yaml:3:13']);
    expect(out.split('\n\n')).toHaveLength(4);
  });

  test('ends with the counts in Vietnamese, or English with lang en', () => {
    expect(stylish(twoErrorsOneWarning, vi).endsWith('\n✖ 2 lỗi, 1 cảnh báo trong 5 tệp\n')).toBe(true);
    expect(stylish(twoErrorsOneWarning, en).endsWith('\n✖ 2 errors, 1 warning in 5 files\n')).toBe(true);
    expect(stylish(clean, vi)).toBe('✔ Không có lỗi hay cảnh báo (25 tệp)\n');
    expect(stylish(clean, en)).toBe('✔ No errors or warnings (25 files)\n');
  });

  test('writes no colour codes unless asked, and colours when asked', () => {
    expect(stylish(twoErrorsOneWarning, vi)).not.toMatch(ANSI);
    const coloured = stylish(twoErrorsOneWarning, { ...vi, color: true });
    expect(coloured).toMatch(ANSI);
    expect(coloured.replace(new RegExp(ANSI.source, 'g'), '')).toBe(stylish(twoErrorsOneWarning, vi));
  });
});
