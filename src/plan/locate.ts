// Pointer → line:col, from the positions the parser recorded while it read each file
// (positions.ts): no file is parsed a second time to place its findings.

import type { Span } from './findings.js';
import { lineColumn, spanOfOffsets } from './lines.js';
import type { SourceFile } from './model.js';
import { spanAt, type NodeSpan, type Positions } from './positions.js';

export interface Excerpt {
  line: number;
  text: string;
}

const AT_START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

export class Locator {
  private readonly files: Map<string, SourceFile>;
  private readonly split = new Map<string, string[]>();

  private readonly positions: Positions;

  /** `texts` gives excerpts and spans; without it only lines can be told (Locator.line). */
  constructor(model: { files: readonly SourceFile[]; positions: Positions }, private readonly texts: ReadonlyMap<string, string> = new Map()) {
    this.files = new Map(model.files.map((f) => [f.path, f]));
    this.positions = model.positions;
  }

  /** The span of the value at `pointer` (or of its key), falling back to the nearest ancestor.
   * A value that runs over several lines is marked on its first line. */
  span(file: string, pointer: string, onKey = false): Span {
    const source = this.files.get(file);
    const text = this.texts.get(file);
    if (!source?.lines || text === undefined || source.data === undefined) return AT_START;
    const { start, end } = spanAt(this.positions, source.data, pointer, onKey, rootSpan(this.positions, source.data, text));
    return spanOfOffsets(source.lines, text, start, end);
  }

  /** The 1-based line of the value at `pointer`, for a report's provenance. */
  line(file: string, pointer: string): number {
    const source = this.files.get(file);
    if (!source?.lines || source.data === undefined) return 1;
    return lineColumn(source.lines, spanAt(this.positions, source.data, pointer, false, rootSpan(this.positions, source.data, undefined)).start).line;
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
function rootSpan(positions: Positions, data: unknown, text: string | undefined): NodeSpan {
  const slots = data !== null && typeof data === 'object' ? positions.get(data) : undefined;
  if (!slots || slots.length === 0) return { start: 0, end: 0 };
  let start = slots[0]!;
  if (text !== undefined) {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    start = lineStart + (/^ */.exec(text.slice(lineStart, start))?.[0].length ?? 0);
  }
  return { start, end: slots[1]! };
}
