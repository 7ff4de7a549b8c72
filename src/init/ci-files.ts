// CI, editor and hook files for a new plan repository. Every command runs the de06 that the
// repository's package.json pins, from node_modules/.bin — never `npx --yes`, which would fetch
// whatever a registry serves under that name on the day.
//
// The CI files are built from named blocks: the setup every job starts with, then one block per
// job; on GitHub, a workflow per set of triggers and permissions. A new job (importing forms from
// the inbox) is one more entry in a workflow's `jobs` or in GITLAB_JOBS, starting with the setup.

/** The repository's own de06, installed by `npm ci`. */
export const DE06 = 'node_modules/.bin/de06';

/** npm ci when package-lock.json pins every package, npm install on the first run before it exists. */
const INSTALL = 'if [ -f package-lock.json ]; then npm ci; else npm install; fi';

/** The steps every GitHub job begins with: full history, Node 20, the pinned de06. */
export const GITHUB_SETUP = `      - uses: actions/checkout@v4
        with:
          fetch-depth: 0                # lint --base và diff cần lịch sử của nhánh gốc
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - name: Cài de06 theo package.json
        run: ${INSTALL}
`;

export interface GithubWorkflow {
  /** under .github/workflows/ */
  file: string;
  /** the comment, name, triggers and permissions, up to and including `jobs:` */
  header: string;
  /** each job's body by name, its steps beginning with GITHUB_SETUP */
  jobs: Record<string, string>;
}

const LINT_WORKFLOW: GithubWorkflow = {
  file: 'de06.yml',
  header: `# Kiểm tra kế hoạch trên mỗi pull request và trên nhánh chính: lỗi hiện ngay trên dòng bị sửa,
# còn bảng tóm tắt thay đổi (nhiệm vụ, đơn vị chủ trì, thời hạn…) ghi vào trang tóm tắt.
# de06 là phiên bản ghi trong package.json (package-lock.json), cài bằng npm ci.
name: de06
on:
  pull_request:
  push:
    branches: [main]
permissions:
  contents: read
jobs:
`,
  jobs: {
    lint: `    runs-on: ubuntu-latest
    env:
      BASE_REF: \${{ github.base_ref }}  # nhánh đích của pull request; rỗng khi push
    steps:
${GITHUB_SETUP}      - name: Kiểm tra kế hoạch và các quy tắc sửa đổi
        run: |
          if [ -n "$BASE_REF" ]; then ${DE06} lint --base "origin/$BASE_REF" --format github
          else ${DE06} lint --format github; fi
      - name: Tóm tắt thay đổi
        if: \${{ !cancelled() }}
        run: if [ -n "$BASE_REF" ]; then ${DE06} diff "origin/$BASE_REF" --format markdown >> "$GITHUB_STEP_SUMMARY"; fi
`,
  },
};

// The dashboard (de06 site, DESIGN §5.2) published from the main branch, rebuilt on every change
// and every morning, so that its as-of day is today even when nothing was pushed.
const SITE_WORKFLOW: GithubWorkflow = {
  file: 'de06-site.yml',
  header: `# Trang theo dõi thực hiện kế hoạch (de06 site) trên GitHub Pages, dựng lại mỗi khi nhánh chính
# thay đổi và mỗi sáng (để "số liệu tính đến ngày" luôn là hôm nay). Bật một lần trong
# Settings → Pages → Source: GitHub Actions. Nhánh chính có tên khác thì sửa "main" bên dưới.
name: de06-site
on:
  push:
    branches: [main]
  schedule:
    - cron: "0 1 * * *"                 # 8 giờ sáng giờ Việt Nam
  workflow_dispatch:
permissions:
  contents: read
  pages: write
  id-token: write
concurrency:
  group: pages
  cancel-in-progress: false
jobs:
`,
  jobs: {
    site: `    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
${GITHUB_SETUP}      - name: Dựng trang theo dõi
        run: ${DE06} site --out _site
      - uses: actions/upload-pages-artifact@v3
        with:
          path: _site
      - id: deployment
        uses: actions/deploy-pages@v4
`,
  },
};

/**
 * The forms' inbox (DESIGN §2.7): a unit that can use a web page uploads its filled form into
 * inbox/; each form is checked as \`progress import\` would, without writing anything. An invalid
 * form fails the job with an annotation per cell; valid ones show the YAML they would become.
 * A shell glob that matches nothing stays literal, hence the test before the import.
 */
