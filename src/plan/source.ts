// Where the loader reads files from: the working tree, or a git revision (src/git/). The loader
// only lists and reads through this interface, so a plan at any revision loads the same way.

export interface FileSource {
  /** every file under `plan/` and `templates/`, POSIX paths relative to the root, sorted, and what
   * stands there that cannot be read as a plan file */
  list(): Promise<Listing>;
  /** the file's bytes, or a reason it cannot be read as a file */
  read(path: string): Promise<ReadResult>;
}

export interface Listing {
  files: string[];
  problems: PathProblem[];
}

/** Something in the plan's folders that is not read, and why. Folders end with "/". */
export interface PathProblem {
  path: string;
  reason: 'link-outside' | 'link-inside' | 'unreadable-folder' | 'not-a-file';
  /** the errno code, for a folder that cannot be listed */
  code?: string;
}

export type ReadResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'directory' | 'missing' | 'too-large' | 'unreadable' | 'not-a-file' | 'link'; size?: number };

/** Plan files larger than this are refused: the largest real plan file is far below it. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
