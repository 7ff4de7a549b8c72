// HTML written from data: every interpolated value is escaped unless it is already Html, so text
// from the plan (a task title, a unit's name) can never become markup. Characters that HTML may not
// carry (controls, lone surrogates) are dropped, as the other renderers drop them.

import { dropUnsafeChars } from '../text/unsafe-chars.js';

export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escape(text: string): string {
  return dropUnsafeChars(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function part(value: Part): string {
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(part).join('');
  if (value === null || value === undefined || value === false) return '';
  return escape(String(value));
}

/** html`<td>${title}</td>`: the literal parts as written, the values escaped. */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += part(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Markup made elsewhere (an SVG chart, the page's own template), trusted as it is. */
export function raw(text: string): Html {
  return new Html(text);
}

/** "1.234": Vietnamese groups thousands with a dot. */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
