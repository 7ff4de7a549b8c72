// SARIF 2.1.0, for GitHub code scanning and other tools that read static-analysis results.
// Paths stay relative to the plan root, which %SRCROOT% stands for; the uploader resolves it.

import type { LintResult } from '../lint/diagnostic.js';
import type { FormatOptions } from './types.js';

export function sarif(result: LintResult, options: FormatOptions): string {
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'de06',
            rules: (options.rules ?? []).map((rule) => ({ id: rule.id, shortDescription: { text: rule.description } })),
          },
        },
        // Our columns count UTF-16 code units, as JavaScript strings do; SARIF's default, said outright.
        columnKind: 'utf16CodeUnits',
        results: result.problems.map((p) => ({
          ruleId: p.rule,
          level: p.severity,
          message: { text: p.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: p.file, uriBaseId: '%SRCROOT%' },
                region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
              },
            },
          ],
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
