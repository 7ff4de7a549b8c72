// de06 init as a province runs it, through the built binary: the repository it writes, the
// package.json that pins de06, the CI files and the hook. The full round trip (npm pack, install
// the tarball, run the CI's own commands) is slow and lives in test/adoption/.

import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { execa } from 'execa';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseToolSpec, packageNameOf } from '../../src/init/package-file.js';
import { cleanup, MAIN, tempDir } from '../git/repo.js';

const BIN = join(MAIN, 'bin/de06.js');
const de06 = (cwd: string, ...args: string[]) => execa('node', [BIN, ...args], { cwd, reject: false, env: { DE06_LANG: 'vi' } });
const VERSION = JSON.parse(await readFile(join(MAIN, 'package.json'), 'utf8')).version as string;

let parent: string;
let dir: string;
let output: string;
beforeAll(async () => {
  parent = await tempDir('de06-init-');
  const run = await de06(parent, 'init', 'tinh-moi');
  expect(run.exitCode, run.stderr).toBe(0);
  output = run.stdout;
  dir = join(parent, 'tinh-moi');
});
afterAll(cleanup);

async function filesUnder(root: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(join(root, rel), { withFileTypes: true })) {
    const path = posix.join(rel, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(root, path)));
    else out.push(path);
  }
  return out.sort();
}

/** The shell lines a CI file runs: GitHub steps' `run:`, GitLab's `before_script:` and `script:`. */
async function runLines(file: string): Promise<string> {
  const doc = parse(await readFile(join(dir, file), 'utf8'));
  const lines: string[] = [];
  JSON.stringify(doc, (key, value) => {
    if ((key === 'run' || key === 'script' || key === 'before_script') && value) lines.push(...[value].flat());
    return value;
  });
  return lines.join('\n');
}

describe('de06 init: a new plan repository', () => {
  it('passes lint at once, with no error and no warning', async () => {
    const result = await de06(dir, 'lint', '--format', 'json');
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ ok: true, errorCount: 0, warningCount: 0 });
    expect(report.fileCount).toBeGreaterThanOrEqual(9);
    expect(result.exitCode).toBe(0);
  });

  it('has the plan skeleton, schemas, templates, package.json, CI, editor settings, hook and CODEOWNERS', async () => {
    const files = await filesUnder(dir);
    for (const path of ['plan/plan.yaml', 'plan/units.yaml', 'plan/calendar.yaml', 'schemas/tasks.schema.json', 'templates/monthly.yaml', 'package.json',
      '.github/workflows/de06.yml', '.github/workflows/de06-site.yml', '.github/workflows/de06-inbox.yml', '.gitlab-ci.yml', '.vscode/settings.json', '.githooks/pre-commit', '.gitignore', 'inbox/README.md', 'CODEOWNERS']) {
      expect(files).toContain(path);
    }
    expect(files.some((f) => /^plan\/tasks\/.+\.yaml$/.test(f))).toBe(true);
    expect((await stat(join(dir, '.githooks/pre-commit'))).mode & 0o111).not.toBe(0);
  });

  it('prints paths relative to where it was run, never absolute ones', () => {
    expect(output).toContain('Đã tạo package.json');
    const created = output.split('\n').filter((line) => line.startsWith('Đã tạo '));
    expect(created.length).toBeGreaterThan(20);
    expect(output).toContain(`Xong: ${created.length} tệp trong tinh-moi.`);
    expect(output).toContain('cd tinh-moi && npm install');
    expect(output).not.toContain(parent);
  });

  it('starts every plan and template YAML with a schema modeline that points at a copied schema', async () => {
    const yamlFiles = (await filesUnder(dir)).filter((f) => /^(plan|templates)\/.*\.yaml$/.test(f));
    for (const file of yamlFiles) {
      const first = (await readFile(join(dir, file), 'utf8')).split('\n')[0]!;
      const schema = /^# yaml-language-server: \$schema=(\S+)$/.exec(first)?.[1];
      expect(schema, file).toBeDefined();
      await expect(stat(join(dir, posix.dirname(file), schema!))).resolves.toBeDefined();
    }
  });

  it('maps the schemas in .vscode/settings.json to files that exist', async () => {
    const settings = JSON.parse(await readFile(join(dir, '.vscode/settings.json'), 'utf8'));
    for (const [schema, glob] of Object.entries(settings['yaml.schemas'] as Record<string, string>)) {
      await expect(stat(join(dir, schema))).resolves.toBeDefined();
      expect(glob).toMatch(/^(plan|templates)\//);
    }
  });

  it('keeps node_modules, reports, forms and the cache folder out of git', async () => {
    const ignored = (await readFile(join(dir, '.gitignore'), 'utf8')).split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['node_modules/', 'reports/', 'forms/', '.de06-cache/', 'site/']));
  });

  it('never replaces a file that is already there', async () => {
    const other = await tempDir('de06-init-kept-');
    await writeFile(join(other, 'CODEOWNERS'), '* @chu-so-huu\n');
    expect((await de06(other, 'init')).exitCode).toBe(2);
    const forced = await de06(other, 'init', '--force');
    expect(forced.exitCode).toBe(0);
    expect(forced.stdout).toContain('Giữ nguyên CODEOWNERS (đã có)');
    expect(await readFile(join(other, 'CODEOWNERS'), 'utf8')).toBe('* @chu-so-huu\n');
  });

  it('into a file, or with an owner GitHub would refuse, is one line and exit 2, not an internal error', async () => {
    await writeFile(join(parent, 'mot-tep'), '');
    for (const args of [['init', 'mot-tep'], ['init', 'moi', '--owner', 'bad owner'], ['init', 'moi2', '--tool', 'khong-co.tgz']]) {
      const run = await de06(parent, ...args);
      expect(run.exitCode, args.join(' ')).toBe(2);
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(run.stderr).not.toContain('lỗi nội bộ');
    }
    expect((await de06(parent, 'init', 'mot-tep')).stderr).toContain('mot-tep là một tệp, không phải thư mục');
  });
});

