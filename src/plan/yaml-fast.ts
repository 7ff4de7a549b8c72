// The fast path of the YAML reader: a strict parser for the plain subset of YAML 1.2 that plan
// files are written in — block mappings and sequences indented with spaces, plain ASCII keys,
// one-line quoted or plain scalars, one-line flow collections, literal and folded block scalars
// without indicators, comments. It returns the data and its positions, or `undefined` the moment
// a line leaves that subset; such a file is read by `yaml`, the exact path (yaml-exact.ts).
//
// Why not a library for this: `yaml` is exact but reads ~1 MB/s on this machine, so a
// province-sized plan (15 MB) would take 15 s; js-yaml is fast but accepts invalid YAML (25 of
// the test suite's invalid cases) and misreads some valid ones, and gives no positions. Within
// this subset there is nothing to be lenient about: the parser accepts a file only when every
// line is one it knows, and the tests check every file it accepts against `yaml`
// (test/plan/yaml-fast.test.ts).

import type { LineIndex } from './lines.js';
import { SlotBuffer, slotsInKeyOrder, type Positions } from './positions.js';

export interface FastParsed {
  data: Record<string, unknown>;
  /** the file's slots (positions.ts) */
  slots: Int32Array;
  /** its lines, as the parser found them */
  lines: LineIndex;
  /** a double-quoted scalar used an escape: the only way characters XML cannot carry get in */
  escaped: boolean;
}

/** Leaving the subset: the exact path takes the file from the start. */
class Leave extends Error {}
const leave = new Leave();

const SPACE = 0x20;
const TAB = 0x09;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;

const FLOW_KEY = /([A-Za-z_][A-Za-z0-9_-]*|[1-9][0-9]{0,8}|0): /y;

const NULLS = new Set(['null', 'Null', 'NULL', '~']);
const TRUES = new Set(['true', 'True', 'TRUE']);
const FALSES = new Set(['false', 'False', 'FALSE']);
const INTEGER = /^-?(?:0|[1-9][0-9]*)$/;
const DECIMAL = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$/;
/** What YAML 1.2's core schema also reads as a number: forms left to the exact path. */
const OTHER_NUMBER = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/** Characters that cannot start a plain scalar (c-indicator), '-' aside. */
const INDICATORS = new Set([...'?:,[]{}#&*!|>\'"%@`']);
const FLOW_STOP = new Set([...',[]{}']);

/** The data of `text` with its positions added to `positions`, or undefined. */
export function parseFast(text: string, positions: Positions): FastParsed | undefined {
  try {
    // a file that leaves the subset halfway leaves some entries for objects no one holds: they
    // are few, and dropped with the load
    return new FastParser(text, positions).document();
  } catch (error) {
    if (error === leave) return undefined;
    throw error;
  }
}

/** Shared by every parse (they never overlap: parsing is synchronous); grows as needed. */
let SCRATCH = new Int32Array(4096);

/** Line kinds. */
const BLANK = 0;
const COMMENT = 1;
const CONTENT = 2;

/**
 * One pass over the lines. Values are returned directly; the offset where the last value ended is
 * left in `end` rather than in a tuple, and slots are gathered on one shared scratch stack, so that
 * parsing a province-sized plan allocates little besides the data itself.
 */
class FastParser {
  /** per line: start offset, end offset (before "\r\n" or "\n"), indentation, kind */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly indents: Int32Array;
  private readonly kinds: Uint8Array;
  private readonly count: number;
  private at = 0;
  /** where the value just read ends */
  private end = 0;
  private scratch = SCRATCH;
  private top = 0;
  escaped = false;

  private readonly out: SlotBuffer;

  constructor(private readonly text: string, positions: Positions) {
    this.out = new SlotBuffer(positions);
    let count = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
    this.count = count;
    this.starts = new Int32Array(count);
    this.ends = new Int32Array(count);
    this.indents = new Int32Array(count);
    this.kinds = new Uint8Array(count);
    let start = 0;
    for (let n = 0; n < count; n++) {
      let nl = text.indexOf('\n', start);
      if (nl === -1) nl = text.length;
      let end = nl;
      if (end > start && text.charCodeAt(end - 1) === 0x0d) end--;
      let i = start;
      while (i < end && text.charCodeAt(i) === SPACE) i++;
      const c = text.charCodeAt(i);
      if (i < end && c === TAB) throw leave;
      this.starts[n] = start;
      this.ends[n] = end;
      this.indents[n] = i - start;
      this.kinds[n] = i === end ? BLANK : c === HASH ? COMMENT : CONTENT;
      start = nl + 1;
    }
    if (text.includes('\r') && /\r(?!\n)/.test(text)) throw leave;
  }

