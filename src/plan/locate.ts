// Pointer → line:col. Parsing with positions is slow (`yaml` reads ~1 MB/s), so it happens here,
// lazily, once per file that has a finding, and never for the files that are clean.

import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
import type { Span } from '../lint/diagnostic.js';

export interface Excerpt {
  line: number;
  text: string;
}

interface Indexed {
  lines: string[];
  contents: Node | null;
  lineCounter: LineCounter;
}

export class Locator {
  private readonly cache = new Map<string, Indexed>();

  constructor(private readonly texts: ReadonlyMap<string, string>) {}

  /** The span of the value at `pointer` (or of its key), falling back to the nearest ancestor. */
  span(file: string, pointer: string, onKey = false): Span {
    const indexed = this.index(file);
    if (!indexed) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
    const node = find(indexed.contents, pointer, onKey);
    const range = node?.range ?? [0, 0, 0];
    const start = indexed.lineCounter.linePos(range[0]);
    // a block value runs to the end of its last line; mark only its first line
    const endOffset = Math.max(range[1], range[0] + 1);
    const end = indexed.lineCounter.linePos(endOffset);
    const sameLine = end.line === start.line;
    const lineText = indexed.lines[start.line - 1] ?? '';
    return {
      line: start.line,
      column: start.col,
      endLine: start.line,
      endColumn: sameLine ? end.col : lineText.length + 1,
    };
  }

  /** The line with the problem and one line either side. */
  excerpt(file: string, line: number): Excerpt[] {
    const indexed = this.index(file);
    if (!indexed) return [];
    const out: Excerpt[] = [];
    for (let n = Math.max(1, line - 1); n <= Math.min(indexed.lines.length, line + 1); n++) {
      out.push({ line: n, text: indexed.lines[n - 1]! });
    }
    return out;
  }

  private index(file: string): Indexed | undefined {
    const cached = this.cache.get(file);
    if (cached) return cached;
    const text = this.texts.get(file);
    if (text === undefined) return undefined;
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false });
    const indexed = { lines: text.split(/\r?\n/), contents: doc.contents, lineCounter };
    this.cache.set(file, indexed);
    return indexed;
  }
}

/** Walks an RFC 6901 pointer (as in ajv's instancePath) through the YAML tree. Map keys are
 * compared as strings, so numeric keys such as calendar years are found too. */
function find(root: Node | null, pointer: string, onKey: boolean): Node | null {
  let node: Node | null = root;
  let key: Node | null = null;
  const segments = pointer === '' ? [] : pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (const segment of segments) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === segment);
      if (!pair) return node;
      key = pair.key as Node;
      node = (pair.value as Node | null) ?? key;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as Node | undefined;
      if (!item) return node;
      key = null;
      node = item;
    } else {
      return node;
    }
  }
  return onKey && key ? key : node;
}
