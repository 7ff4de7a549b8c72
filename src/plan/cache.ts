// The parse cache (as Beancount's loader and ESLint's --cache have): what parsing and validating
// each file gave — data, positions, findings — kept under the root in .de06-cache/, keyed by the
// sha256 of the file's bytes, so a stale answer is impossible whatever the clock or the size says.
//
// A cache is input to lint, so a hostile pull request must not be able to plant one that hides an
// error: the file is signed with a key that lives outside the repository (in the user's cache
// folder, made on first use), and one whose signature does not verify is ignored. A corrupt,
// cut-short or foreign-version cache is ignored the same way and rebuilt. It is written to a
// temporary name and renamed, so two runs at once never leave a broken one; the last one wins.

import { createHmac, hash, randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Finding } from './findings.js';

/** Bumped whenever what an entry holds, or how it is made, changes. */
const FORMAT = 2;
const CACHE_FILE = 'parse.bin';
const MAX_CACHE_BYTES = 1024 * 1024 * 1024;
const MAC_BYTES = 32;

export interface CacheEntry {
  data?: unknown;
  /** the containers' positions, in collectPositions order */
  positions?: Int32Array[];
  escaped?: boolean;
  /** what parsing and the schema found */
  findings: Finding[];
}

export interface ParseCache {
  get(path: string, hash: string): CacheEntry | undefined;
  set(path: string, hash: string, entry: CacheEntry): void;
  /** writes the cache when something changed; never throws */
  save(): void;
}

export interface CacheOptions {
  /** the cache folder, under the plan's root */
  dir: string;
  /** the signing key's file, outside the repository */
  keyFile: string;
  /** what else an entry depends on: de06's version and its compiled schemas */
  version: string;
}

/** sha256 of the bytes: the one-shot API, without a Hash object per file. */
export function contentHash(bytes: Uint8Array): string {
  return hash('sha256', bytes, 'base64');
}

/** The cache, or undefined when it cannot be used here (no key, the folder is a link …). */
export function openParseCache(options: CacheOptions): ParseCache | undefined {
  const key = signingKey(options.keyFile);
  if (!key || !isPlainFolderOrMissing(options.dir)) return undefined;
  const file = join(options.dir, CACHE_FILE);
  const stamp = `${FORMAT}\u0000${options.version}`;
  const old = readSigned(file, key, stamp) ?? new Map<string, { hash: string; entry: CacheEntry }>();
  const next = new Map<string, { hash: string; entry: CacheEntry }>();
  let changed = false;
  return {
    get(path, hash) {
      const found = old.get(path);
      if (!found || found.hash !== hash) return undefined;
      next.set(path, found);
      return found.entry;
    },
    set(path, hash, entry) {
      next.set(path, { hash, entry });
      changed = true;
    },
    save() {
      // files gone since the last run leave the cache too
      if (!changed && next.size === old.size) return;
      try {
        mkdirSync(options.dir, { recursive: false });
      } catch {
        // there already, or cannot be made: the write below says which
      }
      if (!isPlainFolderOrMissing(options.dir)) return;
      const payload = serialize({ stamp, entries: [...next] });
      const mac = createHmac('sha256', key).update(payload).digest();
      const temporary = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
      try {
        writeFileSync(temporary, Buffer.concat([mac, payload]), { flag: 'wx', mode: 0o600 });
        renameSync(temporary, file);
      } catch {
        // a read-only or full disk: the run is still right, only the next one is not faster
        rmSync(temporary, { force: true });
      }
    },
  };
}

function readSigned(file: string, key: Buffer, stamp: string): Map<string, { hash: string; entry: CacheEntry }> | undefined {
  const bytes = readRegularFile(file);
  if (!bytes || bytes.length <= MAC_BYTES) return undefined;
  const mac = bytes.subarray(0, MAC_BYTES);
  const payload = bytes.subarray(MAC_BYTES);
  const expected = createHmac('sha256', key).update(payload).digest();
  if (!timingSafeEqual(mac, expected)) return undefined;
  try {
    const content = deserialize(payload) as { stamp: string; entries: [string, { hash: string; entry: CacheEntry }][] };
    return content.stamp === stamp ? new Map(content.entries) : undefined;
  } catch {
    return undefined;
  }
}

/** The key that signs caches on this machine for this user, made on first use. */
function signingKey(keyFile: string): Buffer | undefined {
  const existing = readRegularFile(keyFile);
  if (existing && existing.length === 32) return existing;
  try {
    mkdirSync(dirname(keyFile), { recursive: true, mode: 0o700 });
    const key = randomBytes(32);
    writeFileSync(keyFile, key, { flag: 'wx', mode: 0o600 });
    return key;
  } catch {
    // made by another run meanwhile, or the home folder cannot be written
    const again = readRegularFile(keyFile);
    return again && again.length === 32 ? again : undefined;
  }
}

/** A regular file's bytes, never through a link, never from a FIFO, never past the size cap. */
function readRegularFile(path: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch {
    return undefined;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || info.size > MAX_CACHE_BYTES) return undefined;
    const buffer = Buffer.allocUnsafe(info.size);
    let length = 0;
    for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0; ) length += n;
    return length === info.size ? buffer : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

function isPlainFolderOrMissing(dir: string): boolean {
  try {
    return lstatSync(dir).isDirectory();
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/** What an entry depends on besides the file: the compiled schemas, read once per run. */
export function schemaVersion(validatorsFile: string): string {
  try {
    return contentHash(readFileSync(validatorsFile));
  } catch {
    return 'none';
  }
}
