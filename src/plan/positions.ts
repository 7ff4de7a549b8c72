// Where each value of a parsed file stands in its text, recorded by the parser in the same pass
// that builds the data (so positions never need a second parse). Each mapping and sequence of
// the data gets one Int32Array of source offsets [start, end) — per mapping entry:
// keyStart, keyEnd, valueStart, valueEnd, in Object.keys order; per sequence item: start, end.
// One map per load holds them, keyed by the data's own objects (a WeakMap of 100,000 entries cost
// a quarter of a large plan's lint in garbage collection, measured).

export type Positions = Map<object, Int32Array>;

export const MAP_SLOT = 4;
export const SEQ_SLOT = 2;

/** Integer-like keys come first in Object.keys, whatever their place in the source: a mapping
 * whose slots were recorded in source order is reordered to match. */
export function slotsInKeyOrder(obj: Record<string, unknown>, sourceKeys: string[], slots: number[]): Int32Array {
  const keys = Object.keys(obj);
  if (keys.length === sourceKeys.length && keys.every((k, i) => k === sourceKeys[i])) return Int32Array.from(slots);
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
export function spanAt(positions: Positions, root: unknown, pointer: string, onKey: boolean, whole: NodeSpan): NodeSpan {
  let node: unknown = root;
  let span = whole;
  let keySpan: NodeSpan | undefined;
  const segments = pointer === '' ? [] : pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (const segment of segments) {
    if (node === null || typeof node !== 'object') break;
    const slots = positions.get(node);
    if (!slots) break;
    if (Array.isArray(node)) {
      const i = Number(segment);
      if (!Number.isInteger(i) || i < 0 || i * SEQ_SLOT >= slots.length) break;
      span = { start: slots[i * SEQ_SLOT]!, end: slots[i * SEQ_SLOT + 1]! };
      keySpan = undefined;
      node = node[i];
    } else {
      const i = Object.keys(node).indexOf(segment);
      if (i === -1 || i * MAP_SLOT >= slots.length) break;
      keySpan = { start: slots[i * MAP_SLOT]!, end: slots[i * MAP_SLOT + 1]! };
      span = { start: slots[i * MAP_SLOT + 2]!, end: slots[i * MAP_SLOT + 3]! };
      node = (node as Record<string, unknown>)[segment];
    }
  }
  return onKey && keySpan ? keySpan : span;
}

/** Every container of `root` with its positions, in a fixed order (depth first, Object.keys
 * order): how the parse cache stores positions beside the data and hangs them back on. */
export function collectPositions(positions: Positions, root: unknown): Int32Array[] {
  const out: Int32Array[] = [];
  walkContainers(root, (c) => out.push(positions.get(c) ?? new Int32Array(0)));
  return out;
}

export function restorePositions(positions: Positions, root: unknown, list: readonly Int32Array[]): void {
  let i = 0;
  walkContainers(root, (c) => {
    const slots = list[i++];
    if (slots) positions.set(c, slots);
  });
}

function walkContainers(node: unknown, visit: (container: object) => void, seen = new Set<object>()): void {
  if (node === null || typeof node !== 'object' || seen.has(node)) return;
  // an alias shares its anchor's object: it is visited once
  seen.add(node);
  visit(node);
  for (const child of Array.isArray(node) ? node : Object.values(node)) walkContainers(child, visit, seen);
}
