// Another province adopts de06, exactly as the README's adoption section says: the shell block
// under "## Dùng cho tỉnh, đơn vị khác" is run as written, with only its two placeholders filled
// (this repository for <kho de06>, a local bare repository for <kho của tỉnh>). Then the new
// repository's own CI is run the way GitHub Actions and GitLab CI would run it, reading the
// commands from the YAML files `de06 init` wrote (ci-runner.ts): green on main; red on a branch
// with a planted error, the annotation on the planted line. Then the pre-commit hook, the same way.
// Last, the tarball installed globally with production dependencies alone runs `de06 lint`.
//
// The README clones this repository, so what is tested is its last commit: the test refuses to
// run with uncommitted changes to tracked files rather than test something else than it says.
// It needs the npm registry (or npm's cache) for the tarball's dependencies, and nothing else.

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, runGithubJob, runGitlabJob } from './ci-runner.js';

const REPO = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');
const work = mkdtempSync(join(tmpdir(), 'de06-adoption-'));
const origin = join(work, 'tinh-moi.git');
const province = join(work, 'tinh-moi');
const PLANTED_FILE = 'plan/tasks/III-1-nhiem-vu-mau.yaml';

/** A person's git identity, as every province's machine has one. */
const GIT_ENV = { GIT_AUTHOR_NAME: 'Văn thư', GIT_AUTHOR_EMAIL: 'vanthu@example.org', GIT_COMMITTER_NAME: 'Văn thư', GIT_COMMITTER_EMAIL: 'vanthu@example.org' };
const env = { ...cleanEnv(), LANG: 'C.UTF-8', ...GIT_ENV };
const sh = (command: string, cwd: string) => execa('bash', ['-c', command], { cwd, env, extendEnv: false, reject: false, all: true, timeout: 600_000 });

/** The adoption block of the README: the first ```sh block under its heading. */
function adoptionBlock(): string {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith('Dùng cho tỉnh, đơn vị khác'));
  const block = section && /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('README.md has no ```sh block under "## Dùng cho tỉnh, đơn vị khác"');
  return block;
}

/** The line of `file` whose text includes `text`, 1-based. */
function lineOf(file: string, text: string): number {
  const index = readFileSync(file, 'utf8').split('\n').findIndex((line) => line.includes(text));
  if (index === -1) throw new Error(`${file} has no line with ${text}`);
  return index + 1;
}

/** A fresh clone of the province's repository at `branch`, as a CI runner checks it out (full history). */
async function checkout(branch: string): Promise<string> {
  const dir = mkdtempSync(join(work, `ci-${branch}-`));
  const run = await sh(`git clone -q --branch ${branch} ${origin} ${dir}`, work);
  expect(run.exitCode, run.all).toBe(0);
  return dir;
}

let readmeRun: Awaited<ReturnType<typeof sh>>;
let plantedLine: number;

beforeAll(async () => {
  const dirty = await sh('git status --porcelain --untracked-files=no', REPO);
  if (dirty.all) throw new Error(`commit first: the adoption test clones this repository's last commit, and these files differ from it:\n${dirty.all}`);
  await sh(`git init -q --bare -b main ${origin}`, work);
  const script = adoptionBlock().replaceAll('<kho de06>', REPO).replaceAll('<kho của tỉnh>', origin);
  if (/<[^>\n]+>/.test(script)) throw new Error(`the README's adoption block has a placeholder the test does not know: ${/<[^>\n]+>/.exec(script)![0]}`);
  readmeRun = await sh(`set -euo pipefail\n${script}`, work);
  plantedLine = lineOf(join(province, PLANTED_FILE), 'lead: vp-ubnd');
}, 900_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a province follows the README', () => {
  it('runs every command of the adoption section without an error', () => {
    expect(readmeRun.exitCode, readmeRun.all).toBe(0);
    expect(readmeRun.all).toContain('✔ Không có lỗi hay cảnh báo');
  });

  it('ends with a repository whose package.json pins the tarball kept in it, with a lock', () => {
    const manifest = JSON.parse(readFileSync(join(province, 'package.json'), 'utf8'));
    const [tarball] = readdirSync(join(province, 'vendor'));
    expect(tarball).toMatch(/^de06-cli-\d+\.\d+\.\d+\.tgz$/);
    expect(manifest.dependencies).toEqual({ '@de06/cli': `file:vendor/${tarball}` });
    expect(existsSync(join(province, 'package-lock.json'))).toBe(true);
  });

  it('pushed it: main on the province\'s remote holds everything, the lock included', async () => {
    const files = (await sh('git ls-tree -r --name-only main', origin)).all.split('\n');
    expect(files).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', '.github/workflows/de06.yml', '.gitlab-ci.yml', PLANTED_FILE]));
    expect(files.some((f) => f.startsWith('node_modules/'))).toBe(false);
  });
});

