import type { Catalog } from './index.js';

// de06 remind (DESIGN §4, §5.1)
export const remindMessages: Catalog = {
  'remind.cli.description': {
    vi: { message: 'lập công văn đôn đốc của Cơ quan Thường trực gửi các đơn vị chậm báo cáo, chậm thực hiện nhiệm vụ, và thư điện tử soạn sẵn cho từng đơn vị' },
    en: { message: "write the standing unit's reminder letter to every unit that is late, and an e-mail draft per late unit" },
  },
  'remind.cli.as-of': {
    vi: { message: 'tính việc chậm đến ngày YYYY-MM-DD (mặc định: hôm nay)' },
    en: { message: 'count what is late as of YYYY-MM-DD (default: today)' },
  },
  'remind.cli.unit': {
    vi: { message: 'chỉ đôn đốc các đơn vị này (mã đơn vị hoặc nhóm, có thể ghi nhiều)' },
    en: { message: 'remind only these units (unit or group ids, one or more)' },
  },
  'remind.cli.out': {
    vi: { message: 'thư mục ghi tệp (mặc định: reports/don-doc/<ngày>/)' },
    en: { message: 'folder to write to (default: reports/don-doc/<day>/)' },
  },
  'remind.cli.format': {
    vi: { message: 'các định dạng, cách nhau bởi dấu phẩy: docx (công văn), eml (thư soạn sẵn cho từng đơn vị có email), pdf (qua LibreOffice), json (chỉ json và không có --out: in ra màn hình); mặc định docx' },
    en: { message: 'formats, comma-separated: docx (the letter), eml (a draft per unit with an email), pdf (through LibreOffice), json (json alone without --out: printed to stdout); default docx' },
  },
  'remind.cli.date': {
    vi: { message: 'ngày ký công văn: YYYY-MM-DD, hoặc blank để trống cho văn thư (mặc định: hôm nay); hạn báo cáo lại tính từ ngày này' },
    en: { message: 'the letter\'s date: YYYY-MM-DD, or blank to leave it for the clerk (default: today); the reply-by day counts from it' },
  },
  'remind.cli.force': { vi: { message: 'ghi đè công văn, thư đã có' }, en: { message: 'overwrite an existing letter and drafts' } },
  'remind.lint-errors': {
    vi: { message: 'kế hoạch có {count} lỗi nên không lập công văn đôn đốc. Chạy "de06 lint" để xem và sửa.' },
    en: { message: 'the plan has {count} errors, so no reminder was made. Run "de06 lint" to see and fix them.' },
  },
  'remind.none': {
    vi: { message: 'Tính đến ngày {asOf}, không có đơn vị nào chậm gửi báo cáo hay chậm thực hiện nhiệm vụ; không lập công văn.' },
    en: { message: 'As of {asOf}, no unit is late with a report or a task; no letter was made.' },
  },
  'remind.no-sender': {
    vi: { message: '--format eml cần hộp thư của Cơ quan Thường trực để làm địa chỉ gửi: thêm email: … cho đơn vị {unit} trong plan/units.yaml (hộp thư công vụ của cơ quan), hoặc bỏ eml khỏi --format. Chưa ghi tệp nào.' },
    en: { message: '--format eml needs the standing unit\'s mailbox as the sender: add email: … to unit {unit} in plan/units.yaml (the body\'s official mailbox), or leave eml out of --format. Nothing was written.' },
  },
  'remind.no-email': {
    vi: { message: 'không soạn thư cho các đơn vị chưa có email trong plan/units.yaml (gửi công văn theo đường khác): {units}.' },
    en: { message: 'no draft for the units without an email in plan/units.yaml (send them the letter another way): {units}.' },
  },
  'remind.not-chased': {
    vi: { message: 'các đơn vị sau chậm nhiệm vụ nhưng không thuộc nhóm báo cáo về Cơ quan Thường trực (reporting.from), nên không có tên trong công văn: {units}.' },
    en: { message: 'these units are late with tasks but do not report to the standing unit (reporting.from), so the letter leaves them out: {units}.' },
  },
};
