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
      'plan/tasks/III-2-tthc.yaml:12:11\ncảnh báo [unknown-reference] Đơn vị “vp-ubd” không có trong units.yaml\n\n'
        + 'Theo quy tắc:\n  unknown-reference  1 cảnh báo\n\n✖ 0 lỗi, 1 cảnh báo trong 1 tệp\n',
    );
  });

  test('keeps the caller’s order and separates problems by a blank line', () => {
    const out = stylish(twoErrorsOneWarning, vi);
    const headers = out.split('\n').filter((l) => /^plan\/.*:\d+:\d+$/.test(l));
    expect(headers).toEqual(['plan/tasks/III-2-tthc.yaml:12:11', 'plan/tasks/III-2-tthc.yaml:20:5', 'plan/indicators.yaml:3:13']);
    expect(out.split('\n\n')).toHaveLength(5);
  });

  test('counts the problems of each rule before the last line, rules with errors first', () => {
    const out = stylish(twoErrorsOneWarning, vi).split('\n\n');
    const rules = [...new Set(twoErrorsOneWarning.problems.map((p) => p.rule))];
    expect(out.at(-2)!.split('\n')[0]).toBe('Theo quy tắc:');
    const lines = out.at(-2)!.split('\n').slice(1).map((line) => line.trim().split(/\s{2,}/));
    expect(lines.map(([rule]) => rule).sort()).toEqual(rules.sort());
    const count = (rule: string, severity: string) => twoErrorsOneWarning.problems.filter((p) => p.rule === rule && p.severity === severity).length;
    for (const [rule, text] of lines) {
      expect(text).toBe([count(rule!, 'error') && `${count(rule!, 'error')} lỗi`, count(rule!, 'warning') && `${count(rule!, 'warning')} cảnh báo`].filter(Boolean).join(', '));
    }
    expect(count(lines[0]![0]!, 'error')).toBeGreaterThan(0);
  });

  test('with --quiet, the last line counts errors and the warnings left out', () => {
    const errorsOnly = { ...twoErrorsOneWarning, problems: twoErrorsOneWarning.problems.filter((p) => p.severity === 'error'), warningCount: 0 };
    expect(stylish(errorsOnly, { ...vi, hiddenWarnings: 1 }).endsWith('\n✖ 2 lỗi trong 5 tệp; 1 cảnh báo không hiện (--quiet)\n')).toBe(true);
    expect(stylish(clean, { ...en, hiddenWarnings: 0 })).toBe('✔ No errors (25 files)\n');
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
