// The Word report: NĐ 30/2020/NĐ-CP Phụ lục I layout (DESIGN §5). A portrait A4 section holds the
// letter (letterhead, title, Kính gửi, sections I–V, signature); each phụ lục follows in its own
// landscape section, numbered from 1 again. Only the commands that write documents load this
// module: docx is heavy.

import { Document, Packer, PageOrientation, type ISectionOptions, type Paragraph, type Table } from 'docx';
import type { ReportModel } from '../types.js';
import type { Template } from '../template.js';
import { A4, FONT, MARGIN, SIZE, line } from './docx-kit.js';
import { kinhGui, letterhead, pageHeaders, signatureBlock, titleBlock } from './docx-letter.js';
import { reportBody } from './docx-body.js';
import { appendices } from './docx-appendix.js';
import { fixCoreTimes, fixedTime, rezip } from './rezip.js';

export async function renderDocx(model: ReportModel, template: Template): Promise<Uint8Array> {
  return packLetter({
    title: `${model.document.title} ${model.document.subject}`,
    asOf: model.asOf,
    invalid: model.invalid,
    letter: [
      ...letterhead(model),
      ...titleBlock(model),
      ...kinhGui(model.recipients.kinhGui),
      ...reportBody(model, template),
      line('', { size: SIZE.body, keepNext: true }),
      signatureBlock(model),
    ],
    annexes: appendices(model).map((a) => a.children),
  });
}

export interface LetterDocument {
  /** the document's title property */
  title: string;
  /** the day its metadata is stamped with */
  asOf: string;
  /** the draft mark on every page */
  invalid: boolean;
  /** the portrait letter */
  letter: Array<Paragraph | Table>;
  /** each phụ lục, in a landscape section of its own */
  annexes: Array<Array<Paragraph | Table>>;
}

/** A letter and its appendices as a .docx, the same bytes for the same content. */
export async function packLetter(parts: LetterDocument): Promise<Uint8Array> {
  const headers = (): ReturnType<typeof pageHeaders> => pageHeaders(parts.invalid);
  const letter: ISectionOptions = {
    properties: {
      titlePage: true,
      page: { size: { width: A4.width, height: A4.height }, margin: MARGIN },
    },
    headers: headers(),
    children: parts.letter,
  };
  const annexes: ISectionOptions[] = parts.annexes.map((children) => ({
    properties: {
      titlePage: true,
      page: {
        // docx swaps width and height for landscape itself
        size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
        margin: MARGIN,
        // each phụ lục is numbered on its own (NĐ 30/2020 Phụ lục I)
        pageNumbers: { start: 1 },
      },
    },
    headers: headers(),
    children,
  }));
  const when = fixedTime(parts.asOf);
  const doc = new Document({
    creator: 'de06',
    lastModifiedBy: 'de06',
    title: parts.title,
    styles: { default: { document: { run: { font: FONT, size: SIZE.body } } } },
    sections: [letter, ...annexes],
  });
  const packed = await Packer.toBuffer(doc);
  return rezip(new Uint8Array(packed), parts.asOf, { ...fixCoreTimes(when), 'word/document.xml': thinSectionBreaks });
}

/**
 * docx ends each section but the last with an empty paragraph that carries the section break.
 * At the body's default size it could not fit under a signature block that ends at the foot of a
 * page and made a blank page; at 1 pt it always fits.
 */
function thinSectionBreaks(xml: string): string {
  return xml.replaceAll(
    '<w:p><w:pPr><w:sectPr>',
    '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr><w:sectPr>',
  );
}
