// The reminder letter (công văn đôn đốc, DESIGN §5.1) on the SYNTHETIC plan of test/fixtures/report:
// who is chased and for what, the reply-by day on the working calendar, the công văn's form, the
// e-mail drafts, and `de06 remind` end to end. Programs that did not write the files (Python's
// email package, LibreOffice) read them in test/office/.

import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fsFileSource } from '../../src/plan/files.js';
import { loadPlan, type Loaded } from '../../src/plan/load.js';
import type { PlanModel, Task } from '../../src/plan/model.js';
import { addWorkingDays, buildRemindModel, lateSummary, reportingRule, type RemindModel } from '../../src/report/remind.js';
import { renderRemindDocx } from '../../src/report/render/docx-remind.js';
import { renderEml } from '../../src/report/render/eml.js';
import { builtinTemplate, type RemindTemplate } from '../../src/report/template.js';
import { workingCalendar } from '../../src/time/index.js';
import { BIN, FIXTURES, REPO } from '../helpers/plan.js';

const ROOT = join(FIXTURES, 'report');
const AS_OF = '2026-08-26';
let loaded: Loaded;
let template: RemindTemplate;

beforeAll(async () => {
  loaded = await loadPlan(ROOT, fsFileSource(ROOT));
  template = await builtinTemplate('remind');
});

function remind(model: PlanModel = loaded.valid, extra: { units?: Set<string>; date?: string | null } = {}): RemindModel {
  return buildRemindModel({
    model,
    asOf: AS_OF,
    date: extra.date === undefined ? AS_OF : extra.date,
    today: AS_OF,
    year: 2026,
    ...(extra.units ? { units: extra.units } : {}),
    template,
    provenance: { inputHash: 'sha256:test', generatedBy: 'de06 test' },
    invalid: false,
  });
}

/** The text of a .docx's body, one line per paragraph. */
function textOf(docx: Uint8Array): string {
  const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
  return xml.split('</w:p>').map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).join('\n');
}

describe('who is chased, for what', () => {
  it('every unit of reporting.from that is late: missing reports first, then overdue tasks, each by due day', () => {
    const letter = remind();
    expect(letter.units.map((u) => u.unit.id)).toEqual(['so-yt', 'xa-mau']);
    const soYt = letter.units[0]!.items.map((i) => [i.kind, i.period ?? i.task, i.due, i.daysLate]);
    expect(soYt).toEqual([
      ['report', '2026-01', '2026-02-09', 198],
      ['report', '2026-02', '2026-03-09', 170],
      ['report', '2026-04', '2026-05-08', 110],
      ['report', '2026-05', '2026-06-09', 78],
      ['task', 'II.6', '2026-08-20', 6],
    ]);
  });

  it('never the standing unit, which sends the letter; a late unit outside reporting.from is named, not chased', () => {
    const task = { ...loaded.valid.tasks[0]!, id: 'II.10', title: 'Nhiệm vụ thử nghiệm của UBND tỉnh', lead: 'ubnd-tn', due: '2026-05-31' } as Task;
    const letter = remind({ ...loaded.valid, tasks: [...loaded.valid.tasks, task] });
    expect(letter.units.some((u) => u.unit.id === 'cat')).toBe(false);
    expect(letter.units.some((u) => u.unit.id === 'ubnd-tn')).toBe(false);
    expect(letter.notChased.map((u) => u.id)).toEqual(['ubnd-tn']);
  });

  it('--unit keeps only the units named', () => {
    expect(remind(loaded.valid, { units: new Set(['xa-mau']) }).units.map((u) => u.unit.id)).toEqual(['xa-mau']);
  });

  it('says what is late in a few words, for a subject line', () => {
    const [soYt, xaMau] = remind().units;
    expect(lateSummary(soYt!.items)).toBe('4 báo cáo chưa gửi và 1 nhiệm vụ quá hạn');
    expect(lateSummary(xaMau!.items.slice(0, 2))).toBe('báo cáo tháng 1/2026, tháng 2/2026');
  });
});

