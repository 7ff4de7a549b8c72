// What every lint output formatter takes and returns. Formatters are pure: the CLI decides the
// language, colour and changed lines, and writes the string where it belongs.

import type { LintResult } from '../lint/diagnostic.js';
import type { Lang } from '../i18n/index.js';

export interface RuleMeta {
  id: string;
  description: string;
}

export interface FormatOptions {
  lang: Lang;
  color: boolean;
  /** file → line numbers the pull request changed; the github format annotates these first */
  changed?: Map<string, Set<number>>;
  /** rule metadata, listed by the sarif format */
  rules?: RuleMeta[];
  /** with `lint --quiet`: the warnings left out of the result, counted in the summary line */
  hiddenWarnings?: number;
}

export type Formatter = (result: LintResult, options: FormatOptions) => string;