export function inboxImport(format: 'github' | 'stylish', indent: string): string {
  return [
    'set -- inbox/*.xlsx',
    'if [ ! -e "$1" ]; then echo "inbox/ không có biểu mẫu .xlsx nào."; exit 0; fi',
    `${DE06} progress import "$@" --dry-run --format ${format}`,
  ].join(`\n${indent}`);
}

const INBOX_WORKFLOW: GithubWorkflow = {
  file: 'de06-inbox.yml',
  header: `# Hộp thư biểu mẫu: đơn vị tải biểu mẫu báo cáo tiến độ (.xlsx) đã điền lên thư mục inbox/ qua
# trang web (Add file → Upload files → "Create a new branch … and start a pull request"). Job này
# kiểm tra từng biểu mẫu như \`de06 progress import\`: biểu mẫu sai thì job đỏ, lỗi ghi theo từng ô
# (ví dụ so-yt.xlsx!Báo cáo!G12); biểu mẫu đúng thì in nội dung YAML sẽ được ghi. Không ghi gì vào kho.
name: de06-inbox
on:
  pull_request:
    paths: ["inbox/**"]
  push:
    paths: ["inbox/**"]
permissions:
  contents: read
jobs:
`,
  jobs: {
    inbox: `    runs-on: ubuntu-latest
    steps:
${GITHUB_SETUP}      - name: Kiểm tra các biểu mẫu trong inbox/
        run: |
          ${inboxImport('github', '          ')}
`,
  },
};

export const GITHUB_WORKFLOWS: GithubWorkflow[] = [LINT_WORKFLOW, SITE_WORKFLOW, INBOX_WORKFLOW];

const GITLAB_HEADER = `# Kiểm tra kế hoạch trên mỗi merge request và trên nhánh chính. Kết quả dạng JUnit hiện ở tab
# "Tests" của merge request. Chỉ có cảnh báo (mã thoát 3): job vàng, không chặn merge.
# Job "de06-inbox" kiểm tra các biểu mẫu báo cáo tiến độ (.xlsx) mà đơn vị tải lên thư mục inbox/.
# Job "pages" dựng trang theo dõi (de06 site) từ nhánh chính cho GitLab Pages; đặt một lịch chạy
# hằng ngày (Build → Pipeline schedules) để "số liệu tính đến ngày" luôn là hôm nay.
# de06 là phiên bản ghi trong package.json (package-lock.json), cài bằng npm ci.
`;

/** What every GitLab job extends: Node 20, full history, the pinned de06. */
export const GITLAB_SETUP = `.de06:
  image: node:20
  variables:
    GIT_DEPTH: "0"                      # lint --base cần lịch sử của nhánh đích
  before_script:
    - ${INSTALL}
`;

/** GitLab jobs by name, each extending .de06. */
export const GITLAB_JOBS: Record<string, string> = {
  'de06-lint': `  extends: .de06
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  script:
    - BASE_ARGS=""; if [ -n "$CI_MERGE_REQUEST_DIFF_BASE_SHA" ]; then BASE_ARGS="--base $CI_MERGE_REQUEST_DIFF_BASE_SHA"; fi
    - ${DE06} lint $BASE_ARGS --format junit > de06-lint.xml || true
    - if [ -n "$CI_MERGE_REQUEST_DIFF_BASE_SHA" ]; then ${DE06} diff "$CI_MERGE_REQUEST_DIFF_BASE_SHA"; fi
    - ${DE06} lint $BASE_ARGS --warnings-exit-code 3
  allow_failure:
    exit_codes: [3]
  artifacts:
    when: always
    reports:
      junit: de06-lint.xml
`,
  // the forms' inbox: run when a push or merge request changes inbox/
  'de06-inbox': `  extends: .de06
  rules:
    - changes: ["inbox/**/*"]
  script:
    - |
      ${inboxImport('stylish', '      ')}
`,
  // GitLab Pages publishes what a job named "pages" leaves in public/
  pages: `  extends: .de06
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  script:
    - ${DE06} site --out public
  artifacts:
    paths:
      - public
`,
};

