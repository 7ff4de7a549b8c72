// A SYNTHETIC plan with real progress, for looking at the documents as a reader would: the shipped
// plan/ (Kế hoạch 208/KH-UBND as encoded) copied, then, from a seed, everything the plan text does
// not give and a reporting month would: four made-up communes, drafting units and mailboxes on the
// reserved .invalid domain, three made-up indicators, the units' progress files from June to
// November 2026 (some on time, some late, some missing) and the secretariat's narrative files.
// Every value added here is invented for the tests and describes nothing real.

import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { fsFileSource } from '../../src/plan/files.js';
import { loadPlan } from '../../src/plan/load.js';
import { computeAssignments, reportingUnits, unitExpander } from '../../src/status/index.js';
import { addDays, dueOf, parsePeriod, reportDueDate, workingCalendar } from '../../src/time/index.js';
import { seeded } from '../time/prng.js';
import { REPO } from '../helpers/plan.js';

const COMMUNES = [
  { id: 'p-thu-nghiem-1', name: 'UBND phường Thử Nghiệm Một' },
  { id: 'p-thu-nghiem-2', name: 'UBND phường Thử Nghiệm Hai' },
  { id: 'x-thu-nghiem-3', name: 'UBND xã Thử Nghiệm Ba' },
  { id: 'x-thu-nghiem-4', name: 'UBND xã Thử Nghiệm Bốn' },
];

const NOTES = [
  'Đã ban hành kế hoạch triển khai của đơn vị (số liệu thử nghiệm)',
  'Đã tổ chức hội nghị quán triệt tới cán bộ, công chức (số liệu thử nghiệm)',
  'Đang rà soát, làm sạch dữ liệu theo hướng dẫn (số liệu thử nghiệm)',
  'Đã kết nối, chia sẻ dữ liệu với Cơ sở dữ liệu quốc gia về dân cư (số liệu thử nghiệm)',
  'Đã phân công cán bộ đầu mối theo dõi, đôn đốc (số liệu thử nghiệm)',
];
const PROBLEMS = ['Thiếu kinh phí nâng cấp hạ tầng (số liệu thử nghiệm)', 'Đường truyền chưa ổn định (số liệu thử nghiệm)'];
const PROPOSALS = ['Đề nghị bố trí kinh phí nâng cấp hạ tầng kết nối (đề xuất thử nghiệm)', 'Đề nghị tổ chức tập huấn cho cán bộ cấp xã (đề xuất thử nghiệm)'];

