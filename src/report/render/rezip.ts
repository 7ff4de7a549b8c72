// Office files are zips; the libraries stamp every entry with the current time and write the
// creation time into docProps/core.xml. Rezipping with a fixed time makes the same inputs give the
// same bytes (DESIGN §5). Measured: libraries-measured.md §5–6.

import { unzipSync, strFromU8, strToU8 } from 'fflate';
import { dropUnsafeXml } from '../../text/unsafe-chars.js';
import { zip } from './zip.js';

/** Text replacements per entry path, applied before zipping again. */
export type Patches = Record<string, (xml: string) => string>;

/**
 * The same entries, each stamped with the day `asOf` at 00:00, at a fixed compression level (3:
 * on a 31 MB workbook about three times faster than level 6, for a file 10 % larger). Characters
 * that XML cannot carry are dropped from every XML part here, whichever library wrote it: one
 * control character in a task's title would otherwise make Word and Excel refuse the whole file.
 */
export function rezip(bytes: Uint8Array, asOf: string, patches: Patches = {}): Uint8Array {
  const entries = unzipSync(bytes);
  return zip(
    Object.keys(entries).sort(entryOrder).map((path) => {
      const data = entries[path]!;
      const patch = patches[path];
      if (patch) return [path, strToU8(dropUnsafeXml(patch(strFromU8(data))))];
      return [path, isXml(path) && mayHoldUnsafe(data) ? strToU8(dropUnsafeXml(strFromU8(data))) : data];
    }),
    asOf,
    3,
  );
}

function isXml(path: string): boolean {
  return path.endsWith('.xml') || path.endsWith('.rels');
}

/** A byte scan first: decoding a 30 MB sheet only to find nothing would cost more than the zip. */
function mayHoldUnsafe(data: Uint8Array): boolean {
  for (let i = 0; i < data.length; i++) {
    const b = data[i]!;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0xed) return true; // 0xED opens a UTF-8 surrogate
    if (b === 0xef && data[i + 1] === 0xbf && (data[i + 2] === 0xbe || data[i + 2] === 0xbf)) return true;
    if (b === 0x26 && data[i + 1] === 0x23) return true; // "&#"
  }
  return false;
}

/**
 * [Content_Types].xml and the package relationships first, as Office writes them; then by name,
 * because the libraries add entries in whatever order their streams finish.
 */
function entryOrder(a: string, b: string): number {
  const rank = (p: string): number => (p === '[Content_Types].xml' ? 0 : p === '_rels/.rels' ? 1 : 2);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The fixed timestamp a report's metadata carries: the as-of day at 00:00 UTC. */
export function fixedTime(asOf: string): Date {
  return new Date(`${asOf}T00:00:00Z`);
}

/** docProps/core.xml with created and modified set to `when`. */
export function fixCoreTimes(when: Date): Patches {
  const stamp = when.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    'docProps/core.xml': (xml) =>
      xml
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`),
  };
}