  document(): FastParsed {
    const first = this.nextContent();
    if (first === -1 || this.indents[first] !== 0) throw leave;
    const data = this.mapping(0, this.starts[first]!);
    if (this.nextContent() !== -1) throw leave;
    return { data, slots: this.out.done(), lines: { starts: this.starts, ends: this.ends }, escaped: this.escaped };
  }

  /** The next content line (skipping blank and comment lines), without consuming it; -1 at the end. */
  private nextContent(): number {
    while (this.at < this.count && this.kinds[this.at] !== CONTENT) this.at++;
    return this.at < this.count ? this.at : -1;
  }

  private push(a: number, b: number, c?: number, d?: number): void {
    if (this.top + 4 > this.scratch.length) {
      const bigger = new Int32Array(this.scratch.length * 2);
      bigger.set(this.scratch);
      this.scratch = SCRATCH = bigger;
    }
    this.scratch[this.top++] = a;
    this.scratch[this.top++] = b;
    if (c !== undefined) {
      this.scratch[this.top++] = c;
      this.scratch[this.top++] = d!;
    }
  }

  /** The slots a container pushed since `from`, taken off the scratch stack into the file's. */
  private close(container: object, from: number): void {
    this.out.add(container, this.scratch, from, this.top);
    this.top = from;
  }

  /** A mapping's slots go in Object.keys order: integer-like keys come first there, whatever their place. */
  private closeMap(obj: Record<string, unknown>, from: number, indexKeys: boolean): void {
    if (!indexKeys) return this.close(obj, from);
    const sourceKeys: string[] = [];
    for (let i = from; i < this.top; i += 4) sourceKeys.push(this.text.slice(this.scratch[i]!, this.scratch[i + 1]!));
    this.out.add(obj, slotsInKeyOrder(obj, sourceKeys, this.scratch.slice(from, this.top)));
    this.top = from;
  }

  /** A block mapping whose keys stand at column `indent`; its first key at offset `firstKey`. */
  private mapping(indent: number, firstKey: number): Record<string, unknown> {
    const obj: Record<string, unknown> = {};
    const from = this.top;
    let indexKeys = false;
    let keyAt = firstKey;
    for (;;) {
      const line = this.at;
      const lineEnd = this.ends[line]!;
      const keyEnd = keyEndAt(this.text, keyAt, lineEnd);
      if (keyEnd === -1) throw leave;
      const key = this.text.slice(keyAt, keyEnd);
      if (Object.hasOwn(obj, key)) throw leave;
      if (isDigit(key.charCodeAt(0))) indexKeys = true;
      const slot = this.top;
      this.push(keyAt, keyEnd, 0, 0);
      const value = this.valueAfter(line, keyEnd + 1, indent);
      this.scratch[slot + 2] = this.valueStart;
      this.scratch[slot + 3] = this.end;
      setKey(obj, key, value);
      const next = this.nextContent();
      if (next === -1 || this.indents[next]! < indent) break;
      if (this.indents[next]! > indent) throw leave;
      keyAt = this.starts[next]! + indent;
    }
    this.closeMap(obj, from, indexKeys);
    return obj;
  }

  /** A block sequence whose dashes stand at column `indent`. */
  private sequence(indent: number): unknown[] {
    const { text } = this;
    const arr: unknown[] = [];
    const from = this.top;
    for (;;) {
      const line = this.at;
      const lineEnd = this.ends[line]!;
      const dash = this.starts[line]! + indent;
      if (text.charCodeAt(dash) !== DASH) throw leave;
      const after = dash + 1;
      if (after < lineEnd && text.charCodeAt(after) !== SPACE) throw leave;
      let i = after;
      while (i < lineEnd && text.charCodeAt(i) === SPACE) i++;
      const slot = this.top;
      this.push(0, 0);
      if (i < lineEnd && keyEndAt(text, i, lineEnd) !== -1) {
        // "- key: value": a mapping whose keys stand at this column
        arr.push(this.mapping(i - this.starts[line]!, i));
        this.scratch[slot] = i;
        this.scratch[slot + 1] = this.endOfLast();
      } else {
        arr.push(this.valueAfter(line, after, indent));
        this.scratch[slot] = this.valueStart;
        this.scratch[slot + 1] = this.end;
      }
      const next = this.nextContent();
      if (next === -1 || this.indents[next]! < indent) break;
      if (this.indents[next]! > indent) throw leave;
    }
    this.close(arr, from);
    return arr;
  }

