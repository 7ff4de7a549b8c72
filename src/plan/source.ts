// Where the loader reads files from: the working tree, or a git revision (src/git/). The loader
// only lists and reads through this interface, so a plan at any revision loads the same way.

export interface FileSource {
  /** every file under `plan/` and `templates/`, POSIX paths relative to the root, sorted */
  list(): Promise<string[]>;
  /** the file's bytes, or a reason it cannot be read as a file */
  read(path: string): Promise<ReadResult>;
}

export type ReadResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'directory' | 'missing' | 'too-large' | 'unreadable'; size?: number };

/** Plan files larger than this are refused: the largest real plan file is far below it. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
