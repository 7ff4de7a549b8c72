import { describe, expect, test } from 'vitest';
import { github, githubSummary } from '../../src/format/github.js';
import type { Diagnostic, LintResult } from '../../src/lint/diagnostic.js';
import { badTarget, en, INDICATORS, TASKS, twoErrorsOneWarning, unknownLead, vi } from './fixtures.js';

const lines = (out: string) => out.split('\n').filter(Boolean);

function errorsOnLines(numbers: number[]): LintResult {
  const problems: Diagnostic[] = numbers.map((line) => ({ ...unknownLead, excerpt: undefined, line, endLine: line }));
  return { root: '/r', fileCount: 1, problems, errorCount: problems.length, warningCount: 0 };
}

describe('github format', () => {
  test('writes one workflow command per problem, with line= so it shows on "Files changed"', () => {
    expect(lines(github(twoErrorsOneWarning, vi))).toEqual([
      `::error file=${TASKS},line=12,col=11,endLine=12,endColumn=17,title=de06 unknown-reference::Đơn vị “vp-ubd” không có trong units.yaml`,
      `::warning file=${TASKS},line=20,col=5,endLine=20,endColumn=10,title=de06 six-clear::Nhiệm vụ III.2.5 chưa rõ kết quả (thiếu “result”)`,
      `::error file=${INDICATORS},line=3,endLine=4,title=de06 schema::Chỉ tiêu “CT-1.1”: giá trị 100%25 < 0 & | "sai", 'cũ'%0Adòng hai`,
    ]);
  });

  test('escapes %, CR and LF in the message, and also : and , in property values', () => {
    const odd = { ...badTarget, file: 'plan/a,b:c%.yaml', rule: 'x:y,z', message: 'a%b\r\nc' };
    const out = github({ ...twoErrorsOneWarning, problems: [odd], errorCount: 1, warningCount: 0 }, vi);
    expect(out).toBe('::error file=plan/a%2Cb%3Ac%25.yaml,line=3,endLine=4,title=de06 x%3Ay%2Cz::a%25b%0D%0Ac\n');
  });

  test('prints nothing for a clean plan', () => {
    expect(github({ root: '/r', fileCount: 3, problems: [], errorCount: 0, warningCount: 0 }, vi)).toBe('');
  });

  describe('annotation budget (10 per severity per step)', () => {
    const numbers = Array.from({ length: 25 }, (_, i) => i + 1);
    const changed = new Map([[TASKS, new Set([7, 18, 24])]]);
    const out = lines(github(errorsOnLines(numbers), { ...en, changed }));
    const annotated = out.filter((l) => l.startsWith('::error ')).map((l) => Number(/line=(\d+)/.exec(l)![1]));

    test('annotates exactly 10 errors', () => {
      expect(annotated).toHaveLength(10);
    });

    test('spends it first on lines the pull request changed, then in order', () => {
      expect(annotated).toEqual([7, 18, 24, 1, 2, 3, 4, 5, 6, 8]);
    });

    test('ends with a notice of how many were left out and where to find them', () => {
      expect(out).toHaveLength(11);
      expect(out[10]).toMatch(/^::notice title=de06::15 errors and 0 warnings were not annotated/);
      expect(out[10]).toContain('step summary');
      const vietnamese = lines(github(errorsOnLines(numbers), { ...vi, changed })).at(-1)!;
      expect(vietnamese).toMatch(/^::notice title=de06::Còn 15 lỗi và 0 cảnh báo không hiện thành chú thích/);
    });

    test('counts warnings on their own budget', () => {
      const result = errorsOnLines(numbers);
      const warnings = result.problems.slice(0, 12).map((p) => ({ ...p, severity: 'warning' as const }));
      const mixed = { ...result, problems: [...warnings, ...result.problems.slice(12)], errorCount: 13, warningCount: 12 };
      const out = lines(github(mixed, en));
      expect(out.filter((l) => l.startsWith('::warning '))).toHaveLength(10);
      expect(out.filter((l) => l.startsWith('::error '))).toHaveLength(10);
      expect(out.at(-1)).toContain('3 errors and 2 warnings were not annotated');
    });

    test('treats a problem spanning a changed line as changed', () => {
      const result = errorsOnLines(numbers);
      result.problems[19] = { ...result.problems[19]!, endLine: 22 }; // lines 20–22
      const out = lines(github(result, { ...en, changed: new Map([[TASKS, new Set([21])]]) }));
      expect(out[0]).toContain('line=20,');
    });

    test('ignores changed lines of another file', () => {
      const out = lines(github(errorsOnLines(numbers), { ...en, changed: new Map([['plan/other.yaml', new Set([20])]]) }));
      expect(out[0]).toContain('line=1,');
    });
  });

  test('the step summary lists every problem, even those not annotated', () => {
    const summary = githubSummary(errorsOnLines(Array.from({ length: 25 }, (_, i) => i + 1)), vi);
    expect(summary.split('\n').filter((l) => l.startsWith(`| ${TASKS}:`))).toHaveLength(25);
  });
});