describe('the reply-by day', () => {
  it('reporting.remind_days (default 5) working days after the letter’s date, on the working calendar', () => {
    // 26/8/2026 is a Wednesday: 27, 28, 31/8, then 1–2/9 are Quốc khánh, then 3 and 4/9
    const letter = remind();
    expect(letter.remindDays).toBe(5);
    expect(letter.replyBy).toBe('2026-09-04');
    const calendar = workingCalendar(loaded.valid.calendar);
    expect(addWorkingDays(calendar, '2026-02-12', 1)).toBe('2026-02-13');
    // Tết: 14–22/2 off
    expect(addWorkingDays(calendar, '2026-02-13', 1)).toBe('2026-02-23');
  });

  it('plan.yaml reporting.remind_days sets the number of days', () => {
    const plan = { ...loaded.valid.plan!, reporting: { ...loaded.valid.plan!.reporting, remind_days: 10 } };
    expect(remind({ ...loaded.valid, plan }).replyBy).toBe('2026-09-11');
  });

  it('with a blank date it counts from today', () => {
    const letter = remind(loaded.valid, { date: null });
    expect(letter.document.dateLine).toBe('Bắc Ninh, ngày    tháng    năm 2026');
    expect(letter.replyBy).toBe('2026-09-04');
  });
});