describe('its GitHub workflow, as GitHub Actions runs it', () => {
  it('is green on the first push to main', async () => {
    const dir = await checkout('main');
    const run = await runGithubJob(join(dir, '.github/workflows/de06.yml'), 'lint', dir, { event_name: 'push', base_ref: '' });
    expect(run.steps.map((s) => [s.name, s.exitCode, s.exitCode === 0 ? '' : s.output])).toEqual(run.steps.map((s) => [s.name, 0, '']));
    expect(run.result).toBe('success');
    expect(run.steps.some((s) => s.command.includes('de06 lint'))).toBe(true);
  });

  it('is red on a pull request that plants an error, with the annotation on the planted line', async () => {
    await plantError('loi-don-vi');
    const dir = await checkout('loi-don-vi');
    const run = await runGithubJob(join(dir, '.github/workflows/de06.yml'), 'lint', dir, { event_name: 'pull_request', base_ref: 'main' });
    expect(run.result).toBe('failure');
    const lint = run.steps.find((s) => s.command.includes('de06 lint'))!;
    expect(lint.exitCode).toBe(1);
    expect(lint.output).toMatch(new RegExp(`^::error file=${PLANTED_FILE},line=${plantedLine},col=\\d+`, 'm'));
    // the summary step still runs, and tells the reviewer what changed
    expect(run.summary).toContain('III.1.1');
  });
});

describe('its GitLab job, as GitLab CI runs it', () => {
  it('is green on main', async () => {
    const dir = await checkout('main');
    const run = await runGitlabJob(join(dir, '.gitlab-ci.yml'), 'de06-lint', dir, { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'main', CI_DEFAULT_BRANCH: 'main' });
    expect(run.result, run.steps[0]!.output).toBe('success');
    expect(readFileSync(join(dir, 'de06-lint.xml'), 'utf8')).toContain('failures="0"');
  });

  it('is red on a merge request that plants an error, the report pointing at the planted line', async () => {
    await plantError('loi-don-vi-gitlab');
    const dir = await checkout('loi-don-vi-gitlab');
    const base = (await sh('git rev-parse main', origin)).all.trim();
    const run = await runGitlabJob(join(dir, '.gitlab-ci.yml'), 'de06-lint', dir, {
      CI_PIPELINE_SOURCE: 'merge_request_event', CI_COMMIT_BRANCH: '', CI_DEFAULT_BRANCH: 'main', CI_MERGE_REQUEST_DIFF_BASE_SHA: base,
    });
    expect(run.result).toBe('failure');
    expect(run.steps[0]!.output).toContain(`${PLANTED_FILE}:${plantedLine}:`);
    expect(readFileSync(join(dir, 'de06-lint.xml'), 'utf8')).toContain(`${PLANTED_FILE}:${plantedLine}:`);
  });
});

describe('its forms inbox, as GitHub Actions runs it', () => {
  // a unit's form made by the secretariat, filled by a program that did not write it, uploaded to inbox/
  async function uploadForm(branch: string, fill: object): Promise<string> {
    const dir = await checkout('main');
    const made = await sh(`node ${join(REPO, 'bin', 'de06.js')} --root . progress form --unit vp-ubnd --period 2026-07 --out ../forms-${branch}`, dir);
    expect(made.exitCode, made.all).toBe(0);
    writeFileSync(join(work, `${branch}.json`), JSON.stringify(fill));
    const filled = await sh(`mkdir -p inbox && /usr/bin/python3 ${join(REPO, 'test', 'forms', 'fill.py')} ../forms-${branch}/vp-ubnd.xlsx inbox/vp-ubnd.xlsx ${join(work, `${branch}.json`)}`, dir);
    expect(filled.exitCode, filled.all).toBe(0);
    const pushed = await sh(`git switch -q -c ${branch} && git add inbox && git commit -q -m "Văn phòng UBND tỉnh gửi báo cáo tháng 7" && git push -q origin ${branch}`, dir);
    expect(pushed.exitCode, pushed.all).toBe(0);
    return checkout(branch);
  }

  it('is green on a valid form, and shows the YAML it would write', async () => {
    const dir = await uploadForm('bao-cao-vp', { submitted: 'date:2026-08-05', rows: { 11: { G: 'Đang thực hiện', H: 40 } } });
    const run = await runGithubJob(join(dir, '.github/workflows/de06-inbox.yml'), 'inbox', dir, { event_name: 'pull_request', base_ref: 'main' });
    const check = run.steps.find((s) => s.command.includes('progress import'))!;
    expect(run.result, check.output).toBe('success');
    expect(check.output).toContain('inbox/vp-ubnd.xlsx → plan/progress/vp-ubnd/2026-07.yaml');
    expect(check.output).toMatch(/^submitted: 2026-08-05$/m);
    expect(check.output).toMatch(/^ {4}status: in_progress$/m);
    // nothing is written into the repository
    expect(existsSync(join(dir, 'plan/progress/vp-ubnd/2026-07.yaml'))).toBe(false);
  });

  it('is red on a form with a mistake, the annotation naming its cell', async () => {
    const dir = await uploadForm('bao-cao-vp-loi', { submitted: 'date:2026-08-05', rows: { 11: { G: 'Xong rồi' } } });
    const run = await runGithubJob(join(dir, '.github/workflows/de06-inbox.yml'), 'inbox', dir, { event_name: 'pull_request', base_ref: 'main' });
    expect(run.result).toBe('failure');
    const check = run.steps.find((s) => s.command.includes('progress import'))!;
    expect(check.exitCode).toBe(1);
    expect(check.output).toMatch(/^::error file=inbox\/vp-ubnd\.xlsx,title=de06 form::inbox\/vp-ubnd\.xlsx!Báo cáo!G11: "Xong rồi"/m);
  });
});

