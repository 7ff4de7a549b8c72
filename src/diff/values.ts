// Comparing plain YAML data: equality that ignores key order, the first place two values differ,
// and an order for plan ids that reads as the plan does (III.2.9 before III.2.10).

/** JSON with object keys sorted: equal data, equal text. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** RFC 6901 pointer to the first place `head` differs from `base`, as deep as both go; '' when
 * the documents differ at the top or are equal. */
export function firstDifference(base: unknown, head: unknown, pointer = ''): string {
  if (sameValue(base, head)) return pointer;
  const bothArrays = Array.isArray(base) && Array.isArray(head);
  const bothObjects = isPlainObject(base) && isPlainObject(head);
  if (!bothArrays && !bothObjects) return pointer;
  const b = base as Record<string, unknown>;
  const h = head as Record<string, unknown>;
  for (const key of Object.keys(h)) {
    if (!Object.hasOwn(b, key)) return `${pointer}/${escapeToken(key)}`;
    if (!sameValue(b[key], h[key])) return firstDifference(b[key], h[key], `${pointer}/${escapeToken(key)}`);
  }
  // only removals: the container in head is where the change shows
  return pointer;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function escapeToken(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Compare ids chunk by chunk, numbers by value: "III.2.9" < "III.2.10". Plain code-unit order
 * elsewhere, so the result is the same on every machine. */
export function compareIds(a: string, b: string): number {
  const ca = a.match(/\d+|\D+/g) ?? [];
  const cb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const x = ca[i]!;
    const y = cb[i]!;
    if (x === y) continue;
    const numeric = /^\d/.test(x) && /^\d/.test(y);
    if (numeric && Number(x) !== Number(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return ca.length - cb.length || (a < b ? -1 : a > b ? 1 : 0);
}
