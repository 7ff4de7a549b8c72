// The file-system edge of `de06 init` and `de06 codeowners`: reading what the package ships and
// writing a scaffold without ever replacing a file that is already there.

import { chmod, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PACKAGE_ROOT } from '../package.js';
import { makeDirectory } from '../write/atomic.js';
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

/** Writes each file that does not exist yet; returns the paths written and the paths kept. */
export async function writeScaffold(dir: string, files: ScaffoldFile[]): Promise<{ written: string[]; kept: string[] }> {
  const written: string[] = [];
  const kept: string[] = [];
  for (const file of files) {
    const full = join(dir, file.path);
    makeDirectory(dirname(full));
    try {
      // 'wx' fails when the file exists: an existing file is never replaced
      await writeFile(full, file.content, { flag: 'wx' });
      if (file.executable) await chmod(full, 0o755);
      written.push(file.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      kept.push(file.path);
    }
  }
  return { written, kept };
}

/** The repository's CODEOWNERS, where GitHub or GitLab would find it. */
export async function readCodeowners(root: string): Promise<{ path: string; text: string } | undefined> {
  for (const path of CODEOWNERS_PATHS) {
    const text = await readFile(join(root, path), 'utf8').catch(() => undefined);
    if (text !== undefined) return { path, text };
  }
  return undefined;
}
