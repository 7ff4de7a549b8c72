// Is this file an .xlsx workbook we may open? Answered from its bytes before any spreadsheet
// library sees them, because filled forms come from outside: by e-mail, or pushed to inbox/ by
// anyone who can open a pull request.
//
// The zip's central directory is read here by hand, for one reason: to inflate each entry with
// node:zlib's maxOutputLength, so that a zip bomb stops at the limit instead of filling memory.
// fflate (which the reports use) grows its output to whatever an entry's data makes, and does not
// hand out an entry's compressed bytes to inflate another way. Only after every entry has been
// inflated within the limits does exceljs get the file.

import { inflateRawSync } from 'node:zlib';

/** A filled form is tens of kilobytes; ten megabytes is already absurd. */
export const MAX_FORM_BYTES = 10 * 1024 * 1024;
/** What all entries may inflate to together. */
export const MAX_INFLATED_BYTES = 50 * 1024 * 1024;
const MAX_ENTRIES = 2000;

export type PackageProblem =
  | 'too-large' | 'empty' | 'xls' | 'encrypted' | 'ods' | 'docx' | 'not-zip' | 'damaged' | 'bomb' | 'not-xlsx' | 'zip64';

export type PackageCheck = { ok: true; entries: string[] } | { ok: false; problem: PackageProblem };

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** "EncryptionInfo" in UTF-16LE: the stream an encrypted OOXML package keeps inside its CFB box. */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

export function checkPackage(bytes: Uint8Array): PackageCheck {
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  if (bytes.length > MAX_FORM_BYTES) return { ok: false, problem: 'too-large' };
  if (CFB.every((b, i) => bytes[i] === b)) {
    // Excel 97–2003, or an Office file encrypted with a password (both live in a CFB container)
    return { ok: false, problem: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(ENCRYPTION_INFO) ? 'encrypted' : 'xls' };
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) return { ok: false, problem: 'not-zip' };
  const entries = centralDirectory(bytes);
  if (typeof entries === 'string') return { ok: false, problem: entries };
  const names = entries.map((e) => e.name);
  if (names.includes('mimetype') || names.includes('content.xml')) return { ok: false, problem: 'ods' };
  if (names.some((n) => n.startsWith('word/'))) return { ok: false, problem: 'docx' };
  if (!names.includes('xl/workbook.xml') || !names.includes('[Content_Types].xml')) return { ok: false, problem: 'not-xlsx' };
  if (entries.some((e) => e.encrypted)) return { ok: false, problem: 'encrypted' };
  let budget = MAX_INFLATED_BYTES;
  for (const entry of entries) {
    const inflated = inflateEntry(bytes, entry, budget);
    if (inflated === undefined) return { ok: false, problem: 'damaged' };
    if (inflated < 0) return { ok: false, problem: 'bomb' };
    budget -= inflated;
  }
  return { ok: true, entries: names };
}

interface Entry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  localOffset: number;
}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 0x1000000;

/** The entries listed in the central directory (APPNOTE 4.3.12–16), or why they cannot be. */
function centralDirectory(b: Uint8Array): Entry[] | PackageProblem {
  // the end record is in the last 22 + 65,535 bytes (its comment is at most that long)
  let end = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) {
      end = i;
      break;
    }
  }
  if (end < 0) return 'damaged';
  const count = u16(b, end + 10);
  const size = u32(b, end + 12);
  let at = u32(b, end + 16);
  if (count === 0xffff || at === 0xffffffff) return 'zip64';
  if (count > MAX_ENTRIES) return 'bomb';
  if (at + size > end) return 'damaged';
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(b, at) !== 0x02014b50) return 'damaged';
    const flags = u16(b, at + 8);
    const nameLength = u16(b, at + 28);
    const extraLength = u16(b, at + 30);
    const commentLength = u16(b, at + 32);
    const entry = {
      name: Buffer.from(b.buffer, b.byteOffset + at + 46, nameLength).toString('utf8'),
      method: u16(b, at + 10),
      encrypted: (flags & 1) === 1,
      compressedSize: u32(b, at + 20),
      localOffset: u32(b, at + 42),
    };
    if (entry.compressedSize === 0xffffffff || entry.localOffset === 0xffffffff) return 'zip64';
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry's inflated size; -1 past `budget`; undefined when its data is not there or not sound. */
function inflateEntry(b: Uint8Array, entry: Entry, budget: number): number | undefined {
  const local = entry.localOffset;
  if (local + 30 > b.length || u32(b, local) !== 0x04034b50) return undefined;
  const start = local + 30 + u16(b, local + 26) + u16(b, local + 28);
  const data = b.subarray(start, start + entry.compressedSize);
  if (start + entry.compressedSize > b.length) return undefined;
  if (entry.method === 0) return data.length > budget ? -1 : data.length;
  if (entry.method !== 8) return undefined;
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? -1 : undefined;
  }
}
