import type { Catalog } from './index.js';

export const reportMessages: Catalog = {
  'report.template.unreadable': {
    vi: { message: 'Không đọc được mẫu báo cáo {file}: {reason}.', fix: 'Kiểm tra đường dẫn và quyền đọc tệp.' },
    en: { message: 'Cannot read the report template {file}: {reason}.', fix: 'Check the path and the file permissions.' },
  },
  'report.template.missing': {
    vi: { message: 'Không tìm thấy mẫu báo cáo "{kind}" (đã tìm: {dirs}).', fix: 'Tạo tệp templates/{kind}.yaml hoặc dùng mẫu có sẵn.' },
    en: { message: 'No report template "{kind}" (looked in: {dirs}).', fix: 'Create templates/{kind}.yaml or use the built-in one.' },
  },
  'report.template.syntax': {
    vi: { message: 'Mẫu báo cáo có lỗi cú pháp YAML: {detail}', fix: 'Sửa dòng được chỉ ra cho đúng cú pháp YAML.' },
    en: { message: 'The report template is not valid YAML: {detail}', fix: 'Fix the YAML syntax on the line shown.' },
  },
  'report.template.required': {
    vi: { message: 'Mẫu báo cáo thiếu trường bắt buộc "{name}" tại {pointer}.', fix: 'Thêm trường "{name}"; xem schemas/template.schema.json.' },
    en: { message: 'The report template lacks the required field "{name}" at {pointer}.', fix: 'Add "{name}"; see schemas/template.schema.json.' },
  },
  'report.template.unknown-key': {
    vi: { message: 'Mẫu báo cáo có trường không được phép "{name}" tại {pointer}.', fix: 'Xóa hoặc sửa tên trường; xem schemas/template.schema.json.' },
    en: { message: 'The report template has an unknown field "{name}" at {pointer}.', fix: 'Remove or rename it; see schemas/template.schema.json.' },
  },
  'report.template.invalid': {
    vi: { message: 'Giá trị tại {pointer} trong mẫu báo cáo không hợp lệ ({detail}).', fix: 'Sửa theo mô tả của trường trong schemas/template.schema.json.' },
    en: { message: 'The value at {pointer} in the report template is invalid ({detail}).', fix: 'See the field description in schemas/template.schema.json.' },
  },
  'report.template.kind': {
    vi: { message: 'Mẫu báo cáo {file} ghi kind "{actual}" nhưng tên tệp là mẫu "{expected}".', fix: 'Sửa kind cho trùng tên tệp.' },
    en: { message: 'The report template {file} says kind "{actual}" but its file name is "{expected}".', fix: 'Make kind match the file name.' },
  },
};
