import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffPlans } from '../../src/diff/diff.js';
import { gitFileSource } from '../../src/git/source.js';
import type { Finding } from '../../src/plan/findings.js';
import { lint, lintFindings } from '../../src/lint/lint.js';
import type { PlanModel } from '../../src/plan/model.js';
import { fsFileSource } from '../../src/plan/files.js';
import { loadPlan } from '../../src/plan/load.js';
import { cleanup, planRepo } from '../git/repo.js';
import { JUNE_REPORT, pullRequest, type Scenario } from './scenario.js';

let scenario: Scenario;
beforeAll(async () => {
  scenario = await pullRequest();
});
afterAll(cleanup);

/** As of 1 August 2026: V.4.2a ("trước 25/6/2026") is overdue. */
const amendmentFindings = (base: PlanModel, head: PlanModel, asOf: string): Finding[] =>
  lintFindings({ model: head, valid: head, findings: [], invalidIds: new Set() }, { asOf, base: { model: base, changes: diffPlans(base, head) } })
    .filter((f) => f.rule.startsWith('amendment-'));
const findingsAsOf = (asOf: string, s = scenario) => amendmentFindings(s.base.valid, s.head.valid, asOf);

/** The findings positioned by the lint runner, as `lint --base` shows them. */
function positioned(findings: Finding[]) {
  const base = { model: scenario.base.valid, changes: diffPlans(scenario.base.valid, scenario.head.valid) };
  const problems = lint(scenario.head, { lang: 'vi', asOf: '2026-08-01', base, excerpts: true }).problems;
  return problems.filter((p) => findings.some((f) => f.rule === p.rule && f.file === p.file));
}

describe('amendment-authority: a change of lead, due date or a removal cites its document', () => {
  it('flags the deadline moved without amended_by, on the due line of the head file', () => {
    const found = findingsAsOf('2026-08-01').filter((f) => f.rule === 'amendment-authority');
    const due = found.find((f) => f.params?.task === 'V.4.2a')!;
    expect(due).toMatchObject({ severity: 'error', file: 'plan/tasks/V-4-so-nganh-dia-phuong.yaml', message: 'diff.amendment.missing' });
    expect(due.pointer).toMatch(/^\/tasks\/\d+\/due$/);
    const [problem] = positioned([due]);
    const line = problem!.excerpt!.find((e) => e.line === problem!.line)!.text;
    expect(line.trim()).toBe('due: 2026-09-30');
    expect(problem!.message).toBe('Nhiệm vụ V.4.2a: thay đổi thời hạn cần văn bản cho phép (rõ thẩm quyền) nhưng chưa ghi amended_by.');
  });

  it('accepts a lead change that cites a new document', () => {
    expect(findingsAsOf('2026-08-01').some((f) => f.params?.task === 'III.2.4')).toBe(false);
  });

  it('flags a removal without a record, at the tasks of its section file; a recorded removal passes', () => {
    const removals = findingsAsOf('2026-08-01').filter((f) => f.message === 'diff.amendment.removed');
    expect(removals).toEqual([expect.objectContaining({ file: 'plan/tasks/III-2-tthc.yaml', pointer: '/tasks', onKey: true, params: expect.objectContaining({ task: 'III.2.6' }) })]);
  });

  it('flags a change that keeps citing the document of an earlier amendment', async () => {
    const repo = await planRepo();
    await repo.editTask('III.2.4', (t) => Object.assign(t, { lead: 'cat', amended_by: 'Văn bản số 12/UBND-KSTT' }));
    const base = await repo.commit('giao Công an tỉnh');
    await repo.editTask('III.2.4', (t) => Object.assign(t, { lead: 'vp-ubnd' }));
    const source = await gitFileSource(repo.root, base);
    if (!source.ok) throw new Error('no base');
    const before = (await loadPlan(repo.root, source.value)).valid;
    const after = (await loadPlan(repo.root, fsFileSource(repo.root))).valid;
    const found = amendmentFindings(before, after, '2026-08-01');
    expect(found).toEqual([expect.objectContaining({ rule: 'amendment-authority', message: 'diff.amendment.unchanged', params: expect.objectContaining({ document: 'Văn bản số 12/UBND-KSTT' }) })]);
  });
});

describe('amendment-overdue-move: moving the deadline of a task already overdue', () => {
  it('warns when the old deadline had passed by the as-of date and the task was not reported done', () => {
    const found = findingsAsOf('2026-08-01').filter((f) => f.rule === 'amendment-overdue-move');
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', params: { task: 'V.4.2a', due: '2026-06-24', days: 38, asOf: '2026-08-01' } })]);
  });

  it('is quiet while the old deadline is still ahead', () => {
    expect(findingsAsOf('2026-06-24').filter((f) => f.rule === 'amendment-overdue-move')).toEqual([]);
  });

  it('is quiet when a report in base says the task was done', () => {
    const done = structuredClone(scenario.base.valid);
    done.progress[0]!.updates[0]!.status = 'done';
    const found = amendmentFindings(done, scenario.head.valid, '2026-08-01');
    expect(found.filter((f) => f.rule === 'amendment-overdue-move')).toEqual([]);
  });
});

describe('amendment-reported-period: a progress report changed after it was sent', () => {
  it('warns at the changed field of the edited report; a new report is not flagged', () => {
    const found = findingsAsOf('2026-08-01').filter((f) => f.rule === 'amendment-reported-period');
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', file: 'plan/progress/so-yt/2026-06.yaml', pointer: '/updates/0/percent', params: { unit: 'so-yt', period: '2026-06' } })]);
    const [problem] = positioned(found);
    expect(problem!.line).toBe(JUNE_REPORT.split('\n').findIndex((l) => l.includes('percent')) + 1);
  });
});
