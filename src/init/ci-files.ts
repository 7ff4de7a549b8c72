// CI, editor and hook files for a new plan repository. The commands run the repository's own
// de06 when package.json lists it (npx prefers node_modules/.bin), else the published package.

const GITHUB_WORKFLOW = `# Kiểm tra kế hoạch trên mỗi pull request: lỗi hiện ngay trên dòng bị sửa, còn bảng tóm tắt
# thay đổi (nhiệm vụ, đơn vị chủ trì, thời hạn…) ghi vào trang tóm tắt của lần chạy.
name: de06
on:
  pull_request:
permissions:
  contents: read
jobs:
  lint:
    runs-on: ubuntu-latest
    env:
      BASE_REF: \${{ github.base_ref }}
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0                # lint --base và diff cần lịch sử của nhánh gốc
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - name: Cài de06 của kho (nếu package.json có)
        run: if [ -f package-lock.json ]; then npm ci; fi
      - name: Kiểm tra kế hoạch và các quy tắc sửa đổi
        run: npx --yes de06 lint --base "origin/$BASE_REF" --format github
      - name: Tóm tắt thay đổi
        if: \${{ !cancelled() }}
        run: npx --yes de06 diff "origin/$BASE_REF" --format markdown >> "$GITHUB_STEP_SUMMARY"
`;

const GITLAB_CI = `# Kiểm tra kế hoạch trên mỗi merge request và trên nhánh chính. Kết quả dạng JUnit hiện ở tab
# "Tests" của merge request. Chỉ có cảnh báo (mã thoát 3): job vàng, không chặn merge.
de06-lint:
  image: node:20
  variables:
    GIT_DEPTH: "0"                      # lint --base cần lịch sử của nhánh đích
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  script:
    - if [ -f package-lock.json ]; then npm ci; fi
    - BASE_ARGS=""; if [ -n "$CI_MERGE_REQUEST_DIFF_BASE_SHA" ]; then BASE_ARGS="--base $CI_MERGE_REQUEST_DIFF_BASE_SHA"; fi
    - npx --yes de06 lint $BASE_ARGS --format junit > de06-lint.xml || true
    - if [ -n "$CI_MERGE_REQUEST_DIFF_BASE_SHA" ]; then npx --yes de06 diff "$CI_MERGE_REQUEST_DIFF_BASE_SHA"; fi
    - npx --yes de06 lint $BASE_ARGS --warnings-exit-code 3
  allow_failure:
    exit_codes: [3]
  artifacts:
    when: always
    reports:
      junit: de06-lint.xml
`;

// The dashboard (de06 site, DESIGN §5.2) published from the main branch, rebuilt on every change
// and every morning, so that its as-of day is today even when nothing was pushed.
const GITHUB_PAGES_WORKFLOW = `# Trang theo dõi thực hiện kế hoạch (de06 site) trên GitHub Pages, dựng lại mỗi khi nhánh chính
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
  site:
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - name: Cài de06 của kho (nếu package.json có)
        run: if [ -f package-lock.json ]; then npm ci; fi
      - name: Dựng trang theo dõi
        run: npx --yes de06 site --out _site
      - uses: actions/upload-pages-artifact@v3
        with:
          path: _site
      - id: deployment
        uses: actions/deploy-pages@v4
`;

const GITLAB_PAGES = `
# Trang theo dõi thực hiện kế hoạch (de06 site) trên GitLab Pages, dựng lại từ nhánh chính. Đặt
# một lịch chạy hằng ngày (Build → Pipeline schedules) để "số liệu tính đến ngày" luôn là hôm nay.
pages:
  image: node:20
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  script:
    - if [ -f package-lock.json ]; then npm ci; fi
    - npx --yes de06 site --out public
  artifacts:
    paths:
      - public
`;

const PRE_COMMIT = `#!/bin/sh
# Kiểm tra các tệp kế hoạch sắp commit. Bật một lần cho mỗi bản sao của kho:
#   git config core.hooksPath .githooks
# de06 đọc cả kế hoạch trong cây làm việc và chỉ báo lỗi ở các tệp được stage.
files=$(git diff --cached --name-only --diff-filter=ACMR -- plan templates)
[ -z "$files" ] && exit 0
if [ -x node_modules/.bin/de06 ]; then de06=node_modules/.bin/de06
elif command -v de06 >/dev/null 2>&1; then de06=de06
else de06="npx --yes de06"; fi
# shellcheck disable=SC2086  # plan file names have no spaces (ASCII slugs)
exec $de06 lint $files
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

const GITIGNORE = `node_modules/
reports/
site/
`;

export interface ScaffoldFile {
  path: string;
  content: string;
  executable?: boolean;
}

export function ciFiles(): ScaffoldFile[] {
  return [
    { path: '.github/workflows/de06.yml', content: GITHUB_WORKFLOW },
    { path: '.github/workflows/de06-site.yml', content: GITHUB_PAGES_WORKFLOW },
    { path: '.gitlab-ci.yml', content: GITLAB_CI + GITLAB_PAGES },
    { path: '.githooks/pre-commit', content: PRE_COMMIT, executable: true },
    { path: '.vscode/settings.json', content: JSON.stringify(VSCODE_SETTINGS, null, 2) + '\n' },
    { path: '.gitignore', content: GITIGNORE },
  ];
}