  /** End offset of the last content line consumed. */
  private endOfLast(): number {
    for (let i = this.at - 1; i >= 0; i--) if (this.kinds[i] === CONTENT) return this.ends[i]!;
    return 0;
  }

  /** where the value just read by valueAfter starts */
  private valueStart = 0;

  /**
   * The value after "key:" or "-" at offset `from` of `line`: inline, a block scalar, a nested
   * block on the following lines, or null. Consumes its lines; leaves its span in
   * valueStart … end.
   */
  private valueAfter(line: number, from: number, parent: number): unknown {
    const { text } = this;
    const lineEnd = this.ends[line]!;
    let i = from;
    while (i < lineEnd && text.charCodeAt(i) === SPACE) i++;
    if (i === lineEnd || (text.charCodeAt(i) === HASH && i > from)) {
      this.at++;
      const next = this.nextContent();
      const nextIndent = next === -1 ? -1 : this.indents[next]!;
      if (next !== -1 && nextIndent > parent) {
        const start = this.starts[next]! + nextIndent;
        const isDash = text.charCodeAt(start) === DASH && (start + 1 === this.ends[next] || text.charCodeAt(start + 1) === SPACE);
        const value = isDash ? this.sequence(nextIndent) : this.mapping(nextIndent, start);
        this.valueStart = start;
        this.end = this.endOfLast();
        return value;
      }
      // a sequence at the key's own column belongs to the key: valid YAML, left to the exact path
      if (next !== -1 && nextIndent === parent && text.charCodeAt(this.starts[next]! + nextIndent) === DASH) throw leave;
      this.valueStart = from;
      this.end = from;
      return null;
    }
    const c = text.charCodeAt(i);
    // a value needs a space before it; a tab there is separation too, left to the exact path
    if (i === from || c === TAB) throw leave;
    if (c === 0x7c || c === 0x3e) return this.blockScalar(line, i, parent);
    let value: unknown;
    if (c === 0x22) value = this.doubleQuoted(i, lineEnd);
    else if (c === 0x27) value = this.singleQuoted(i, lineEnd);
    else if (c === 0x5b || c === 0x7b) value = this.flow(i, lineEnd);
    else value = this.plain(i, lineEnd);
    this.trailer(this.end, lineEnd);
    this.at++;
    this.valueStart = i;
    return value;
  }

  /** After a value: spaces, then the end of the line or a comment that a space sets apart. */
  private trailer(from: number, lineEnd: number): void {
    let i = from;
    while (i < lineEnd && (this.text.charCodeAt(i) === SPACE || this.text.charCodeAt(i) === TAB)) i++;
    if (i < lineEnd && !(this.text.charCodeAt(i) === HASH && i > from)) throw leave;
  }