const PRE_COMMIT = `#!/bin/sh
# Kiểm tra các tệp kế hoạch sắp commit bằng de06 của kho (node_modules/.bin/de06). "npm ci" hay
# "npm install" tự bật hook này (git config core.hooksPath .githooks); bật tay cũng được.
# de06 đọc cả kế hoạch trong cây làm việc và chỉ báo lỗi ở các tệp được stage.
files=$(git diff --cached --name-only --diff-filter=ACMR -- plan templates)
[ -z "$files" ] && exit 0
de06=${DE06}
if [ ! -x "$de06" ]; then
  echo "de06: chưa cài de06 trong kho này ($de06 không có). Chạy \\"npm ci\\" (hoặc \\"npm install\\") rồi commit lại; bỏ qua kiểm tra một lần: git commit --no-verify." >&2
  exit 1
fi
# shellcheck disable=SC2086  # plan file names have no spaces (ASCII slugs)
exec "$de06" lint $files
`;

/** yaml.schemas of the YAML extension: schema → the files it validates (DESIGN §2). */
const VSCODE_SETTINGS = {
  'yaml.schemas': {
    './schemas/plan.schema.json': 'plan/plan.yaml',
    './schemas/units.schema.json': 'plan/units.yaml',
    './schemas/calendar.schema.json': 'plan/calendar.yaml',
    './schemas/indicators.schema.json': 'plan/indicators.yaml',
    './schemas/tasks.schema.json': 'plan/tasks/*.yaml',
    './schemas/progress.schema.json': 'plan/progress/*/*.yaml',
    './schemas/narrative.schema.json': 'plan/narrative/**/*.yaml',
    './schemas/template.schema.json': 'templates/*.yaml',
  },
  'files.encoding': 'utf8',
  'files.insertFinalNewline': true,
};

/** What is made, not kept: installed packages, reports, forms, de06's parse cache, the dashboard. */
const GITIGNORE = `node_modules/
reports/
forms/
.de06-cache/
site/
`;

/** inbox/ is in the repository from the start, with what it is for. */
const INBOX_README = `# Hộp thư biểu mẫu báo cáo tiến độ

Đơn vị không dùng git gửi báo cáo tiến độ bằng biểu mẫu Excel (.xlsx) do Cơ quan Thường trực gửi
(\`de06 progress form\`). Đơn vị điền biểu mẫu rồi gửi bằng thư điện tử, hoặc tải lên thư mục này
qua trang web của kho: **Add file → Upload files**, kéo tệp vào, chọn **Create a new branch for this
commit and start a pull request**, rồi **Propose changes**. Trên GitLab: nút **+ → Upload file**,
chọn nhánh mới và tạo merge request.

Mỗi biểu mẫu tải lên được kiểm tra tự động (job \`de06-inbox\`): nếu có ô điền chưa đúng, job báo đỏ
và chỉ rõ ô cần sửa (ví dụ \`so-yt.xlsx!Báo cáo!G12\`) cùng cách sửa; đơn vị sửa biểu mẫu và tải lên
lại. Khi biểu mẫu hợp lệ, Cơ quan Thường trực nhập nó vào kế hoạch:

    de06 progress import inbox/so-yt.xlsx
    git rm inbox/so-yt.xlsx && git add plan/progress && git commit

Nội dung tệp .xlsx không bao giờ được thực thi: de06 chỉ đọc giá trị các ô.
`;

export interface ScaffoldFile {
  path: string;
  content: string | Uint8Array;
  executable?: boolean;
}

export function ciFiles(): ScaffoldFile[] {
  const gitlab = [GITLAB_HEADER + GITLAB_SETUP, ...Object.entries(GITLAB_JOBS).map(([name, body]) => `${name}:\n${body}`)].join('\n');
  return [
    ...GITHUB_WORKFLOWS.map((workflow) => ({
      path: `.github/workflows/${workflow.file}`,
      content: workflow.header + Object.entries(workflow.jobs).map(([name, body]) => `  ${name}:\n${body}`).join(''),
    })),
    { path: '.gitlab-ci.yml', content: gitlab },
    { path: '.githooks/pre-commit', content: PRE_COMMIT, executable: true },
    { path: '.vscode/settings.json', content: JSON.stringify(VSCODE_SETTINGS, null, 2) + '\n' },
    { path: '.gitignore', content: GITIGNORE },
    { path: 'inbox/README.md', content: INBOX_README },
  ];
}
