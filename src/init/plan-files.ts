// The sample plan `de06 init` writes. Every value is valid, so the new repository passes
// `de06 lint` at once; each one to replace is marked THAY ("replace") in a comment.

/** The editor modeline (DESIGN §2): `depth` folders below the root. */
export function modeline(schema: string, depth: number): string {
  return `# yaml-language-server: $schema=${'../'.repeat(depth)}schemas/${schema}.schema.json\n`;
}

const PLAN = `# Kế hoạch mẫu do "de06 init" tạo. Các giá trị đều hợp lệ để kho kiểm tra đạt ngay;
# thay mọi chỗ ghi "THAY" bằng thông tin của kế hoạch thật rồi chạy \`de06 lint\`.
id: ke-hoach-mau                        # THAY: mã kế hoạch, chữ thường không dấu, ví dụ kh-208-2026
number: 1/KH-UBND                       # THAY: số, ký hiệu của kế hoạch
title: "Triển khai, thực hiện Đề án 06 trên địa bàn tỉnh"   # THAY: trích yếu
issuer: {parent: "", name: UBND TỈNH}   # THAY: cơ quan chủ quản (nếu có) và cơ quan ban hành
place: Tỉnh                             # THAY: địa danh ghi ở dòng "…, ngày … tháng … năm …"
issued: 2026-01-05                      # THAY: ngày ban hành
basis:
  - "Quyết định số …/QĐ-TTg của Thủ tướng Chính phủ"   # THAY: căn cứ ban hành
period: {start: 2026-01-05, end: 2030-12-31}          # THAY: thời gian thực hiện
timezone: Asia/Ho_Chi_Minh
standing_unit: ca-tinh                  # Cơ quan Thường trực (mã trong units.yaml)
reporting:
  from: so-nganh-dia-phuong             # nhóm đơn vị phải báo cáo Cơ quan Thường trực
  window: calendar
  monthly: {due: {before_day: 10, month_offset: 1}}   # "trước ngày 10 hằng tháng"
  semiannual: {due: {before: "06-10"}}                # sơ kết 6 tháng, trước 10/6
  annual: {due: {before: "12-10"}}                    # tổng kết năm, trước 10/12
  roll: previous
  due_soon_days: 7
objectives:                             # THAY: các nhóm mục tiêu của kế hoạch
  - {id: G1, title: "Phục vụ giải quyết thủ tục hành chính, cung cấp dịch vụ công trực tuyến"}
pillars:                                # 5 trụ cột của nguyên tắc "5-3-3-2-1"
  - {id: phap-ly, title: Pháp lý}
  - {id: ha-tang, title: Hạ tầng}
  - {id: du-lieu, title: Dữ liệu}
  - {id: nguon-luc, title: Nguồn lực}
  - {id: an-toan-an-ninh, title: "An toàn - an ninh"}
six_clear: {severity: warning}          # nguyên tắc "6 rõ": warning hoặc error
`;

const UNITS = `# Các đơn vị và nhóm đơn vị của kế hoạch. THAY: thêm các sở, ngành, xã, phường thật.
# Sau khi sửa, chạy \`de06 codeowners\` để cập nhật CODEOWNERS.
units:
  - {id: ca-tinh, name: Công an tỉnh, short: CAT, kind: department}
  - {id: vp-ubnd, name: Văn phòng UBND tỉnh, short: VP, kind: department}
groups:
  - {id: so-nganh, name: "Các sở, ban, ngành thuộc tỉnh", members: [ca-tinh, vp-ubnd]}
  - {id: xa-phuong, name: "UBND các xã, phường", members: []}
  - {id: so-nganh-dia-phuong, name: "Các sở, ngành, địa phương", members: [so-nganh, xa-phuong]}
`;

const TASKS = `# Một tệp cho mỗi mục của kế hoạch; mã nhiệm vụ theo đúng số thứ tự trong văn bản.
# THAY: nhiệm vụ mẫu dưới đây bằng các nhiệm vụ thật.
section: III.1
title: "Nhiệm vụ mẫu"
tasks:
  - id: III.1.1
    title: "Rà soát, cập nhật danh mục thủ tục hành chính được cắt giảm giấy tờ nhờ khai thác dữ liệu dân cư"
    objective: G1
    pillars: [du-lieu]
    lead: vp-ubnd                       # rõ người, rõ trách nhiệm: đơn vị chủ trì
    support: [ca-tinh]                  # đơn vị phối hợp
    authority: UBND tỉnh                # rõ thẩm quyền
    due: 2026-12                        # rõ thời gian: hết tháng 12/2026
    result: "Danh mục thủ tục hành chính được phê duyệt"   # rõ kết quả
    source: "Mục III.1 (mẫu)"
    # Khi đổi lead, due hoặc bỏ nhiệm vụ qua pull request, ghi văn bản cho phép:
    # amended_by: "Văn bản số …/UBND-… ngày …"
`;

const INDICATORS = `# Các chỉ tiêu của kế hoạch (Phụ lục I), theo nhóm mục tiêu. THAY: bổ sung khi có.
indicators: []
`;

/** plan/ files other than the calendar, which is copied from the package. */
export function planFiles(): { path: string; content: string }[] {
  return [
    { path: 'plan/plan.yaml', content: modeline('plan', 1) + PLAN },
    { path: 'plan/units.yaml', content: modeline('units', 1) + UNITS },
    { path: 'plan/indicators.yaml', content: modeline('indicators', 1) + INDICATORS },
    { path: 'plan/tasks/III-1-nhiem-vu-mau.yaml', content: modeline('tasks', 2) + TASKS },
  ];
}

