// Offsets → line:column. Line breaks are "\n" and "\r\n"; a lone "\r" (old Mac files) is turned
// into "\n" when the file is decoded, at the same offset, so every position stays true. A file's
// line index is kept beside its data, so its findings are placed without decoding it again.

import type { Span } from './findings.js';

/** Where each line starts, and where its content ends (before "\r\n" or "\n"). */
export interface LineIndex {
  starts: Int32Array;
  ends: Int32Array;
}

export function lineIndex(text: string): LineIndex {
  let count = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  let n = 0;
  for (let start = 0; n < count; n++) {
    let nl = text.indexOf('\n', start);
    if (nl === -1) nl = text.length;
    starts[n] = start;
    ends[n] = nl > start && text.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl;
    start = nl + 1;
  }
  return { starts, ends };
}

/** 1-based line and column of an offset. */
export function lineColumn(index: LineIndex, offset: number): { line: number; column: number } {
  const { starts } = index;
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
export function spanOfOffsets(index: LineIndex, start: number, end: number): Span {
  const from = lineColumn(index, start);
  const to = lineColumn(index, Math.max(end, start + 1));
  if (to.line === from.line) return { line: from.line, column: from.column, endLine: from.line, endColumn: to.column };
  const lineLength = index.ends[from.line - 1]! - index.starts[from.line - 1]!;
  return { line: from.line, column: from.column, endLine: from.line, endColumn: lineLength + 1 };
}
