// npm run bench: whole-command runs on the shipped plan and on generated SYNTHETIC large plans
// (bench/generate-large-plan.js), with the baselines measured in the same rounds (DESIGN §7):
// `node -e 0`, and one ajv-cli process validating the large plan's 7,200 progress files.
// Rounds are interleaved — every case once per round — so that a busy machine slows all cases
// alike; each row gives min, median and max. Each goal is printed as met or missed.
//
// usage: npm run bench [-- --runs N] [-- --only TEXT] [-- --check]
//   --check  exits 1 when a goal is missed (for people; CI does not time anything)

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateLargePlan } from './generate-large-plan.js';
import { filledForms, formCommand, removeImported } from './forms.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(REPO, 'bin', 'de06.js');
const DATA = join(REPO, 'bench', '.data');
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 7;
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const CHECK = args.includes('--check');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const AS_OF = '2030-12-31';

/** The synthetic plans, generated once per generator version (its source's size is the stamp). */
const PLANS = {
  large: { dir: join(DATA, 'large'), options: {} },
  findings: { dir: join(DATA, 'large-findings'), options: { withFindings: true } },
  large4: { dir: join(DATA, 'large-4x'), options: { scale: 4 } },
};
function ensurePlans(names) {
  const stamp = String(statSync(fileURLToPath(new URL('./generate-large-plan.js', import.meta.url))).size);
  for (const name of names) {
    const { dir, options } = PLANS[name];
    const stampFile = join(dir, '.generated');
    if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) continue;
    console.log(`generating the synthetic plan ${name} in ${dir} …`, generateLargePlan(dir, undefined, options));
    writeFileSync(stampFile, stamp);
  }
}

const de06 = (root, ...rest) => ['node', BIN, '--root', root, ...rest];
const dropCache = (root) => () => rmSync(join(root, '.de06-cache'), { recursive: true, force: true });
const scratch = () => mkdtempSync(join(tmpdir(), 'de06-bench-'));
const progressFiles = (root) => readdirSync(join(root, 'plan', 'progress')).flatMap((u) => readdirSync(join(root, 'plan', 'progress', u)).map((f) => join(root, 'plan', 'progress', u, f)));

/**
 * The cases. `goal` says what DESIGN §7 asks: `ratio` (× node -e 0), `ms`, `mb` (peak RSS),
 * `fasterThan` (another case's median), `linear` (at most this many times the 1× case's median).
 * `before` runs untimed before each timed run (drops the cache for a cold run, makes it for a warm
 * one), `after` untimed after it (takes away what it wrote into a plan other cases read); `check`
 * verifies what a run printed.
 */
