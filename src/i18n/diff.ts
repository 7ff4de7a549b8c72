import type { Catalog } from './index.js';

const both = (vi: string, en: string) => ({ vi: { message: vi }, en: { message: en } });
const withFix = (vi: [string, string], en: [string, string]) => ({ vi: { message: vi[0], fix: vi[1] }, en: { message: en[0], fix: en[1] } });

const SHALLOW_FIX_VI = 'chạy `git fetch --deepen=200` (hoặc `git fetch --unshallow`) rồi chạy lại; trong GitHub Actions đặt `fetch-depth: 0` cho actions/checkout, trong GitLab CI đặt biến `GIT_DEPTH: 0`.';
const SHALLOW_FIX_EN = 'run `git fetch --deepen=200` (or `git fetch --unshallow`) and try again; in GitHub Actions set `fetch-depth: 0` on actions/checkout, in GitLab CI set the variable `GIT_DEPTH: 0`.';

export const diffMessages: Catalog = {
  'diff.no-plan-at': {
    vi: { message: 'phiên bản "{rev}" không có kế hoạch (plan/plan.yaml), nên không so sánh được: mọi thứ sẽ trông như mới thêm. Hãy so sánh với một phiên bản đã có kế hoạch.' },
    en: { message: 'revision "{rev}" has no plan (plan/plan.yaml), so nothing can be compared with it: everything would look added. Compare with a revision that has the plan.' },
  },
  'diff.broken-at': {
    vi: { message: 'kế hoạch ở phiên bản "{rev}" có {count} lỗi (đầu tiên: {file}:{line} {detail}); nội dung của các tệp lỗi đó không đọc được, nên có thể trông như mới thêm hoặc đã bỏ.' },
    en: { message: 'the plan at revision "{rev}" has {count} errors (first: {file}:{line} {detail}); what those files hold cannot be read, so it may look added or removed.' },
  },
  // git
  'diff.git.no-git': both('không chạy được git: hãy cài git và bảo đảm lệnh `git` có trong PATH.', 'cannot run git: install git and make sure `git` is on PATH.'),
  'diff.git.not-a-repository': both('thư mục {root} không nằm trong một kho git; `diff` và `lint --base` cần lịch sử git của kho kế hoạch.', 'the folder {root} is not inside a git repository; `diff` and `lint --base` need the plan repository\'s git history.'),
  'diff.git.unknown-revision': both('không tìm thấy phiên bản "{rev}" trong kho git. Kiểm tra tên nhánh, thẻ hoặc mã commit (ví dụ origin/main); nhánh trên máy chủ cần `git fetch` trước.', 'no revision "{rev}" in the git repository. Check the branch, tag or commit name (e.g. origin/main); a remote branch needs `git fetch` first.'),
  'diff.git.shallow': both(`không tìm thấy "{rev}": kho git này là bản sao nông (shallow clone), không có đủ lịch sử. Hãy ${SHALLOW_FIX_VI}`, `"{rev}" is not available: this is a shallow clone without enough history. Please ${SHALLOW_FIX_EN}`),
  'diff.git.no-merge-base': both('nhánh {a} và {b} không có commit chung; hãy chỉ rõ phiên bản gốc: `de06 diff <BASE>`.', 'the branches {a} and {b} share no commit; name the base explicitly: `de06 diff <BASE>`.'),
  'diff.git.no-default-branch': both('không xác định được nhánh chính (origin/HEAD, origin/main, origin/master, main, master đều không có); hãy chỉ rõ phiên bản gốc: `de06 diff <BASE>`.', 'cannot tell the default branch (none of origin/HEAD, origin/main, origin/master, main, master exists); name the base explicitly: `de06 diff <BASE>`.'),
  'diff.git.no-commits': both('kho git chưa có commit nào; hãy commit kế hoạch trước khi so sánh.', 'the git repository has no commits yet; commit the plan before comparing.'),
  'diff.git.failed': both('git báo lỗi: {detail}', 'git failed: {detail}'),

  // what changed, as a reviewer reads it
  'diff.change.added': both('thêm nhiệm vụ', 'task added'),
  'diff.change.removed': both('bỏ nhiệm vụ', 'task removed'),
  'diff.change.section': both('chuyển mục', 'section'),
  'diff.change.title': both('nội dung', 'title'),
  'diff.change.objective': both('nhóm mục tiêu', 'objective'),
  'diff.change.lead': both('đơn vị chủ trì', 'lead'),
  'diff.change.support': both('đơn vị phối hợp', 'support'),
  'diff.change.authority': both('thẩm quyền', 'authority'),
  'diff.change.due': both('thời hạn', 'due'),
  'diff.change.result': both('kết quả, sản phẩm', 'result'),
  'diff.change.unit-added': both('thêm đơn vị', 'unit added'),
  'diff.change.unit-removed': both('bỏ đơn vị', 'unit removed'),
  'diff.change.unit-renamed': both('đổi tên đơn vị', 'unit renamed'),
  'diff.change.group-added': both('thêm nhóm', 'group added'),
  'diff.change.group-removed': both('bỏ nhóm', 'group removed'),
  'diff.change.members': both('thành viên nhóm', 'group members'),
  'diff.change.progress-added': both('báo cáo tiến độ mới', 'progress report added'),
  'diff.change.progress-changed': both('sửa báo cáo tiến độ', 'progress report changed'),
  'diff.change.progress-removed': both('xóa báo cáo tiến độ', 'progress report removed'),
  'diff.field.lead': both('đơn vị chủ trì', 'lead'),
  'diff.field.due': both('thời hạn', 'due date'),
  'diff.field.removed': both('việc bỏ nhiệm vụ', 'the removal'),
  'diff.subject.task': both('Nhiệm vụ {id}', 'Task {id}'),
  'diff.subject.unit': both('Đơn vị {id}', 'Unit {id}'),
  'diff.subject.group': both('Nhóm {id}', 'Group {id}'),
  'diff.subject.progress': both('Báo cáo {unit} kỳ {period}', 'Report of {unit} for {period}'),
  'diff.value.none': both('(không có)', '(none)'),
  'diff.value.before': both('trước ngày {date}', 'before {date}'),
  'diff.value.members': both('thêm: {added}; bớt: {removed}', 'added: {added}; removed: {removed}'),
  'diff.moved.later': both('muộn hơn {days} ngày', '{days} days later'),
  'diff.moved.earlier': both('sớm hơn {days} ngày', '{days} days earlier'),
  'diff.by': both('theo {document}', 'by {document}'),
  'diff.no-authority': both('chưa ghi văn bản cho phép', 'no authorising document'),
  'diff.worktree': both('cây làm việc', 'working tree'),
  'diff.header': both('Thay đổi từ {base} đến {head}: {count}', 'Changes from {base} to {head}: {count}'),
  'diff.count': both('{n} thay đổi', '{n} changes'),
  'diff.count.one': both('1 thay đổi', '1 change'),
  'diff.none': both('Không có thay đổi nào về nhiệm vụ, đơn vị, nhóm hay báo cáo tiến độ.', 'No change to tasks, units, groups or progress reports.'),
  'diff.md.title': both('Thay đổi kế hoạch', 'Plan changes'),
  'diff.md.warning': both('{n} thay đổi chưa ghi văn bản cho phép (amended_by)', '{n} changes without an authorising document (amended_by)'),
  'diff.md.col.subject': both('Đối tượng', 'Subject'),
  'diff.md.col.change': both('Thay đổi', 'Change'),
  'diff.md.col.from': both('Trước', 'Before'),
  'diff.md.col.to': both('Sau', 'After'),
  'diff.md.col.document': both('Văn bản cho phép', 'Authorised by'),

  // amendment rules (src/diff/amendments.ts)
  'diff.amendment.missing': withFix(
    ['Nhiệm vụ {task}: thay đổi {field} cần văn bản cho phép (rõ thẩm quyền) nhưng chưa ghi amended_by.', 'Thêm `amended_by: "Văn bản số …/… ngày …"` vào nhiệm vụ, ghi văn bản của cấp có thẩm quyền cho phép thay đổi này.'],
    ['Task {task}: changing {field} needs an authorising document but amended_by is missing.', 'Add `amended_by: "Document no. … of …"` to the task, citing the document that authorises this change.'],
  ),
  'diff.amendment.unchanged': withFix(
    ['Nhiệm vụ {task}: {field} thay đổi nhưng amended_by vẫn là "{document}", văn bản của lần điều chỉnh trước.', 'Ghi vào amended_by văn bản cho phép lần thay đổi này.'],
    ['Task {task}: {field} changed but amended_by is still "{document}", the document of an earlier amendment.', 'Put the document that authorises this change in amended_by.'],
  ),
  'diff.amendment.removed': withFix(
    ['Nhiệm vụ {task} bị bỏ khỏi kế hoạch nhưng không ghi văn bản cho phép.', 'Giữ một bản ghi trong tệp mục: `removed: [{id: {task}, amended_by: "Văn bản số …"}]`.'],
    ['Task {task} was removed from the plan without an authorising document.', 'Keep a record in the section file: `removed: [{id: {task}, amended_by: "Document no. …"}]`.'],
  ),
  'diff.amendment.overdue-move': withFix(
    ['Nhiệm vụ {task} đã quá hạn {days} ngày (hạn {due}, tính đến {asOf}) mà chưa báo cáo hoàn thành; dời hạn sẽ xóa trường hợp quá hạn này khỏi báo cáo.', 'Người xem xét cần xác nhận văn bản cho phép dời hạn; kết quả chậm trễ vẫn cần được nêu trong báo cáo kỳ này.'],
    ['Task {task} is {days} days overdue (due {due}, as of {asOf}) and not reported done; moving the deadline removes it from the overdue list.', 'Reviewers should confirm the document that allows the move; the delay still belongs in this period\'s report.'],
  ),
  'diff.amendment.reported-changed': withFix(
    ['Báo cáo của {unit} kỳ {period} đã gửi nhưng bị sửa; số liệu đã tổng hợp sẽ không còn khớp.', 'Ghi nội dung mới vào báo cáo kỳ sau; nếu phải đính chính, nêu rõ văn bản đính chính trong note.'],
    ['The report of {unit} for {period} was already submitted and has been changed; compiled figures no longer match.', 'Put new information in the next period\'s report; for a correction, cite the correcting document in a note.'],
  ),
  'diff.amendment.reported-removed': withFix(
    ['Báo cáo của {unit} kỳ {period} đã gửi nhưng bị xóa.', 'Không xóa báo cáo đã gửi: đó là căn cứ tính việc báo cáo đúng hạn.'],
    ['The report of {unit} for {period} was already submitted and has been deleted.', 'Do not delete a submitted report: it is the evidence of on-time reporting.'],
  ),

  // CLI
  'diff.cli.description': both('những gì thay đổi trong kế hoạch giữa hai phiên bản git (nhiệm vụ, đơn vị chủ trì, thời hạn…)', 'what changed in the plan between two git revisions (tasks, leads, deadlines…)'),
  'diff.cli.base': both('phiên bản gốc (mặc định: commit chung với nhánh chính)', 'base revision (default: the merge base with the default branch)'),
  'diff.cli.head': both('phiên bản so sánh (mặc định: cây làm việc)', 'revision to compare (default: the working tree)'),
  'diff.cli.format': both('định dạng kết quả', 'output format'),
  'diff.cli.lint-base': both('kiểm tra thêm các quy tắc sửa đổi so với phiên bản git này (ví dụ origin/main)', 'also check the amendment rules against this git revision (e.g. origin/main)'),
  'diff.cli.warnings-exit-code': both('mã thoát khi chỉ có cảnh báo, không có lỗi (ví dụ 3 cho allow_failure của GitLab)', 'exit code when there are warnings but no errors (e.g. 3 for GitLab allow_failure)'),
  'diff.cli.bad-exit-code': both('--warnings-exit-code cần một số nguyên từ 0 đến 255, không phải "{value}".', '--warnings-exit-code takes a whole number from 0 to 255, not "{value}".'),

  'init.cli.description': both('tạo một kho kế hoạch mới (kế hoạch mẫu, lược đồ, mẫu báo cáo, CI, cấu hình trình soạn thảo)', 'scaffold a new plan repository (sample plan, schemas, templates, CI, editor settings)'),
  'init.cli.dir': both('thư mục tạo kho (mặc định: thư mục hiện tại)', 'folder to create it in (default: the current folder)'),
  'init.cli.force': both('cho phép tạo trong thư mục đã có tệp (không bao giờ ghi đè tệp đã có)', 'allow a folder that already has files (existing files are never overwritten)'),
  'init.cli.owner': both('mẫu chủ sở hữu trong CODEOWNERS, ví dụ @bac-ninh/{unit}', 'owner pattern for CODEOWNERS, e.g. @my-org/{unit}'),
  'init.not-empty': both('thư mục {dir} đã có tệp; dùng --force để tạo thêm các tệp còn thiếu (tệp đã có không bị ghi đè).', 'the folder {dir} is not empty; pass --force to add the missing files (existing files are never overwritten).'),
  'init.wrote': both('Đã tạo {path}', 'Created {path}'),
  'init.kept': both('Giữ nguyên {path} (đã có)', 'Kept {path} (already there)'),
  'init.done': both('Xong: {count} tệp trong {dir}.', 'Done: {count} files in {dir}.'),

  'codeowners.cli.description': both('tạo lại khối de06 trong CODEOWNERS từ plan/units.yaml', 'regenerate the de06 block of CODEOWNERS from plan/units.yaml'),
  'codeowners.cli.check': both('chỉ kiểm tra, mã thoát 1 nếu CODEOWNERS chưa khớp', 'only check; exit 1 when CODEOWNERS is out of date'),
  'codeowners.wrote': both('Đã cập nhật {path}', 'Updated {path}'),
  'codeowners.current': both('{path} đã khớp với plan/units.yaml', '{path} matches plan/units.yaml'),
  'codeowners.stale.missing': withFix(
    ['CODEOWNERS không còn khớp với plan/units.yaml: chưa có thư mục báo cáo của {units}.', 'Chạy `de06 codeowners` để tạo lại khối de06 trong CODEOWNERS.'],
    ['CODEOWNERS no longer matches plan/units.yaml: no entry for {units}.', 'Run `de06 codeowners` to regenerate the de06 block of CODEOWNERS.'],
  ),
  'codeowners.stale.extra': withFix(
    ['CODEOWNERS không còn khớp với plan/units.yaml: còn dòng của đơn vị không còn trong units.yaml ({units}).', 'Chạy `de06 codeowners` để tạo lại khối de06 trong CODEOWNERS.'],
    ['CODEOWNERS no longer matches plan/units.yaml: entries for units no longer there ({units}).', 'Run `de06 codeowners` to regenerate the de06 block of CODEOWNERS.'],
  ),
  'codeowners.stale.other': withFix(
    ['Khối de06 trong CODEOWNERS khác với bản tạo từ plan/units.yaml (có thể đã bị sửa tay).', 'Chạy `de06 codeowners` để tạo lại khối; đặt các dòng riêng ngoài khối BEGIN/END de06.'],
    ['The de06 block of CODEOWNERS differs from what plan/units.yaml gives (edited by hand?).', 'Run `de06 codeowners` to regenerate it; keep your own lines outside the BEGIN/END de06 block.'],
  ),
};
