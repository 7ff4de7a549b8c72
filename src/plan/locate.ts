// Pointer → line:col, from the positions the parser recorded while it read each file
// (positions.ts): no file is parsed a second time to place its findings.

import type { Span } from './findings.js';
import { lineColumn, lineStarts, spanOfOffsets } from './lines.js';
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
  private readonly starts = new Map<string, Int32Array>();
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
    return found ? spanOfOffsets(found.lines, found.text, found.start, found.end) : AT_START;
  }

  /** The 1-based line of the value at `pointer`, for a report's provenance. */
  line(file: string, pointer: string): number {
    const found = this.offsets(file, pointer, false);
    return found ? lineColumn(found.lines, found.start).line : 1;
  }

  private offsets(file: string, pointer: string, onKey: boolean) {
    const source = this.files.get(file);
    const text = this.texts.get(file);
    if (!source || text === undefined || source.data === undefined) return undefined;
    if (source.cachedPositions) {
      restorePositions(this.positions, source.data, source.cachedPositions);
      delete source.cachedPositions;
    }
    let lines = this.starts.get(file);
    if (!lines) this.starts.set(file, (lines = lineStarts(text)));
    return { text, lines, ...spanAt(this.positions, source.data, pointer, onKey, rootSpan(this.positions, source.data, text)) };
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

/** The whole document: its first line of content, from the first key or the dash of the first item. */
function rootSpan(positions: Positions, data: unknown, text: string): NodeSpan {
  const slots = data !== null && typeof data === 'object' ? positions.get(data) : undefined;
  if (!slots || slots.length === 0) return { start: 0, end: 0 };
  const lineStart = text.lastIndexOf('\n', slots[0]! - 1) + 1;
  const start = lineStart + (/^ */.exec(text.slice(lineStart, slots[0]))?.[0].length ?? 0);
  return { start, end: slots[1]! };
}
