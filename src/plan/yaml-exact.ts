// The exact path of the YAML reader: `yaml`'s document API, which follows the YAML 1.2 spec
// (it catches every invalid case of the yaml-test-suite but two, both about directives, which
// are checked here), for every file the fast path leaves (yaml-fast.ts). The document is turned
// into data here rather than with `toJS()`, so that the same walk records positions, refuses tags
// and collection keys as findings at their place, and measures aliases before they expand.

import { createRequire } from 'node:module';
import type { Alias, Document, Node, Pair, YAMLError } from 'yaml';
import type { Finding, Severity } from './findings.js';
import { SlotBuffer, slotsInKeyOrder, type Positions } from './positions.js';
import { spanOfOffsets, type LineIndex } from './lines.js';

/** `yaml` is loaded only when a file needs it: most runs never do. */
const loadYaml = () => createRequire(import.meta.url)('yaml') as typeof import('yaml');

export interface ExactParsed {
  /** undefined when the file is not well-formed YAML: its meaning is unknown */
  data?: unknown;
  slots?: Int32Array;
  escaped: boolean;
  findings: Finding[];
}

const MESSAGE_OF_CODE: Record<string, string> = {
  DUPLICATE_KEY: 'yaml.duplicate-key',
  TAB_AS_INDENT: 'yaml.tab',
  MULTIPLE_DOCS: 'yaml.multiple-docs',
  BAD_INDENT: 'yaml.bad-indent',
  MISSING_CHAR: 'yaml.missing-char',
  BLOCK_AS_IMPLICIT_KEY: 'yaml.block-as-key',
  MULTILINE_IMPLICIT_KEY: 'yaml.multiline-key',
  UNEXPECTED_TOKEN: 'yaml.unexpected',
};

/** Expansion budget: a document whose aliases would make it this many times larger than its own
 * nodes (a "billion laughs") is refused before anything walks it. */
const ALIAS_GROWTH = 100;
const ALIAS_FLOOR = 10_000;

export function parseExact(file: string, text: string, lines: LineIndex, positions: Positions): ExactParsed {
  const doc = loadYaml().parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const at = (start: number, end: number) => spanOfOffsets(lines, start, end);
  const finding = (severity: Severity, rule: string, message: string, start: number, end: number, params?: Finding['params']): Finding =>
    ({ rule, severity, file, pointer: '', message, ...(params ? { params } : {}), position: at(start, end) });

  const findings: Finding[] = [
    ...doc.errors.map((e) => yamlFinding(e, 'error', text, finding)),
    ...doc.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED').map((e) => yamlFinding(e, 'warning', text, finding)),
    ...directiveFindings(text, finding),
  ];
  // a duplicate key leaves the structure whole: the rest of the file still counts
  if (doc.errors.some((e) => e.code !== 'DUPLICATE_KEY') || findings.some((f) => f.rule === 'yaml-syntax' && f.severity === 'error')) {
    return { escaped: false, findings };
  }
  if (doc.contents === null) return { escaped: false, findings };
  const converter = new Converter(doc, finding, positions);
  try {
    const value = converter.value(doc.contents);
    findings.push(...converter.findings, ...tagFindings(text, converter.tagged, finding));
    return { ...(value === UNRESOLVED ? {} : { data: value, slots: converter.slots() }), escaped: /\\/.test(text), findings };
  } catch (error) {
    if (!(error instanceof AliasBomb)) throw error;
    findings.push(finding('error', 'yaml-syntax', 'yaml.alias-bomb', error.at, error.at + 1));
    return { escaped: false, findings };
  }
}

type MakeFinding = (severity: Severity, rule: string, message: string, start: number, end: number, params?: Finding['params']) => Finding;

