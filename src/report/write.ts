// Writing report files (DESIGN §5, §7 "Nothing lost"): never over an existing report unless asked,
// never half-written. Each file goes to a temporary file in the same folder, is flushed to disk,
// then renamed over its name: a reader sees the old file or the whole new one, nothing between.
// When one target already exists and overwriting was not asked for, nothing at all is written.

import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface OutputFile {
  /** absolute path */
  path: string;
  bytes: Uint8Array;
}

export type WriteResult =
  | { ok: true; written: string[] }
  | { ok: false; problem: 'exists'; path: string }
  | { ok: false; problem: 'failed'; path: string; reason: string };

/** The first of `paths` that already exists. */
export function existingTarget(paths: readonly string[]): string | undefined {
  return paths.find((p) => existsSync(p));
}

export function writeFilesAtomically(files: readonly OutputFile[], options: { force: boolean }): WriteResult {
  const existing = options.force ? undefined : existingTarget(files.map((f) => f.path));
  if (existing) return { ok: false, problem: 'exists', path: existing };
  const written: string[] = [];
  for (const file of files) {
    const failure = writeOne(file);
    if (failure) return { ok: false, problem: 'failed', path: file.path, reason: failure };
    written.push(file.path);
  }
  return { ok: true, written };
}

/** Undefined when written, else why not. The temporary file never outlives a failure. */
function writeOne(file: OutputFile): string | undefined {
  const dir = dirname(file.path);
  const temp = join(dir, `.${basename(file.path)}.${process.pid}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    const fd = openSync(temp, 'w');
    try {
      for (let offset = 0; offset < file.bytes.length; ) offset += writeSync(fd, file.bytes, offset);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file.path);
    syncDirectory(dir);
    return undefined;
  } catch (error) {
    removeQuietly(temp);
    return (error as NodeJS.ErrnoException).code ?? String(error);
  }
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
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
