// Bytes → text → data, with every value's position. Decoding is strict UTF-8; characters YAML does
// not allow in a file (NUL and the other C0 controls, U+FFFE, U+FFFF …) are errors at their place,
// and each is read as U+FFFD so that the rest of the file still parses and every other finding
// keeps its own line. Then the fast path (yaml-fast.ts) reads the file, or, when the file leaves
// the plain subset it knows, the exact path (yaml-exact.ts) does.

import { isUtf8 } from 'node:buffer';
import type { Finding } from './findings.js';
import { lineColumn, lineIndex, spanOfOffsets, type LineIndex } from './lines.js';
import { parseFast } from './yaml-fast.js';
import { parseExact } from './yaml-exact.js';
import type { Positions } from './positions.js';

export interface Parsed {
  /** the decoded text, lone CRs turned into LFs (same offsets) */
  text?: string;
  /** the data, when the file is well-formed YAML (it may still hold findings) */
  data?: unknown;
  /** where the data's values stand (positions.ts) */
  slots?: Int32Array;
  /** the text's lines, to place findings (lines.ts) */
  lines?: LineIndex;
  /** a double-quoted escape was used: the only way characters XML cannot carry reach the data */
  escaped?: boolean;
  findings: Finding[];
}

const BOM = [0xef, 0xbb, 0xbf];

/** Outside YAML's printable set (YAML 1.2 §5.1 c-printable): C0 except tab, LF, CR; DEL and C1
 * except NEL; surrogates on their own; U+FFFE and U+FFFF. */
const NON_PRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A quick first look (one character class, no lookaround): almost every file has none. */
const MAYBE_NON_PRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Decodes UTF-8 strictly: a BOM is dropped with a warning, a bad byte is an error at its place. */
export function decode(file: string, bytes: Uint8Array): { text?: string; findings: Finding[] } {
  const findings: Finding[] = [];
  let body = bytes;
  if (BOM.every((b, i) => bytes[i] === b)) {
    body = bytes.subarray(3);
    findings.push({ rule: 'encoding', severity: 'warning', file, pointer: '', message: 'encoding.bom', position: at(1, 1) });
  }
  // isUtf8 checks in native code, then toString decodes: together half the time of a fatal TextDecoder
  if (isUtf8(body)) return { text: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'), findings };
  const loose = new TextDecoder('utf-8').decode(body);
  const { line, column } = lineColumn(lineIndex(loose), loose.indexOf('\uFFFD'));
  findings.push({ rule: 'encoding', severity: 'error', file, pointer: '', message: 'encoding.not-utf8', position: at(line, column) });
  return { findings };
}

/**
 * The text as the parser reads it: decoded, lone CRs turned into LFs, characters YAML does not
 * allow reported and replaced by U+FFFD — every offset kept. The same text gives excerpts later.
 */
export function decodeText(file: string, bytes: Uint8Array): { text?: string; findings: Finding[] } {
  const decoded = decode(file, bytes);
  const findings = decoded.findings;
  if (decoded.text === undefined) return { findings };
  let text = decoded.text.includes('\r') ? decoded.text.replace(/\r(?!\n)/g, '\n') : decoded.text;
  const lines = MAYBE_NON_PRINTABLE.test(text) ? lineIndex(text) : undefined;
  if (lines) text = text.replace(NON_PRINTABLE, (char, offset: number) => {
    findings.push({ rule: 'yaml-syntax', severity: 'error', file, pointer: '', message: 'yaml.non-printable',
      params: { code: `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` }, position: spanOfOffsets(lines, offset, offset + 1) });
    return '\uFFFD';
  });
  return { text, findings };
}

/** `positions` receives where each container of the data stands. */
export function parseYaml(file: string, bytes: Uint8Array, positions: Positions): Parsed {
  const { text, findings } = decodeText(file, bytes);
  if (text === undefined) return { findings };
  const fast = parseFast(text, positions);
  const lines = fast?.lines ?? lineIndex(text);
  const parsed = fast ? { ...fast, findings: [] } : parseExact(file, text, lines, positions);
  findings.push(...parsed.findings);
  if (parsed.data === undefined || parsed.data === null) {
    if (!findings.some((f) => f.severity === 'error')) {
      findings.push({ rule: 'yaml-syntax', severity: 'error', file, pointer: '', message: 'yaml.empty', position: at(1, 1) });
    }
    return { text, lines, findings };
  }
  return { text, lines, data: parsed.data, ...(parsed.slots ? { slots: parsed.slots } : {}), escaped: parsed.escaped, findings };
}

function at(line: number, column: number) {
  return { line, column, endLine: line, endColumn: column + 1 };
}
