// Small lint results the formatter tests share: two errors and a warning across two files, with
// Vietnamese messages and one message full of characters each format must escape.

import type { Diagnostic, LintResult } from '../../src/lint/diagnostic.js';
import type { FormatOptions } from '../../src/format/types.js';

export const TASKS = 'plan/tasks/III-2-tthc.yaml';
export const INDICATORS = 'plan/indicators.yaml';

/** Every character the formats treat specially: % newline , : < & | and quotes. */
export const NASTY_MESSAGE = 'Chỉ tiêu “CT-1.1”: giá trị 100% < 0 & | "sai", \'cũ\'\ndòng hai';

export const unknownLead: Diagnostic = {
  file: TASKS,
  line: 12,
  column: 11,
  endLine: 12,
  endColumn: 17,
  severity: 'error',
  rule: 'unknown-reference',
  message: 'Đơn vị “vp-ubd” không có trong units.yaml',
  fix: 'Dùng một mã đơn vị có trong units.yaml, ví dụ vp-ubnd',
  excerpt: [
    { line: 11, text: '  - id: III.2.4' },
    { line: 12, text: '    lead: vp-ubd' },
    { line: 13, text: '    support: [cat]' },
  ],
};

export const missingResult: Diagnostic = {
  file: TASKS,
  line: 20,
  column: 5,
  endLine: 20,
  endColumn: 10,
  severity: 'warning',
  rule: 'six-clear',
  message: 'Nhiệm vụ III.2.5 chưa rõ kết quả (thiếu “result”)',
  excerpt: [
    { line: 19, text: '  - id: III.2.5' },
    { line: 20, text: '    title: Rà soát quy trình' },
  ],
};

export const badTarget: Diagnostic = {
  file: INDICATORS,
  line: 3,
  column: 13,
  endLine: 4,
  endColumn: 3,
  severity: 'error',
  rule: 'schema',
  message: NASTY_MESSAGE,
  excerpt: [
    { line: 2, text: '  - id: CT-1.1' },
    { line: 3, text: '    target: {value: -1,' },
    { line: 4, text: '    }' },
  ],
};

export const twoErrorsOneWarning: LintResult = {
  root: '/plan-repo',
  fileCount: 5,
  problems: [unknownLead, missingResult, badTarget],
  errorCount: 2,
  warningCount: 1,
};

export const clean: LintResult = { root: '/plan-repo', fileCount: 25, problems: [], errorCount: 0, warningCount: 0 };

export const vi: FormatOptions = { lang: 'vi', color: false };
export const en: FormatOptions = { lang: 'en', color: false };
