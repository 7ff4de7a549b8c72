// Building blocks of a NĐ 30/2020 document (Phụ lục I): paragraphs, drawn rules and tables, with
// the sizes in the units OOXML wants (twips, half-points). Research: vn-admin-rules.md §1.7.

import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IBorderOptions,
} from 'docx';

/** A4 in twips, given literally: docx's mm helper rounds 210 mm down to 11905. */
export const A4 = { width: 11906, height: 16838 } as const;
/** Top/bottom 20 mm, left 30 mm, right 15 mm; header 10 mm from the edge, in the top margin. */
export const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 850, header: 567, footer: 567 } as const;
export const PORTRAIT_TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
export const LANDSCAPE_TEXT_WIDTH = A4.height - MARGIN.left - MARGIN.right;

/** Half-points: 11, 12, 13, 14 pt. */
export const SIZE = { note: 20, list: 22, table: 24, small: 26, body: 28 } as const;
/** First-line indent 1 cm; 6 pt after each paragraph; line spacing 1.15. */
const BODY_INDENT = 567;
const BODY_AFTER = 120;
const BODY_LINE = 276;

export const FONT = 'Times New Roman';

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
  color?: string;
}

export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({ text, ...style });
}

export interface LineStyle extends RunStyle {
  align?: 'center' | 'left' | 'right' | 'justified';
  after?: number;
  before?: number;
  keepNext?: boolean;
}

const ALIGN = {
  center: AlignmentType.CENTER,
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  justified: AlignmentType.JUSTIFIED,
} as const;

/** A single-spaced line, for the letterhead, titles and table cells. */
export function line(text: string | TextRun[], style: LineStyle = {}): Paragraph {
  const { align = 'center', after = 0, before = 0, keepNext, ...runStyle } = style;
  return new Paragraph({
    alignment: ALIGN[align],
    spacing: { before, after },
    ...(keepNext ? { keepNext } : {}),
    children: typeof text === 'string' ? [run(text, runStyle)] : text,
  });
}

/** A body paragraph: 14 pt, justified, first-line indent 1 cm (NĐ 30/2020 Phụ lục I, ô 6). */
export function body(text: string | TextRun[], style: RunStyle & { keepNext?: boolean } = {}): Paragraph {
  const { keepNext, ...runStyle } = style;
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: BODY_INDENT },
    spacing: { after: BODY_AFTER, line: BODY_LINE, lineRule: LineRuleType.AUTO },
    ...(keepNext ? { keepNext } : {}),
    children: typeof text === 'string' ? [run(text, runStyle)] : text,
  });
}

const SOLID: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 };

/**
 * A solid horizontal rule `width` twips long, centred in `container` twips: an empty paragraph one
 * point high whose bottom border is the line. NĐ 30/2020 asks for a drawn line, not underscores.
 */
export function rule(width: number, container: number): Paragraph {
  const side = Math.max(0, Math.round((container - width) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 40, after: 60, line: 20, lineRule: LineRuleType.EXACT },
    border: { bottom: SOLID },
    children: [],
  });
}

/** Em widths of a Times-like serif by kind of character, enough to size a rule to a line of text. */
function charEm(ch: string): number {
  const base = ch.normalize('NFD').charAt(0);
  if (base === ' ') return 0.25;
  if (/[ilfjtr]/.test(base)) return 0.3;
  if (/[MW]/.test(base)) return 0.9;
  if (/[A-ZĐ]/.test(base)) return 0.72;
  if (/[a-zđ0-9]/.test(base)) return 0.5;
  return 0.33;
}

/** Estimated width in twips of `text` set at `halfPoints`. */
export function textWidth(text: string, halfPoints: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return Math.round(em * halfPoints * 10);
}

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const CELL_NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE };

/**
 * A borderless layout table (letterhead, signature block): one row per entry of `rows`. Rows never
 * split, so the signature block never leaves its last "Nơi nhận" line alone on a page.
 */
export function layoutTable(widths: number[], rows: Paragraph[][][]): Table {
  const total = widths.reduce((a, b) => a + b, 0);
  return new Table({
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, i) =>
              new TableCell({ borders: CELL_NO_BORDERS, width: { size: widths[i] ?? 0, type: WidthType.DXA }, children }),
          ),
        }),
    ),
  });
}

export interface GridColumn {
  header: string;
  width: number;
  align?: 'center' | 'left' | 'right';
}

/** One cell: lines of text, or paragraphs already built. */
export type GridCell = string | Paragraph[];

export interface GridOptions {
  /** a table short enough for one page is kept on one: every row but the last keeps with the next */
  keepTogether?: boolean;
  /** text size in half-points of the cells given as text (default 12 pt) */
  size?: number;
}

/**
 * A data table for the appendices: 12 pt text, bold header row repeated on every page
 * (w:tblHeader), rows never split across pages (w:cantSplit).
 */
export function grid(columns: GridColumn[], rows: GridCell[][], options: GridOptions = {}): Table {
  const widths = columns.map((c) => c.width);
  const size = options.size ?? SIZE.table;
  const cell = (content: GridCell, column: GridColumn, header: boolean, keepNext: boolean): TableCell =>
    new TableCell({
      width: { size: column.width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
      ...(header ? { shading: { fill: 'E7E6E6' } } : {}),
      children:
        typeof content === 'string'
          ? content.split('\n').map((text) =>
              line(text, { size, bold: header, align: header ? 'center' : (column.align ?? 'left'), keepNext }),
            )
          : content,
    });
  const keep = (i: number) => options.keepTogether === true && i < rows.length - 1;
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c) => cell(c.header, c, true, options.keepTogether === true)) }),
      ...rows.map((r, ri) => new TableRow({ cantSplit: true, children: columns.map((c, i) => cell(r[i] ?? '', c, false, keep(ri))) })),
    ],
  });
}

/** Shares `total` twips among columns in proportion to `weights`; the last column takes the rounding. */
export function shareWidths(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((total * w) / sum));
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + total - widths.reduce((a, b) => a + b, 0);
  return widths;
}