describe('the công văn (NĐ 30/2020 Phụ lục III)', () => {
  it('Số …/CAT-<drafting unit>, V/v under it, Kính gửi the late units, Nơi nhận the same then Lưu: VT, <drafting>', async () => {
    const letter = remind();
    expect(letter.document.number).toBe('      /CAT-PC06');
    expect(letter.recipients.kinhGui).toEqual(['Sở Y tế (thử nghiệm)', 'UBND xã Mẫu (thử nghiệm)']);
    expect(letter.recipients.noiNhan).toEqual(['Sở Y tế (thử nghiệm)', 'UBND xã Mẫu (thử nghiệm)', 'Lưu: VT, PC06']);
    const text = textOf(await renderRemindDocx(letter));
    expect(text).toContain('Số:       /CAT-PC06');
    expect(text).toMatch(/^V\/v đôn đốc báo cáo, thực hiện nhiệm vụ theo Kế hoạch số 3\/KH-THUNGHIEM/m);
    expect(text).toContain('Kính gửi:\t- Sở Y tế (thử nghiệm);');
    expect(text).toContain('- UBND xã Mẫu (thử nghiệm).');
    expect(text).toContain('- Lưu: VT, PC06.');
    expect(text).toContain('chậm nhất ngày 04/9/2026');
  });

  it('cites the plan and its reporting rule', () => {
    expect(reportingRule(loaded.valid.plan!.reporting)).toBe('gửi báo cáo hằng tháng trước ngày 10 tháng sau, báo cáo sơ kết 6 tháng trước ngày 10/6 và báo cáo tổng kết năm trước ngày 10/12');
    expect(remind().paragraphs[0]).toContain('Thực hiện Kế hoạch số 3/KH-THUNGHIEM ngày 05/01/2026 của UBND tỉnh');
  });

  it('many late units: "Kính gửi" and "Nơi nhận" point to the appendix', () => {
    const letter = buildRemindModel({ ...inputWith({ ...template, kinh_gui_limit: 1 }) });
    expect(letter.recipients.kinhGui).toEqual(['Như danh sách kèm theo']);
    expect(letter.recipients.noiNhan).toEqual(['Như danh sách kèm theo', 'Lưu: VT, PC06']);
  });

  it('an appendix table: unit, what is late, due day, days late', async () => {
    const text = textOf(await renderRemindDocx(remind()));
    const appendix = text.slice(text.indexOf('Phụ lục'));
    expect(appendix).toContain('DANH SÁCH ĐƠN VỊ CHẬM GỬI BÁO CÁO, CHẬM THỰC HIỆN NHIỆM VỤ');
    expect(appendix).toContain('(Kèm theo Công văn số       /CAT-PC06 ngày 26 tháng 8 năm 2026 của Công an tỉnh (thử nghiệm))');
    expect(appendix).toMatch(/Sở Y tế \(thử nghiệm\)\nBáo cáo tháng 1\/2026\n09\/02\/2026\n198/);
    expect(appendix).toContain('Nhiệm vụ II.6: Triển khai ứng dụng thử nghiệm tại mọi đơn vị (hạn 20/8/2026)');
  });

  it('the same inputs give the same bytes', async () => {
    const [a, b] = [await renderRemindDocx(remind()), await renderRemindDocx(remind())];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

function inputWith(t: RemindTemplate) {
  return { model: loaded.valid, asOf: AS_OF, date: AS_OF, today: AS_OF, year: 2026, template: t, provenance: { inputHash: 'sha256:test', generatedBy: 'de06 test' }, invalid: false };
}

describe('the e-mail drafts (RFC 5322)', () => {
  const attachment = { filename: 'Công văn đôn đốc 26-08-2026.docx', content: new Uint8Array([1, 2, 3]), contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };

  it('from the standing unit to the unit, Vietnamese in RFC 2047 words, the attachment named per RFC 2231, a draft for Outlook', async () => {
    const letter = remind();
    const eml = Buffer.from(await renderEml(letter, template, letter.units[0]!, [attachment])).toString('latin1');
    const headers = eml.slice(0, eml.indexOf('\r\n\r\n'));
    expect(headers).toMatch(/^From: =\?UTF-8\?Q\?C=C3=B4ng_an_t=E1=BB=89nh/m);
    expect(headers).toContain('<thuong-truc@thu-nghiem.invalid>');
    expect(headers).toMatch(/^To: =\?UTF-8\?Q\?S=E1=BB=9F_Y_t=E1=BA=BF/m);
    expect(headers).toMatch(/^Subject: =\?UTF-8\?Q\?=5B=C4=90=E1=BB=81_=C3=A1n_06=5D/m);
    expect(headers).toMatch(/^X-Unsent: 1$/m);
    expect(headers).toMatch(/^Date: Wed, 26 Aug 2026 00:00:00 \+0000$/m);
    expect(eml).toContain("filename*0*=utf-8''C%C3%B4ng%20v%C4%83n");
    // nothing but 7-bit ASCII on the wire
    expect(/[^\x00-\x7f]/.test(eml)).toBe(false);
  });

  it('the same inputs give the same bytes: Date, Message-ID and boundaries come from the inputs', async () => {
    const letter = remind();
    const [a, b] = [await renderEml(letter, template, letter.units[0]!, [attachment]), await renderEml(letter, template, letter.units[0]!, [attachment])];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const other = await renderEml(letter, template, letter.units[0]!, [{ ...attachment, content: new Uint8Array([9]) }]);
    const id = (bytes: Uint8Array) => /^Message-ID: (.*)$/m.exec(Buffer.from(bytes).toString('latin1'))?.[1];
    expect(id(other)).not.toBe(id(a));
  });
});

describe('de06 remind', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const copy = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'de06-remind-'));
    cpSync(ROOT, dir, { recursive: true });
    dirs.push(dir);
    return dir;
  };
  const run = (root: string, args: string[], env: Record<string, string> = {}) =>
    execa('node', [BIN, '--root', root, 'remind', ...args], { cwd: REPO, reject: false, env: { NO_COLOR: '1', DE06_NOW: '2026-08-26T03:00:00Z', ...env } });

  it('writes the letter and one draft per late unit with an email; names those without on stderr', async () => {
    const root = copy();
    const result = await run(root, ['--format', 'docx,eml,json']);
    expect(result.exitCode).toBe(0);
    const dir = join(root, 'reports', 'don-doc', AS_OF);
    expect(readdirSync(dir).sort()).toEqual(['cong-van-don-doc-2026-08-26.docx', 'cong-van-don-doc-2026-08-26.json', 'don-doc-2026-08-26-so-yt.eml']);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/chưa có email.*UBND xã Mẫu \(thử nghiệm\) \(xa-mau\)/)]);
    const model = JSON.parse(readFileSync(join(dir, 'cong-van-don-doc-2026-08-26.json'), 'utf8')) as RemindModel;
    expect(model.units.map((u) => u.unit.id)).toEqual(['so-yt', 'xa-mau']);
    // the unit's progress form rides along, so it can answer at once
    const eml = readFileSync(join(dir, 'don-doc-2026-08-26-so-yt.eml'), 'latin1');
    expect(eml).toContain('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(eml).toContain("filename*0*=utf-8''Bi%E1%BB%83u%20m%E1%BA%ABu");
  });

  it('the same inputs give the same bytes, letter and drafts', async () => {
    const root = copy();
    await run(root, ['--format', 'docx,eml', '--out', join(root, 'a')]);
    await run(root, ['--format', 'docx,eml', '--out', join(root, 'b')]);
    for (const name of readdirSync(join(root, 'a'))) expect(readFileSync(join(root, 'a', name)).equals(readFileSync(join(root, 'b', name)))).toBe(true);
  });

  it('--format json alone prints the model and writes nothing', async () => {
    const root = copy();
    const result = await run(root, ['--format', 'json']);
    expect((JSON.parse(result.stdout) as RemindModel).replyBy).toBe('2026-09-04');
    expect(existsSync(join(root, 'reports'))).toBe(false);
  });

  it('nobody late: one line, nothing written', async () => {
    const root = copy();
    const result = await run(root, ['--as-of', '2026-01-20']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout.trim()).toBe('Tính đến ngày 20/01/2026, không có đơn vị nào chậm gửi báo cáo hay chậm thực hiện nhiệm vụ; không lập công văn.');
    expect(existsSync(join(root, 'reports'))).toBe(false);
  });

  it('eml without the standing unit’s mailbox: one line naming units.yaml, exit 2, nothing written', async () => {
    const root = copy();
    const units = join(root, 'plan', 'units.yaml');
    writeFileSync(units, readFileSync(units, 'utf8').replace(', email: thuong-truc@thu-nghiem.invalid', ''));
    const result = await run(root, ['--format', 'docx,eml']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/email.*cat.*plan\/units\.yaml/)]);
    expect(existsSync(join(root, 'reports'))).toBe(false);
  });

  it('pdf without LibreOffice: one line, exit 2, nothing written', async () => {
    const root = copy();
    const bin = join(root, 'bin-node-only');
    mkdirSync(bin);
    symlinkSync(process.execPath, join(bin, 'node'));
    const result = await run(root, ['--format', 'docx,pdf'], { PATH: bin });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('soffice');
    expect(existsSync(join(root, 'reports'))).toBe(false);
  });

  it('a broken templates/remind.yaml is a lint error at its line, and remind is refused until it is fixed', async () => {
    const root = copy();
    mkdirSync(join(root, 'templates'));
    writeFileSync(join(root, 'templates', 'remind.yaml'), 'kind: remind\ncode: CAT-{drafting}\nsubject: V/v đôn đốc\nmau: do\n');
    const lint = await execa('node', [BIN, '--root', root, 'lint', '--format', 'json'], { reject: false, env: { DE06_NOW: '2026-08-26T03:00:00Z' } });
    const problems = (JSON.parse(lint.stdout) as { problems: { file: string; line: number; rule: string; message: string }[] }).problems.filter((p) => p.file === 'templates/remind.yaml');
    expect(problems.find((p) => p.message.includes('"mau"'))).toMatchObject({ line: 4, rule: 'schema' });
    expect(problems.some((p) => p.message.includes('"body"'))).toBe(true);
    // the if/then of template.schema.json adds no line of its own
    expect(problems.every((p) => !p.message.includes('then'))).toBe(true);
    const result = await run(root, []);
    expect(result.exitCode).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/lỗi.*de06 lint/)]);
    expect(existsSync(join(root, 'reports'))).toBe(false);
  });

  it('an unknown --unit is exit 2 with a suggestion', async () => {
    const result = await run(copy(), ['--unit', 'so-y']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('so-yt');
  });
});
