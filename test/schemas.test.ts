// The JSON Schemas of DESIGN §2: every normative example validates as written, every deadline
// form of the §2.3 table is accepted, and typical mistakes fail at the key or value to blame.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ErrorObject } from 'ajv';
import { parse, parseDocument } from 'yaml';

const KINDS = ['plan', 'units', 'calendar', 'tasks', 'indicators', 'progress'] as const;
type Kind = (typeof KINDS)[number];
const FILES = ['common', ...KINDS].map((name) => `${name}.schema.json`);

type Json = Record<string, unknown>;
const schemaDir = new URL('../schemas/', import.meta.url);
const schemas = new Map<string, Json>(
  FILES.map((file) => [file, JSON.parse(readFileSync(new URL(file, schemaDir), 'utf8')) as Json]),
);

// Loaded once, the way the linter does: add every schema, then look each kind up by its $id.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: true });
addFormats.default(ajv, ['date']);
for (const schema of schemas.values()) ajv.addSchema(schema);

function validate(kind: Kind, data: unknown): ErrorObject[] {
  const check = ajv.getSchema(`${kind}.schema.json`);
  if (!check) throw new Error(`no schema for ${kind}`);
  return check(data) ? [] : [...(check.errors ?? [])];
}

function errorsOfYaml(kind: Kind, source: string): ErrorObject[] {
  return validate(kind, parse(source));
}

/** A tasks file holding one task whose `due` is the given YAML flow value. */
function taskWithDue(due: string): string {
  return [
    'section: V.4',
    'title: Chế độ thông tin, báo cáo',
    'tasks:',
    '  - id: V.4.10a',
    '    title: Báo cáo kết quả thực hiện nhiệm vụ về Công an tỉnh',
    `    due: ${due}`,
    '',
  ].join('\n');
}

describe('schema files', () => {
  it.each(FILES)('%s declares draft 2020-12 and its own file name as $id', (file) => {
    const schema = schemas.get(file);
    expect(schema?.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema?.$id).toBe(file);
  });

  it.each(FILES)('%s describes every property and definition, and closes every object', (file) => {
    const problems: string[] = [];
    walk(schemas.get(file) ?? {}, '#', problems);
    expect(problems).toEqual([]);
  });
});

/**
 * Collects the places where a property or definition has no description, or an object with
 * `properties` accepts unknown keys. `if` and `dependentSchemas` are skipped: they test a key's
 * presence and never describe a value.
 */
function walk(schema: unknown, path: string, problems: string[]): void {
  if (typeof schema !== 'object' || schema === null) return;
  const node = schema as Json;
  if (node.properties !== undefined && node.additionalProperties !== false) {
    problems.push(`${path}: additionalProperties is not false`);
  }
  for (const key of ['properties', '$defs'] as const) {
    for (const [name, child] of Object.entries((node[key] as Json | undefined) ?? {})) {
      const described = typeof child === 'object' && child !== null && 'description' in child;
      const referenced = typeof child === 'object' && child !== null && '$ref' in child;
      if (!described && !referenced) problems.push(`${path}/${key}/${name}: no description`);
      walk(child, `${path}/${key}/${name}`, problems);
    }
  }
  for (const key of ['items', 'additionalProperties', 'then', 'else'] as const) walk(node[key], `${path}/${key}`, problems);
  for (const [index, child] of ((node.anyOf as unknown[] | undefined) ?? []).entries()) walk(child, `${path}/anyOf/${index}`, problems);
}