describe('its pre-commit hook', () => {
  it('refuses a commit that plants an error, naming the planted line, and lets the fix through', async () => {
    const file = join(province, PLANTED_FILE);
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('lead: vp-ubnd', 'lead: vp-ubdn'));
    await sh(`git add ${PLANTED_FILE}`, province);
    const refused = await sh('git commit -m "đổi đơn vị chủ trì"', province);
    expect(refused.exitCode).toBe(1);
    expect(refused.all).toContain(`${PLANTED_FILE}:${plantedLine}:`);
    writeFileSync(file, good.replace('lead: vp-ubnd', 'lead: ca-tinh'));
    await sh(`git add ${PLANTED_FILE}`, province);
    const accepted = await sh('git commit -m "đổi đơn vị chủ trì"', province);
    expect(accepted.exitCode, accepted.all).toBe(0);
    expect(accepted.all).toContain('✔');
  });
});

describe('the tarball alone', () => {
  it('installs globally with production dependencies only, and runs de06 lint and de06 init', async () => {
    const [tarball] = readdirSync(join(work, 'de06')).filter((f) => /^de06-cli-.*\.tgz$/.test(f));
    const prefix = join(work, 'global');
    const install = await sh(`npm i -g --prefix ${prefix} ./${tarball}`, join(work, 'de06'));
    expect(install.exitCode, install.all).toBe(0);
    const installed = join(prefix, 'lib', 'node_modules');
    expect(existsSync(join(installed, '@de06', 'cli', 'node_modules', 'commander'))).toBe(true);
    for (const dev of ['typescript', 'vitest', 'ajv-cli']) expect(existsSync(join(installed, '@de06', 'cli', 'node_modules', dev)), dev).toBe(false);
    const lint = await sh(`${join(prefix, 'bin', 'de06')} lint --quiet`, join(work, 'de06'));
    expect(lint.exitCode, lint.all).toBe(0);
    expect(lint.all).toMatch(/^✔ Không có lỗi \(\d+ tệp\)/);
    // and the installed package alone can start another repository: its calendar, schemas and templates are in it
    const again = await sh(`${join(prefix, 'bin', 'de06')} init kho-khac && cd kho-khac && ${join(prefix, 'bin', 'de06')} lint`, work);
    expect(again.exitCode, again.all).toBe(0);
    expect(again.all).toContain('✔ Không có lỗi hay cảnh báo');
    const version = await sh(`${join(prefix, 'bin', 'de06')} --version`, work);
    expect(version.all.trim()).toBe(JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version);
  });
});

/** A branch of the province's repository, pushed, whose one commit plants an unknown lead unit. */
async function plantError(branch: string): Promise<void> {
  const dir = await checkout('main');
  const file = join(dir, PLANTED_FILE);
  writeFileSync(file, readFileSync(file, 'utf8').replace('lead: vp-ubnd', 'lead: vp-ubdn'));
  const run = await sh(`git switch -q -c ${branch} && git commit -q -am "đổi đơn vị chủ trì" && git push -q origin ${branch}`, dir);
  expect(run.exitCode, run.all).toBe(0);
}
