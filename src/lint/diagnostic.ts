// What lint hands to the formatters: findings of the loader and the rules (src/plan/findings.ts),
// positioned and worded.

import type { Severity, Span } from '../plan/findings.js';

export type { Severity, Span };

/** What the formatters receive: DESIGN §4 `lint --format json` problem, plus the fix text. */
export interface Diagnostic extends Span {
  file: string;
  severity: Severity;
  rule: string;
  message: string;
  /** how to fix it, in the same language as the message */
  fix?: string;
  /** the source line with the problem and one either side, for people */
  excerpt?: { line: number; text: string }[];
}

export interface LintResult {
  root: string;
  fileCount: number;
  problems: Diagnostic[];
  errorCount: number;
  warningCount: number;
}
