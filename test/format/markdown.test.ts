import { describe, expect, test } from 'vitest';
import { markdown } from '../../src/format/markdown.js';
import { clean, en, INDICATORS, missingResult, TASKS, twoErrorsOneWarning, unknownLead, vi } from './fixtures.js';

const rows = (out: string) => out.split('\n').filter((l) => l.startsWith('| plan/'));

describe('markdown format', () => {
  test('has a heading, the counts and a table header', () => {
    const out = markdown(twoErrorsOneWarning, vi);
    expect(out.startsWith('## Kết quả kiểm tra kế hoạch (de06 lint)\n')).toBe(true);
    expect(out).toContain('\n✖ 2 lỗi, 1 cảnh báo trong 5 tệp\n');
    expect(out).toContain('| Vị trí | Mức độ | Quy tắc | Nội dung |\n| --- | --- | --- | --- |\n');
    expect(markdown(twoErrorsOneWarning, en)).toContain('| Location | Severity | Rule | Message |');
  });

  test('one row per problem with location, severity, rule and message', () => {
    expect(rows(markdown(twoErrorsOneWarning, vi))[0]).toBe(
      `| ${TASKS}:12:11 | lỗi | \`unknown-reference\` | Đơn vị “vp-ubd” không có trong units.yaml |`,
    );
  });

  test('escapes | so a message stays in its cell, and breaks no row on a newline', () => {
    const row = rows(markdown(twoErrorsOneWarning, vi))[2]!;
    expect(row).toBe(`| ${INDICATORS}:3:13 | lỗi | \`schema\` | Chỉ tiêu “CT-1.1”: giá trị 100% &lt; 0 &amp; \\| "sai", 'cũ'<br>dòng hai |`);
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(6);
  });

  test('turns Markdown punctuation in a message into plain text', () => {
    const odd = { ...unknownLead, message: 'giá trị *a_b* `c` [d](e) \\' };
    const out = markdown({ ...twoErrorsOneWarning, problems: [odd] }, vi);
    expect(rows(out)[0]).toContain('| giá trị \\*a\\_b\\* \\`c\\` \\[d\\](e) \\\\ |');
  });

  test('groups rows by file, keeping order within a file', () => {
    const interleaved = { ...unknownLead, file: INDICATORS };
    const result = { ...twoErrorsOneWarning, problems: [unknownLead, interleaved, missingResult] };
    expect(rows(markdown(result, vi)).map((r) => r.split(' | ')[0])).toEqual([
      `| ${TASKS}:12:11`,
      `| ${TASKS}:20:5`,
      `| ${INDICATORS}:12:11`,
    ]);
  });

  test('a clean plan gets the heading and the all-clear, no table', () => {
    expect(markdown(clean, vi)).toBe('## Kết quả kiểm tra kế hoạch (de06 lint)\n\n✔ Không có lỗi hay cảnh báo (25 tệp)\n');
  });
});