describe('the package.json it writes pins de06 exactly', () => {
  it('by default, the running version from the registry', async () => {
    const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
    expect(manifest.name).toBe('tinh-moi');
    expect(manifest.private).toBe(true);
    expect(manifest.dependencies).toEqual({ '@de06/cli': VERSION });
  });

  it('a tarball is copied into vendor/ and named by a path inside the repository', async () => {
    const folder = await tempDir('de06-init-tool-');
    await writeFile(join(folder, 'de06-cli-9.9.9.tgz'), 'not really a tarball');
    const run = await de06(folder, 'init', 'Tỉnh Mới', '--tool', './de06-cli-9.9.9.tgz');
    expect(run.exitCode, run.stderr).toBe(0);
    const manifest = JSON.parse(await readFile(join(folder, 'Tỉnh Mới', 'package.json'), 'utf8'));
    expect(manifest.name).toBe('tinh-moi');
    expect(manifest.dependencies).toEqual({ '@de06/cli': 'file:vendor/de06-cli-9.9.9.tgz' });
    expect(await readFile(join(folder, 'Tỉnh Mới', 'vendor', 'de06-cli-9.9.9.tgz'), 'utf8')).toBe('not really a tarball');
  });

  it('a git URL must name a commit, and npm is allowed to build it', async () => {
    const url = `git+https://example.org/so-tttt/de06.git#${'a'.repeat(40)}`;
    const folder = await tempDir('de06-init-git-');
    expect((await de06(folder, 'init', 'a', '--tool', url)).exitCode).toBe(0);
    const manifest = JSON.parse(await readFile(join(folder, 'a', 'package.json'), 'utf8'));
    expect(manifest.dependencies).toEqual({ '@de06/cli': url });
    expect(manifest.allowScripts).toEqual({ [url]: true });
    expect((await de06(folder, 'init', 'b', '--tool', 'git+https://example.org/so-tttt/de06.git#v1.0.0')).exitCode).toBe(2);
  });

  it('refuses ranges, tags and anything it cannot pin', () => {
    expect(parseToolSpec('@de06/cli@0.2.0', '0.1.0')).toEqual({ kind: 'registry', name: '@de06/cli', version: '0.2.0' });
    expect(parseToolSpec('0.2.0', '0.1.0')).toEqual({ kind: 'registry', name: '@de06/cli', version: '0.2.0' });
    expect(parseToolSpec('@bac-ninh/de06@1.0.0-rc.1', '0.1.0')).toEqual({ kind: 'registry', name: '@bac-ninh/de06', version: '1.0.0-rc.1' });
    for (const spec of ['@de06/cli@^0.2.0', '@de06/cli@latest', '@de06/cli', '~0.2', 'github:so/de06#main', 'https://example.org/de06.tgz']) {
      expect(parseToolSpec(spec, '0.1.0'), spec).toHaveProperty('message');
    }
    expect(parseToolSpec('https://example.org/de06.tgz', '0.1.0')).toMatchObject({ message: 'init.tool.unknown' });
    expect(parseToolSpec('@de06/cli@latest', '0.1.0')).toMatchObject({ message: 'init.tool.range' });
  });

  it('names the package after the folder, in ASCII', () => {
    expect(packageNameOf('Tỉnh Đắk Nông')).toBe('tinh-dak-nong');
    expect(packageNameOf('kho_ke_hoach.2026')).toBe('kho_ke_hoach.2026');
    expect(packageNameOf('…')).toBe('ke-hoach');
  });
});