function cases(forms) {
  const { large, findings, large4 } = PLANS;
  const out = scratch();
  const ajv = ['node', join(REPO, 'node_modules', 'ajv-cli', 'dist', 'index.js'), 'validate', '--spec=draft2020', '-c', 'ajv-formats', '--all-errors',
    '-s', join(REPO, 'schemas', 'progress.schema.json'), '-r', join(REPO, 'schemas', 'common.schema.json'), '-d', join(large.dir, 'plan/progress/*/*.yaml')];
  const expectedFiles = () => progressFiles(large.dir).length;
  // cold: as in CI, where every run starts from a fresh checkout and keeps no cache (CI=true)
  const cold = (name, plan, rest, goal, extra = {}) => ({ name: `${name} (cold)`, cmd: de06(plan.dir, ...rest), env: { CI: 'true' }, before: dropCache(plan.dir), goal, ...extra });
  // a person's first run, which also writes the cache
  const first = (name, plan, rest, extra = {}) => ({ name: `${name} (first run, writes the cache)`, cmd: de06(plan.dir, ...rest), env: { CI: '' }, before: dropCache(plan.dir), ...extra });
  // warm: the cache is there and nothing changed since (made untimed when a cold case dropped it)
  const warm = (name, plan, rest, goal, extra = {}) => {
    const cmd = de06(plan.dir, ...rest);
    const before = () => {
      if (!existsSync(join(plan.dir, '.de06-cache', 'parse.bin'))) spawnSync(cmd[0], cmd.slice(1), { env: { ...process.env, CI: '' } });
    };
    return { name: `${name} (warm)`, cmd, env: { CI: '' }, before, goal, ...extra };
  };
  const report = (plan) => ['report', '--year', '2030', '--as-of', AS_OF, '--out', join(out, plan === large ? 'r1' : 'r4'), '--force', '--allow-invalid'];
  return {
    out,
    list: [
      { name: 'node -e 0', cmd: ['node', '-e', '0'], baseline: true },
      { name: 'de06 --help', cmd: ['node', BIN, '--help'], goal: { ratio: 1.3 } },
      warm('lint, shipped plan', { dir: REPO }, ['lint', '--format', 'json'], { ratio: 2 }),
      cold('lint, shipped plan', { dir: REPO }, ['lint', '--format', 'json'], { ratio: 2 }),
      first('lint, shipped plan', { dir: REPO }, ['lint', '--format', 'json']),
      { name: 'ajv-cli, one process, 7,200 progress files', id: 'ajv', cmd: ajv, plans: ['large'],
        check: (r) => r.status === 0 && r.stdout.split('\n').filter((l) => l.endsWith(' valid')).length === expectedFiles() },
      ...['de06', 'yaml', 'js-yaml'].map((parser) => ({
        name: `parse only, large plan: ${parser === 'de06' ? "de06's parser (positions kept)" : parser === 'yaml' ? 'yaml alone (exact)' : 'js-yaml (lenient, no positions)'}`,
        cmd: ['node', join(REPO, 'bench', 'parse.js'), parser, large.dir],
        check: (r) => r.status === 0 && r.stdout.trim() === `${expectedFiles() + 14} of ${expectedFiles() + 14}`,
      })),
      cold('lint, large plan', large, ['lint', '--format', 'json'], { fasterThan: 'ajv' }, { id: 'lint1' }),
      cold('lint, large plan, a warning in every progress file', findings, ['lint', '--format', 'json'], { fasterThan: 'ajv' },
        { plans: ['findings'], check: (r) => r.status === 0 && JSON.parse(r.stdout).warningCount >= 7000 }),
      first('lint, large plan', large, ['lint', '--format', 'json']),
      warm('lint, large plan', large, ['lint', '--format', 'json'], { fasterThan: 'ajv' }),
      cold('overdue, large plan', large, ['overdue', '--as-of', AS_OF, '--format', 'json'], { ms: 1500 }),
      warm('overdue, large plan', large, ['overdue', '--as-of', AS_OF, '--format', 'json'], { ms: 600 }),
      cold('status, large plan', large, ['status', '--as-of', AS_OF, '--format', 'json'], { ms: 1500 }, { id: 'status1' }),
      warm('status, large plan', large, ['status', '--as-of', AS_OF, '--format', 'json'], { ms: 600 }),
      cold('report --year, large plan', large, report(large), { ms: 4000, mb: 400 }, { id: 'report1' }),
      { name: 'progress form --all, large plan (120 forms)', cmd: formCommand(BIN, large.dir, join(out, 'forms'), AS_OF), env: { CI: 'true' }, goal: { ms: 10000 },
        check: (r) => r.status === 0 && r.stdout.trim().split('\n').length === forms.length },
      { name: 'progress import of 120 filled forms, large plan', cmd: ['node', BIN, '--root', large.dir, 'progress', 'import', ...forms, '--format', 'json'],
        env: { CI: 'true' }, before: () => removeImported(large.dir), after: () => removeImported(large.dir), goal: { ms: 10000 },
        check: (r) => r.status === 0 && JSON.parse(r.stdout).forms.filter((f) => f.action === 'written').length === forms.length },
      cold('site, large plan', large, ['site', '--as-of', AS_OF, '--out', join(out, 'site'), '--force'], { ms: 5000, folderMb: { dir: join(out, 'site'), max: 20 } }),
      cold('lint, 4× large plan', large4, ['lint', '--format', 'json'], { linear: { of: 'lint1', times: 4.5 }, mb: 1024 }, { plans: ['large4'] }),
      cold('status, 4× large plan', large4, ['status', '--as-of', AS_OF, '--format', 'json'], { linear: { of: 'status1', times: 4.5 }, mb: 1024 }, { plans: ['large4'] }),
      cold('report --year, 4× large plan', large4, report(large4), { linear: { of: 'report1', times: 4.5 }, mb: 1024 }, { plans: ['large4'] }),
    ],
  };
}