describe('DESIGN §2.1 plan.yaml', () => {
  const example = `# yaml-language-server: $schema=../schemas/plan.schema.json
id: kh-208-2026
number: 208/KH-UBND
title: Triển khai, thực hiện Chương trình Đề án phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2026-2030, tầm nhìn đến 2035 trên địa bàn tỉnh
issuer: {parent: "", name: UBND TỈNH BẮC NINH}
place: Bắc Ninh
issued: 2026-06-05
basis: ["Quyết định số 826/QĐ-TTg ngày 11/5/2026 của Thủ tướng Chính phủ về việc phê duyệt Chương trình Đề án 06 giai đoạn 2026 - 2030, tầm nhìn đến 2035"]
period: {start: 2026-06-05, end: 2030-12-31}
vision: 2035
timezone: Asia/Ho_Chi_Minh
standing_unit: cat                      # Cơ quan Thường trực: Công an tỉnh
reporting:
  from: so-nganh-dia-phuong             # the group of units that owe reports to the standing unit
  start: 2026-06-05                     # optional: no report obligation falls due before this day
  window: calendar                      # or nd09 (15th of previous month … 14th, NĐ 09/2019 art. 12)
  monthly:    {due: {before_day: 10, month_offset: 1}}   # "trước ngày 10 hàng tháng"
  semiannual: {due: {before: "06-10"}}                    # sơ kết 6 tháng, trước 10/6
  annual:     {due: {before: "12-10"}}                    # tổng kết năm, trước 10/12
  roll: previous                        # deadline on a day off: previous | next | none
  due_soon_days: 7
objectives: [{id: G1, title: "Phục vụ giải quyết TTHC, cung cấp dịch vụ công trực tuyến và đổi mới sáng tạo chỉ đạo, điều hành"}, {id: G2, title: Thúc đẩy phát triển kinh tế số - xã hội số}, {id: G3, title: Phục vụ phát triển công dân số}, {id: G4, title: "Mở rộng hạ tầng, hoàn thiện hệ sinh thái phục vụ tạo lập, kết nối, khai thác, bổ sung làm giàu dữ liệu"}, {id: G5, title: "Đảm bảo an sinh xã hội và phục vụ phòng, chống tội phạm, bảo đảm an ninh quốc gia, trật tự an toàn xã hội"}, {id: G6, title: "Phục vụ nghiên cứu khoa học, đổi mới sáng tạo"}]   # 6 nhóm mục tiêu (II.2.1)
pillars: [{id: phap-ly, title: Pháp lý}, {id: ha-tang, title: Hạ tầng}, {id: du-lieu, title: Dữ liệu}, {id: nguon-luc, title: Nguồn lực}, {id: an-toan-an-ninh, title: An toàn - an ninh}]              # 5 trụ cột of the "5-3-3-2-1" principle
six_clear: {severity: warning}          # "6 rõ" check: warning or error
`;

  it('accepts the example as written', () => {
    expect(parse(example).objectives).toHaveLength(6);
    expect(errorsOfYaml('plan', example)).toEqual([]);
  });

  it('accepts the optional scoring, signer and source', () => {
    const extended = `${example}scoring: {tasks: 0.7, reports: 0.3}
signer: {authority: "KT. CHỦ TỊCH", title: PHÓ CHỦ TỊCH, name: Nguyễn Văn A}
source: ke-hoach-208-KH-UBND-2026.md
`;
    expect(errorsOfYaml('plan', extended)).toEqual([]);
  });

  it('rejects a scoring weight above 1', () => {
    expect(errorsOfYaml('plan', `${example}scoring: {tasks: 1.5, reports: 0}\n`)).toContainEqual(
      expect.objectContaining({ keyword: 'maximum', instancePath: '/scoring/tasks' }),
    );
  });
});

describe('DESIGN §2.2 units.yaml', () => {
  const example = `units:
  - {id: cat, name: Công an tỉnh, short: CAT, kind: department}
  - {id: vp-ubnd, name: Văn phòng UBND tỉnh, short: VP, kind: department}
groups:
  - {id: so-nganh, name: "Các sở, ban, ngành thuộc tỉnh", members: [cat, vp-ubnd]}
  - {id: xa-phuong, name: "UBND các xã, phường", members: []}
  - {id: so-nganh-dia-phuong, name: "Các sở, ngành, địa phương", members: [so-nganh, xa-phuong]}
`;

  it('accepts the example as written', () => {
    expect(errorsOfYaml('units', example)).toEqual([]);
  });
});

