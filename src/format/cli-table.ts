// Box tables for people, drawn like cli-table3's default style, that fit the terminal they are
// shown in. cli-table3 itself is not used here: its layout costs ~140 µs a row (12,500 overdue
// items of the generated large plan took 1.7 s even in chunks of 100 rows, 19 s in one table),
// which alone would break the 2 s budget of DESIGN §7; this renderer does the same in ~50 ms, and
// cli-table3 cannot fit a table to a width anyway (it takes fixed column widths). Colour is
// chalk's, so it is off when piped or with NO_COLOR (cli-table3 wrote ANSI codes regardless:
// research/libraries-measured.md §1).

import { Chalk } from 'chalk';

export interface Column {
  head: string;
  /** numbers are aligned right */
  align?: 'left' | 'right';
  /** text that wraps first when the table is too wide: names, titles, notes */
  wrap?: boolean;
  /** left out when every cell of it is empty */
  optional?: boolean;
}

export interface TableOptions {
  color: boolean;
  /** the columns of the terminal; without it the table is as wide as its cells */
  width?: number;
}

const ANSI = /\u001b\[[0-9;]*m/g;
const COMBINING = /[\u0300-\u036f]/;
const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });
/** A text column is not squeezed below this before the other columns give way. */
const WRAP_FLOOR = 10;

/**
 * A table with a header row and a rule between rows, no wider than `options.width` when that can
 * be done at all. Narrowing goes step by step, each step only as far as needed: the headers of
 * narrow columns wrap onto two lines, the text columns wrap (in proportion, down to 10 columns),
 * the headers wrap at every space, the space beside each border goes, and last the text columns
 * wrap down to 4 and the words of headers are cut. Numbers and dates are never cut.
 */
export function renderTable(allColumns: Column[], allRows: string[][], options: TableOptions): string {
  const keep = allColumns.map((col, c) => !col.optional || allRows.some((row) => (row[c] ?? '') !== ''));
  const columns = allColumns.filter((_, c) => keep[c]);
  const rows = allRows.map((row) => row.filter((_, c) => keep[c]));
  const { widths, pad } = fit(columns, rows, options.width);
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const space = ' '.repeat(pad);
  const rule = (left: string, mid: string, right: string) => chalk.grey(left + widths.map((w) => '─'.repeat(w + 2 * pad)).join(mid) + right);
  const bar = chalk.grey('│');
  const line = (cells: string[], paint: (s: string) => string) => {
    const wrapped = cells.map((cell, c) => wrap(cell, widths[c]!));
    const height = Math.max(...wrapped.map((w) => w.length));
    return Array.from({ length: height }, (_, i) =>
      bar + wrapped.map((w, c) => space + align(paint(w[i] ?? ''), widths[c]!, columns[c]!.align) + space).join(bar) + bar).join('\n');
  };
  const out = [rule('┌', '┬', '┐'), line(columns.map((col) => col.head), (s) => chalk.bold(s))];
  for (const row of rows) out.push(rule('├', '┼', '┤'), line(row.map((cell) => cell ?? ''), (s) => s));
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}

/** Each column's text width and the space beside the borders, the table no wider than `room`. */
function fit(columns: Column[], rows: string[][], room: number | undefined): { widths: number[]; pad: number } {
  const natural = columns.map((col, c) => rows.reduce((max, row) => Math.max(max, width(row[c] ?? '')), width(col.head)));
  if (room === undefined) return { widths: natural, pad: 1 };
  const cells = columns.map((_, c) => rows.reduce((max, row) => Math.max(max, width(row[c] ?? '')), 0));
  const text = (c: number) => columns[c]!.wrap === true;
  // how narrow each step lets a column become: text columns are left alone until step 2
  const steps = [
    columns.map((col, c) => (text(c) ? natural[c]! : Math.max(twoLines(col.head), cells[c]!))),
    columns.map((col, c) => (text(c) ? Math.min(natural[c]!, Math.max(longestWord(col.head), WRAP_FLOOR)) : Math.max(twoLines(col.head), cells[c]!))),
    columns.map((col, c) => (text(c) ? Math.min(natural[c]!, Math.max(longestWord(col.head), WRAP_FLOOR)) : Math.max(longestWord(col.head), cells[c]!))),
  ];
  const last = columns.map((_, c) => (text(c) ? Math.min(natural[c]!, 4) : Math.max(cells[c]!, 1)));
  for (const pad of [1, 0]) {
    const widths = narrowed(natural, steps, room, pad);
    if (total(widths, pad) <= room) return { widths, pad };
  }
  return { widths: narrowed(natural, [...steps, last], room, 0), pad: 0 };
}

