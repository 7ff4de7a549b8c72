import type { Catalog } from './index.js';

// Words and lines the lint output formatters print around the problems themselves.
// Counts come in a singular and a plural form for English; Vietnamese nouns do not inflect.
export const formatMessages: Catalog = {
  'format.severity.error': { vi: { message: 'lỗi' }, en: { message: 'error' } },
  'format.severity.warning': { vi: { message: 'cảnh báo' }, en: { message: 'warning' } },
  'format.fix': { vi: { message: 'cách sửa: {fix}' }, en: { message: 'how to fix: {fix}' } },

  'format.count.error': { vi: { message: '{n} lỗi' }, en: { message: '{n} error' } },
  'format.count.errors': { vi: { message: '{n} lỗi' }, en: { message: '{n} errors' } },
  'format.count.warning': { vi: { message: '{n} cảnh báo' }, en: { message: '{n} warning' } },
  'format.count.warnings': { vi: { message: '{n} cảnh báo' }, en: { message: '{n} warnings' } },
  'format.count.file': { vi: { message: '{n} tệp' }, en: { message: '{n} file' } },
  'format.count.files': { vi: { message: '{n} tệp' }, en: { message: '{n} files' } },

  'format.summary.problems': {
    vi: { message: '{errors}, {warnings} trong {files}' },
    en: { message: '{errors}, {warnings} in {files}' },
  },
  'format.summary.clean': {
    vi: { message: 'Không có lỗi hay cảnh báo ({files})' },
    en: { message: 'No errors or warnings ({files})' },
  },

  'format.github.notAnnotated': {
    vi: {
      message:
        'Còn {errors} và {warnings} không hiện thành chú thích vì GitHub chỉ hiện tối đa 10 lỗi và 10 cảnh báo mỗi bước; danh sách đầy đủ ở phần tóm tắt của bước (step summary).',
    },
    en: {
      message:
        '{errors} and {warnings} were not annotated because GitHub shows at most 10 errors and 10 warnings per step; the full list is in the step summary.',
    },
  },

  'format.markdown.title': {
    vi: { message: 'Kết quả kiểm tra kế hoạch (de06 lint)' },
    en: { message: 'Plan check results (de06 lint)' },
  },
  'format.table.location': { vi: { message: 'Vị trí' }, en: { message: 'Location' } },
  'format.table.severity': { vi: { message: 'Mức độ' }, en: { message: 'Severity' } },
  'format.table.rule': { vi: { message: 'Quy tắc' }, en: { message: 'Rule' } },
  'format.table.message': { vi: { message: 'Nội dung' }, en: { message: 'Message' } },
};
