// DESIGN §7: text that XML cannot carry (a C0 control, U+FFFE, U+FFFF) never produces a .docx or
// .xlsx that Word, LibreOffice or Excel refuses. The renderers drop it, whichever field it is in.

import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/report/render/docx.js';
import { renderXlsx } from '../../src/report/render/xlsx.js';
import { builtinTemplate, type Template } from '../../src/report/template.js';
import { dropUnsafeXml } from '../../src/text/unsafe-chars.js';
import { syntheticModel } from './fixture.js';

/** XML 1.0 §2.2 Char, as a reader that refuses the file would test it. */
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|&#(x0*(?:[0-8bcBC]|1[0-9a-fA-F]|[eE]|[fF]|[fF]{3}[eEfF])|0*(?:[0-8]|1[124-9]|2[0-9]|3[01]|6553[45]));/;

let template: Template;
beforeAll(async () => {
  template = await builtinTemplate('monthly');
});

function dirty() {
  const model = syntheticModel('monthly', template);
  const row = model.assignments[0]!;
  row.title = `Nhiệm vụ\u0001 có ký tự điều khiển\u000B và \uFFFE\uFFFF`;
  row.note = 'ghi chú\u0000 lạ';
  return model;
}

describe('characters XML cannot carry', () => {
  it('are dropped from every part of the .docx', async () => {
    const parts = unzipSync(await renderDocx(dirty(), template));
    for (const [path, data] of Object.entries(parts)) if (/\.(xml|rels)$/.test(path)) expect(ILLEGAL.test(strFromU8(data)), path).toBe(false);
    expect(strFromU8(parts['word/document.xml']!)).toContain('Nhiệm vụ có ký tự điều khiển và ');
  });

  it('are dropped from every part of the .xlsx', async () => {
    const parts = unzipSync(await renderXlsx(dirty(), template));
    for (const [path, data] of Object.entries(parts)) if (/\.(xml|rels)$/.test(path)) expect(ILLEGAL.test(strFromU8(data)), path).toBe(false);
  });

  it('as character references too, while legal references stay', () => {
    expect(dropUnsafeXml('<t>a&#1;b&#x1F;c&#xFFFE;d&#10;e&#x1F600;</t>')).toBe('<t>abcd&#10;e&#x1F600;</t>');
  });
});
