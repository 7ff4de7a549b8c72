// npm run bench: medians of whole-command runs on the shipped plan and on a generated SYNTHETIC
// large plan (bench/generate-large-plan.js), with the baselines beside them (DESIGN §7):
// `node -e 0` and ajv-cli validating the same large plan's files against the same schemas.
//
// usage: npm run bench [-- --runs N] [-- --only NAME]

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateLargePlan } from './generate-large-plan.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(REPO, 'bin', 'de06.js');
const LARGE = join(REPO, 'bench', '.data', 'large');
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 7;
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

const ajv = (kind, glob) => ['node', join(REPO, 'node_modules', 'ajv-cli', 'dist', 'index.js'), 'validate', '--spec=draft2020', '-c', 'ajv-formats', '--all-errors',
  '-s', join(REPO, 'schemas', `${kind}.schema.json`), '-r', join(REPO, 'schemas', 'common.schema.json'), '-d', join(LARGE, glob)];
const de06 = (...rest) => ['node', BIN, ...rest];

/** name → the commands it runs in sequence, and the limit DESIGN §7 sets */
const CASES = [
  { name: 'node -e 0', steps: [['node', '-e', '0']] },
  { name: 'de06 --help', steps: [de06('--help')], target: 'within 1.5× node -e 0' },
  { name: 'de06 lint (shipped plan)', steps: [de06('--root', REPO, 'lint', '--format', 'json')], target: 'within 2× node -e 0' },
  { name: 'de06 lint (large plan)', steps: [de06('--root', LARGE, 'lint', '--format', 'json')], target: '< 3 s and faster than ajv-cli' },
  { name: 'ajv-cli (large plan, same files)', steps: [ajv('plan', 'plan/plan.yaml'), ajv('units', 'plan/units.yaml'), ajv('calendar', 'plan/calendar.yaml'),
    ajv('indicators', 'plan/indicators.yaml'), ajv('tasks', 'plan/tasks/*.yaml'), ajv('progress', 'plan/progress/*/*.yaml')] },
  { name: 'de06 overdue (large plan)', steps: [de06('--root', LARGE, 'overdue', '--as-of', '2030-12-31', '--format', 'json')], target: '< 2 s', needs: 'overdue' },
  { name: 'de06 status (large plan)', steps: [de06('--root', LARGE, 'status', '--as-of', '2030-12-31', '--format', 'json')], target: '< 2 s', needs: 'status' },
  { name: 'de06 report --year (large plan)', report: true, steps: [], target: '< 5 s, peak < 500 MB', needs: 'report' },
  { name: 'de06 site (large plan)', site: true, steps: [], target: '< 5 s, folder < 20 MB', needs: 'site' },
];

/** Bytes of every file under `dir`. */
function folderBytes(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? folderBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);
}

function runOnce(steps) {
  let ms = 0;
  let peakKb = 0;
  for (const [cmd, ...rest] of steps) {
    const argv = TIME ? [TIME, '-f', '%M', cmd, ...rest] : [cmd, ...rest];
    const started = performance.now();
    const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', maxBuffer: 1 << 28 });
    ms += performance.now() - started;
    if (r.status === null || r.status > 2) throw new Error(`${argv.join(' ')} failed: ${r.stderr}`);
    if (TIME) peakKb = Math.max(peakKb, Number(r.stderr.trim().split('\n').pop()) || 0);
  }
  return { ms, peakKb };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const commands = spawnSync('node', [BIN, '--help'], { encoding: 'utf8' }).stdout;
const hasCommand = (name) => new RegExp(`^  ${name} `, 'm').test(commands);

console.log(`generating the synthetic large plan in ${LARGE} …`);
console.log(generateLargePlan(LARGE));
console.log(`\n${RUNS} runs each (after one warm-up), medians; wall time of whole processes${TIME ? ', peak RSS from /usr/bin/time' : ''}\n`);
const rows = [];
let baseline;
for (const c of CASES) {
  if (ONLY && !c.name.includes(ONLY)) continue;
  if (c.needs && !hasCommand(c.needs)) continue;
  let steps = c.steps;
  let out;
  if (c.report) {
    out = mkdtempSync(join(tmpdir(), 'de06-bench-'));
    steps = [de06('--root', LARGE, 'report', '--year', '2030', '--as-of', '2030-12-31', '--out', out, '--force', '--allow-invalid')];
  }
  if (c.site) {
    out = mkdtempSync(join(tmpdir(), 'de06-bench-'));
    steps = [de06('--root', LARGE, 'site', '--as-of', '2030-12-31', '--out', join(out, 'site'), '--force')];
  }
  runOnce(steps);
  const runs = Array.from({ length: RUNS }, () => runOnce(steps));
  const size = c.site ? `${(folderBytes(join(out, 'site')) / 1e6).toFixed(1)} MB` : '';
  if (out) rmSync(out, { recursive: true, force: true });
  const ms = median(runs.map((r) => r.ms));
  const peak = median(runs.map((r) => r.peakKb));
  if (c.name === 'node -e 0') baseline = ms;
  rows.push({ case: c.name, 'median ms': Math.round(ms), '× node -e 0': baseline ? (ms / baseline).toFixed(2) : '', 'peak MB': peak ? Math.round(peak / 1024) : '', output: size, target: c.target ?? 'baseline' });
}
console.table(rows);
