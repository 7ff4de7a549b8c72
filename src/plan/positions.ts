// Where each value of a parsed file stands in its text, recorded by the parser in the same pass
// that builds the data (so positions never need a second parse). Each mapping and sequence of the
// data has slots of source offsets [start, end) — per mapping entry: keyStart, keyEnd, valueStart,
// valueEnd, in Object.keys order; per sequence item: start, end. A file's slots are one Int32Array
// (SourceFile.slots); one map per load gives each container the offset of its slots there. (One
// typed array per container cost 38 MB on the large plan, a WeakMap a quarter of its lint in
// garbage collection: both measured.)

export type Positions = Map<object, number>;

export const MAP_SLOT = 4;
export const SEQ_SLOT = 2;

/** One file's slots, gathered as its containers close. */
export class SlotBuffer {
  private buffer = new Int32Array(1024);
  private length = 0;

  constructor(private readonly positions: Positions) {}

  /** `slots[from, to)` are the container's slots, in Object.keys order for a mapping. */
  add(container: object, slots: ArrayLike<number>, from = 0, to = slots.length): void {
    const count = to - from;
    if (this.length + count > this.buffer.length) {
      const bigger = new Int32Array(Math.max(this.buffer.length * 2, this.length + count));
      bigger.set(this.buffer.subarray(0, this.length));
      this.buffer = bigger;
    }
    if (slots instanceof Int32Array) this.buffer.set(slots.subarray(from, to), this.length);
    else for (let i = 0; i < count; i++) this.buffer[this.length + i] = slots[from + i]!;
    this.positions.set(container, this.length);
    this.length += count;
  }

  done(): Int32Array {
    return this.buffer.slice(0, this.length);
  }
}

/** Integer-like keys come first in Object.keys, whatever their place in the source: a mapping
 * whose slots were recorded in source order is reordered to match. */
export function slotsInKeyOrder(obj: Record<string, unknown>, sourceKeys: string[], slots: ArrayLike<number>): ArrayLike<number> {
  const keys = Object.keys(obj);
  if (keys.length === sourceKeys.length && keys.every((k, i) => k === sourceKeys[i])) return slots;
  const out = new Int32Array(keys.length * MAP_SLOT);
  keys.forEach((key, i) => {
    const from = sourceKeys.indexOf(key) * MAP_SLOT;
    for (let j = 0; j < MAP_SLOT; j++) out[i * MAP_SLOT + j] = slots[from + j]!;
  });
  return out;
}

export interface NodeSpan {
  /** offsets [start, end) of the value, or of its key when asked and there is one */
  start: number;
  end: number;
}

/** The span of the value at `pointer` (RFC 6901, as ajv's instancePath), or of its key with
 * `onKey`; the nearest ancestor that stands in the text when the pointer goes past what exists. */
export function spanAt(positions: Positions, slots: Int32Array, root: unknown, pointer: string, onKey: boolean, whole: NodeSpan): NodeSpan {
  let node: unknown = root;
  let span = whole;
  let keySpan: NodeSpan | undefined;
  const segments = pointer === '' ? [] : pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (const segment of segments) {
    if (node === null || typeof node !== 'object') break;
    const at = positions.get(node);
    if (at === undefined) break;
    if (Array.isArray(node)) {
      const i = Number(segment);
      if (!Number.isInteger(i) || i < 0 || i >= node.length) break;
      const slot = at + i * SEQ_SLOT;
      span = { start: slots[slot]!, end: slots[slot + 1]! };
      keySpan = undefined;
      node = node[i];
    } else {
      const i = Object.keys(node).indexOf(segment);
      if (i === -1) break;
      const slot = at + i * MAP_SLOT;
      keySpan = { start: slots[slot]!, end: slots[slot + 1]! };
      span = { start: slots[slot + 2]!, end: slots[slot + 3]! };
      node = (node as Record<string, unknown>)[segment];
    }
  }
  return onKey && keySpan ? keySpan : span;
}

/** Every container of `root` with its positions, in a fixed order (depth first, Object.keys
 * order): how the parse cache stores positions beside the data and hangs them back on. */
export function collectPositions(positions: Positions, root: unknown): { offsets: Int32Array; jsonSafe: boolean } {
  const out: number[] = [];
  let jsonSafe = true;
  walkContainers(root, (c) => {
    out.push(positions.get(c) ?? -1);
    // what JSON would not give back as it was: Infinity, NaN, -0 (1e400, .nan, -0.0 in YAML)
    for (const value of Array.isArray(c) ? c : Object.values(c)) {
      if (typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0))) jsonSafe = false;
    }
  });
  return { offsets: Int32Array.from(out), jsonSafe };
}

export function restorePositions(positions: Positions, root: unknown, offsets: Int32Array): void {
  let i = 0;
  walkContainers(root, (c) => {
    const at = offsets[i++];
    if (at !== undefined && at >= 0) positions.set(c, at);
  });
}

function walkContainers(node: unknown, visit: (container: object) => void, seen = new Set<object>()): void {
  if (node === null || typeof node !== 'object' || seen.has(node)) return;
  // an alias shares its anchor's object: it is visited once
  seen.add(node);
  visit(node);
  for (const child of Array.isArray(node) ? node : Object.values(node)) walkContainers(child, visit, seen);
}
