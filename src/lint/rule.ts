// What a rule is: a function over the model (and what its context brings) that returns findings,
// with metadata from which docs/rules.md and the SARIF rule list are generated. Every rule lives
// in rules/, one per file, whatever its inputs: the plan's own files, the plan at a base revision
// (the amendment rules), or the repository's CODEOWNERS.

import type { Change } from '../diff/change.js';
import type { Finding, Severity } from '../plan/findings.js';
import type { IsoDate, LintModel, PlanModel } from '../plan/model.js';

export interface RuleContext {
  /** ids of items the loader could not name for sure: references to them are not unknown */
  invalidIds: ReadonlySet<string>;
  /** whether the value at `pointer` of `file`, or a part of it, failed its schema: left out of the model, but not
   * missing — a rule that would report it missing stays quiet */
  invalidAt(file: string, pointer: string): boolean;
  /** today in the plan's time zone: what has begun, what is already overdue */
  asOf: IsoDate;
  /** `lint --base REV`: the plan at that revision and what changed since */
  base?: { model: PlanModel; changes: readonly Change[] };
  /** the repository's CODEOWNERS, where GitHub or GitLab would find it */
  codeowners?: { path: string; text: string };
}

export interface Rule {
  id: string;
  /** the severity of its findings, unless the rule decides per finding (six-clear) */
  severity: Severity;
  /** what the rule protects, one sentence per language */
  description: { vi: string; en: string };
  check(model: LintModel, context: RuleContext): Finding[];
}
