// Generates a SYNTHETIC large plan for benchmarks: the size of a province at the end of 2030
// (DESIGN §7): 120 units, 500 tasks with group assignments, 60 monthly progress files per unit
// with ~15 updates each — about 7,200 files, ~15 MB of YAML. Seeded: the same seed gives the same
// files. Nothing here is real data. Dates are quoted so that ajv-cli (js-yaml 3, YAML 1.1) reads
// them as strings like de06 does, and both validate the same thing.
//
// usage: node bench/generate-large-plan.js [DIR] [--seed N] [--4x] [--with-findings]

import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('..', import.meta.url));

function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
const WORDS = ['triển khai', 'kết nối', 'dữ liệu dân cư', 'định danh điện tử', 'dịch vụ công trực tuyến', 'VNeID', 'số hóa hồ sơ', 'an ninh mạng', 'chữ ký số', 'thanh toán không dùng tiền mặt', 'tuyên truyền', 'kiểm tra', 'đồng bộ', 'cơ sở dữ liệu chuyên ngành', 'hạ tầng số'];

/**
 * `scale` multiplies the units (4 gives the 4× plan of DESIGN §7); `withFindings` gives every
 * progress file one warning (a completion day on an update that is not done), the variant that
 * measures lint when every file has something to report.
 */