  private plain(from: number, lineEnd: number): unknown {
    const { text } = this;
    const first = text[from]!;
    if (INDICATORS.has(first)) throw leave;
    if (first === '-' && !isDigit(text.charCodeAt(from + 1))) throw leave;
    let end = from;
    for (let i = from; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === HASH && (text.charCodeAt(i - 1) === SPACE || text.charCodeAt(i - 1) === TAB)) break;
      if (c === COLON && (i + 1 === lineEnd || text.charCodeAt(i + 1) === SPACE || text.charCodeAt(i + 1) === TAB)) throw leave;
      if (c !== SPACE && c !== TAB) end = i + 1;
    }
    this.end = end;
    return resolvePlain(text.slice(from, end));
  }

  private doubleQuoted(from: number, lineEnd: number): string {
    const { text } = this;
    let out = '';
    let chunk = from + 1;
    for (let i = from + 1; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        this.end = i + 1;
        return out + text.slice(chunk, i);
      }
      if (c === 0x5c) {
        out += text.slice(chunk, i);
        i += this.escape(i + 1, lineEnd);
        out += this.escapedChar;
        this.escaped = true;
        chunk = i + 1;
      }
    }
    throw leave;
  }

  private singleQuoted(from: number, lineEnd: number): string {
    const { text } = this;
    let out = '';
    let chunk = from + 1;
    for (let i = from + 1; i < lineEnd; i++) {
      if (text.charCodeAt(i) !== 0x27) continue;
      if (text.charCodeAt(i + 1) === 0x27 && i + 1 < lineEnd) {
        out += text.slice(chunk, i + 1);
        i++;
        chunk = i + 1;
        continue;
      }
      this.end = i + 1;
      return out + text.slice(chunk, i);
    }
    throw leave;
  }

  /** A flow collection that opens and closes on this line, without comments or trailing commas. */
  private flow(from: number, lineEnd: number): unknown {
    const { text } = this;
    const isMap = text[from] === '{';
    const close = isMap ? '}' : ']';
    const obj: Record<string, unknown> = {};
    const arr: unknown[] = [];
    const slotsFrom = this.top;
    let indexKeys = false;
    let i = skipSpaces(text, from + 1, lineEnd);
    if (text[i] === close) {
      const empty = isMap ? obj : arr;
      this.out.add(empty, []);
      this.end = i + 1;
      return empty;
    }
    for (;;) {
      let key = '';
      const slot = this.top;
      if (isMap) {
        FLOW_KEY.lastIndex = i;
        const match = FLOW_KEY.exec(text);
        if (!match || FLOW_KEY.lastIndex > lineEnd) throw leave;
        key = match[1]!;
        if (Object.hasOwn(obj, key)) throw leave;
        if (isDigit(key.charCodeAt(0))) indexKeys = true;
        this.push(i, i + key.length, 0, 0);
        i = skipSpaces(text, FLOW_KEY.lastIndex, lineEnd);
      } else this.push(0, 0);
      const start = i;
      const value = this.flowEntry(i, lineEnd);
      const end = this.end;
      if (isMap) {
        setKey(obj, key, value);
        this.scratch[slot + 2] = start;
        this.scratch[slot + 3] = end;
      } else {
        arr.push(value);
        this.scratch[slot] = start;
        this.scratch[slot + 1] = end;
      }
      i = skipSpaces(text, end, lineEnd);
      if (text[i] === ',') {
        i = skipSpaces(text, i + 1, lineEnd);
        if (text[i] === close || i >= lineEnd) throw leave;
        continue;
      }
      if (text[i] !== close) throw leave;
      if (isMap) this.closeMap(obj, slotsFrom, indexKeys);
      else this.close(arr, slotsFrom);
      this.end = i + 1;
      return isMap ? obj : arr;
    }
  }

  private flowEntry(from: number, lineEnd: number): unknown {
    const { text } = this;
    const c = text[from];
    if (c === '"') return this.doubleQuoted(from, lineEnd);
    if (c === "'") return this.singleQuoted(from, lineEnd);
    if (c === '[' || c === '{') return this.flow(from, lineEnd);
    if (c === undefined || INDICATORS.has(c) || from >= lineEnd) throw leave;
    if (c === '-' && !isDigit(text.charCodeAt(from + 1))) throw leave;
    let end = from;
    let i = from;
    for (; i < lineEnd; i++) {
      const ch = text[i]!;
      if (FLOW_STOP.has(ch)) break;
      if (ch === ':' || ch === '#') throw leave;
      if (ch !== ' ' && ch !== '\t') end = i + 1;
    }
    if (i >= lineEnd) throw leave;
    this.end = end;
    return resolvePlain(text.slice(from, end));
  }
  /** "|", "|-", ">" or ">-" (no indentation indicator, no keep): its content lines below. */
  private blockScalar(line: number, at: number, parent: number): string {
    const { text } = this;
    const lineEnd = this.ends[line]!;
    const literal = text[at] === '|';
    let i = at + 1;
    const strip = text[i] === '-';
    if (strip) i++;
    if (i < lineEnd && text.charCodeAt(i) !== SPACE) throw leave;
    this.trailer(i, lineEnd);
    let value = '';
    let contents = 0;
    let indent = -1;
    let blanks = 0;
    let leadingMax = 0;
    let next = this.at + 1;
    for (; next < this.count; next++) {
      const start = this.starts[next]!;
      const end = this.ends[next]!;
      let spaces = 0;
      while (start + spaces < end && text.charCodeAt(start + spaces) === SPACE) spaces++;
      if (start + spaces === end) {
        // a whitespace-only line: part of the scalar as an empty line
        if (indent === -1) leadingMax = Math.max(leadingMax, spaces);
        else if (spaces > indent) throw leave;
        blanks++;
        continue;
      }
      if (text.charCodeAt(start + spaces) === TAB) throw leave;
      if (indent === -1) {
        if (spaces <= parent) break;
        if (leadingMax > spaces) throw leave;
        indent = spaces;
      } else if (spaces < indent) break;
      if (spaces > indent && !literal) throw leave;
      const content = text.slice(start + indent, end);
      if (contents === 0) value = '\n'.repeat(blanks) + content;
      else if (literal) value += '\n'.repeat(blanks + 1) + content;
      else value += (blanks === 0 ? ' ' : '\n'.repeat(blanks)) + content;
      contents++;
      blanks = 0;
    }
    // trailing empty lines are not content (clip and strip chomping); they stay for the structure
    let last = next - 1;
    while (last > this.at && this.kinds[last] === BLANK) last--;
    this.at = last + 1;
    if (contents > 0 && !strip) value += '\n';
    this.valueStart = at;
    this.end = contents > 0 ? this.ends[last]! : i;
    return value;
  }

  private escapedChar = '';

  /** A double-quoted escape (YAML 1.2 §5.7) at `at` (after the backslash): the character goes to
   * escapedChar; returns how many characters of source it took. A line continuation leaves. */
  private escape(at: number, lineEnd: number): number {
    const { text } = this;
    const c = text[at];
    if (c === undefined || at >= lineEnd) throw leave;
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined) {
      this.escapedChar = simple;
      return 1;
    }
    const length = HEX_LENGTH[c];
    if (length === undefined) throw leave;
    const hex = text.slice(at + 1, at + 1 + length);
    if (hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex)) throw leave;
    const code = parseInt(hex, 16);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw leave;
    this.escapedChar = String.fromCodePoint(code);
    return 1 + length;
  }
}