describe('DESIGN §2.3 tasks/<section>.yaml', () => {
  const example = `section: III.2
title: Phục vụ giải quyết TTHC, cung cấp dịch vụ công trực tuyến
tasks:
  - id: III.2.4                         # unique across the plan; the plan's own numbering
    title: Duy trì và đảm bảo kết nối, đồng bộ thường xuyên giữa hệ thống thông tin giải quyết TTHC cấp tỉnh với CSDLQG về dân cư và Hệ thống VNeID   # rõ việc
    objective: G1
    pillars: [ha-tang, du-lieu]
    lead: vp-ubnd                       # rõ người, rõ trách nhiệm (chủ trì): unit or group
    support: [cat]                      # phối hợp
    authority: UBND tỉnh                # rõ thẩm quyền: who approves / issues the result
    due: ongoing                        # rõ thời gian (language below)
    result: Hệ thống thông tin giải quyết TTHC cấp tỉnh kết nối, đồng bộ thường xuyên   # rõ kết quả / sản phẩm
    source: "III.2, gạch đầu dòng 4"    # where the plan text says it
    amended_by: "Văn bản số 1234/UBND-KSTT"   # required on a change to lead, due or removal (§4, diff)
`;

  it('accepts the example as written', () => {
    expect(errorsOfYaml('tasks', example)).toEqual([]);
  });

  it('accepts a task with only an id and a title: "6 rõ" reports the rest', () => {
    const bare = 'section: IV\ntitle: Giải pháp\ntasks:\n  - {id: IV.2, title: Tuyên truyền về Đề án 06}\n';
    expect(errorsOfYaml('tasks', bare)).toEqual([]);
  });
});

describe('DESIGN §2.3 deadline language', () => {
  it.each([
    ['a day', '2026-06-25'],
    ['"trước ngày"', '{before: 2026-06-25}'],
    ['a month', '2026-09'],
    ['a quarter', '2026-Q3'],
    ['a half', '2026-H2'],
    ['a bare year (a number in YAML)', '2026'],
    ['a quoted year', '"2026"'],
    ['ongoing', 'ongoing'],
    ['monthly, before the 10th of the next month', '{every: month, before_day: 10, month_offset: 1}'],
    ['yearly, before 10 June', '{every: year, before: "06-10"}'],
    ['quarterly, on day 5', '{every: quarter, day: 5}'],
    ['half-yearly, on 15 December', '{every: half, on: "12-15"}'],
    ['after an event, within 15 days', '{after: "văn bản QPPL của Trung ương được ban hành", within_days: 15}'],
    ['after an event, at once ("ngay")', '{after: "văn bản QPPL của Trung ương được ban hành"}'],
    ['the monthly reporting duty', '{report: monthly}'],
    ['the semi-annual reporting duty', '{report: semiannual}'],
    ['the annual reporting duty', '{report: annual}'],
  ])('accepts %s: %s', (_name, due) => {
    expect(errorsOfYaml('tasks', taskWithDue(due))).toEqual([]);
  });

  it('reads a bare 2026 as a number, which the schema accepts', () => {
    expect(parse(taskWithDue('2026')).tasks[0].due).toBe(2026);
  });

  // The deadline is an anyOf of three kinds (text, year, rule) and each kind picks its form by
  // shape, so a mistake yields one specific error; the rest is anyOf bookkeeping.
  it.each([
    ['{every: month, before_day: 0}', 'minimum', '/tasks/0/due/before_day'],
    ['{every: week}', 'enum', '/tasks/0/due/every'],
    ['{after: "", within_days: 15}', 'minLength', '/tasks/0/due/after'],
    ['{after: "văn bản được ban hành", within_days: -1}', 'minimum', '/tasks/0/due/within_days'],
    ['{report: weekly}', 'enum', '/tasks/0/due/report'],
    ['{before: 2026-02-30}', 'format', '/tasks/0/due/before'],
    ['2026-02-30', 'format', '/tasks/0/due'],
    ['{every: year, before: "02-30"}', 'pattern', '/tasks/0/due/before'],
    ['1999', 'minimum', '/tasks/0/due'],
  ])('reports %s with one specific error', (due, keyword, instancePath) => {
    const specific = errorsOfYaml('tasks', taskWithDue(due)).filter(
      (error) => !['type', 'if', 'anyOf'].includes(error.keyword),
    );
    expect(specific).toEqual([expect.objectContaining({ keyword, instancePath })]);
  });
});