/** The months the synthetic units report on, and the half year; nothing is sent after LAST_SENT. */
const PERIODS = ['2026-06', '2026-H1', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'];
const LAST_SENT = '2026-12-01';

/** `text` with `from` replaced, or an error when the shipped file no longer holds it. */
function replaced(text: string, from: string | RegExp, to: string): string {
  const out = text.replace(from, to);
  if (out === text) throw new Error(`progress-plan: plan/units.yaml no longer holds ${String(from)}`);
  return out;
}

/** Writes the synthetic plan into a fresh folder and returns it. The same seed, the same files. */
export async function makeProgressPlan(seed = 208): Promise<string> {
  const random = seeded(seed);
  const dir = mkdtempSync(join(tmpdir(), 'de06-progress-plan-'));
  cpSync(join(REPO, 'plan'), join(dir, 'plan'), { recursive: true });

  const unitsPath = join(dir, 'plan', 'units.yaml');
  let units = readFileSync(unitsPath, 'utf8');
  units = replaced(units, '{id: cat, name: Công an tỉnh, short: CAT,', '{id: cat, name: Công an tỉnh, short: CAT, drafting: PC06, email: thuong-truc@thu-nghiem.invalid,');
  units = replaced(units, '{id: so-yt, name: Sở Y tế,', '{id: so-yt, name: Sở Y tế, email: so-yt@thu-nghiem.invalid,');
  units = replaced(units, '{id: so-tc, name: Sở Tài chính,', '{id: so-tc, name: Sở Tài chính, email: so-tc@thu-nghiem.invalid,');
  const communes = COMMUNES.map((c) => `  - {id: ${c.id}, name: ${c.name}, kind: commune, email: ${c.id}@thu-nghiem.invalid, note: "đơn vị thử nghiệm"}`).join('\n');
  units = replaced(units, '\ngroups:', `\n  # SYNTHETIC communes (test data, not real units)\n${communes}\n\ngroups:`);
  units = replaced(units, /(id: xa-phuong\n\s+name: "UBND các xã, phường"\n\s+members: )\[\]/, `$1[${COMMUNES.map((c) => c.id).join(', ')}]`);
  writeFileSync(unitsPath, units);

  writeFileSync(join(dir, 'plan', 'indicators.yaml'), stringify({
    indicators: [
      { id: 'CT-1.1', objective: 'G1', title: 'Tỷ lệ hồ sơ TTHC được số hóa (chỉ tiêu thử nghiệm)', unit: '%', target: 100 },
      { id: 'CT-3.1', objective: 'G3', title: 'Số tài khoản định danh điện tử mức độ 2 được kích hoạt (chỉ tiêu thử nghiệm)', unit: 'tài khoản', target: 900000 },
      { id: 'CT-4.1', objective: 'G4', title: 'Tỷ lệ dữ liệu dân cư "đúng, đủ, sạch, sống" (chỉ tiêu thử nghiệm)', unit: '%', target: 98.5 },
    ],
  }));

  const { valid: model } = await loadPlan(dir, fsFileSource(dir));
  const plan = model.plan!;
  const expand = unitExpander(model.units, model.groups);
  const calendar = workingCalendar(model.calendar);
  const leads = computeAssignments(model, expand).filter((a) => a.role === 'lead');
  for (const unit of reportingUnits(plan, expand)) {
    // one-off and standing tasks: a recurring or event task's update would name its occurrence
    const tasks = leads.filter((a) => a.unit === unit && ['date', 'ongoing', 'invalid'].includes(dueOf(a.task.due).kind)).map((a) => a.task.id);
    let progress = 0;
    for (const period of PERIODS) {
      // one unit in five misses each report; of those sent, one in four is late
      if (random.chance(0.2)) continue;
      const due = reportDueDate(parsePeriod(period)!, plan.reporting, calendar)!;
      const submitted = random.chance(0.25) ? addDays(due, random.int(1, 12)) : addDays(due, -random.int(0, 4));
      if (submitted > LAST_SENT) continue;
      progress = Math.min(100, progress + random.int(5, 30));
      const updates = tasks.map((task) => {
        const done = progress >= 100 || random.chance(0.1);
        return {
          task,
          status: done ? 'done' : progress > 0 ? 'in_progress' : 'not_started',
          ...(done ? { done_on: addDays(submitted, -random.int(1, 20)) } : { percent: progress }),
          // a unit writes what it did for a few of its tasks, not for all
          ...(random.chance(0.3) ? { note: random.pick(NOTES) } : {}),
          ...(random.chance(0.15) ? { problems: random.pick(PROBLEMS) } : {}),
        };
      });
      const file = {
        unit,
        period,
        submitted,
        updates,
        indicators: unit.startsWith('p-') || unit.startsWith('x-') ? [] : [
          { id: 'CT-1.1', value: random.int(40, 95) + random.int(0, 9) / 10 },
          { id: 'CT-3.1', value: random.int(100, 800) * 1000 },
        ],
        proposals: random.chance(0.3) ? [random.pick(PROPOSALS)] : [],
      };
      mkdirSync(join(dir, 'plan', 'progress', unit), { recursive: true });
      writeFileSync(join(dir, 'plan', 'progress', unit, `${period}.yaml`), `# SYNTHETIC progress (test data)\n${stringify(file)}`);
    }
  }

  mkdirSync(join(dir, 'plan', 'narrative'), { recursive: true });
  for (const period of ['2026-07', '2026-H1', '2026']) {
    writeFileSync(join(dir, 'plan', 'narrative', `${period}.yaml`), `# SYNTHETIC narrative (test data)\n${stringify({
      period,
      direction: [
        'Tổ công tác (thử nghiệm) tổ chức hội nghị trực tuyến với các sở, ngành, địa phương, quán triệt việc báo cáo đúng hạn và đúng mẫu.',
        'Cơ quan Thường trực (thử nghiệm) ban hành văn bản hướng dẫn, đôn đốc các đơn vị hoàn thành nhiệm vụ chậm tiến độ.',
      ],
      results: ['Nội dung thử nghiệm: hệ thống thông tin giải quyết TTHC của tỉnh vận hành ổn định, kết nối thông suốt.'],
      next: ['Nội dung thử nghiệm: chuẩn bị sơ kết, đánh giá kết quả thực hiện Kế hoạch.'],
      proposals: ['Đề xuất thử nghiệm: bố trí kinh phí duy trì hạ tầng dùng chung.'],
    })}`);
  }
  return dir;
}
