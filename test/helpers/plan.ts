// Temporary plan repositories for tests: the clean base plan of test/fixtures/base with the
// files of an overlay folder laid over it.

import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fsFileSource } from '../../src/plan/files.js';
import { loadPlan } from '../../src/plan/load.js';
import { existsSync } from 'node:fs';
import { diffPlans } from '../../src/diff/diff.js';
import { readCodeowners } from '../../src/init/write.js';
import { lint } from '../../src/lint/lint.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(REPO, 'bin', 'de06.js');

/** The day in-process lint runs are judged on: fixed, so that no test depends on the clock. */
export const TEST_TODAY = '2026-08-12';

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

/** Lints a plan folder in-process, as `de06 lint` would there, and returns one line per problem:
 * "file:line:col severity rule". With `base` (a plan folder), as `de06 lint --base` would against
 * a revision holding that folder. */
export async function lintLines(root: string, lang: 'vi' | 'en' = 'vi', base?: string): Promise<string[]> {
  const loaded = await loadPlan(root, fsFileSource(root));
  const codeowners = await readCodeowners(root);
  const baseModel = base === undefined ? undefined : (await loadPlan(base, fsFileSource(base))).valid;
  const result = lint(loaded, {
    lang,
    asOf: TEST_TODAY,
    ...(codeowners ? { codeowners } : {}),
    ...(baseModel ? { base: { model: baseModel, changes: diffPlans(baseModel, loaded.valid) } } : {}),
  });
  return result.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}`);
}

/** A rule fixture folder: `plan/`, `templates/`, CODEOWNERS … laid over the base plan; `base/`, when
 * present, laid over the base plan to make the revision `lint --base` compares with. */
export async function lintFixture(folder: string): Promise<{ lines: string[]; dirs: string[] }> {
  const head = makePlan(folder);
  rmSync(join(head, 'base'), { recursive: true, force: true });
  rmSync(join(head, 'expected.json'), { force: true });
  const baseFolder = join(folder, 'base');
  const base = existsSync(baseFolder) ? makePlan(baseFolder) : undefined;
  const lines = await lintLines(head, 'vi', base);
  return { lines, dirs: base ? [head, base] : [head] };
}