function yamlFinding(e: YAMLError, severity: Severity, text: string, finding: MakeFinding): Finding {
  const [from, to] = e.pos;
  const detail = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
  // an unclosed flow collection is found where the parser gives up, lines later: point at its opening
  const close = /end with an? ([\]}])/.exec(detail)?.[1];
  if (close) {
    const open = unclosedBefore(text, from, close === ']' ? '[' : '{', close);
    if (open !== undefined) return finding(severity, 'yaml-syntax', 'yaml.unclosed-flow', open, open + 1, { open: text[open]!, close });
  }
  const id = MESSAGE_OF_CODE[e.code] ?? 'yaml.other';
  return finding(severity, e.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax', id, from, Math.max(to, from + 1), { detail });
}

/** The offset of the `open` bracket left unclosed before `from`, ignoring quoted text. */
function unclosedBefore(text: string, from: number, open: string, close: string): number | undefined {
  let depth = 0;
  for (let i = Math.min(from, text.length - 1); i >= 0; i--) {
    const c = text[i];
    if (c === close) depth++;
    else if (c === open) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return undefined;
}

/** What `yaml` lets pass about directives (yaml-test-suite 9MMA, SF5V): a second %YAML directive,
 * and directives with no document after them. */
function directiveFindings(text: string, finding: MakeFinding): Finding[] {
  if (!text.startsWith('%') && !text.includes('\n%')) return [];
  const out: Finding[] = [];
  let yamlDirectives = 0;
  let sawDocument = false;
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(start, end);
    if (line.startsWith('%YAML') && !sawDocument && ++yamlDirectives === 2) out.push(finding('error', 'yaml-syntax', 'yaml.directive-twice', start, end));
    if (line.startsWith('---')) sawDocument = true;
    start = end + 1;
  }
  if (yamlDirectives > 0 && !sawDocument) out.push(finding('error', 'yaml-syntax', 'yaml.directive-without-document', 0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')));
  return out;
}

/** Tags are refused in plan files (DESIGN §7): their offsets, from `yaml`'s concrete syntax tree. */
function tagFindings(text: string, tagged: boolean, finding: MakeFinding): Finding[] {
  if (!tagged) return [];
  const { Parser } = loadYaml();
  const out: Finding[] = [];
  const walk = (token: unknown): void => {
    if (!token || typeof token !== 'object') return;
    const t = token as { type?: string; offset?: number; source?: string };
    if (t.type === 'tag' && typeof t.offset === 'number') {
      out.push(finding('error', 'yaml-tag', 'yaml.tag', t.offset, t.offset + (t.source?.length ?? 1), { tag: t.source ?? '!' }));
      return;
    }
    for (const value of Object.values(token)) walk(value);
  };
  for (const token of new Parser().parse(text)) walk(token);
  return out;
}

/** What an alias to nothing (or to its own container) stands for while the data is built. */
const UNRESOLVED = Symbol('unresolved alias');

class AliasBomb extends Error {
  constructor(readonly at: number) {
    super('alias bomb');
  }
}

/** Document nodes → plain data with positions. */
class Converter {
  readonly findings: Finding[] = [];
  tagged = false;
  private readonly done = new Map<Node, unknown>();
  /** collections being converted: an alias to one of them would make the data a cycle */
  private readonly open = new Set<Node>();
  private readonly weights = new Map<Node, number>();
  private expanded = 0;
  private firstAlias: number | undefined;
  private readonly budget: number;

  private readonly out: SlotBuffer;

  slots(): Int32Array {
    return this.out.done();
  }

  constructor(private readonly doc: Document, private readonly finding: MakeFinding, positions: Positions) {
    this.out = new SlotBuffer(positions);
    let nodes = 0;
    loadYaml().visit(doc, () => void nodes++);
    this.budget = Math.max(ALIAS_FLOOR, ALIAS_GROWTH * nodes);
  }

  value(node: Node | null | undefined): unknown {
    if (node === null || node === undefined) return null;
    const y = loadYaml();
    if (y.isAlias(node)) return this.alias(node);
    const seen = this.done.get(node);
    if (seen !== undefined) return seen;
    if ((node as { tag?: string }).tag) this.tagged = true;
    if (y.isScalar(node)) {
      // a tagged scalar is read as the text it is written as: the tag is the finding
      const value = (node as { tag?: string }).tag ? String(node.source ?? node.value) : node.value;
      return value instanceof Uint8Array ? String(node.source) : value;
    }
    if (y.isSeq(node)) {
      const arr: unknown[] = [];
      this.done.set(node, arr);
      this.open.add(node);
      const slots: number[] = [];
      for (const item of node.items as (Node | null)[]) {
        const value = this.value(item);
        arr.push(value === UNRESOLVED ? null : value);
        const [start, end] = rangeOf(item, node.range?.[0] ?? 0);
        slots.push(start, end);
      }
      this.out.add(arr, slots);
      this.open.delete(node);
      return arr;
    }
    if (y.isMap(node)) {
      const obj: Record<string, unknown> = {};
      this.done.set(node, obj);
      this.open.add(node);
      const keys: string[] = [];
      const slots: number[] = [];
      for (const pair of node.items as Pair<Node | null, Node | null>[]) {
        const key = this.key(pair.key);
        if (key === undefined || Object.hasOwn(obj, key)) continue;
        const [keyStart, keyEnd] = rangeOf(pair.key, node.range?.[0] ?? 0);
        const [start, end] = pair.value ? rangeOf(pair.value, keyEnd) : [keyEnd, keyEnd];
        const value = this.value(pair.value);
        // an alias to nothing is its own finding; its key is left out, as a value that failed
        if (value === UNRESOLVED) continue;
        if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
        else obj[key] = value;
        keys.push(key);
        slots.push(keyStart, keyEnd, start, end);
      }
      this.out.add(obj, slotsInKeyOrder(obj, keys, slots));
      this.open.delete(node);
      return obj;
    }
    return null;
  }

  /** A mapping key as JavaScript keys it (null as ""); a collection as a key is a finding. */
  private key(node: Node | null): string | undefined {
    const y = loadYaml();
    const target = node && y.isAlias(node) ? node.resolve(this.doc) : node;
    if (target && (y.isMap(target) || y.isSeq(target))) {
      const [start, end] = rangeOf(node, 0);
      this.findings.push(this.finding('error', 'yaml-syntax', 'yaml.collection-key', start, end));
      return undefined;
    }
    const value = target ? this.value(target) : null;
    return value === null ? '' : String(value);
  }

  private alias(node: Alias): unknown {
    const target = node.resolve(this.doc);
    const [start, end] = rangeOf(node, 0);
    if (!target) {
      this.findings.push(this.finding('error', 'yaml-syntax', 'yaml.undefined-alias', start, end, { name: node.source }));
      return UNRESOLVED;
    }
    if (this.open.has(target)) {
      this.findings.push(this.finding('error', 'yaml-syntax', 'yaml.recursive-alias', start, end, { name: node.source }));
      return UNRESOLVED;
    }
    this.firstAlias ??= start;
    this.expanded += this.weight(target, new Set());
    // the bomb is shown where its first alias stands: where the reader sees aliases begin
    if (this.expanded > this.budget) throw new AliasBomb(this.firstAlias);
    return this.value(target);
  }

  /** How many nodes a node stands for once its aliases are expanded. */
  private weight(node: Node | null, path: Set<Node>): number {
    if (!node) return 1;
    const known = this.weights.get(node);
    if (known !== undefined) return known;
    const y = loadYaml();
    if (path.has(node)) return 1;
    path.add(node);
    let total = 1;
    if (y.isAlias(node)) total = this.weight(node.resolve(this.doc) ?? null, path);
    else if (y.isSeq(node)) for (const item of node.items as (Node | null)[]) total += this.weight(item, path);
    else if (y.isMap(node)) for (const pair of node.items as Pair<Node | null, Node | null>[]) total += this.weight(pair.key, path) + this.weight(pair.value, path);
    path.delete(node);
    this.weights.set(node, total);
    return total;
  }
}

function rangeOf(node: Node | null | unknown, fallback: number): [number, number] {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? [range[0], Math.max(range[1], range[0])] : [fallback, fallback];
}

