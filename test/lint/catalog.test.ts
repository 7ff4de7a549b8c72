import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, rulesMarkdown } from '../../src/lint/catalog.js';
import { REPO } from '../helpers/plan.js';

describe('docs/rules.md', () => {
  it('is current: regenerate it with `npm run docs` after changing a rule', () => {
    expect(readFileSync(join(REPO, 'docs', 'rules.md'), 'utf8')).toBe(rulesMarkdown());
  });

  it('lists every rule id once', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['yaml-syntax', 'schema', 'duplicate-id', 'unknown-reference', 'six-clear', 'progress-path']) {
      expect(rulesMarkdown()).toContain(`| \`${id}\` |`);
    }
  });
});
