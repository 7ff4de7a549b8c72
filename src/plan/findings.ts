// What the loader and the rules report: a problem pointed at by file and JSON pointer, before
// positions and wording are resolved. The locator (locate.ts) turns the pointer into line:col,
// so rules never deal with text positions. The loader owns this type; lint imports it.

import type { Params } from '../i18n/index.js';

export type Severity = 'error' | 'warning';

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
