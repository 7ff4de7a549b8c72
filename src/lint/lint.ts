// Lint: the loader's findings plus every rule, positioned, worded and sorted.

import type { Lang } from '../i18n/index.js';
import { translate } from '../i18n/index.js';
import type { Finding, Severity } from '../plan/findings.js';
import type { Loaded } from '../plan/load.js';
import { Locator, type Located } from '../plan/locate.js';
import type { Diagnostic, LintResult } from './diagnostic.js';
import type { RuleContext } from './rule.js';
import { RULES } from './rules/index.js';

/** What the rules are told beyond the model: today, and for some the base plan or CODEOWNERS. */
export type LintContext = Omit<RuleContext, 'invalidIds' | 'invalidAt'>;

export interface LintOptions extends LintContext {
  lang: Lang;
  /** the source lines around each problem, for people (stylish): decoding every file with a
   * finding costs a third of a large plan's lint, which machine formats never show */
  excerpts?: boolean;
  /** report only on these files (POSIX, relative to the root); all files still load */
  only?: (file: string) => boolean;
}

/** Every finding of the loader and the rules, unpositioned: enough to count errors. */
export function lintFindings(loaded: Loaded, context: LintContext): Finding[] {
  const schemaPointers = new Map<string, string[]>();
  for (const f of loaded.findings) if (f.rule === 'schema') schemaPointers.set(f.file, [...(schemaPointers.get(f.file) ?? []), f.pointer]);
  // a value is invalid when it, or anything inside it, failed its schema
  const invalidAt = (file: string, pointer: string) => (schemaPointers.get(file) ?? []).some((p) => p === pointer || p.startsWith(pointer + '/'));
  const ruleContext: RuleContext = { ...context, invalidIds: loaded.invalidIds, invalidAt };
  return [...loaded.findings, ...RULES.flatMap((rule) => rule.check(loaded.model, ruleContext))];
}

export function errorCount(findings: readonly { severity: Severity }[]): number {
  return findings.filter((f) => f.severity === 'error').length;
}

export function lint(loaded: Loaded, options: LintOptions): LintResult {
  const { lang, only, excerpts, ...context } = options;
  const findings = lintFindings(loaded, context).filter((f) => !only || only(f.file));
  const problems = toDiagnostics(findings, loaded.model, lang, excerpts === true);
  const errors = errorCount(problems);
  return {
    root: loaded.model.root,
    fileCount: loaded.model.files.length,
    problems,
    errorCount: errors,
    warningCount: problems.length - errors,
  };
}

/** Findings positioned and worded; `located` holds the files, their texts and where their values stand. */
export function toDiagnostics(findings: readonly Finding[], located: Located, lang: Lang, excerpts = false): Diagnostic[] {
  const locator = new Locator(located);
  return findings
    .map((f) => {
      const span = f.position ?? locator.span(f.file, f.pointer, f.onKey);
      const { message, fix } = translate(lang, f.message, f.params);
      return { file: f.file, ...span, severity: f.severity, rule: f.rule, message, ...(fix ? { fix } : {}), ...(excerpts ? { excerpt: locator.excerpt(f.file, span.line) } : {}) };
    })
    // code-unit order: the same on every machine, whatever its locale, and no collator to start
    .sort((a, b) => byText(a.file, b.file) || a.line - b.line || a.column - b.column || byText(a.rule, b.rule));
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
