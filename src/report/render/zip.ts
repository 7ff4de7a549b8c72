// A minimal zip writer (PKWARE APPNOTE 6.3: local headers, central directory, end record; no
// zip64 — reports are far below 4 GB and 65,535 entries). Deflate and CRC-32 are Node's native
// zlib: on a 31 MB workbook, 0.12 s against fflate's 0.47 s at the same level. Every entry
// carries the same DOS date, so the bytes depend only on the entries.

import { crc32, deflateRawSync } from 'node:zlib';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const DEFLATE = 8;
const VERSION = 20;

/** DOS date of a `YYYY-MM-DD` day (time 00:00): no Date object, so no time zone. */
function dosDate(day: string): number {
  const [year, month, date] = day.split('-').map(Number);
  return ((year! - 1980) << 9) | (month! << 5) | date!;
}

export function zip(entries: [path: string, data: Uint8Array][], day: string, level: number): Uint8Array {
  const date = dosDate(day);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [path, data] of entries) {
    const name = Buffer.from(path, 'utf8');
    const packed = deflateRawSync(data, { level });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(DEFLATE, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(VERSION, 4);
    central.writeUInt16LE(VERSION, 6);
    local.copy(central, 8, 6, 28); // flags … name length are the same fields
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
