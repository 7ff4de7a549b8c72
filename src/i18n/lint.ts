import type { Catalog } from './index.js';

export const lintMessages: Catalog = {
  // words used inside other messages
  'kind.unit': { vi: { message: 'đơn vị' }, en: { message: 'unit' } },
  'kind.unit-or-group': { vi: { message: 'đơn vị hoặc nhóm đơn vị' }, en: { message: 'unit or group' } },
  'kind.task': { vi: { message: 'nhiệm vụ' }, en: { message: 'task' } },
  'kind.section': { vi: { message: 'mục' }, en: { message: 'section' } },
  'kind.objective': { vi: { message: 'nhóm mục tiêu' }, en: { message: 'objective group' } },
  'kind.pillar': { vi: { message: 'trụ cột' }, en: { message: 'pillar' } },
  'kind.indicator': { vi: { message: 'chỉ tiêu' }, en: { message: 'indicator' } },

  // reading and decoding
  'load.missing': {
    vi: { message: 'Thiếu tệp bắt buộc của kế hoạch.', fix: 'Tạo tệp này (xem "de06 init" hoặc docs/format.md).' },
    en: { message: 'A required plan file is missing.', fix: 'Create it (see "de06 init" or docs/format.md).' },
  },
  'load.unknown-file': {
    vi: { message: 'Tệp YAML không thuộc loại nào của kế hoạch nên không được đọc.', fix: 'Đặt tệp đúng chỗ: plan/tasks/<mục>.yaml, plan/progress/<đơn vị>/<kỳ>.yaml hoặc templates/<loại>.yaml; hoặc xóa tệp.' },
    en: { message: 'This YAML file has no place in the plan, so it is not read.', fix: 'Move it to plan/tasks/<section>.yaml, plan/progress/<unit>/<period>.yaml or templates/<kind>.yaml, or delete it.' },
  },
  'load.directory': {
    vi: { message: 'Đây là một thư mục, nhưng kế hoạch cần một tệp ở chỗ này.', fix: 'Đổi tên thư mục, hoặc thay nó bằng một tệp YAML.' },
    en: { message: 'This is a folder where the plan expects a file.', fix: 'Rename the folder, or replace it with a YAML file.' },
  },
  'load.too-large': {
    vi: { message: 'Tệp quá lớn ({size} MB; tối đa {max} MB) nên không được đọc.', fix: 'Tách nội dung thành nhiều tệp (mỗi mục một tệp, mỗi kỳ báo cáo một tệp).' },
    en: { message: 'The file is too large ({size} MB; at most {max} MB), so it is not read.', fix: 'Split it into several files (one per section, one per reporting period).' },
  },
  'load.unreadable': {
    vi: { message: 'Không đọc được tệp (không có quyền đọc hoặc lỗi ổ đĩa).', fix: 'Kiểm tra quyền đọc của tệp.' },
    en: { message: 'The file cannot be read (no permission or a disk error).', fix: 'Check the file permissions.' },
  },
  'load.link-outside': {
    vi: { message: 'Đây là một liên kết tượng trưng (symbolic link) trỏ ra ngoài kho kế hoạch; de06 không đọc nó, để không ai có thể dùng một pull request mà đọc trộm tệp của máy chạy CI.', fix: 'Xóa liên kết và đặt chính tệp YAML vào đây.' },
    en: { message: 'This is a symbolic link that points outside the plan repository; de06 does not read it, so that no pull request can make CI read the machine\'s files.', fix: 'Delete the link and put the YAML file itself here.' },
  },
  'load.link-inside': {
    vi: { message: 'Đây là một liên kết tượng trưng (symbolic link); de06 không đi theo liên kết, kể cả liên kết trong kho (nó có thể trỏ tới .git/config, nơi CI giữ mã truy cập, hoặc làm một tệp bị tính hai lần).', fix: 'Thay liên kết bằng một bản sao của tệp, hoặc xóa nó.' },
    en: { message: 'This is a symbolic link; de06 never follows links, not even inside the repository (one could reach .git/config, where CI keeps its access token, or count a file twice).', fix: 'Replace the link with a copy of the file, or delete it.' },
  },
  'load.unreadable-folder': {
    vi: { message: 'Không đọc được thư mục này ({code}); mọi tệp trong đó bị bỏ sót, nên kết quả kiểm tra và báo cáo sẽ thiếu.', fix: 'Cấp quyền đọc cho thư mục (chmod u+rx) rồi chạy lại.' },
    en: { message: 'This folder cannot be read ({code}); every file in it would be missed, so lint and reports would be incomplete.', fix: 'Make the folder readable (chmod u+rx) and run again.' },
  },
  'load.not-a-file': {
    vi: { message: 'Ở đây có một mục không phải tệp thường (ống dẫn, socket hoặc thiết bị), nên không được đọc.', fix: 'Thay nó bằng một tệp YAML thường, hoặc xóa nó.' },
    en: { message: 'This is not a regular file (a pipe, a socket or a device), so it is not read.', fix: 'Replace it with a regular YAML file, or delete it.' },
  },
  'encoding.bom': {
    vi: { message: 'Tệp bắt đầu bằng ký tự BOM; de06 vẫn đọc được nhưng một số công cụ thì không.', fix: 'Lưu lại tệp dưới dạng "UTF-8" (không BOM).' },
    en: { message: 'The file starts with a byte order mark; de06 reads it, some tools do not.', fix: 'Save the file as "UTF-8" without BOM.' },
  },
  'encoding.not-utf8': {
    vi: { message: 'Tệp không phải văn bản UTF-8: có byte không hợp lệ tại đây (thường do lưu bằng bảng mã cũ như TCVN3, VNI hoặc Windows-1258).', fix: 'Mở tệp bằng trình soạn thảo và lưu lại với bảng mã UTF-8.' },
    en: { message: 'The file is not UTF-8 text: an invalid byte stands here (often a legacy encoding such as TCVN3, VNI or Windows-1258).', fix: 'Open the file in an editor and save it as UTF-8.' },
  },

  // YAML syntax
  'yaml.empty': {
    vi: { message: 'Tệp trống: không có nội dung YAML nào.', fix: 'Điền nội dung theo mẫu của loại tệp này, hoặc xóa tệp.' },
    en: { message: 'The file is empty: it holds no YAML content.', fix: 'Fill it in as its kind requires, or delete it.' },
  },
  'yaml.duplicate-key': {
    vi: { message: 'Khóa bị lặp lại trong cùng một bảng: giá trị sau sẽ ghi đè giá trị trước.', fix: 'Xóa một trong hai dòng, hoặc gộp nội dung vào một khóa.' },
    en: { message: 'A key is repeated in the same mapping: the later value would overwrite the earlier.', fix: 'Delete one of the two lines, or merge them into one key.' },
  },
  'yaml.tab': {
    vi: { message: 'Thụt lề bằng ký tự tab; YAML chỉ cho phép thụt lề bằng dấu cách.', fix: 'Thay tab bằng dấu cách (mỗi cấp 2 dấu cách).' },
    en: { message: 'Indented with a tab; YAML allows only spaces for indentation.', fix: 'Replace the tab with spaces (2 per level).' },
  },
  'yaml.multiple-docs': {
    vi: { message: 'Tệp chứa nhiều tài liệu YAML (ngăn cách bởi "---"); mỗi tệp chỉ được có một.', fix: 'Xóa dòng "---" hoặc tách thành hai tệp.' },
    en: { message: 'The file holds several YAML documents (separated by "---"); each file holds one.', fix: 'Delete the "---" line or split the file in two.' },
  },
  'yaml.bad-indent': {
    vi: { message: 'Thụt lề không đúng: dòng này không thẳng hàng với các khóa cùng cấp.', fix: 'Căn dòng thẳng với các khóa cùng cấp phía trên.' },
    en: { message: 'Wrong indentation: this line does not line up with its siblings.', fix: 'Align the line with the keys of the same level above it.' },
  },
  'yaml.missing-char': {
    vi: { message: 'Thiếu ký tự đóng (dấu ngoặc hoặc dấu nháy) trong YAML: {detail}.', fix: 'Đóng đủ các dấu ngoặc ] } và dấu nháy " \'.' },
    en: { message: 'A closing character (bracket or quote) is missing: {detail}.', fix: 'Close every ] } bracket and " \' quote.' },
  },
  'yaml.block-as-key': {
    vi: { message: 'Cú pháp YAML sai: một khối giá trị được dùng làm khóa (thường do thiếu dấu ":" hoặc thụt lề sai).', fix: 'Kiểm tra dấu ":" sau khóa và thụt lề của dòng này.' },
    en: { message: 'YAML syntax error: a block is used as a key (usually a missing ":" or bad indentation).', fix: 'Check the ":" after the key and the indentation of this line.' },
  },
  'yaml.multiline-key': {
    vi: { message: 'Cú pháp YAML sai: khóa kéo dài nhiều dòng (thường do thiếu dấu ":" hoặc chuỗi chưa đặt trong dấu nháy).', fix: 'Thêm dấu ":" sau khóa, hoặc đặt văn bản có dấu ":" trong dấu nháy kép.' },
    en: { message: 'YAML syntax error: a key runs over several lines (usually a missing ":" or an unquoted string).', fix: 'Add the ":" after the key, or put text that contains ":" in double quotes.' },
  },
  'yaml.unexpected': {
    vi: { message: 'Cú pháp YAML sai: gặp ký tự không mong đợi ({detail}).', fix: 'Văn bản có ký tự đặc biệt (: # - [ ] { }) cần đặt trong dấu nháy kép.' },
    en: { message: 'YAML syntax error: unexpected character ({detail}).', fix: 'Put text with special characters (: # - [ ] { }) in double quotes.' },
  },
  'yaml.other': {
    vi: { message: 'Cú pháp YAML sai: {detail}.', fix: 'Sửa cú pháp tại vị trí này; văn bản có ký tự đặc biệt cần đặt trong dấu nháy kép.' },
    en: { message: 'YAML syntax error: {detail}.', fix: 'Fix the syntax here; put text with special characters in double quotes.' },
  },
  'yaml.non-printable': {
    vi: { message: 'Tệp chứa ký tự điều khiển {code}, loại ký tự YAML không cho phép xuất hiện trong tệp (thường do dán từ một chương trình khác).', fix: 'Xóa ký tự này; nếu thật sự cần, viết nó trong dấu nháy kép dưới dạng mã, ví dụ "\\u0001".' },
    en: { message: 'The file holds the control character {code}, which YAML does not allow in a file (often pasted from another program).', fix: 'Delete it; if it is really needed, write it in double quotes as an escape, e.g. "\\u0001".' },
  },
  'yaml.unclosed-flow': {
    vi: { message: 'Dấu "{open}" mở ở đây chưa được đóng bằng "{close}" trên cùng dòng.', fix: 'Thêm "{close}" ở cuối danh sách, hoặc viết mỗi phần tử trên một dòng bắt đầu bằng "- ".' },
    en: { message: 'The "{open}" opened here is not closed with "{close}".', fix: 'Add "{close}" at the end of the list, or write one item per line starting with "- ".' },
  },
  'yaml.undefined-alias': {
    vi: { message: 'Bí danh "*{name}" trỏ tới một neo "&{name}" không có trong tệp.', fix: 'Khai báo neo "&{name}" trước khi dùng, hoặc viết trực tiếp giá trị.' },
    en: { message: 'The alias "*{name}" refers to an anchor "&{name}" that the file does not have.', fix: 'Declare the anchor "&{name}" before using it, or write the value out.' },
  },
  'yaml.recursive-alias': {
    vi: { message: 'Bí danh "*{name}" trỏ vào chính giá trị đang chứa nó, tạo thành vòng lặp vô tận.', fix: 'Viết trực tiếp giá trị thay cho bí danh.' },
    en: { message: 'The alias "*{name}" refers to the value that contains it, an endless loop.', fix: 'Write the value out instead of the alias.' },
  },
  'yaml.collection-key': {
    vi: { message: 'Khóa ở đây là một danh sách hoặc bảng; khóa trong kế hoạch chỉ là tên ngắn (chữ, số, gạch nối).', fix: 'Dùng một tên làm khóa, ví dụ "id: …".' },
    en: { message: 'This key is a list or a mapping; plan keys are short names (letters, digits, hyphens).', fix: 'Use a name as the key, e.g. "id: …".' },
  },
  'yaml.tag': {
    vi: { message: 'Thẻ YAML "{tag}" không được dùng trong tệp kế hoạch: tệp chỉ chứa dữ liệu thường (văn bản, số, ngày, danh sách, bảng).', fix: 'Xóa "{tag}" và viết giá trị trực tiếp.' },
    en: { message: 'The YAML tag "{tag}" is not allowed in plan files: they hold plain data (text, numbers, dates, lists, mappings).', fix: 'Remove "{tag}" and write the value directly.' },
  },
  'yaml.directive-twice': {
    vi: { message: 'Chỉ thị %YAML xuất hiện hai lần.', fix: 'Xóa dòng %YAML thừa (tệp kế hoạch không cần chỉ thị này).' },
    en: { message: 'The %YAML directive appears twice.', fix: 'Delete the extra %YAML line (plan files need no directive).' },
  },
  'yaml.directive-without-document': {
    vi: { message: 'Có chỉ thị YAML nhưng không có tài liệu nào sau dòng "---".', fix: 'Xóa chỉ thị, hoặc thêm "---" và nội dung sau nó.' },
    en: { message: 'A YAML directive is not followed by a document ("---").', fix: 'Delete the directive, or add "---" and the content after it.' },
  },
  'yaml.alias-bomb': {
    vi: { message: 'Tệp dùng quá nhiều bí danh YAML (*alias) lồng nhau, có thể làm treo máy; de06 không mở rộng chúng.', fix: 'Viết trực tiếp giá trị thay cho bí danh.' },
    en: { message: 'The file uses too many nested YAML aliases (*alias), which could exhaust memory; de06 does not expand them.', fix: 'Write the values out instead of aliases.' },
  },

  // schema
  'schema.required': {
    vi: { message: 'Thiếu trường bắt buộc "{property}".', fix: 'Thêm dòng "{property}: …" vào mục này.' },
    en: { message: 'The required field "{property}" is missing.', fix: 'Add a line "{property}: …" to this entry.' },
  },
  'schema.additional': {
    vi: { message: 'Trường "{property}" không có trong định dạng kế hoạch.', fix: 'Sửa chính tả hoặc xóa trường này. Các trường được phép: {allowed}.' },
    en: { message: 'The field "{property}" is not part of the plan format.', fix: 'Fix the spelling or remove it. Allowed fields: {allowed}.' },
  },
  'schema.enum': {
    vi: { message: 'Giá trị "{value}" của "{field}" không hợp lệ.', fix: 'Dùng một trong các giá trị: {allowed}.' },
    en: { message: 'The value "{value}" of "{field}" is not allowed.', fix: 'Use one of: {allowed}.' },
  },
  'schema.date': {
    vi: { message: 'Ngày "{value}" của "{field}" không có thật hoặc sai định dạng.', fix: 'Viết ngày theo dạng NĂM-THÁNG-NGÀY có thật, ví dụ 2026-06-25.' },
    en: { message: 'The date "{value}" of "{field}" does not exist or is badly written.', fix: 'Write a real date as YEAR-MONTH-DAY, e.g. 2026-06-25.' },
  },
  'schema.type': {
    vi: { message: 'Giá trị "{value}" của "{field}" sai kiểu: cần {expected}.', fix: '{description}' },
    en: { message: 'The value "{value}" of "{field}" has the wrong type: {expected} expected.', fix: '{description}' },
  },
  'schema.root-scalar': {
    vi: { message: 'Tệp chỉ chứa một giá trị đơn lẻ ("{value}"), trong khi tệp này phải là một bảng các khóa, mỗi dòng "khóa: giá trị".', fix: 'Xem mẫu của loại tệp này trong docs/format.md.' },
    en: { message: 'The file holds a single value ("{value}"), where this file must be a mapping of keys, one "key: value" per line.', fix: 'See the example for this kind of file in docs/format.md.' },
  },
  'schema.root-list': {
    vi: { message: 'Tệp là một danh sách (các dòng bắt đầu bằng "- "), trong khi tệp này phải là một bảng các khóa, mỗi dòng "khóa: giá trị".', fix: 'Xem mẫu của loại tệp này trong docs/format.md.' },
    en: { message: 'The file is a list (lines starting with "- "), where this file must be a mapping of keys, one "key: value" per line.', fix: 'See the example for this kind of file in docs/format.md.' },
  },
  'schema.range': {
    vi: { message: 'Giá trị {value} của "{field}" nằm ngoài giới hạn cho phép (cần {comparison} {limit}).', fix: 'Sửa thành một số trong giới hạn.' },
    en: { message: 'The value {value} of "{field}" is out of bounds ({comparison} {limit} required).', fix: 'Use a number within the bounds.' },
  },
  'schema.empty': {
    vi: { message: '"{field}" không được để trống.', fix: 'Điền nội dung, hoặc xóa cả dòng nếu trường này không bắt buộc.' },
    en: { message: '"{field}" may not be empty.', fix: 'Fill it in, or delete the line if the field is optional.' },
  },
  'schema.conflict': {
    vi: { message: 'Trường "{field}" không dùng được cùng các trường khác đã có ở đây (ví dụ "trước ngày" before_day và "ngày" day không đặt cùng lúc).', fix: 'Giữ một trong hai trường.' },
    en: { message: 'The field "{field}" cannot stand beside the other fields here (for example before_day and day together).', fix: 'Keep one of the two.' },
  },
  'schema.shape': {
    vi: { message: 'Giá trị "{value}" của "{field}" không đúng định dạng.', fix: 'Cần: {description}' },
    en: { message: 'The value "{value}" of "{field}" is not in the expected form.', fix: 'Expected: {description}' },
  },
  'schema.other': {
    vi: { message: 'Giá trị "{value}" của "{field}" không hợp lệ ({detail}).', fix: '{description}' },
    en: { message: 'The value "{value}" of "{field}" is not valid ({detail}).', fix: '{description}' },
  },

  // semantic rules
  'rule.duplicate-id': {
    vi: { message: 'Mã {what} "{id}" đã được khai báo (lần đầu trong {first}).', fix: 'Đổi sang một mã chưa dùng, hoặc xóa mục trùng.' },
    en: { message: 'The {what} id "{id}" is already declared (first in {first}).', fix: 'Use an unused id, or delete the duplicate.' },
  },
  'rule.duplicate-update': {
    vi: { message: 'Nhiệm vụ "{id}" được cập nhật hai lần trong cùng một báo cáo.', fix: 'Gộp hai mục cập nhật thành một (hoặc ghi rõ "occurrence" khác nhau cho nhiệm vụ định kỳ).' },
    en: { message: 'Task "{id}" is updated twice in the same report.', fix: 'Merge the two updates (or give recurring occurrences different "occurrence" values).' },
  },
  'rule.unknown-reference': {
    vi: { message: 'Không có {kind} nào mang mã "{id}".', fix: 'Dùng một mã đã khai báo, hoặc khai báo "{id}" trước.' },
    en: { message: 'No {kind} has the id "{id}".', fix: 'Use a declared id, or declare "{id}" first.' },
  },
  'rule.unknown-reference.suggest': {
    vi: { message: 'Không có {kind} nào mang mã "{id}".', fix: 'Có phải là "{suggestion}"?' },
    en: { message: 'No {kind} has the id "{id}".', fix: 'Did you mean "{suggestion}"?' },
  },
  'rule.group-cycle': {
    vi: { message: 'Nhóm "{id}" chứa lại chính nó: {path}.', fix: 'Bỏ thành viên tạo thành vòng lặp khỏi danh sách "members".' },
    en: { message: 'Group "{id}" contains itself: {path}.', fix: 'Remove the member that closes the loop from "members".' },
  },
  'rule.task-section': {
    vi: { message: 'Nhiệm vụ "{id}" nằm trong tệp của mục {section} nhưng mã không bắt đầu bằng "{section}.".', fix: 'Đổi mã theo đánh số của mục {section}, hoặc chuyển nhiệm vụ sang tệp của mục đúng.' },
    en: { message: 'Task "{id}" sits in the file of section {section} but its id does not start with "{section}.".', fix: 'Renumber it within section {section}, or move it to the right section file.' },
  },
  'rule.progress-path.unit': {
    vi: { message: 'Báo cáo của đơn vị "{unit}" nằm trong thư mục "{folder}".', fix: 'Chuyển tệp sang plan/progress/{unit}/{period}.yaml, hoặc sửa "unit" cho đúng.' },
    en: { message: 'The report of unit "{unit}" sits in the folder "{folder}".', fix: 'Move it to plan/progress/{unit}/{period}.yaml, or correct "unit".' },
  },
  'rule.progress-path.period': {
    vi: { message: 'Báo cáo kỳ "{period}" nằm trong tệp "{name}".', fix: 'Đổi tên tệp thành {period}.yaml, hoặc sửa "period" cho đúng.' },
    en: { message: 'The report for period "{period}" is in the file "{name}".', fix: 'Rename the file to {period}.yaml, or correct "period".' },
  },
  'rule.progress-draft': {
    vi: { message: 'Báo cáo kỳ {period} của {unit} chưa có ngày gửi (submitted): đây mới là bản nháp, chưa tính là đơn vị đã báo cáo.', fix: 'Khi gửi báo cáo, thêm dòng "submitted: NĂM-THÁNG-NGÀY" (ngày gửi thực tế).' },
    en: { message: 'The report of {unit} for {period} has no submitted day: it is a draft and does not count as a report yet.', fix: 'When the report is sent, add "submitted: YEAR-MONTH-DAY" (the day it was sent).' },
  },
  'rule.narrative-path.period': {
    vi: { message: 'Lời văn báo cáo kỳ "{period}" nằm trong tệp "{name}".', fix: 'Đổi tên tệp thành plan/narrative/{folder}{period}.yaml, hoặc sửa "period" cho đúng kỳ của báo cáo.' },
    en: { message: 'The narrative for period "{period}" is in the file "{name}".', fix: 'Rename the file to plan/narrative/{folder}{period}.yaml, or correct "period".' },
  },
  'rule.narrative-path.unit': {
    vi: { message: 'Lời văn báo cáo trong thư mục "{folder}" ghi unit "{unit}".', fix: 'Ghi `unit: {folder}`, hoặc chuyển tệp sang plan/narrative/{unit}/{period}.yaml.' },
    en: { message: 'The narrative in the folder "{folder}" says unit "{unit}".', fix: 'Write `unit: {folder}`, or move the file to plan/narrative/{unit}/{period}.yaml.' },
  },
  'rule.narrative-path.unit-at-top': {
    vi: { message: 'Lời văn báo cáo của tỉnh không ghi unit, nhưng tệp này ghi unit "{unit}".', fix: 'Với báo cáo riêng của đơn vị, chuyển tệp sang plan/narrative/{unit}/{period}.yaml; với báo cáo của tỉnh, xóa dòng unit.' },
    en: { message: 'The province report\'s narrative names no unit, but this file says unit "{unit}".', fix: 'For a unit\'s own report move it to plan/narrative/{unit}/{period}.yaml; for the province report remove the unit line.' },
  },
  'rule.narrative-path.unknown-unit': {
    vi: { message: 'Thư mục "{folder}" không phải mã đơn vị nào trong units.yaml.', fix: 'Đặt tệp vào thư mục mang mã của đơn vị (ví dụ plan/narrative/so-yt/), đúng như trong units.yaml.' },
    en: { message: 'The folder "{folder}" is no unit id of units.yaml.', fix: 'Put the file in the folder named after the unit\'s id in units.yaml (e.g. plan/narrative/so-yt/).' },
  },
  'rule.control-character': {
    vi: { message: 'Văn bản có ký tự điều khiển {code} (viết bằng mã thoát trong dấu nháy kép); Word, LibreOffice và Excel không mang được ký tự này, nên báo cáo sẽ bỏ nó đi.', fix: 'Xóa mã thoát của ký tự này (dạng \\u…, \\x… hoặc \\0) khỏi chuỗi.' },
    en: { message: 'The text holds the control character {code} (written as an escape in double quotes); Word, LibreOffice and Excel cannot carry it, so reports drop it.', fix: 'Delete the escape of this character (\\u…, \\x… or \\0) from the string.' },
  },
  'rule.six-clear': {
    vi: { message: 'Nhiệm vụ {id} chưa đủ "6 rõ": thiếu {missing}.', fix: 'Bổ sung {fields} khi có văn bản giao nhiệm vụ quy định; nếu văn bản kế hoạch không nói, giữ nguyên và kiến nghị cơ quan ban hành làm rõ.' },
    en: { message: 'Task {id} is not "6 rõ" (six-clear): missing {missing}.', fix: 'Add {fields} once a document assigns it; where the plan text is silent, leave it and ask the issuer to clarify.' },
  },
  'rule.date-sanity.timezone': {
    vi: { message: 'Múi giờ "{zone}" không tồn tại.', fix: 'Dùng tên múi giờ IANA, ở Việt Nam là Asia/Ho_Chi_Minh.' },
    en: { message: 'The time zone "{zone}" does not exist.', fix: 'Use an IANA zone name; for Việt Nam, Asia/Ho_Chi_Minh.' },
  },
  'rule.date-sanity.range': {
    vi: { message: 'Khoảng ngày kết thúc ({to}) trước khi bắt đầu ({from}).', fix: 'Đổi chỗ hai ngày, hoặc sửa ngày viết nhầm.' },
    en: { message: 'The range ends ({to}) before it starts ({from}).', fix: 'Swap the two dates, or correct the mistyped one.' },
  },
  'rule.date-sanity.due-outside': {
    vi: { message: 'Thời hạn {due} của nhiệm vụ {id} nằm ngoài thời gian của kế hoạch ({start} – {end}).', fix: 'Kiểm tra lại năm của thời hạn.' },
    en: { message: 'The deadline {due} of task {id} lies outside the plan period ({start} – {end}).', fix: 'Check the year of the deadline.' },
  },
  'rule.date-sanity.calendar-year': {
    vi: { message: 'Ngày {date} được khai báo trong năm {year} của lịch làm việc.', fix: 'Chuyển ngày này sang đúng năm của nó trong calendar.yaml.' },
    en: { message: 'The day {date} is listed under the year {year} of the calendar.', fix: 'Move it under its own year in calendar.yaml.' },
  },
  'rule.date-sanity.submitted-early': {
    vi: { message: 'Báo cáo kỳ {period} có ngày gửi {submitted}, trước khi kỳ bắt đầu ({start}).', fix: 'Sửa "submitted" thành ngày thực tế đơn vị gửi báo cáo, hoặc sửa "period".' },
    en: { message: 'The report for {period} was sent on {submitted}, before the period began ({start}).', fix: 'Set "submitted" to the day the report was really sent, or correct "period".' },
  },
  'rule.date-sanity.submitted-future': {
    vi: { message: 'Ngày gửi báo cáo {submitted} còn sau hôm nay ({today}): có lẽ gõ nhầm ngày; đến ngày đó báo cáo mới được tính là đã gửi.', fix: 'Sửa "submitted" thành ngày thực tế đơn vị gửi báo cáo.' },
    en: { message: 'The report was sent on {submitted}, which is after today ({today}): probably a mistyped day; the report counts as sent only from that day.', fix: 'Set "submitted" to the day the report was really sent.' },
  },
  'rule.date-sanity.period-outside': {
    vi: { message: 'Kỳ báo cáo {period} nằm ngoài thời gian của kế hoạch ({start} – {end}).', fix: 'Kiểm tra lại năm của kỳ báo cáo (tên tệp và "period").' },
    en: { message: 'The period {period} lies outside the plan period ({start} – {end}).', fix: 'Check the year of the period (file name and "period").' },
  },
  'rule.date-sanity.done-without-date': {
    vi: { message: 'Nhiệm vụ {task} được báo "done" nhưng không có ngày hoàn thành.', fix: 'Thêm "done_on: NĂM-THÁNG-NGÀY" (ngày hoàn thành thực tế).' },
    en: { message: 'Task {task} is reported "done" without the day it was done.', fix: 'Add "done_on: YEAR-MONTH-DAY" (the day it was actually done).' },
  },
  'rule.date-sanity.date-without-done': {
    vi: { message: 'Nhiệm vụ {task} có ngày hoàn thành nhưng trạng thái là "{status}".', fix: 'Đổi trạng thái thành "done", hoặc xóa "done_on".' },
    en: { message: 'Task {task} has a completion day but its status is "{status}".', fix: 'Set the status to "done", or remove "done_on".' },
  },
  'rule.date-sanity.after-submitted': {
    vi: { message: 'Ngày {field} = {day} của nhiệm vụ {task} muộn hơn ngày gửi báo cáo ({submitted}): báo cáo không thể ghi nhận việc chưa xảy ra.', fix: 'Sửa ngày cho đúng, hoặc ghi việc này vào báo cáo của kỳ sau.' },
    en: { message: 'The {field} day {day} of task {task} is after the report was sent ({submitted}): a report cannot record what had not happened.', fix: 'Correct the day, or record it in the next period\'s report.' },
  },
};
