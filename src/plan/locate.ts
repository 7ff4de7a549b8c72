// Pointer → line:col, from the positions the parser recorded while it read each file
// (positions.ts): no file is parsed a second time to place its findings.

import type { Span } from './findings.js';
import { lineColumn, lineIndex, spanOfOffsets, type LineIndex } from './lines.js';
import type { SourceFile } from './model.js';
import { restorePositions, spanAt, type NodeSpan, type Positions } from './positions.js';

/** The files' texts, by path (a Map will do; the loader decodes them when first asked). */
export interface Texts {
  get(path: string): string | undefined;
}

export interface Excerpt {
  line: number;
  text: string;
}

const AT_START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** What a locator reads: the files, where their values stand, and their texts. */
export interface Located {
  files: readonly SourceFile[];
  positions: Positions;
  texts: Texts;
}

export class Locator {
  private readonly files: Map<string, SourceFile>;
  private readonly split = new Map<string, string[]>();
  private readonly positions: Positions;
  private readonly texts: Texts;

  constructor(located: Located) {
    this.files = new Map(located.files.map((f) => [f.path, f]));
    this.positions = located.positions;
    this.texts = located.texts;
  }

  /** The span of the value at `pointer` (or of its key), falling back to the nearest ancestor.
   * A value that runs over several lines is marked on its first line. */
  span(file: string, pointer: string, onKey = false): Span {
    const found = this.offsets(file, pointer, onKey);
    return found ? spanOfOffsets(found.lines, found.start, found.end) : AT_START;
  }

  /** The 1-based line of the value at `pointer`, for a report's provenance. */
  line(file: string, pointer: string): number {
    const found = this.offsets(file, pointer, false);
    return found ? lineColumn(found.lines, found.start).line : 1;
  }

  /** The value's offsets and the file's lines; the text is decoded only for a file that has none. */
  private offsets(file: string, pointer: string, onKey: boolean): (NodeSpan & { lines: LineIndex }) | undefined {
    const source = this.files.get(file);
    if (!source || source.data === undefined) return undefined;
    let lines = source.lines;
    if (!lines) {
      const text = this.texts.get(file);
      if (text === undefined) return undefined;
      lines = source.lines = lineIndex(text);
    }
    if (source.cachedOffsets) {
      restorePositions(this.positions, source.data, source.cachedOffsets);
      delete source.cachedOffsets;
    }
    const slots = source.slots ?? new Int32Array(0);
    return { lines, ...spanAt(this.positions, slots, source.data, pointer, onKey, rootSpan(this.positions, slots, source.data, lines)) };
  }

  /** The line with the problem and one line either side. */
  excerpt(file: string, line: number): Excerpt[] {
    let lines = this.split.get(file);
    if (!lines) {
      const text = this.texts.get(file);
      if (text === undefined) return [];
      lines = text.split(/\r?\n/);
      this.split.set(file, lines);
    }
    const out: Excerpt[] = [];
    for (let n = Math.max(1, line - 1); n <= Math.min(lines.length, line + 1); n++) out.push({ line: n, text: lines[n - 1]! });
    return out;
  }
}

/** The whole document. */
function rootSpan(positions: Positions, slots: Int32Array, data: unknown, lines: LineIndex): NodeSpan {
  const at = data !== null && typeof data === 'object' ? positions.get(data) : undefined;
  if (at === undefined || Object.keys(data as object).length === 0) return { start: 0, end: 0 };
  // a mapping from its first key; a sequence from the start of its first item's line (its dash)
  const start = Array.isArray(data) ? lines.starts[lineColumn(lines, slots[at]!).line - 1]! : slots[at]!;
  return { start, end: slots[at + 1]! };
}
