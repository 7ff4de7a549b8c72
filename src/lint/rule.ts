// What a semantic rule is: a function over the model that returns findings, with metadata from
// which docs/rules.md and the SARIF rule list are generated.

import type { PlanModel } from '../plan/model.js';
import type { Finding, Severity } from './diagnostic.js';

export interface RuleContext {
  /** ids of items the loader left out as schema-invalid: references to them are not unknown */
  invalidIds: ReadonlySet<string>;
}

export interface Rule {
  id: string;
  /** the severity of its findings, unless the rule decides per finding (six-clear) */
  severity: Severity;
  /** what the rule protects, one sentence per language */
  description: { vi: string; en: string };
  check(model: PlanModel, context: RuleContext): Finding[];
}
