// Every rule id lint can report, with its metadata: the rules of rules/ and the checks the loader
// makes while reading. docs/rules.md and the SARIF rule list are generated from here.

import type { Severity } from '../plan/findings.js';
import { RULES } from './rules/index.js';

export interface RuleInfo {
  id: string;
  severity: Severity;
  description: { vi: string; en: string };
}

const LOADER_CHECKS: RuleInfo[] = [
  { id: 'missing-file', severity: 'error', description: { vi: 'Kế hoạch phải có plan/plan.yaml và plan/units.yaml.', en: 'A plan has plan/plan.yaml and plan/units.yaml.' } },
  { id: 'unknown-file', severity: 'warning', description: { vi: 'Tệp YAML nằm ngoài các vị trí của định dạng kế hoạch thì không được đọc.', en: 'A YAML file outside the places of the plan format is not read.' } },
  { id: 'unsafe-path', severity: 'error', description: { vi: 'Trong plan/ và templates/ không có liên kết tượng trưng (symbolic link): de06 không bao giờ đi theo liên kết, nên một pull request không thể khiến CI đọc tệp ngoài kho.', en: 'plan/ and templates/ hold no symbolic links: de06 never follows one, so no pull request can make CI read a file outside the repository.' } },
  { id: 'unreadable', severity: 'error', description: { vi: 'Tệp và thư mục đọc được: tệp thường, không phải thư mục, không quá 5 MB, có quyền đọc; thư mục có quyền liệt kê.', en: 'Files and folders can be read: a regular file, not a folder, at most 5 MB, readable; folders listable.' } },
  { id: 'encoding', severity: 'error', description: { vi: 'Tệp là văn bản UTF-8 (BOM chỉ bị cảnh báo).', en: 'A file is UTF-8 text (a BOM is only a warning).' } },
  { id: 'yaml-syntax', severity: 'error', description: { vi: 'Tệp là YAML 1.2 đúng cú pháp: một tài liệu, thụt lề bằng dấu cách, không có ký tự điều khiển, bí danh trỏ tới neo có thật và không lồng nhau quá mức, khóa là tên chứ không phải danh sách.', en: 'A file is well-formed YAML 1.2: one document, indented with spaces, no control characters, aliases that name a real anchor and do not run away, keys that are names, not collections.' } },
  { id: 'yaml-tag', severity: 'error', description: { vi: 'Tệp kế hoạch không dùng thẻ YAML (!!binary, !!set, !tag …): chỉ chứa dữ liệu thường.', en: 'Plan files use no YAML tags (!!binary, !!set, !tag …): they hold plain data.' } },
  { id: 'duplicate-key', severity: 'error', description: { vi: 'Một khóa không được lặp lại trong cùng một bảng.', en: 'A key appears once per mapping.' } },
  { id: 'schema', severity: 'error', description: { vi: 'Tệp đúng lược đồ JSON Schema của loại tệp đó (schemas/): đủ trường bắt buộc, không có trường lạ, ngày có thật, mã đúng mẫu.', en: 'A file follows the JSON Schema of its kind (schemas/): required fields, no unknown fields, real dates, well-formed ids.' } },
];

export const ALL_RULES: RuleInfo[] = [...LOADER_CHECKS, ...RULES];

/** docs/rules.md */
export function rulesMarkdown(): string {
  const lines = [
    '# Quy tắc kiểm tra của `de06 lint`',
    '',
    '<!-- Tệp này được sinh từ src/lint/catalog.ts bằng `npm run docs`; đừng sửa tay. -->',
    '',
    'Mỗi vấn đề mang một mã quy tắc ổn định (cột "Mã"), dùng được trong CI và trong định dạng `json`, `sarif`.',
    'Mỗi quy tắc ngữ nghĩa có một thư mục ví dụ trong `test/fixtures/rules/<mã>/`: các tệp vi phạm và danh sách lỗi mong đợi (`expected.json`).',
    '',
    '| Mã | Mức | Kiểm tra gì | What it checks |',
    '|---|---|---|---|',
    ...ALL_RULES.map((r) => `| \`${r.id}\` | ${r.severity === 'error' ? 'lỗi' : 'cảnh báo'} | ${r.description.vi} | ${r.description.en} |`),
    '',
  ];
  return lines.join('\n');
}
