// A problem found in the plan. Rules and the loader produce findings that point at an entity by
// file and JSON pointer; the locator turns the pointer into line:col (src/plan/locate.ts), so
// rules never deal with text positions.

import type { Params } from '../i18n/index.js';

export type Severity = 'error' | 'warning';

/** What a rule or the loader reports, before positions and wording are resolved. */
export interface Finding {
  rule: string;
  severity: Severity;
  file: string;
  /** RFC 6901 pointer to the offending value; '' is the whole document */
  pointer: string;
  /** point at the key of the pointed member rather than its value */
  onKey?: boolean;
  /** message id in the i18n catalogs (src/i18n) and its parameters */
  message: string;
  params?: Params;
  /** known position (YAML syntax errors come with one); skips the locator */
  position?: Span;
}

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

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
