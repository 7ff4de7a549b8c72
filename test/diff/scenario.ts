// One pull request against the shipped plan, with one change of each kind the diff knows.
// Base: the shipped plan plus Sở Y tế's June report. Head (the working tree):
//   III.2.4  lead set to cat, citing a document
//   V.4.2a   deadline moved from "trước 25/6/2026" to 30/9/2026, citing nothing
//   III.2.6  removed without a record; III.2.5 removed with a record in its section file
//   III.2.7  added
//   so-xd    new unit, joins the group so-nganh; so-nv renamed
//   so-yt    June report edited after it was sent; July report added

import { gitFileSource } from '../../src/git/source.js';
import { fsFileSource } from '../../src/plan/files.js';
import { loadPlan, type Loaded } from '../../src/plan/load.js';
import { planRepo, type Repo } from '../git/repo.js';

export const JUNE_REPORT = `unit: so-yt
period: 2026-06
submitted: 2026-07-08
updates:
  - task: V.4.2a
    status: in_progress
    percent: 50
`;

export interface Scenario {
  repo: Repo;
  base: Loaded;
  head: Loaded;
}

export async function pullRequest(): Promise<Scenario> {
  const repo = await planRepo();
  await repo.write('plan/progress/so-yt/2026-06.yaml', JUNE_REPORT);
  await repo.commit('Báo cáo tháng 6 của Sở Y tế');

  await repo.editTask('III.2.4', (t) => Object.assign(t, { lead: 'cat', amended_by: 'Văn bản số 12/UBND-KSTT' }));
  await repo.editTask('V.4.2a', (t) => Object.assign(t, { due: '2026-09-30' }));
  await repo.removeTask('III.2.6');
  const section = await repo.removeTask('III.2.5');
  const text = await repo.read(section);
  await repo.write(section, text.replace('tasks:\n', 'removed:\n  - {id: III.2.5, amended_by: "Văn bản số 34/UBND-KSTT"}\ntasks:\n')
    + '\n  - id: III.2.7\n    title: "Nhiệm vụ mới | có dấu gạch đứng"\n');
  const units = await repo.read('plan/units.yaml');
  await repo.write('plan/units.yaml', units
    .replace('  - {id: so-nv, name: Sở Nội vụ,', '  - {id: so-xd, name: Sở Xây dựng, kind: department}\n  - {id: so-nv, name: Sở Nội vụ (đổi tên),')
    .replace('members: [cat, vp-ubnd, so-khcn, so-tc, so-yt, so-gddt, so-nv]', 'members: [cat, vp-ubnd, so-khcn, so-tc, so-yt, so-gddt, so-nv, so-xd]'));
  await repo.write('plan/progress/so-yt/2026-06.yaml', JUNE_REPORT.replace('percent: 50', 'percent: 80'));
  await repo.write('plan/progress/so-yt/2026-07.yaml', JUNE_REPORT.replace(/2026-06/g, '2026-07').replace('2026-07-08', '2026-08-07'));

  const source = await gitFileSource(repo.root, 'HEAD');
  if (!source.ok) throw new Error(source.error.message);
  return { repo, base: await loadPlan(repo.root, source.value), head: await loadPlan(repo.root, fsFileSource(repo.root)) };
}
