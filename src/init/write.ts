// The file-system edge of `de06 init` and `de06 codeowners`: reading what the package ships and
// writing a scaffold without ever replacing a file that is already there.

import { chmod, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package.js';
import { existingTarget, writeFilesAtomically } from '../write/atomic.js';
import { CODEOWNERS_PATHS } from './codeowners.js';
import type { PackageFiles, ScaffoldFile } from './scaffold.js';


export async function readPackageFiles(): Promise<PackageFiles> {
  const folder = async (name: string, suffix: string) => {
    const names = (await readdir(join(PACKAGE_ROOT, name)).catch(() => [] as string[])).filter((n) => n.endsWith(suffix)).sort();
    return new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(PACKAGE_ROOT, name, n), 'utf8')] as const)));
  };
  return {
    schemas: await folder('schemas', '.schema.json'),
    templates: await folder('templates', '.yaml'),
    // the working calendar of the plan this package ships, copied into dist/ when it is built
    calendar: await readFile(join(PACKAGE_ROOT, 'dist', 'init', 'calendar.yaml'), 'utf8'),
  };
}

/** Whether `dir` holds anything (a missing folder holds nothing). */
export async function hasEntries(dir: string): Promise<boolean> {
  return (await readdir(dir).catch(() => [])).length > 0;
}

/**
 * Writes every file that does not exist yet, all or none (src/write/atomic.ts); returns the paths
 * written and the paths kept. A file that appears while this runs is never replaced: `exists`.
 * Paths in a failure are absolute.
 */
export type ScaffoldResult =
  | { ok: true; written: string[]; kept: string[] }
  | { ok: false; problem: 'exists'; path: string }
  | { ok: false; problem: 'failed'; path: string; reason: string };

export async function writeScaffold(dir: string, files: ScaffoldFile[]): Promise<ScaffoldResult> {
  const missing = files.filter((file) => existingTarget([join(dir, file.path)]) === undefined);
  const kept = files.filter((file) => !missing.includes(file)).map((file) => file.path);
  const bytes = (content: string | Uint8Array) => (typeof content === 'string' ? new TextEncoder().encode(content) : content);
  const result = writeFilesAtomically(missing.map((file) => ({ path: join(dir, file.path), bytes: bytes(file.content) })), { force: false });
  if (!result.ok) return result;
  for (const file of missing) if (file.executable) await chmod(join(dir, file.path), 0o755);
  return { ok: true, written: missing.map((file) => file.path), kept };
}

/** The repository's CODEOWNERS, where GitHub or GitLab would find it. */
export async function readCodeowners(root: string): Promise<{ path: string; text: string } | undefined> {
  for (const path of CODEOWNERS_PATHS) {
    const text = await readFile(join(root, path), 'utf8').catch(() => undefined);
    if (text !== undefined) return { path, text };
  }
  return undefined;
}
