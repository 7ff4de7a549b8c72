// Every message id the code names exists in the catalogs, in both languages: a typo would
// otherwise surface as an internal error in front of a user.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageIds, translate } from '../../src/i18n/index.js';
import { REPO } from '../helpers/plan.js';

const AREAS = 'cli|lint|rule|schema|yaml|load|encoding|kind|format|status|overdue|calendar|progress|report|diff|init|codeowners|site';
const ID = new RegExp(`'((?:${AREAS})\\.[a-z0-9][a-z0-9.-]*)'`, 'g');
/** literals of that shape that are not message ids: file names, and VS Code's setting key */
const notMessage = (id: string) => /\.(ya?ml|json)$/.test(id) || id === 'yaml.schemas';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && !dir.endsWith('i18n') ? [join(dir, e.name)] : []);
}

describe('message catalogs', () => {
  const known = new Set(messageIds());
  const named = new Set(sources(join(REPO, 'src')).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(ID)].map((m) => m[1]!)));

  it('hold every message id named in the code', () => {
    expect(named.size).toBeGreaterThan(100);
    expect([...named].filter((id) => !notMessage(id) && !known.has(id))).toEqual([]);
  });

  it('give every message in Vietnamese and in English, with the same placeholders', () => {
    for (const id of known) {
      const vi = translate('vi', id);
      const en = translate('en', id);
      const holes = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(vi.message, id).not.toBe('');
      expect(holes(en.message), id).toEqual(holes(vi.message));
    }
  });
});