/** `natural` narrowed through each step's floors until the table fits `room`. */
function narrowed(natural: number[], steps: number[][], room: number, pad: number): number[] {
  const widths = [...natural];
  // one column at a time gives up a column: the one that has kept the most of its natural width,
  // so that text columns narrow in proportion and a long title keeps more room than a name
  const kept = (c: number) => widths[c]! / natural[c]!;
  for (const floor of steps) {
    while (total(widths, pad) > room) {
      let next = -1;
      for (let c = 0; c < widths.length; c++) {
        if (widths[c]! > floor[c]! && (next === -1 || kept(c) > kept(next) || (kept(c) === kept(next) && widths[c]! > widths[next]!))) next = c;
      }
      if (next === -1) break;
      widths[next]!--;
    }
  }
  return widths;
}

/** The table's width: the text, a border before each column and after the last, the padding. */
function total(widths: number[], pad: number): number {
  return widths.reduce((sum, w) => sum + w + 1 + 2 * pad, 1);
}

/** The narrowest a header can be and still take no more than two lines. */
function twoLines(head: string): number {
  for (let w = longestWord(head); ; w++) if (wrap(head, w).length <= 2) return w;
}

/** Columns a text takes in a terminal: one per grapheme (a Vietnamese letter with its marks). */
function width(text: string): number {
  const plain = text.includes('\u001b') ? text.replace(ANSI, '') : text;
  if (!COMBINING.test(plain)) return [...plain].length;
  let n = 0;
  for (const _ of graphemes.segment(plain)) n++;
  return n;
}

function longestWord(text: string): number {
  return text.split(' ').reduce((max, word) => Math.max(max, width(word)), 0);
}

function align(text: string, to: number, side: Column['align']): string {
  const fill = ' '.repeat(Math.max(0, to - width(text)));
  return side === 'right' ? fill + text : text + fill;
}

/** Words onto lines of at most `w` columns; a word longer than a line is cut after a hyphen or between letters. */
function wrap(text: string, w: number): string[] {
  if (width(text) <= w) return [text];
  // a cell too long for its column loses its colour rather than have an escape code cut in two
  const plain = text.replace(ANSI, '');
  const lines: string[] = [];
  let current = '';
  for (const word of plain.split(' ')) {
    let rest = word;
    while (width(rest) > w) {
      if (current) lines.push(current), (current = '');
      const letters = [...graphemes.segment(rest)].map((s) => s.segment);
      // an id breaks after one of its hyphens ("pho-chu-" / "tich-ubnd") where it can
      const hyphen = letters.slice(0, w).lastIndexOf('-') + 1;
      const cut = hyphen > 0 ? hyphen : w;
      lines.push(letters.slice(0, cut).join(''));
      rest = letters.slice(cut).join('');
    }
    if (!current) current = rest;
    else if (width(current) + 1 + width(rest) <= w) current += ' ' + rest;
    else lines.push(current), (current = rest);
  }
  lines.push(current);
  return lines;
}

/** "66,7%" or "66.7%"; "–" when there is nothing to divide. */
export function percent(rate: number | null, lang: 'vi' | 'en'): string {
  if (rate === null) return '–';
  const text = (Math.round(rate * 1000) / 10).toFixed(1);
  return `${lang === 'vi' ? text.replace('.', ',') : text}%`;
}

/** Long titles and names cut to about two lines of a table; the json and csv formats keep them whole. */
export function clip(text: string, max = 90): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1).trimEnd()}…`;
}

/** A line of prose (a heading, a legend) broken at spaces to fit `columns`; whole without it. */
export function fitLine(text: string, columns: number | undefined): string {
  return columns === undefined ? text : wrap(text, columns).join('\n');
}
