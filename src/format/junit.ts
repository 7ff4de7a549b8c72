// JUnit XML, the test-report format GitLab CI reads (artifacts:reports:junit). Each file with
// problems is a test suite and each problem a failed test case. Warnings are failures too, with
// type="warning": GitLab only lists failures, and whether warnings fail the job is decided by the
// exit code (--strict, --max-warnings), not by this report. A clean run is one passing test case,
// so the report is never empty.

import type { Diagnostic, LintResult } from '../lint/diagnostic.js';
import { t } from '../i18n/index.js';
import { byFile, severityLabel, summaryLine } from './summary.js';
import type { FormatOptions } from './types.js';

const SUITE = 'de06 lint';

export function junit(result: LintResult, options: FormatOptions): string {
  const suites = result.problems.length === 0 ? [passingSuite(result, options)] : failingSuites(result, options);
  const failures = result.problems.length;
  const tests = Math.max(failures, 1);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${SUITE}" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

function passingSuite(result: LintResult, options: FormatOptions): string {
  const name = escapeXml(summaryLine(result, options.lang, options.hiddenWarnings));
  return [
    `  <testsuite name="${SUITE}" tests="1" failures="0" errors="0">`,
    `    <testcase name="${name}" classname="${SUITE}"/>`,
    '  </testsuite>',
  ].join('\n');
}

function failingSuites(result: LintResult, options: FormatOptions): string[] {
  return [...byFile(result.problems)].map(([file, problems]) =>
    [
      `  <testsuite name="${escapeXml(file)}" tests="${problems.length}" failures="${problems.length}" errors="0">`,
      ...problems.map((p) => testCase(p, options)),
      '  </testsuite>',
    ].join('\n'),
  );
}

function testCase(p: Diagnostic, options: FormatOptions): string {
  const where = `${p.file}:${p.line}:${p.column}`;
  const details = [where, `${severityLabel(options.lang, p.severity)} [${p.rule}] ${p.message}`];
  if (p.fix) details.push(t(options.lang, 'format.fix', { fix: p.fix }));
  return [
    `    <testcase name="${escapeXml(`${p.rule} ${where}`)}" classname="${escapeXml(p.file)}">`,
    `      <failure message="${escapeXml(p.message)}" type="${p.severity}">${escapeXml(details.join('\n'), false)}</failure>`,
    '    </testcase>',
  ].join('\n');
}

/**
 * Text safe inside an attribute (inAttribute) or an element. Characters XML 1.0 cannot hold at all
 * (most C0 controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD. In attributes, tab and line
 * breaks are written as character references, since a parser turns them into spaces otherwise.
 */
function escapeXml(text: string, inAttribute = true): string {
  const out = text
    .replace(/[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
  return inAttribute ? out.replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;') : out.replace(/\r/g, '&#13;');
}
