// The progress file an imported form becomes: the document in DESIGN §2.4's key order, with the
// schema modeline and comments naming the unit, the period and each task, written through the
// yaml package (so any text a unit typed is quoted as YAML needs). The same form gives the same
// bytes: nothing here depends on the day or the machine.

import { Document, isMap, isScalar, isSeq } from 'yaml';
import { PROGRESS_MODELINE } from '../status/index.js';
import type { ProgressDocument } from './read.js';

export interface YamlContext {
  unitName: string;
  periodLabel: string;
  planNumber: string;
  /** task id → title, for the comment above each update */
  titles: ReadonlyMap<string, string>;
}

export function progressYaml(doc: ProgressDocument, context: YamlContext): string {
  const { unit, period, submitted, document, updates: list, indicators, proposals } = doc;
  const d = new Document({
    unit,
    period,
    ...(submitted !== undefined ? { submitted } : {}),
    ...(document !== undefined ? { document } : {}),
    updates: list,
    ...(indicators ? { indicators } : {}),
    ...(proposals ? { proposals } : {}),
  });
  const heading = [
    PROGRESS_MODELINE.replace(/^# /, ' '),
    ` Báo cáo tiến độ của ${oneLine(context.unitName)}, ${context.periodLabel} (Kế hoạch ${context.planNumber}), nhập từ biểu mẫu Excel.`,
  ];
  if (doc.submitted === undefined) heading.push(' Chưa có ngày gửi báo cáo: tệp là bản nháp, chưa tính là đã báo cáo.');
  // on the first key rather than the document, which would leave a blank line under it
  const first = isMap(d.contents) ? d.contents.items[0]?.key : undefined;
  if (isScalar(first)) first.commentBefore = heading.join('\n');
  const updates = isMap(d.contents) ? d.contents.get('updates', true) : undefined;
  if (isSeq(updates)) {
    updates.items.forEach((item, i) => {
      const id = doc.updates[i]!.task;
      const title = context.titles.get(id);
      if (title && isMap(item)) item.commentBefore = ` ${id}: ${oneLine(title)}`;
    });
  }
  return d.toString({ lineWidth: 0 });
}

/** A title as one comment line: no line breaks, nothing a YAML file may not hold. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\ufeff\ufffe\uffff]/g, ' ').replace(/\s+/g, ' ').trim();
}