/**
 * Where a plain key that starts at `at` ends, when it is followed by ":" and a space or the end of
 * the line; else -1. Plain keys are ASCII slugs, or whole numbers that stay the same when
 * stringified (calendar years). Scanned by hand: a regular expression's match array per key was a
 * tenth of the parse of a large plan.
 */
function keyEndAt(text: string, at: number, lineEnd: number): number {
  const first = text.charCodeAt(at);
  let i = at + 1;
  if (isDigit(first)) {
    if (first !== 0x30) while (i < lineEnd && i - at < 9 && isDigit(text.charCodeAt(i))) i++;
  } else if (isLetter(first) || first === 0x5f) {
    for (let c = text.charCodeAt(i); i < lineEnd && (isLetter(c) || isDigit(c) || c === 0x5f || c === DASH); c = text.charCodeAt(++i));
  } else return -1;
  if (i >= lineEnd || text.charCodeAt(i) !== COLON) return -1;
  return i + 1 === lineEnd || text.charCodeAt(i + 1) === SPACE ? i : -1;
}

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function skipSpaces(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
  return i;
}

/** YAML 1.2 core schema, for the forms both parsers read alike; any other number form leaves. */
function resolvePlain(s: string): unknown {
  if (NULLS.has(s)) return null;
  if (TRUES.has(s)) return true;
  if (FALSES.has(s)) return false;
  const c = s.charCodeAt(0);
  if ((c >= 0x30 && c <= 0x39) || c === DASH || c === 0x2b || c === 0x2e) {
    if (INTEGER.test(s) || DECIMAL.test(s)) return Number(s);
    if (OTHER_NUMBER.test(s)) throw leave;
  }
  return s;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };


/** `__proto__` is an ordinary key in YAML; assigning it would set the object's prototype. */
function setKey(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

