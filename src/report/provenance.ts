// Where a report's numbers come from (DESIGN §5 provenance): each row's "file:line" in the plan
// repository, and one hash of every input file, so that a reader can tell whether two reports
// were made from the same data.

import { createHash } from 'node:crypto';
import type { Origin } from '../plan/model.js';
import { Locator, type Located } from '../plan/locate.js';

/** "plan/tasks/III-2-tthc.yaml:42" for an entity's `at`, or for a field under it (`/proposals/0`). */
export type SourceOf = (at: Origin, under?: string) => string;

/** Lines come from the positions the loader recorded while parsing: nothing is parsed again. */
export function sourceLines(model: Located): SourceOf {
  const locator = new Locator(model);
  return (at, under = '') => `${at.file}:${locator.line(at.file, at.pointer + under)}`;
}

export interface InputFile {
  /** POSIX, relative to the root */
  path: string;
  bytes: Uint8Array;
}

/**
 * sha256 over the files sorted by path, each as its path, its length and its bytes (the length
 * keeps two different splits of the same bytes from hashing alike). "sha256:" + hex.
 */
export function inputHash(files: readonly InputFile[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(`${file.path}\u0000${file.bytes.length}\u0000`);
    hash.update(file.bytes);
  }
  return `sha256:${hash.digest('hex')}`;
}
