// The fixed parts of a BÁO CÁO under NĐ 30/2020 Phụ lục I: letterhead (ô 1–4), tên loại and trích
// yếu (ô 5a), "Kính gửi" (ô 9a), the signature block with "Nơi nhận" (ô 7, 9b), and the page headers.

import { AlignmentType, Header, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';
import type { ReportModel } from '../types.js';
import { KINH_GUI, MOTTO, NATIONAL_TITLE, NOI_NHAN, WATERMARK } from '../labels.js';
import { PORTRAIT_TEXT_WIDTH, SIZE, layoutTable, line, rule, run, shareWidths, textWidth } from './docx-kit.js';

/** Left column ~40 %, right ~60 %: the common split of the decree's sample layout. */
const [LEFT, RIGHT] = shareWidths(PORTRAIT_TEXT_WIDTH, [39, 61]) as [number, number];
/** Word's default cell padding (0.19 cm each side) narrows what a rule can span. */
const CELL_PADDING = 216;

/** What the letterhead and signature block show, of a report or of a công văn. */
export type LetterParts = Pick<ReportModel, 'issuer' | 'document' | 'signer' | 'recipients'>;

/**
 * Ô 1–4: the borderless two-column letterhead; "Số" and the date line share the second row. A
 * công văn puts its "V/v …" under the number (ô 5b, 12–13 pt regular).
 */
export function letterhead(model: LetterParts, about?: string): Array<Paragraph | ReturnType<typeof layoutTable>> {
  const { issuer, document } = model;
  const issuerName = issuer.name.toLocaleUpperCase('vi');
  const left: Paragraph[] = [
    ...(issuer.parent.trim() ? [line(issuer.parent.toLocaleUpperCase('vi'), { size: SIZE.small })] : []),
    line(issuerName, { size: SIZE.small, bold: true }),
    // the issuer's rule: 1/3 to 1/2 of the name's length
    rule(Math.min(Math.round(textWidth(issuerName, SIZE.small) * 0.4), LEFT - CELL_PADDING), LEFT - CELL_PADDING),
  ];
  const right: Paragraph[] = [
    line(NATIONAL_TITLE, { size: SIZE.small, bold: true }),
    line(MOTTO, { size: SIZE.body, bold: true }),
    // the motto's rule is as long as the motto
    rule(textWidth(MOTTO, SIZE.body), RIGHT - CELL_PADDING),
  ];
  return [
    layoutTable(
      [LEFT, RIGHT],
      [
        [left, right],
        [
          [line(`Số: ${document.number}`, { size: SIZE.small }), ...(about ? [line(about, { size: SIZE.table, before: 60 })] : [])],
          [line(document.dateLine, { italics: true, size: SIZE.body })],
        ],
      ],
    ),
  ];
}

/** Ô 5a: "BÁO CÁO", the subject and a short rule under it. */
export function titleBlock(model: Pick<ReportModel, 'document'>): Paragraph[] {
  const { title, subject } = model.document;
  const ruleWidth = Math.min(Math.max(Math.round(textWidth(subject, SIZE.body) / 3), 1200), 3200);
  return [
    line(title.toLocaleUpperCase('vi'), { bold: true, size: SIZE.body, before: 360 }),
    line(subject, { bold: true, size: SIZE.body }),
    rule(ruleWidth, PORTRAIT_TEXT_WIDTH),
  ];
}

/** "- A;" … "- Z.": list lines end in ";" and the last in ".". */
function punctuated(items: string[]): string[] {
  return items.map((item, i) => `${item.replace(/[;.]+$/, '')}${i === items.length - 1 ? '.' : ';'}`);
}

/**
 * Ô 9a: one recipient on the "Kính gửi:" line; several go one per line as "- X;", the dashes
 * aligned under the first one, wrapped text hanging after the dash.
 */
export function kinhGui(recipients: string[]): Paragraph[] {
  if (recipients.length === 0) return [];
  const lines = punctuated(recipients);
  if (lines.length === 1) {
    return [line([run(`${KINH_GUI} `), run(lines[0] ?? '')], { size: SIZE.body, before: 120, after: 240 })];
  }
  const start = 1134;
  const label = textWidth(`${KINH_GUI} `, SIZE.body);
  const dash = textWidth('- ', SIZE.body);
  return lines.map(
    (text, i) =>
      new Paragraph({
        alignment: AlignmentType.LEFT,
        spacing: { before: i === 0 ? 120 : 0, after: i === lines.length - 1 ? 240 : 0 },
        indent: i === 0 ? { left: start + label + dash, hanging: label + dash } : { left: start + label + dash, hanging: dash },
        tabStops: [{ type: TabStopType.LEFT, position: start + label }],
        children: i === 0 ? [run(KINH_GUI), run(`\t- ${text}`)] : [run(`- ${text}`)],
      }),
  );
}

/** Ô 7 and 9b: "Nơi nhận" on the left, the signer on the right, a blank for the signature. */
export function signatureBlock(model: Pick<ReportModel, 'signer' | 'recipients'>): ReturnType<typeof layoutTable> {
  const { signer, recipients } = model;
  const left = [
    line(NOI_NHAN, { align: 'left', bold: true, italics: true, size: SIZE.table }),
    ...punctuated(recipients.noiNhan).map((text) => line(`- ${text}`, { align: 'left', size: SIZE.list })),
  ];
  const upper = (text: string): Paragraph => line(text.toLocaleUpperCase('vi'), { bold: true, size: SIZE.body });
  const right = [
    ...(signer.authority.trim() ? [upper(signer.authority)] : []),
    upper(signer.title),
    // room for the signature and seal
    ...Array.from({ length: 4 }, () => line('', { size: SIZE.body })),
    line(signer.name ?? '', { bold: true, size: SIZE.body }),
  ];
  return layoutTable(shareWidths(PORTRAIT_TEXT_WIDTH, [45, 55]), [[left, right]]);
}

function watermark(): Paragraph {
  return line(WATERMARK, { bold: true, color: 'FF0000', size: SIZE.table, after: 60 });
}

/**
 * Page numbers centred in the top margin, none on a section's first page (titlePage). An invalid
 * report carries the watermark in both headers, so it is on every page.
 */
export function pageHeaders(invalid: boolean): { default: Header; first: Header } {
  const marks = invalid ? [watermark()] : [];
  const number = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.body })],
  });
  return {
    default: new Header({ children: [...marks, number] }),
    first: new Header({ children: marks }),
  };
}
