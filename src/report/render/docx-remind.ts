// The công văn đôn đốc as a .docx (DESIGN §5.1; NĐ 30/2020/NĐ-CP Phụ lục III, công văn form): the
// letterhead with "V/v …" under the number, "Kính gửi", the body, "Nơi nhận" and the signer, then
// one landscape phụ lục listing what each unit has late.

import type { Paragraph, Table } from 'docx';
import type { RemindModel } from '../remind.js';
import { itemText } from '../remind.js';
import { vnShortDate } from '../../time/vn-date.js';
import { body, grid, LANDSCAPE_TEXT_WIDTH, line, shareWidths, SIZE } from './docx-kit.js';
import { kinhGui, letterhead, signatureBlock } from './docx-letter.js';
import { packLetter } from './docx.js';

export async function renderRemindDocx(model: RemindModel): Promise<Uint8Array> {
  return packLetter({
    title: model.document.subject,
    asOf: model.asOf,
    invalid: model.invalid,
    letter: [
      ...letterhead(model, model.document.subject),
      line('', { size: SIZE.body }),
      ...kinhGui(model.recipients.kinhGui),
      ...model.paragraphs.map((p) => body(p)),
      line('', { size: SIZE.body, keepNext: true }),
      signatureBlock(model),
    ],
    annexes: [appendix(model)],
  });
}

/** One phụ lục: no numeral when a document has only one (NĐ 30/2020 Phụ lục I). */
function appendix(model: RemindModel): Array<Paragraph | Table> {
  const { number, dayPhrase } = model.document;
  return [
    line('Phụ lục', { bold: true, size: SIZE.body }),
    line(model.appendixTitle, { bold: true, size: SIZE.body }),
    line(`(Kèm theo Công văn số ${number} ${dayPhrase} của ${model.from.name})`, { italics: true, size: SIZE.body, after: 240 }),
    lateTable(model),
  ];
}

/** One row per late item; a unit's name and number only on its first row, so units read as blocks. */
function lateTable(model: RemindModel): Table {
  const widths = shareWidths(LANDSCAPE_TEXT_WIDTH, [5, 22, 49, 12, 12]);
  const columns = [
    { header: 'STT', width: widths[0]!, align: 'center' as const },
    { header: 'Đơn vị', width: widths[1]! },
    { header: 'Nội dung chậm', width: widths[2]! },
    { header: 'Hạn', width: widths[3]!, align: 'center' as const },
    { header: 'Số ngày chậm', width: widths[4]!, align: 'center' as const },
  ];
  const rows = model.units.flatMap((u, n) =>
    u.items.map((item, i) => [i === 0 ? String(n + 1) : '', i === 0 ? u.unit.name : '', itemText(item), vnShortDate(item.due), String(item.daysLate)]),
  );
  return grid(columns, rows);
}
