// Offsets → line:column. Line breaks are "\n" and "\r\n"; a lone "\r" (old Mac files) is turned
// into "\n" when the file is decoded, at the same offset, so every position stays true.

import type { Span } from './findings.js';

/** The offset at which each line starts. */
export function lineStarts(text: string): Int32Array {
  let count = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Int32Array(count);
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[n++] = i + 1;
  return starts;
}

/** 1-based line and column of an offset. */
export function lineColumn(starts: Int32Array, offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

/** The span of [start, end), kept on its first line: a value that runs over several lines is marked
 * to the end of that line. */
export function spanOfOffsets(starts: Int32Array, text: string, start: number, end: number): Span {
  const from = lineColumn(starts, start);
  const to = lineColumn(starts, Math.max(end, start + 1));
  if (to.line === from.line) return { line: from.line, column: from.column, endLine: from.line, endColumn: to.column };
  return { line: from.line, column: from.column, endLine: from.line, endColumn: lineLength(starts, text, from.line) + 1 };
}

/** The length of a line without its break. */
export function lineLength(starts: Int32Array, text: string, line: number): number {
  const start = starts[line - 1] ?? text.length;
  let end = line < starts.length ? starts[line]! - 1 : text.length;
  if (end > start && text.charCodeAt(end - 1) === 0x0d) end--;
  return Math.max(0, end - start);
}