function runOnce(c) {
  c.before?.();
  const timeFile = join(tmpdir(), `de06-bench-time-${process.pid}`);
  const argv = TIME ? [TIME, '-o', timeFile, '-f', '%M', ...c.cmd] : c.cmd;
  const started = performance.now();
  const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...c.env } });
  const ms = performance.now() - started;
  if (c.check ? !c.check(r) : r.status === null || r.status > 1) {
    throw new Error(`${c.name}: the run failed (exit ${r.status})\n${r.stderr.slice(0, 2000)}\n${r.stdout.slice(0, 500)}`);
  }
  c.after?.();
  const peakKb = TIME ? Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop()) || 0 : 0;
  return { ms, peakKb };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const folderBytes = (dir) => readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? folderBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);

ensurePlans(['large']);
const { out, list } = cases(await filledForms(BIN, PLANS.large.dir, join(DATA, 'forms'), AS_OF));
/** with --only, the cases asked for, the baseline, and the cases their goals compare with */
const wanted = (c) => !ONLY || c.name.includes(ONLY);
const comparedWith = (c) => c.id !== undefined && list.some((o) => wanted(o) && (o.goal?.fasterThan === c.id || o.goal?.linear?.of === c.id));
const chosen = list.filter((c) => c.baseline || wanted(c) || comparedWith(c));
ensurePlans(['large', ...new Set(chosen.flatMap((c) => c.plans ?? []))]);
console.log(`\n${RUNS} interleaved rounds; wall time of whole processes${TIME ? ', peak RSS from /usr/bin/time' : ''}; ${new Date().toISOString()}\n`);
const samples = new Map(chosen.map((c) => [c, []]));
for (let round = 0; round < RUNS; round++) {
  for (const c of chosen) samples.get(c).push(runOnce(c));
  process.stderr.write(`round ${round + 1}/${RUNS}\r`);
}

const stats = new Map();
for (const c of chosen) {
  const ms = samples.get(c).map((s) => s.ms);
  stats.set(c.id ?? c.name, { median: median(ms), min: Math.min(...ms), max: Math.max(...ms), peakMb: Math.max(...samples.get(c).map((s) => s.peakKb)) / 1024 });
}
const base = stats.get('node -e 0').median;
let missed = 0;
const rows = chosen.map((c) => {
  const s = stats.get(c.id ?? c.name);
  const verdicts = [];
  const goal = c.goal ?? {};
  if (goal.ratio) verdicts.push([`≤ ${goal.ratio}× node -e 0`, s.median / base <= goal.ratio]);
  if (goal.ms) verdicts.push([`< ${goal.ms} ms`, s.median < goal.ms]);
  if (goal.mb) verdicts.push([`< ${goal.mb} MB`, s.peakMb < goal.mb]);
  if (goal.fasterThan) verdicts.push([`faster than ${goal.fasterThan}`, s.median < stats.get(goal.fasterThan).median]);
  if (goal.linear) verdicts.push([`≤ ${goal.linear.times}× the 1× run`, s.median <= goal.linear.times * stats.get(goal.linear.of).median]);
  let output = '';
  if (goal.folderMb) {
    const mb = folderBytes(goal.folderMb.dir) / 1e6;
    output = `${mb.toFixed(1)} MB`;
    verdicts.push([`folder < ${goal.folderMb.max} MB`, mb < goal.folderMb.max]);
  }
  missed += verdicts.filter(([, ok]) => !ok).length;
  return {
    case: c.name,
    'min ms': Math.round(s.min),
    'median ms': Math.round(s.median),
    'max ms': Math.round(s.max),
    '× node -e 0': (s.median / base).toFixed(2),
    'peak MB': Math.round(s.peakMb),
    output,
    goal: c.baseline || c.id === 'ajv' ? 'baseline' : c.name.startsWith('parse only') ? 'comparison' : verdicts.map(([text, ok]) => `${text}: ${ok ? 'met' : 'MISSED'}`).join('; '),
  };
});
rmSync(out, { recursive: true, force: true });
removeImported(PLANS.large.dir);
console.table(rows);
console.log(missed === 0 ? 'every goal met' : `${missed} goal(s) missed`);
if (CHECK && missed > 0) process.exitCode = 1;
