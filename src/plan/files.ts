// Reading the plan repository from the working tree, and what each path holds.
//
// Nothing here follows a symbolic link. A link that leaves the repository would let a pull
// request make CI print /proc/self/environ or a secret file; one that stays inside could still
// reach .git/config, where CI keeps its access token, or make a file count twice. So every link
// in plan/ and templates/ is reported (unsafe-path) and never read. Files are opened with
// O_NOFOLLOW, so a file swapped for a link after it was listed is not followed either, and with
// O_NONBLOCK, so that a FIFO put where a file should be cannot hang the run.

import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, readlinkSync } from 'node:fs';
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import type { FileKind } from './model.js';
import { MAX_FILE_BYTES, type FileSource, type Listing, type PathProblem, type ReadResult } from './source.js';

/** The folders that make a plan repository (DESIGN §2). */
export const PLAN_DIRS = ['plan', 'templates'];

const YAML_FILE = /\.ya?ml$/i;

/** What a path holds, from where it stands (DESIGN §2); undefined for a file that has no place. */
export function kindOf(path: string): FileKind | undefined {
  const parts = path.split('/');
  if (parts[0] === 'templates') return parts.length === 2 ? 'template' : undefined;
  if (parts[0] !== 'plan') return undefined;
  if (parts.length === 2) {
    const fixed: Record<string, FileKind> = {
      'plan.yaml': 'plan',
      'units.yaml': 'units',
      'calendar.yaml': 'calendar',
      'indicators.yaml': 'indicators',
    };
    return fixed[parts[1]!];
  }
  if (parts[1] === 'tasks' && parts.length === 3) return 'tasks';
  if (parts[1] === 'progress' && parts.length === 4) return 'progress';
  if (parts[1] === 'narrative' && (parts.length === 3 || parts.length === 4)) return 'narrative';
  return undefined;
}

/** The files a plan must have. */
export const REQUIRED_FILES = ['plan/plan.yaml', 'plan/units.yaml'];

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** The working tree under `root`. Entries named *.yaml are listed even when they are folders, so
 * that a folder where a file should be is reported instead of skipped. Reads are synchronous: for
 * thousands of small files that is about twice as fast as going through the thread pool. */
export function fsFileSource(root: string): FileSource {
  return {
    async list() {
      return listTree(root);
    },
    async read(path) {
      return readPlanFile(join(root, path));
    },
  };
}

function listTree(root: string): Listing {
  const files: string[] = [];
  const problems: PathProblem[] = [];
  const realRoot = realOrSelf(root);
  const walk = (rel: string, top: boolean): void => {
    let entries;
    try {
      entries = readdirSync(join(root, rel), { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // a plan without templates/ is fine; plan/ itself missing is missing-file of plan.yaml
      if (!(top && code === 'ENOENT')) problems.push({ path: `${rel}/`, reason: 'unreadable-folder', code: code ?? 'EIO' });
      return;
    }
    for (const entry of entries) {
      const path = posix.join(rel, entry.name);
      if (entry.isSymbolicLink()) problems.push({ path: entry.isDirectory() ? `${path}/` : path, reason: linkReason(root, realRoot, path) });
      else if (entry.isDirectory()) (YAML_FILE.test(entry.name) ? files.push(path) : walk(path, false));
      else if (!YAML_FILE.test(entry.name)) continue;
      else if (entry.isFile()) files.push(path);
      else problems.push({ path, reason: 'not-a-file' });
    }
  };
  for (const dir of PLAN_DIRS) {
    const stat = lstatOrUndefined(join(root, dir));
    if (stat?.isSymbolicLink()) problems.push({ path: `${dir}/`, reason: linkReason(root, realRoot, dir) });
    else walk(dir, true);
  }
  return { files: files.sort(), problems: problems.sort((a, b) => (a.path < b.path ? -1 : 1)) };
}

/** Where a link points, without following it to read: outside the repository, or inside. */
function linkReason(root: string, realRoot: string, path: string): PathProblem['reason'] {
  const full = join(root, path);
  let target: string;
  try {
    target = realpathSync(full);
  } catch {
    // dangling: judge by what it says
    try {
      const said = readlinkSync(full);
      target = isAbsolute(said) ? said : resolve(dirname(full), said);
    } catch {
      return 'link-outside';
    }
  }
  const rel = relative(realRoot, target);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel)) ? 'link-inside' : 'link-outside';
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** One plan file's bytes: never through a link, never more than MAX_FILE_BYTES, never a FIFO. */
export function readPlanFile(full: string, max = MAX_FILE_BYTES): ReadResult {
  let fd: number;
  try {
    fd = openSync(full, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: 'missing' };
    if (code === 'ELOOP') return { ok: false, reason: 'link' };
    if (code === 'EISDIR') return { ok: false, reason: 'directory' };
    return { ok: false, reason: 'unreadable' };
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) return { ok: false, reason: 'directory' };
    if (!info.isFile()) return { ok: false, reason: 'not-a-file' };
    if (info.size > max) return { ok: false, reason: 'too-large', size: info.size };
    // read one byte past the size: a file that grows while being read is still bounded
    const buffer = Buffer.allocUnsafe(info.size + 1);
    let length = 0;
    for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0; ) length += n;
    if (length > max) return { ok: false, reason: 'too-large', size: length };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch {
    return { ok: false, reason: 'unreadable' };
  } finally {
    closeSync(fd);
  }
}
