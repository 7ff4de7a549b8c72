// CI, editor and hook files for a new plan repository. Every command runs the de06 that the
// repository's package.json pins, from node_modules/.bin — never `npx --yes`, which would fetch
// whatever a registry serves under that name on the day.
//
// The CI files are built from named blocks: the setup every job starts with, then one block per
// job. A new job (importing forms from the inbox, publishing the dashboard) is one more entry in
// GITHUB_JOBS or GITLAB_JOBS that starts with the same setup.

/** The repository's own de06, installed by `npm ci`. */
export const DE06 = 'node_modules/.bin/de06';

/** npm ci when package-lock.json pins every package, npm install on the first run before it exists. */
const INSTALL = 'if [ -f package-lock.json ]; then npm ci; else npm install; fi';

const GITHUB_HEADER = `# Kiểm tra kế hoạch trên mỗi pull request và trên nhánh chính: lỗi hiện ngay trên dòng bị sửa,
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
`;

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

/** GitHub jobs by name, each with its steps after GITHUB_SETUP. */
export const GITHUB_JOBS: Record<string, string> = {
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
};

const GITLAB_HEADER = `# Kiểm tra kế hoạch trên mỗi merge request và trên nhánh chính. Kết quả dạng JUnit hiện ở tab
# "Tests" của merge request. Chỉ có cảnh báo (mã thoát 3): job vàng, không chặn merge.
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
    './schemas/template.schema.json': 'templates/*.yaml',
  },
  'files.encoding': 'utf8',
  'files.insertFinalNewline': true,
};

/** What is made, not kept: installed packages, reports, de06's parse cache. */
const GITIGNORE = `node_modules/
reports/
.de06-cache/
`;

export interface ScaffoldFile {
  path: string;
  content: string | Uint8Array;
  executable?: boolean;
}

export function ciFiles(): ScaffoldFile[] {
  const github = GITHUB_HEADER + Object.entries(GITHUB_JOBS).map(([name, body]) => `  ${name}:\n${body}`).join('');
  const gitlab = [GITLAB_HEADER + GITLAB_SETUP, ...Object.entries(GITLAB_JOBS).map(([name, body]) => `${name}:\n${body}`)].join('\n');
  return [
    { path: '.github/workflows/de06.yml', content: github },
    { path: '.gitlab-ci.yml', content: gitlab },
    { path: '.githooks/pre-commit', content: PRE_COMMIT, executable: true },
    { path: '.vscode/settings.json', content: JSON.stringify(VSCODE_SETTINGS, null, 2) + '\n' },
    { path: '.gitignore', content: GITIGNORE },
  ];
}
