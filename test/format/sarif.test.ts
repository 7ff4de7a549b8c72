import { describe, expect, test } from 'vitest';
import { sarif } from '../../src/format/sarif.js';
import { INDICATORS, NASTY_MESSAGE, twoErrorsOneWarning, vi } from './fixtures.js';

const rules = [
  { id: 'schema', description: 'Tệp phải đúng lược đồ JSON Schema' },
  { id: 'six-clear', description: 'Nhiệm vụ phải đủ "6 rõ"' },
];

describe('sarif format', () => {
  const out = sarif(twoErrorsOneWarning, { ...vi, rules });
  const log = JSON.parse(out);
  const run = log.runs[0];

  test('is SARIF 2.1.0 JSON, pretty-printed with two spaces', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(out).toContain('\n  "version": "2.1.0",\n');
    expect(out.endsWith('}\n')).toBe(true);
  });

  test('names the tool and lists the rules it was given', () => {
    expect(run.tool.driver.name).toBe('de06');
    expect(run.tool.driver.rules).toEqual([
      { id: 'schema', shortDescription: { text: 'Tệp phải đúng lược đồ JSON Schema' } },
      { id: 'six-clear', shortDescription: { text: 'Nhiệm vụ phải đủ "6 rõ"' } },
    ]);
  });

  test('one result per problem with rule, level and message', () => {
    expect(run.results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level])).toEqual([
      ['unknown-reference', 'error'],
      ['six-clear', 'warning'],
      ['schema', 'error'],
    ]);
    expect(run.results[2].message.text).toBe(NASTY_MESSAGE);
  });

  test('locates each result by root-relative file and 1-based region', () => {
    expect(run.results[2].locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: INDICATORS, uriBaseId: '%SRCROOT%' },
          region: { startLine: 3, startColumn: 13, endLine: 4, endColumn: 3 },
        },
      },
    ]);
  });

  test('has an empty rule list and no results for a clean run without metadata', () => {
    const empty = JSON.parse(sarif({ root: '/r', fileCount: 1, problems: [], errorCount: 0, warningCount: 0 }, vi));
    expect(empty.runs[0].tool.driver.rules).toEqual([]);
    expect(empty.runs[0].results).toEqual([]);
  });
});
