// Temporary plan repositories for tests: the clean base plan of test/fixtures/base with the
// files of an overlay folder laid over it.

import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fsFileSource } from '../../src/plan/files.js';
import { loadPlan } from '../../src/plan/load.js';
import { lint } from '../../src/lint/lint.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(REPO, 'bin', 'de06.js');

/** A fresh copy of the base plan, with `overlay` (a fixture folder) and `files` laid over it. */
export function makePlan(overlay?: string, files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'de06-test-'));
  cpSync(join(FIXTURES, 'base'), dir, { recursive: true });
  if (overlay) cpSync(overlay, dir, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

export function removePlan(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Lints a plan folder in-process and returns one line per problem: "file:line:col severity rule". */
export async function lintLines(root: string, lang: 'vi' | 'en' = 'vi'): Promise<string[]> {
  const result = lint(await loadPlan(root, fsFileSource(root)), { lang });
  return result.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}`);
}
