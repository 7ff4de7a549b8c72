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
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Finding } from './findings.js';
import type { LineIndex } from './lines.js';

/** Bumped whenever what an entry holds, or how it is made, changes. */
const FORMAT = 5;
const CACHE_FILE = 'parse.bin';
const MAX_CACHE_BYTES = 1024 * 1024 * 1024;
const MAC_BYTES = 32;

export interface CacheEntry {
  data?: unknown;
  /** where the data's values stand (positions.ts) */
  slots?: Int32Array;
  /** each container's offset into `slots`, in collectPositions order */
  offsets?: Int32Array;
  lines?: LineIndex;
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
      const payload = encode(stamp, next);
      const mac = createHmac('sha256', key).update(payload).digest();
      const temporary = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
      try {
        // written in two parts: joining them would copy the whole cache once more in memory
        const fd = openSync(temporary, 'wx', 0o600);
        try {
          writeSync(fd, mac);
          for (let offset = 0; offset < payload.length; ) offset += writeSync(fd, payload, offset);
        } finally {
          closeSync(fd);
        }
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
    return decode(payload, stamp);
  } catch {
    return undefined;
  }
}

type Entries = Map<string, { hash: string; entry: CacheEntry }>;

/**
 * [JSON length, 4 bytes][JSON, padded to 4][every entry's slots, then its offsets, as Int32]. The
 * data goes as JSON, the positions as raw integers: on the large plan this is half the bytes of
 * v8.serialize, and quicker both ways (measured: 64 + 74 ms against 81 + 99 ms).
 */
function encode(stamp: string, entries: Entries): Buffer {
  const list = [...entries].map(([path, { hash, entry }]) => ({ path, hash, entry }));
  const meta = JSON.stringify({
    stamp,
    entries: list.map(({ path, hash, entry }) => [path, hash, { data: entry.data, findings: entry.findings, escaped: entry.escaped === true },
      entry.slots?.length ?? -1, entry.offsets?.length ?? -1, entry.lines?.starts.length ?? -1]),
  });
  const json = Buffer.from(meta, 'utf8');
  const padded = (json.length + 3) & ~3;
  const parts = ({ entry }: { entry: CacheEntry }) => [entry.slots, entry.offsets, entry.lines?.starts, entry.lines?.ends];
  const ints = list.reduce((n, e) => n + parts(e).reduce((m, part) => m + (part?.length ?? 0), 0), 0);
  const out = Buffer.alloc(4 + padded + ints * 4);
  out.writeUInt32LE(json.length, 0);
  json.copy(out, 4);
  const view = new Int32Array(out.buffer, out.byteOffset + 4 + padded, ints);
  let at = 0;
  for (const e of list) {
    for (const part of parts(e)) {
      if (!part) continue;
      view.set(part, at);
      at += part.length;
    }
  }
  return out;
}

function decode(payload: Buffer, stamp: string): Entries | undefined {
  const length = payload.readUInt32LE(0);
  const content = JSON.parse(payload.toString('utf8', 4, 4 + length)) as { stamp: string; entries: [string, string, { data?: unknown; findings: Finding[]; escaped: boolean }, number, number, number][] };
  if (content.stamp !== stamp) return undefined;
  const padded = (length + 3) & ~3;
  // copied once into an aligned array: the file's buffer need not start on a 4-byte boundary
  const ints = new Int32Array((payload.length - 4 - padded) / 4);
  new Uint8Array(ints.buffer).set(payload.subarray(4 + padded));
  let at = 0;
  const take = (count: number) => {
    if (count < 0) return undefined;
    const part = ints.subarray(at, at + count);
    at += count;
    return part;
  };
  const entries: Entries = new Map();
  for (const [path, hash, stored, slotCount, offsetCount, lineCount] of content.entries) {
    const slots = take(slotCount);
    const offsets = take(offsetCount);
    const starts = take(lineCount);
    const ends = take(lineCount);
    entries.set(path, { hash, entry: { ...stored, ...(slots ? { slots } : {}), ...(offsets ? { offsets } : {}), ...(starts && ends ? { lines: { starts, ends } } : {}) } });
  }
  return at === ints.length ? entries : undefined;
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

/** A cache for one process only: two loads of the same plan in one command parse each file once. */
export function memoryParseCache(): ParseCache {
  const entries = new Map<string, CacheEntry>();
  return {
    get: (path, hash) => entries.get(`${path}\u0000${hash}`),
    set: (path, hash, entry) => void entries.set(`${path}\u0000${hash}`, entry),
    save: () => {},
  };
}
