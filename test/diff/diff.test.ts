import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../src/diff/change.js';
import { diffPlans } from '../../src/diff/diff.js';
import { diffJson } from '../../src/format/diff-json.js';
import { diffMarkdown } from '../../src/format/diff-markdown.js';
import { diffText } from '../../src/format/diff-text.js';
import { cleanup } from '../git/repo.js';
import { pullRequest, type Scenario } from './scenario.js';

let scenario: Scenario;
let changes: Change[];
beforeAll(async () => {
  scenario = await pullRequest();
  changes = diffPlans(scenario.base.valid, scenario.head.valid);
});
afterAll(cleanup);

const summary = (c: Change) => [c.task ?? c.group ?? c.unit, c.change, c.period].filter(Boolean).join(' ');

describe('diffPlans: what a pull request changes', () => {
  it('finds each change once, tasks in plan order, then units, groups and progress files', () => {
    expect(changes.map(summary)).toEqual([
      'III.2.4 lead',
      'III.2.5 removed',
      'III.2.6 removed',
      'III.2.7 added',
      'V.4.2a due',
      'so-nv unit-renamed',
      'so-xd unit-added',
      'so-nganh members',
      'so-yt progress-changed 2026-06',
      'so-yt progress-added 2026-07',
    ]);
  });

  it('says how far a deadline moved, from "trước ngày 25/6" (last day 24/6) to 30/9', () => {
    const due = changes.find((c) => c.change === 'due')!;
    expect(due).toMatchObject({ task: 'V.4.2a', from: { before: '2026-06-25' }, to: '2026-09-30', days: 98 });
    expect(due.amended_by).toBeUndefined();
  });

  it('carries the authorising document from the head task, or from the removal record', () => {
    expect(changes.find((c) => c.task === 'III.2.4')?.amended_by).toBe('Văn bản số 12/UBND-KSTT');
    expect(changes.find((c) => c.task === 'III.2.5')).toMatchObject({ amended_by: 'Văn bản số 34/UBND-KSTT', pointer: '/removed/0', side: 'head' });
    expect(changes.find((c) => c.task === 'III.2.6')).toMatchObject({ side: 'base' });
  });

  it('points each change at the changed field in the head file', () => {
    const lead = changes.find((c) => c.change === 'lead')!;
    expect(lead.file).toBe('plan/tasks/III-2-tthc.yaml');
    expect(lead.pointer).toMatch(/^\/tasks\/\d+\/lead$/);
    expect(changes.find((c) => c.change === 'progress-changed')?.pointer).toBe('/updates/0/percent');
  });

  it('finds nothing between a plan and itself', () => {
    expect(diffPlans(scenario.base.valid, scenario.base.valid)).toEqual([]);
  });
});

describe('diff formats', () => {
  const result = () => ({ base: 'origin/main', changes });

  it('text: a header, then one Vietnamese line per change', () => {
    const lines = diffText(result(), { lang: 'vi' }).trimEnd().split('\n');
    expect(lines[0]).toBe('Thay đổi từ origin/main đến cây làm việc: 10 thay đổi');
    expect(lines).toHaveLength(11);
    expect(lines).toContain('~ Nhiệm vụ V.4.2a · thời hạn: trước ngày 2026-06-25 → 2026-09-30 (muộn hơn 98 ngày) · ⚠ chưa ghi văn bản cho phép');
    expect(lines).toContain('~ Nhiệm vụ III.2.4 · đơn vị chủ trì: (không có) → cat · theo Văn bản số 12/UBND-KSTT');
    expect(lines).toContain('~ Nhóm so-nganh · thành viên nhóm: thêm: so-xd; bớt: (không có)');
  });

  it('text in English names the working tree in English', () => {
    expect(diffText({ base: 'main', changes: [] }, { lang: 'en' })).toBe('Changes from main to working tree: 0 changes\nNo change to tasks, units, groups or progress reports.\n');
  });

  it('markdown: a summary line with counts and the unauthorised changes, then a table with | escaped', () => {
    const md = diffMarkdown(result(), { lang: 'vi' });
    const lines = md.split('\n');
    expect(lines[0]).toBe('### Thay đổi kế hoạch: `origin/main` → cây làm việc');
    expect(lines[2]).toContain('**10 thay đổi**: đơn vị chủ trì: 1 · bỏ nhiệm vụ: 2 · thêm nhiệm vụ: 1 · thời hạn: 1');
    expect(lines[2]).toContain('⚠️ 2 thay đổi chưa ghi văn bản cho phép');
    const rows = lines.filter((l) => l.startsWith('| '));
    expect(rows).toHaveLength(11); // header + 10 changes
    expect(md).toContain('| Nhiệm vụ III.2.7 | thêm nhiệm vụ |  | Nhiệm vụ mới \\| có dấu gạch đứng |  |');
    // every row has exactly the five cells of the header: no unescaped | inside a cell
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(7);
  });

  it('json: the DESIGN §4 shape, with from, to and amended_by always present', () => {
    const json = JSON.parse(diffJson(result()));
    expect(Object.keys(json)).toEqual(['base', 'head', 'changes']);
    expect(json.head).toBe('working tree');
    expect(json.changes[0]).toEqual({ task: 'III.2.4', change: 'lead', from: null, to: 'cat', amended_by: 'Văn bản số 12/UBND-KSTT', file: 'plan/tasks/III-2-tthc.yaml' });
    expect(json.changes.find((c: { change: string }) => c.change === 'due')).toMatchObject({ task: 'V.4.2a', days: 98, amended_by: null });
  });
});
