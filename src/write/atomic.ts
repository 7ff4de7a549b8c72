// Writing what de06 makes — reports, letters, forms, progress files, sites — so that nothing is lost
// (DESIGN §5, §7): a reader sees no file or the whole file, never half of one; an existing file is
// never replaced unless asked, even when two runs race; a run that was killed leaves temporary
// files that the next run removes.
//
// Each file is written to a temporary name in its own folder and flushed to disk. Without `force`
// it is then linked to its final name: link(2) fails when the name exists, so the name is taken
// exclusively, and checking first and renaming after (which two runs can both pass) never happens.
// With `force` it is renamed over the name. Folders are made one level at a time, so a path that
// can never be made (under /proc) fails at once instead of retrying forever.

import { closeSync, copyFileSync, constants, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

export interface OutputFile {
  /** absolute path */
  path: string;
  bytes: Uint8Array;
}

export type WriteResult =
  | { ok: true; written: string[] }
  | { ok: false; problem: 'exists'; path: string }
  | { ok: false; problem: 'failed'; path: string; reason: string };

/** What de06's temporary files are called: `.<name>.<pid>-<random>.tmp`, beside their target. */
const TEMPORARY = /^\.(.+)\.(\d+)-[0-9a-f]{8}\.tmp$/;

function temporaryName(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/** The first of `paths` that already exists (as anything, a dangling link included). */
export function existingTarget(paths: readonly string[]): string | undefined {
  return paths.find((p) => exists(p));
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Every file, or none when one of them exists already and `force` is not given. */
export function writeFilesAtomically(files: readonly OutputFile[], options: { force: boolean }): WriteResult {
  const temporaries = new Map<string, string>();
  const published: string[] = [];
  let current = files[0]?.path ?? '';
  try {
    for (const file of files) {
      current = file.path;
      makeDirectory(dirname(file.path));
      removeStaleTemporaries(dirname(file.path));
    }
    const existing = options.force ? undefined : existingTarget(files.map((f) => f.path));
    if (existing) return { ok: false, problem: 'exists', path: existing };
    for (const file of files) {
      current = file.path;
      const temporary = temporaryName(file.path);
      temporaries.set(file.path, temporary);
      writeFlushed(temporary, file.bytes);
    }
    for (const file of files) {
      current = file.path;
      const temporary = temporaries.get(file.path)!;
      if (options.force) renameSync(temporary, file.path);
      else if (!publishExclusively(temporary, file.path)) {
        // another run took the name between our check and now: undo what this run published
        published.forEach(removeQuietly);
        return { ok: false, problem: 'exists', path: file.path };
      }
      published.push(file.path);
    }
    new Set(files.map((f) => dirname(f.path))).forEach(syncDirectory);
    return { ok: true, written: files.map((f) => f.path) };
  } catch (error) {
    if (!options.force) published.forEach(removeQuietly);
    return { ok: false, problem: 'failed', path: current, reason: reasonOf(error) };
  } finally {
    temporaries.forEach(removeQuietly);
  }
}

/**
 * A whole folder (a site), in place at once or not at all: written under a temporary name, then
 * moved to `target`. Without `force` the name is claimed first by making `target` as an empty
 * folder, which fails when it exists; rename(2) may then replace that empty folder, ours.
 */
export function writeDirectoryAtomically(target: string, files: readonly { path: string; bytes: Uint8Array }[], options: { force: boolean }): WriteResult {
  const parent = dirname(target);
  const temporary = temporaryName(target);
  let current = target;
  let claimed = false;
  try {
    makeDirectory(parent);
    removeStaleTemporaries(parent);
    if (!options.force && exists(target)) return { ok: false, problem: 'exists', path: target };
    mkdirSync(temporary);
    for (const file of files) {
      current = join(target, file.path);
      const full = resolve(temporary, file.path);
      if (relative(temporary, full).startsWith('..' + sep)) throw Object.assign(new Error(file.path), { code: 'EINVAL' });
      makeDirectory(dirname(full));
      writeFlushed(full, file.bytes);
    }
    current = target;
    if (options.force && exists(target)) {
      const old = temporaryName(target);
      renameSync(target, old);
      renameSync(temporary, target);
      removeQuietly(old);
    } else {
      try {
        mkdirSync(target);
        claimed = true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { ok: false, problem: 'exists', path: target };
        throw error;
      }
      renameSync(temporary, target);
    }
    syncDirectory(parent);
    return { ok: true, written: [target] };
  } catch (error) {
    if (claimed) removeQuietly(target);
    return { ok: false, problem: 'failed', path: current, reason: reasonOf(error) };
  } finally {
    removeQuietly(temporary);
  }
}

/**
 * `path` and its missing parents, made one level at a time. Throws the errno error of the level that
 * cannot be made (ENOENT under /proc, ENOTDIR under a file, EACCES …).
 */
export function makeDirectory(path: string): void {
  const missing: string[] = [];
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    try {
      if (statSync(dir).isDirectory()) break;
      throw Object.assign(new Error(`not a folder: ${dir}`), { code: 'ENOTDIR' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(dir) === dir) throw error;
      missing.push(dir);
    }
  }
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir);
    } catch (error) {
      // made meanwhile by another run: fine, as long as it is a folder
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(dir).isDirectory()) throw error;
    }
  }
}

/** Temporary files and folders of runs that no longer live (killed, or out of power). */
export function removeStaleTemporaries(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const match = TEMPORARY.exec(name);
    if (match && !isAlive(Number(match[2]))) removeQuietly(join(dir, name));
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** link(2) where the file system has it; elsewhere an exclusive copy (O_EXCL), still never a replace. */
function publishExclusively(temporary: string, target: string): boolean {
  try {
    linkSync(temporary, target);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
  }
  try {
    copyFileSync(temporary, target, constants.COPYFILE_EXCL);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function writeFlushed(path: string, bytes: Uint8Array): void {
  const fd = openSync(path, 'wx');
  try {
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // nothing was left there, or nothing can be removed there either
  }
}

/** The rename itself reaches the disk only when the folder is flushed (not possible everywhere). */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open a folder; the rename is still atomic there
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The errno code (ENOSPC, EACCES …) a person can search for, or the message. */
export function reasonOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
}