describe('the CI files it writes', () => {
  it('never fetch de06 on the fly: no npx, only the binary package.json pins', async () => {
    for (const file of ['.github/workflows/de06.yml', '.github/workflows/de06-site.yml', '.github/workflows/de06-inbox.yml', '.gitlab-ci.yml', '.githooks/pre-commit']) {
      const text = await readFile(join(dir, file), 'utf8');
      expect(text, file).not.toMatch(/\bnpx\b/);
    }
    for (const file of ['.github/workflows/de06.yml', '.github/workflows/de06-site.yml', '.github/workflows/de06-inbox.yml', '.gitlab-ci.yml']) {
      const lines = (await runLines(file)).split('\n');
      expect(lines[0], file).toBe('if [ -f package-lock.json ]; then npm ci; else npm install; fi');
      for (const line of lines.filter((l) => /\bde06 /.test(l))) expect(line, file).toMatch(/node_modules\/\.bin\/de06 /);
    }
  });

  it('GitHub: on pull requests and main, full history, lint with --base in github format and the diff summary', async () => {
    const doc = parse(await readFile(join(dir, '.github/workflows/de06.yml'), 'utf8'));
    expect(Object.keys(doc.on)).toEqual(['pull_request', 'push']);
    const steps = doc.jobs.lint.steps;
    expect(steps[0]).toMatchObject({ uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } });
    expect(steps[1]).toMatchObject({ uses: 'actions/setup-node@v4', with: { 'node-version': 20 } });
    const script = await runLines('.github/workflows/de06.yml');
    expect(script).toContain('de06 lint --base "origin/$BASE_REF" --format github');
    expect(script).toContain('de06 diff "origin/$BASE_REF" --format markdown >> "$GITHUB_STEP_SUMMARY"');
  });

  it('GitLab: jobs extend one setup; junit report as an artifact, warnings only (exit 3) allowed to fail', async () => {
    const doc = parse(await readFile(join(dir, '.gitlab-ci.yml'), 'utf8'));
    expect(doc['.de06']).toMatchObject({ image: 'node:20', variables: { GIT_DEPTH: '0' } });
    const job = doc['de06-lint'];
    expect(job.extends).toBe('.de06');
    expect(job.allow_failure).toEqual({ exit_codes: [3] });
    expect(job.artifacts.reports.junit).toBe('de06-lint.xml');
    expect(job.script.join('\n')).toContain('--format junit > de06-lint.xml');
    expect(job.script.at(-1)).toContain('--warnings-exit-code 3');
  });

  it('GitHub Pages: the dashboard built from the main branch, every morning too, and deployed', async () => {
    const doc = parse(await readFile(join(dir, '.github/workflows/de06-site.yml'), 'utf8'));
    expect(doc.on.push).toEqual({ branches: ['main'] });
    expect(doc.on.schedule).toHaveLength(1);
    expect(doc.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    const steps = doc.jobs.site.steps as { uses?: string; run?: string; with?: Record<string, string> }[];
    expect(steps.find((s) => s.run?.includes('de06 site'))!.run).toBe('node_modules/.bin/de06 site --out _site');
    expect(steps.find((s) => s.uses === 'actions/upload-pages-artifact@v3')!.with).toEqual({ path: '_site' });
    expect(steps.at(-1)!.uses).toBe('actions/deploy-pages@v4');
  });

  it('GitLab Pages: a job named pages, on the default branch, publishing public/', async () => {
    const doc = parse(await readFile(join(dir, '.gitlab-ci.yml'), 'utf8'));
    expect(doc.pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    expect(doc.pages.extends).toBe('.de06');
    expect(doc.pages.script.at(-1)).toBe('node_modules/.bin/de06 site --out public');
    expect(doc.pages.artifacts.paths).toEqual(['public']);
  });

  it('the site the Pages jobs publish builds in the new repository', async () => {
    const out = join(await tempDir('de06-init-site-'), 'public');
    const result = await de06(dir, 'site', '--out', out);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    await expect(stat(join(out, 'index.html'))).resolves.toBeDefined();
    await expect(stat(join(out, 'data', 'status.json'))).resolves.toBeDefined();
  });

  it('name only commands and options the built de06 has', async () => {
    const workflows = ['de06.yml', 'de06-site.yml', 'de06-inbox.yml'].map((f) => runLines(`.github/workflows/${f}`));
    const scripts = [...(await Promise.all(workflows)), await runLines('.gitlab-ci.yml'), await readFile(join(dir, '.githooks/pre-commit'), 'utf8')];
    const calls = scripts.flatMap((script) => [...script.matchAll(/(?:\.bin\/de06|\$de06"?) ((?:progress )?[a-z]+)(?=\s|$)([^\n;|>&]*)/g)]
      .map((m) => ({ command: m[1]!, options: [...m[2]!.matchAll(/(--[a-z-]+)/g)].map((o) => o[1]!) })));
    expect(new Set(calls.map((c) => c.command))).toEqual(new Set(['lint', 'diff', 'site', 'progress import']));
    for (const { command, options } of calls) {
      const help = await de06(dir, ...command.split(' '), '--help');
      expect(help.exitCode, `de06 ${command} --help`).toBe(0);
      for (const option of options) expect(help.stdout, `de06 ${command} ${option}`).toContain(option);
    }
  });

  it('npm install turns the hook on in its own checkout, never in a repository around it', async () => {
    const outer = await tempDir('de06-init-outer-');
    const git = (cwd: string, ...args: string[]) => execa('git', args, { cwd, reject: false });
    await git(outer, 'init', '-q');
    expect((await de06(outer, 'init', 'kho')).exitCode).toBe(0);
    const inner = join(outer, 'kho');
    expect((await execa('npm', ['run', '-s', 'prepare'], { cwd: inner, reject: false })).exitCode).toBe(0);
    expect((await git(outer, 'config', 'core.hooksPath')).stdout).toBe('');
    await git(inner, 'init', '-q');
    const run = await execa('npm', ['run', '-s', 'prepare'], { cwd: inner, reject: false });
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe('');
    expect((await git(inner, 'config', 'core.hooksPath')).stdout).toBe('.githooks');
  });

  it('the pre-commit hook says clearly when de06 is not installed, and blocks the commit', async () => {
    const repo = await tempDir('de06-init-hook-');
    expect((await de06(repo, 'init')).exitCode).toBe(0);
    const git = (...args: string[]) => execa('git', args, { cwd: repo, reject: false, env: { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' } });
    await git('init', '-q', '-b', 'main');
    await git('config', 'core.hooksPath', '.githooks');
    await mkdir(join(repo, 'plan', 'progress'), { recursive: true });
    await git('add', '-A');
    const commit = await git('commit', '-q', '-m', 'kế hoạch');
    expect(commit.exitCode).toBe(1);
    expect(commit.stderr).toContain('de06: chưa cài de06 trong kho này (node_modules/.bin/de06 không có). Chạy "npm ci"');
  });
});