describe('DESIGN §2.4 progress/<unit>/<period>.yaml', () => {
  const example = `unit: so-yt                     # must equal the folder name
period: 2026-07                 # must equal the file name; YYYY-MM, YYYY-H1|H2 or YYYY
submitted: 2026-08-07           # day the unit sent it (compliance with the report deadline)
document: 123/BC-SYT            # the unit's own report number, optional
updates:
  - task: III.4.2
    status: in_progress         # not_started | in_progress | done | paused
    percent: 60                 # optional
    done_on: 2026-07-20         # required when status is done; may be after the period's end, never after \`submitted\`
    occurrence: 2026-06         # for recurring tasks: which occurrence this update completes
    event_on: 2026-07-02        # for event-triggered tasks
    note: "Đã kết nối Sổ sức khỏe điện tử của 12 bệnh viện với ứng dụng VNeID"   # what was done
    evidence: ["Quyết định số 15/QĐ-SYT ngày 20/7/2026 của Sở Y tế"]
    problems: "Một số cơ sở khám chữa bệnh tư nhân chưa có kinh phí nâng cấp phần mềm"   # khó khăn, vướng mắc
indicators: [{id: CT-1.1, value: 85}]
proposals: ["Đề nghị Sở Tài chính bố trí kinh phí nâng cấp phần mềm quản lý bệnh viện"]   # đề xuất, kiến nghị
`;

  it('accepts the example as written', () => {
    expect(errorsOfYaml('progress', example)).toEqual([]);
  });

  it('accepts a report with no indicators and no proposals', () => {
    const minimal = 'unit: so-yt\nperiod: 2026-H1\nsubmitted: 2026-06-08\nupdates: []\n';
    expect(errorsOfYaml('progress', minimal)).toEqual([]);
  });

  it('accepts a draft without submitted: the progress-draft rule warns about it, the schema does not refuse it', () => {
    expect(errorsOfYaml('progress', 'unit: so-yt\nperiod: 2026-07\nupdates: []\n')).toEqual([]);
  });

  it('accepts an indicator value written in words, with a note', () => {
    const worded = `unit: so-yt\nperiod: "2026"\nsubmitted: 2026-12-08\nupdates: []
indicators: [{id: CT-2.3, value: Đạt, note: Số liệu chốt ngày 30/11/2026}]\n`;
    expect(errorsOfYaml('progress', worded)).toEqual([]);
  });
});

describe('DESIGN §2.5 calendar.yaml', () => {
  const example = `years:
  2026:
    off: [2026-01-01, {from: 2026-02-14, to: 2026-02-22, name: Tết Nguyên đán}, 2026-04-30, 2026-05-01, {from: 2026-08-31, to: 2026-09-02, name: Quốc khánh, source: Thông báo số 9441/TB-BNV, note: Cần xác nhận ngày hoán đổi}, {date: 2026-11-24, name: Ngày Văn hóa Việt Nam}]
    work: []                    # make-up working Saturdays/Sundays
`;

  it('accepts the example as written', () => {
    expect(errorsOfYaml('calendar', example)).toEqual([]);
  });

  it('accepts a year without make-up working days', () => {
    expect(errorsOfYaml('calendar', 'years:\n  2027:\n    off: [2027-01-01]\n')).toEqual([]);
  });
});

describe('indicators.yaml', () => {
  it('accepts indicators with numeric and worded targets', () => {
    const indicators = `indicators:
  - {id: CT-1.1, objective: G1, title: Tỷ lệ hồ sơ TTHC được khai thác dữ liệu dân cư, unit: "%", target: 100, by: 2026}
  - {id: CT-3.2, objective: G3, title: "Tích hợp văn bằng, chứng chỉ trên VNeID", target: Hoàn thành, by: 2027-H2}
`;
    expect(errorsOfYaml('indicators', indicators)).toEqual([]);
  });
});

