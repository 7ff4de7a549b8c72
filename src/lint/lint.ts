// Lint: the loader's findings plus every semantic rule, positioned, worded and sorted.

import type { Lang } from '../i18n/index.js';
import { translate } from '../i18n/index.js';
import type { Loaded } from '../plan/load.js';
import { Locator } from '../plan/locate.js';
import type { Diagnostic, Finding, LintResult } from './diagnostic.js';
import { RULES } from './rules/index.js';

export interface LintOptions {
  lang: Lang;
  /** report only on these files (POSIX, relative to the root); all files still load */
  only?: (file: string) => boolean;
  /** findings from outside the plan files' own content (amendment rules, CODEOWNERS …) */
  extra?: Finding[];
}

export function lint(loaded: Loaded, options: LintOptions): LintResult {
  const context = { invalidIds: loaded.invalidIds };
  const findings = [...loaded.findings, ...RULES.flatMap((rule) => rule.check(loaded.model, context)), ...(options.extra ?? [])]
    .filter((f) => !options.only || options.only(f.file));
  const problems = toDiagnostics(findings, loaded.texts, options.lang);
  const errorCount = problems.filter((p) => p.severity === 'error').length;
  return {
    root: loaded.model.root,
    fileCount: loaded.model.files.length,
    problems,
    errorCount,
    warningCount: problems.length - errorCount,
  };
}

export function toDiagnostics(findings: Finding[], texts: ReadonlyMap<string, string>, lang: Lang): Diagnostic[] {
  const locator = new Locator(texts);
  return findings
    .map((f) => {
      const span = f.position ?? locator.span(f.file, f.pointer, f.onKey);
      const { message, fix } = translate(lang, f.message, f.params);
      return { file: f.file, ...span, severity: f.severity, rule: f.rule, message, ...(fix ? { fix } : {}), excerpt: locator.excerpt(f.file, span.line) };
    })
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}
