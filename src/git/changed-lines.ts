// The lines a pull request changed, so that the github format spends its annotation budget on
// them first (src/format/github.ts). Compared: the working tree (what CI checked out) with `base`.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PLAN_DIRS } from '../plan/files.js';
import { resolveCommit } from './revisions.js';
import { git, gitError, type GitResult } from './run.js';

export type ChangedLines = Map<string, Set<number>>;

/** file (POSIX, relative to `root`) → line numbers added or changed in it since `base`. */
export async function changedLines(root: string, base: string): Promise<GitResult<ChangedLines>> {
  const commit = await resolveCommit(root, base);
  if (!commit.ok) return commit;
  // --relative: paths relative to root, and nothing outside it, when the repository is a parent
  const diff = await git(root, ['diff', '-U0', '--no-color', '--no-ext-diff', '--src-prefix=a/', '--dst-prefix=b/', '--relative', commit.value, '--', ...PLAN_DIRS]);
  if (!diff.ok) return gitError('failed', { detail: diff.stderr.trim() });
  const changed = parseZeroContextDiff(diff.stdout);
  // files not yet added to git are new in every line
  const untracked = await git(root, ['ls-files', '-z', '--others', '--exclude-standard', '--', ...PLAN_DIRS]);
  for (const file of untracked.stdout.split('\0').filter(Boolean)) {
    const text = await readFile(join(root, file), 'utf8').catch(() => '');
    const count = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    changed.set(file, new Set(Array.from({ length: count }, (_, i) => i + 1)));
  }
  return { ok: true, value: changed };
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/** The new-side lines of each hunk of `git diff -U0`. A hunk that only deletes (",0") adds no
 * line to the new file. */
export function parseZeroContextDiff(diff: string): ChangedLines {
  const changed: ChangedLines = new Map();
  let lines: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const target = line.slice(4);
      lines = target === '/dev/null' ? undefined : new Set();
      if (lines) changed.set(target.replace(/^b\//, ''), lines);
      continue;
    }
    const hunk = HUNK.exec(line);
    if (!hunk || !lines) continue;
    const start = Number(hunk[1]);
    const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
    for (let n = start; n < start + count; n++) lines.add(n);
  }
  for (const [file, set] of changed) if (set.size === 0) changed.delete(file);
  return changed;
}
