// Box tables for people, drawn like cli-table3's default style. cli-table3 itself is not used
// here: its layout costs ~140 µs a row (12,500 overdue items of the generated large plan took
// 1.7 s even in chunks of 100 rows, 19 s in one table), which alone would break the 2 s budget
// of DESIGN §7; this renderer does the same in ~50 ms. Colour is chalk's, so it is off when
// piped or with NO_COLOR (cli-table3 wrote ANSI codes regardless: research/libraries-measured.md §1).

import { Chalk } from 'chalk';

const ANSI = /\u001b\[[0-9;]*m/g;
const COMBINING = /[\u0300-\u036f]/;
const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });

/**
 * A table with a header row and a rule between rows. `fixed[c]` is the width of column c's text
 * (longer text wraps at spaces); a null column is as wide as its widest cell.
 */
export function renderTable(head: string[], rows: string[][], color: boolean, fixed: (number | null)[] = []): string {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  // A fixed width never splits a word of the header ("Assigned" stays whole in English).
  const widths = head.map((h, c) => {
    const set = fixed[c];
    if (set) return Math.max(set, ...h.split(' ').map(width));
    return rows.reduce((max, row) => Math.max(max, width(row[c] ?? '')), width(h));
  });
  const rule = (left: string, mid: string, right: string) => chalk.grey(left + widths.map((w) => '─'.repeat(w + 2)).join(mid) + right);
  const line = (cells: string[]) => {
    const wrapped = cells.map((cell, c) => (fixed[c] ? wrap(cell, widths[c]!) : [cell]));
    const height = Math.max(...wrapped.map((w) => w.length));
    const bar = chalk.grey('│');
    return Array.from({ length: height }, (_, i) => bar + wrapped.map((w, c) => ` ${pad(w[i] ?? '', widths[c]!)} `).join(bar) + bar).join('\n');
  };
  const out = [rule('┌', '┬', '┐'), line(head.map((h) => chalk.bold(h)))];
  for (const row of rows) out.push(rule('├', '┼', '┤'), line(row));
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}

/** Columns a text takes in a terminal: one per grapheme (a Vietnamese letter with its marks). */
function width(text: string): number {
  const plain = text.includes('\u001b') ? text.replace(ANSI, '') : text;
  if (!COMBINING.test(plain)) return [...plain].length;
  let n = 0;
  for (const _ of graphemes.segment(plain)) n++;
  return n;
}

function pad(text: string, to: number): string {
  return text + ' '.repeat(Math.max(0, to - width(text)));
}

/** Words onto lines of at most `w` columns; a word longer than a line is cut. */
function wrap(text: string, w: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    let rest = word;
    while (width(rest) > w) {
      if (current) lines.push(current), (current = '');
      const chars = [...rest];
      lines.push(chars.slice(0, w).join(''));
      rest = chars.slice(w).join('');
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

/** Long task titles cut to about two lines of the table; the json and csv formats keep them whole. */
export function clip(text: string, max = 90): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1).trimEnd()}…`;
}
