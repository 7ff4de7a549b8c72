// SYNTHETIC progress files laid over a copy of the shipped plan, so that the dashboard can be
// seen and tested with every status and every report state in it. Seeded: the same seed gives the
// same files. The units and tasks are the plan's own; every date, status, percentage and note
// written here is made up and describes nothing that happened.

import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fsFileSource } from '../../src/plan/files.js';
import { loadPlan } from '../../src/plan/load.js';
import { computeAssignments, computeObligations, statusSetup } from '../../src/status/index.js';
import { addDays, dueOf, parsePeriod, periodWindow } from '../../src/time/index.js';
import { REPO } from '../helpers/plan.js';
import { seeded } from '../time/prng.js';

const earliest = (a: string, b: string) => (a < b ? a : b);
const latest = (a: string, b: string) => (a > b ? a : b);

const NOTES = ['Đã ban hành văn bản triển khai (thử nghiệm)', 'Đang rà soát, cập nhật dữ liệu (thử nghiệm)', 'Đã tổ chức tập huấn (thử nghiệm)'];

/** A fresh copy of the repository's plan/ with SYNTHETIC progress files up to `asOf`. */
export async function planWithSyntheticProgress(asOf: string, seed = 208): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'de06-site-synthetic-'));
  cpSync(join(REPO, 'plan'), join(root, 'plan'), { recursive: true });
  const loaded = await loadPlan(root, fsFileSource(root));
  const setup = statusSetup(loaded.valid, loaded.valid.plan!);
  const random = seeded(seed);
  const leads = new Map<string, string[]>();
  for (const a of computeAssignments(setup.model, setup.expand)) {
    const kind = dueOf(a.task.due).kind;
    if (a.role === 'lead' && kind !== 'recurring' && kind !== 'event' && kind !== 'report') leads.set(a.unit, [...(leads.get(a.unit) ?? []), a.task.id]);
  }
  for (const o of computeObligations(setup, { asOf })) {
    const roll = random.int(0, 99);
    if (roll < 15) continue; // missing
    const window = periodWindow(parsePeriod(o.period)!, setup.window);
    const late = roll >= 80;
    // never before the period begins (an error) nor after the as-of day (not sent yet by then)
    const submitted = latest(window.start, earliest(asOf, late ? addDays(o.due, random.int(1, 10)) : addDays(o.due, -random.int(0, 4))));
    const lines = ['# SYNTHETIC test data: made up by test/site/synthetic-progress.ts, not a real report.', `unit: ${o.unit}`, `period: ${o.period}`, `submitted: ${submitted}`, 'updates:'];
    const tasks = leads.get(o.unit) ?? [];
    if (tasks.length === 0) lines.push('  []');
    for (const task of tasks) {
      const pick = random.int(0, 99);
      const status = pick < 25 ? 'done' : pick < 70 ? 'in_progress' : pick < 90 ? 'not_started' : 'paused';
      const parts = [`task: ${task}`, `status: ${status}`];
      if (status === 'in_progress') parts.push(`percent: ${random.int(10, 89)}`);
      if (status === 'done') parts.push(`done_on: ${latest(window.start, addDays(submitted, -random.int(0, 19)))}`);
      parts.push(`note: "${random.pick(NOTES)}"`);
      lines.push(`  - {${parts.join(', ')}}`);
    }
    mkdirSync(join(root, 'plan', 'progress', o.unit), { recursive: true });
    writeFileSync(join(root, 'plan', 'progress', o.unit, `${o.period}.yaml`), lines.join('\n') + '\n');
  }
  return root;
}
