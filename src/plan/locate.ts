// Pointer → line:col. Positions are found only for files that have a finding, by parsing them
// once more with js-yaml's listener, which reports where every node opens and closes. That is
// ~10× faster than `yaml`'s document API and spares loading `yaml` at all when every file
// parses cleanly, which keeps `de06 lint` quick to start.

import jsYaml from 'js-yaml';
import type { Span } from '../plan/findings.js';

export interface Excerpt {
  line: number;
  text: string;
}

/** A node of the YAML tree with its source range [start, end). Mapping children alternate key,
 * value; sequence children are the items. */
interface YamlNode {
  start: number;
  end: number;
  kind: string;
  key?: string;
  children: YamlNode[];
}

interface Indexed {
  text: string;
  lines: string[];
  lineStarts: number[];
  root?: YamlNode;
}

export class Locator {
  private readonly cache = new Map<string, Indexed>();

  constructor(private readonly texts: ReadonlyMap<string, string>) {}

  /** The span of the value at `pointer` (or of its key), falling back to the nearest ancestor.
   * A value that runs over several lines is marked on its first line. */
  span(file: string, pointer: string, onKey = false): Span {
    const indexed = this.index(file);
    const node = indexed?.root && find(indexed.root, pointer, onKey);
    if (!indexed || !node) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
    const start = position(indexed.lineStarts, node.start);
    const end = position(indexed.lineStarts, Math.max(node.end, node.start + 1));
    const lineEnd = (indexed.lineStarts[start.line] ?? indexed.text.length + 1) - 1;
    const lineLength = indexed.text.slice(indexed.lineStarts[start.line - 1], lineEnd).replace(/\r$/, '').length;
    return { line: start.line, column: start.column, endLine: start.line, endColumn: end.line === start.line ? end.column : lineLength + 1 };
  }

  /** The line with the problem and one line either side. */
  excerpt(file: string, line: number): Excerpt[] {
    const indexed = this.index(file);
    if (!indexed) return [];
    const { lines } = indexed;
    const out: Excerpt[] = [];
    for (let n = Math.max(1, line - 1); n <= Math.min(lines.length, line + 1); n++) out.push({ line: n, text: lines[n - 1]! });
    return out;
  }

  private index(file: string): Indexed | undefined {
    const cached = this.cache.get(file);
    if (cached) return cached;
    const text = this.texts.get(file);
    if (text === undefined) return undefined;
    const lineStarts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    const indexed: Indexed = { text, lines: text.split(/\r?\n/), lineStarts, root: tree(text) };
    this.cache.set(file, indexed);
    return indexed;
  }
}

/** The node tree of a document, from js-yaml's open/close events; undefined when it does not parse
 * (such files carry the parser's own positions). */
function tree(text: string): YamlNode | undefined {
  const stack: YamlNode[] = [{ start: 0, end: text.length, kind: 'document', children: [] }];
  try {
    jsYaml.load(text, {
      schema: jsYaml.CORE_SCHEMA,
      listener(event, state) {
        if (event === 'open') {
          stack.push({ start: skipBlank(text, state.position), end: state.position, kind: '', children: [] });
          return;
        }
        const node = stack.pop()!;
        node.end = state.position;
        node.kind = state.kind ?? '';
        // a node may be composed twice at one place (a block item, a scalar first tried as a key):
        // the two frames are one node
        const only = node.children.length === 1 ? node.children[0]! : undefined;
        if (only && only.kind === node.kind && only.end === node.end) {
          node.start = only.start;
          node.children = only.children;
        }
        if (node.kind === 'scalar') {
          node.children = [];
          node.key = String(state.result);
        }
        stack[stack.length - 1]!.children.push(node);
      },
    });
  } catch {
    return undefined;
  }
  return stack[0]!.children[0];
}

/** Skips spaces, line breaks and comments before a node. */
function skipBlank(text: string, at: number): number {
  let i = at;
  for (;;) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
    else if (c === '#') while (i < text.length && text[i] !== '\n') i++;
    else return i;
  }
}

/** Walks an RFC 6901 pointer (as in ajv's instancePath) through the tree. Map keys are compared as
 * strings, so numeric keys such as calendar years are found too. */
function find(root: YamlNode, pointer: string, onKey: boolean): YamlNode {
  let node = root;
  let key: YamlNode | undefined;
  const segments = pointer === '' ? [] : pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (const segment of segments) {
    const { children } = node;
    if (node.kind === 'mapping') {
      const at = children.findIndex((child, i) => i % 2 === 0 && child.key === segment);
      if (at === -1 || !children[at + 1]) return node;
      key = children[at];
      node = children[at + 1]!;
    } else if (node.kind === 'sequence') {
      const item = children[Number(segment)];
      if (!item) return node;
      key = undefined;
      node = item;
    } else {
      return node;
    }
  }
  return onKey && key ? key : node;
}

function position(lineStarts: number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low]! + 1 };
}
