// The shipped plan tells the text of Kế hoạch 208 from the encoder's reading, by the rules of
// docs/format.md ("Đọc văn bản thành nhiệm vụ"). Each test states one rule and checks every task.

import { beforeAll, describe, expect, it } from 'vitest';
import { fsFileSource } from '../../src/plan/files.js';
import { loadPlan } from '../../src/plan/load.js';
import type { PlanModel, Task } from '../../src/plan/model.js';
import { REPO } from '../helpers/plan.js';

let model: PlanModel;
beforeAll(async () => {
  model = (await loadPlan(REPO, fsFileSource(REPO))).valid;
});

const fold = (text: string) => text.normalize('NFC').toLowerCase();
const unitName = (id: string) => [...model.units, ...model.groups].find((u) => u.id === id)?.name;

describe('the shipped plan: text and reading', () => {
  it('marks every pillar as a reading: the text assigns no task to a pillar', () => {
    const withPillars = model.tasks.filter((t) => t.pillars?.length);
    expect(withPillars.length).toBeGreaterThan(0);
    expect(withPillars.filter((t) => !t.interpreted?.pillars).map((t) => t.id)).toEqual([]);
  });

  it('takes an objective as the text\'s only where the section\'s title is the objective group\'s name (II.2.1)', () => {
    const sectionTitle = (t: Task) => model.sections.find((s) => s.section === t.section)!.title;
    const named = (t: Task) => {
      const group = fold(model.plan!.objectives.find((o) => o.id === t.objective)!.title);
      return group.includes(fold(sectionTitle(t)));
    };
    const withObjective = model.tasks.filter((t) => t.objective);
    expect(withObjective.filter((t) => !named(t) && !t.interpreted?.objective).map((t) => t.id)).toEqual([]);
    // and a reading is marked only where it is one
    expect(withObjective.filter((t) => named(t) && t.interpreted?.objective).map((t) => t.id)).toEqual([]);
    expect(withObjective.filter(named).map((t) => t.section)).toEqual(expect.arrayContaining(['III.2', 'III.4', 'III.5', 'III.7']));
  });

  it('reads "Phối hợp với X …" without "chủ trì" as X leading, the section\'s own unit supporting', () => {
    const coordinating = model.tasks.filter((t) => /^Phối hợp với /.test(t.title));
    expect(coordinating.map((t) => t.id)).toEqual(['V.6.3', 'V.6.4', 'V.6.5']);
    for (const task of coordinating) {
      const named = task.title.replace(/^Phối hợp với /, '');
      expect(named.startsWith(unitName(task.lead!)!), task.id).toBe(true);
      expect(task.support, task.id).toEqual(['vp-ubnd']);
    }
  });

  it('writes no result: the text states none apart from the report itself', () => {
    expect(model.tasks.filter((t) => t.result !== undefined && !t.interpreted?.result).map((t) => t.id)).toEqual([]);
  });

  it('encodes the closing paragraph of section V', () => {
    const closing = model.tasks.find((t) => t.id === 'V.13');
    expect(closing?.title).toMatch(/báo cáo UBND tỉnh \(qua Công an tỉnh, Văn phòng UBND tỉnh\) để xem xét, giải quyết$/);
    expect(closing?.lead).toBe('so-nganh-dia-phuong');
  });
});