export function generateLargePlan(dir, seed = 20260605, { scale = 1, withFindings = false } = {}) {
  const rand = mulberry32(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const sentence = (n) => Array.from({ length: n }, () => pick(WORDS)).join(', ');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'plan', 'tasks'), { recursive: true });
  cpSync(join(REPO, 'plan', 'calendar.yaml'), join(dir, 'plan', 'calendar.yaml'));

  const departments = Array.from({ length: 20 * scale }, (_, i) => ({ id: `so-${pad(i + 1)}`, name: `Sở thử nghiệm ${pad(i + 1)}`, kind: 'department' }));
  const communes = Array.from({ length: 100 * scale }, (_, i) => ({ id: `xa-${pad(i + 1, 3)}`, name: `Xã thử nghiệm ${pad(i + 1, 3)}`, kind: 'commune' }));
  departments[0] = { id: 'cat', name: 'Công an tỉnh (thử nghiệm)', short: 'CAT', kind: 'department' };
  const units = [...departments, ...communes];
  const unitLine = (u) => `  - {id: ${u.id}, name: "${u.name}"${u.short ? `, short: ${u.short}` : ''}, kind: ${u.kind}}`;
  writeFileSync(join(dir, 'plan', 'units.yaml'), [
    '# SYNTHETIC units for benchmarks',
    'units:', ...units.map(unitLine),
    'groups:',
    `  - {id: so-nganh, name: "Các sở, ngành", members: [${departments.map((u) => u.id).join(', ')}]}`,
    `  - {id: xa-phuong, name: "Các xã, phường", members: [${communes.map((u) => u.id).join(', ')}]}`,
    '  - {id: so-nganh-dia-phuong, name: "Các sở, ngành, địa phương", members: [so-nganh, xa-phuong]}',
    '',
  ].join('\n'));

  writeFileSync(join(dir, 'plan', 'plan.yaml'), `# SYNTHETIC plan for benchmarks
id: kh-bench
number: 999/KH-UBND
title: Kế hoạch thử nghiệm hiệu năng
issuer: {parent: "", name: UBND TỈNH THỬ NGHIỆM}
place: Bắc Ninh
issued: "2026-01-01"
basis: ["Văn bản thử nghiệm"]
period: {start: "2026-01-01", end: "2030-12-31"}
timezone: Asia/Ho_Chi_Minh
standing_unit: cat
reporting:
  from: so-nganh-dia-phuong
  window: calendar
  monthly: {due: {before_day: 10, month_offset: 1}}
  semiannual: {due: {before: "06-10"}}
  annual: {due: {before: "12-10"}}
  roll: previous
  due_soon_days: 7
objectives: [${Array.from({ length: 6 }, (_, i) => `{id: G${i + 1}, title: "Nhóm mục tiêu ${i + 1}"}`).join(', ')}]
pillars: [{id: phap-ly, title: Pháp lý}, {id: ha-tang, title: Hạ tầng}, {id: du-lieu, title: Dữ liệu}, {id: nguon-luc, title: Nguồn lực}, {id: an-toan-an-ninh, title: An toàn - an ninh}]
six_clear: {severity: warning}
`);
  writeFileSync(join(dir, 'plan', 'indicators.yaml'), 'indicators: []\n');

  // 500 tasks in 10 sections; a fifth are led by a group (one assignment per member unit)
  const tasks = [];
  for (let s = 1; s <= 10; s++) {
    const lines = [`section: III.${s}`, `title: "Mục thử nghiệm ${s}"`, 'tasks:'];
    for (let n = 1; n <= 50; n++) {
      const id = `III.${s}.${n}`;
      const r = rand();
      const lead = r < 0.1 ? 'xa-phuong' : r < 0.2 ? 'so-nganh' : pick(units).id;
      const year = 2026 + Math.floor(rand() * 5);
      const due = rand() < 0.15 ? 'ongoing' : rand() < 0.1 ? '{every: month, before_day: 15, month_offset: 1}' : `"${year}-${pad(1 + Math.floor(rand() * 12))}-${pad(1 + Math.floor(rand() * 28))}"`;
      tasks.push({ id, lead });
      lines.push(`  - id: ${id}`, `    title: "${sentence(4)}"`, `    objective: G${1 + Math.floor(rand() * 6)}`, `    pillars: [${pick(['phap-ly', 'ha-tang', 'du-lieu'])}]`,
        `    lead: ${lead}`, `    support: [cat]`, `    authority: UBND tỉnh`, `    due: ${due}`, `    result: "${sentence(2)}"`, `    source: "thử nghiệm"`);
    }
    writeFileSync(join(dir, 'plan', 'tasks', `III-${s}-thu-nghiem.yaml`), lines.join('\n') + '\n');
  }

  // 60 monthly reports per unit, ~15 updates each
  const tasksOf = new Map(units.map((u) => [u.id, []]));
  for (const t of tasks) {
    const members = t.lead === 'xa-phuong' ? communes : t.lead === 'so-nganh' ? departments : units.filter((u) => u.id === t.lead);
    for (const u of members) tasksOf.get(u.id).push(t.id);
  }
  let files = 0;
  for (const unit of units) {
    const own = tasksOf.get(unit.id);
    const pool = own.length >= 15 ? own : [...own, ...tasks.slice(0, 15 - own.length).map((t) => t.id)];
    mkdirSync(join(dir, 'plan', 'progress', unit.id), { recursive: true });
    for (let m = 0; m < 60; m++) {
      const year = 2026 + Math.floor(m / 12);
      const month = (m % 12) + 1;
      const next = month === 12 ? `${year + 1}-01` : `${year}-${pad(month + 1)}`;
      const lines = [`unit: ${unit.id}`, `period: "${year}-${pad(month)}"`, `submitted: "${next}-${pad(1 + Math.floor(rand() * 12))}"`, `document: "${m + 1}/BC-TN"`, 'updates:'];
      const chosen = new Set();
      while (chosen.size < Math.min(15, pool.length)) chosen.add(pick(pool));
      let flagged = !withFindings;
      for (const task of chosen) {
        const done = rand() < 0.3;
        lines.push(`  - task: ${task}`, `    status: ${done ? 'done' : pick(['in_progress', 'not_started', 'in_progress'])}`, `    percent: ${done ? 100 : Math.floor(rand() * 90)}`);
        if (done || !flagged) lines.push(`    done_on: "${year}-${pad(month)}-${pad(1 + Math.floor(rand() * 28))}"`);
        if (!done) flagged = true;
        lines.push(`    note: "${sentence(3)}"`);
      }
      lines.push("proposals:", `  - "${sentence(3)}"`);
      writeFileSync(join(dir, 'plan', 'progress', unit.id, `${year}-${pad(month)}.yaml`), lines.join('\n') + '\n');
      files++;
    }
  }
  return { units: units.length, tasks: tasks.length, progressFiles: files };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf('--seed');
  const seed = seedAt === -1 ? undefined : Number(args[seedAt + 1]);
  const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--seed') ?? join(REPO, 'bench', '.data', 'large');
  console.log(generateLargePlan(dir, seed, { scale: args.includes('--4x') ? 4 : 1, withFindings: args.includes('--with-findings') }));
}