describe('invalid input fails at the key or value to blame', () => {
  const progress = (line: string) => `unit: so-yt\nperiod: 2026-07\nsubmitted: 2026-08-07\nupdates: []\n${line}\n`;
  const task = (lines: string) => `section: III.2\ntitle: TTHC\ntasks:\n  - id: III.2.4\n${lines}\n`;

  it.each([
    ['an unknown key in a task', 'tasks', task('    title: Việc\n    owner: cat'), 'additionalProperties', '/tasks/0'],
    ['an impossible date', 'progress', progress('document: 1/BC').replace('2026-08-07', '2026-02-30'), 'format', '/submitted'],
    ['month 13 as a period', 'progress', progress('').replace('period: 2026-07', 'period: 2026-13'), 'pattern', '/period'],
    ['a unit named in words', 'tasks', task('    title: Việc\n    lead: Sở Y tế'), 'pattern', '/tasks/0/lead'],
    ['a status outside the list', 'progress', progress('').replace('updates: []', 'updates: [{task: III.2.4, status: finished}]'), 'enum', '/updates/0/status'],
    ['a report due "before day 0"', 'plan', minimalPlan('{before_day: 0, month_offset: 1}'), 'minimum', '/reporting/monthly/due/before_day'],
    ['both before_day and day', 'plan', minimalPlan('{before_day: 10, day: 9}'), 'false schema', '/reporting/monthly/due/day'],
    ['both before and on', 'tasks', task('    title: Việc\n    due: {every: year, before: "06-10", on: "06-09"}'), 'false schema', '/tasks/0/due/on'],
    ['a task without a title', 'tasks', task('    lead: cat'), 'required', '/tasks/0'],
    ['a task id in file-name style', 'tasks', task('    title: Việc').replace('III.2.4', 'III-2-4'), 'pattern', '/tasks/0/id'],
    ['a duplicate support unit', 'tasks', task('    title: Việc\n    support: [cat, cat]'), 'uniqueItems', '/tasks/0/support'],
    ['a calendar year that is not a year', 'calendar', 'years:\n  nam-2026:\n    off: []\n', 'pattern', '/years'],
  ] as const)('%s', (_name, kind, source, keyword, instancePath) => {
    expect(errorsOfYaml(kind, source)).toContainEqual(expect.objectContaining({ keyword, instancePath }));
  });

  it('names the missing title', () => {
    const [error] = errorsOfYaml('tasks', task('    lead: cat'));
    expect(error?.params).toEqual({ missingProperty: 'title' });
  });
});

/** The smallest plan.yaml the schema accepts, with the given monthly report deadline. */
function minimalPlan(monthlyDue: string): string {
  return `id: kh-1
number: 1/KH-UBND
title: Kế hoạch
issuer: {parent: "", name: UBND TỈNH}
place: Bắc Ninh
issued: 2026-06-05
basis: []
period: {start: 2026-06-05, end: 2030-12-31}
timezone: Asia/Ho_Chi_Minh
standing_unit: cat
reporting: {from: so-nganh, monthly: {due: ${monthlyDue}}}
objectives: []
pillars: []
`;
}

describe('a __proto__ key', () => {
  const source = `section: III.2
title: TTHC
tasks:
  - id: III.2.4
    title: Việc
    __proto__: {lead: cat}
`;

  it('becomes an own key of the parsed task, leaving prototypes untouched', () => {
    const data = parseDocument(source).toJS() as { tasks: Json[] };
    const parsedTask = data.tasks[0] ?? {};
    expect(Object.keys(parsedTask)).toEqual(['id', 'title', '__proto__']);
    expect(Object.getPrototypeOf(parsedTask)).toBe(Object.prototype);
    expect(parsedTask.lead).toBeUndefined();
    expect(({} as Json).lead).toBeUndefined();
  });

  it('fails as an unknown key of the task', () => {
    const errors = validate('tasks', parseDocument(source).toJS());
    expect(errors).toEqual([
      expect.objectContaining({
        keyword: 'additionalProperties',
        instancePath: '/tasks/0',
        params: { additionalProperty: '__proto__' },
      }),
    ]);
  });
});
