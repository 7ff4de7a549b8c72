// E-mail drafts of the reminder (DESIGN §5.1, `remind --format eml`): one RFC 5322 message per late
// unit with a mailbox, from the standing unit's, with a plain-text body listing the unit's late
// items and the reply-by day, and the letter (and the unit's progress forms) attached. Built with
// nodemailer's MailComposer, which encodes Vietnamese subjects and names per RFC 2047 and
// attachment names per RFC 2231. The Date, the Message-ID and the MIME boundaries are derived from
// the inputs, so the same inputs give the same bytes. X-Unsent: 1 makes Outlook open the file as a
// draft to be sent; de06 itself never sends mail.

import { createHash } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { RemindModel, RemindUnit } from '../remind.js';
import { itemText, lateSummary } from '../remind.js';
import { fillPlaceholders } from '../letter.js';
import type { RemindTemplate } from '../template.js';
import { vnTextDate } from '../../time/vn-date.js';
import { fixedTime } from './rezip.js';

export interface EmlAttachment {
  /** as the recipient sees it; may be Vietnamese */
  filename: string;
  content: Uint8Array;
  contentType: string;
}

export async function renderEml(model: RemindModel, template: RemindTemplate, late: RemindUnit, attachments: EmlAttachment[]): Promise<Uint8Array> {
  if (!late.email || !model.from.email) throw new Error('renderEml: the unit and the standing unit both need an email');
  const values = {
    unit_name: late.unit.name,
    plan_number: model.plan.number,
    plan_issued: vnTextDate(model.plan.issued),
    as_of: vnTextDate(model.asOf),
    reply_by: vnTextDate(model.replyBy),
    what: lateSummary(late.items),
    items: late.items.map((i) => `- ${itemText(i)}: hạn ${vnTextDate(i.due)}, chậm ${i.daysLate} ngày.`).join('\n'),
    sender: model.from.name,
  };
  const fill = (text: string): string => fillPlaceholders(text, values);
  const digest = createHash('sha256');
  for (const part of [model.provenance.inputHash, late.unit.id, model.asOf, model.document.date ?? '', ...attachments.map((a) => a.filename)]) digest.update(`${part}\u0000`);
  for (const a of attachments) digest.update(a.content);
  const id = digest.digest('hex');
  const domain = model.from.email.split('@')[1] ?? 'localhost';
  const mail = new MailComposer({
    from: { name: model.from.name, address: model.from.email },
    to: { name: late.unit.name, address: late.email },
    subject: fill(template.email.subject),
    text: template.email.body.map(fill).join('\n\n') + '\n',
    date: fixedTime(model.document.date ?? model.asOf),
    messageId: `<${id.slice(0, 32)}@${domain}>`,
    baseBoundary: id.slice(32, 48),
    headers: { 'X-Unsent': '1' },
    attachments: attachments.map((a) => ({ filename: a.filename, content: Buffer.from(a.content), contentType: a.contentType })),
  });
  const bytes = await new Promise<Buffer>((resolve, reject) => mail.compile().build((error, message) => (error ? reject(error) : resolve(message))));
  return new Uint8Array(bytes);
}
