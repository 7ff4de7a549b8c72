import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { execa } from 'execa';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaffoldFiles } from '../../src/init/scaffold.js';
import { hasEntries, readPackageFiles, writeScaffold } from '../../src/init/write.js';
import { cleanup, MAIN, tempDir } from '../git/repo.js';

// End to end, as a user would: the built binary (`npm run build` first).
const de06 = (...args: string[]) => execa('node', [join(MAIN, 'bin/de06.js'), ...args], { reject: false, env: { DE06_LANG: 'vi' } });

let dir: string;
beforeAll(async () => {
  dir = await tempDir('de06-init-');
  await writeScaffold(dir, scaffoldFiles(await readPackageFiles()));
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

describe('de06 init: a new plan repository', () => {
  it('passes lint at once, with no error and no warning', async () => {
    const result = await de06('--root', dir, 'lint', '--format', 'json');
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ ok: true, errorCount: 0, warningCount: 0 });
    expect(report.fileCount).toBeGreaterThanOrEqual(9);
    expect(result.exitCode).toBe(0);
  });

  it('has the plan skeleton, schemas, templates, CI, editor settings, hook and CODEOWNERS', async () => {
    const files = await filesUnder(dir);
    for (const path of ['plan/plan.yaml', 'plan/units.yaml', 'plan/calendar.yaml', 'schemas/tasks.schema.json', 'templates/monthly.yaml',
      '.github/workflows/de06.yml', '.gitlab-ci.yml', '.vscode/settings.json', '.githooks/pre-commit', 'CODEOWNERS']) {
      expect(files).toContain(path);
    }
    expect(files.some((f) => /^plan\/tasks\/.+\.yaml$/.test(f))).toBe(true);
    expect((await stat(join(dir, '.githooks/pre-commit'))).mode & 0o111).not.toBe(0);
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

  it('never replaces a file that is already there', async () => {
    const other = await tempDir('de06-init-kept-');
    await writeFile(join(other, 'CODEOWNERS'), '* @chu-so-huu\n');
    expect(await hasEntries(other)).toBe(true);
    const { kept } = await writeScaffold(other, scaffoldFiles(await readPackageFiles()));
    expect(kept).toEqual(['CODEOWNERS']);
    expect(await readFile(join(other, 'CODEOWNERS'), 'utf8')).toBe('* @chu-so-huu\n');
  });
});

describe('the CI files it writes', () => {
  /** `de06 <command> <options…>` as written in a shell line */
  function de06Calls(script: string): { command: string; options: string[] }[] {
    return [...script.matchAll(/de06 ([a-z]+)([^\n;|>&]*)/g)]
      .map((m) => ({ command: m[1]!, options: [...m[2]!.matchAll(/(--[a-z-]+)/g)].map((o) => o[1]!) }));
  }

  async function runLines(file: string): Promise<string> {
    const doc = parse(await readFile(join(dir, file), 'utf8'));
    const lines: string[] = [];
    JSON.stringify(doc, (key, value) => {
      if ((key === 'run' || key === 'script') && value) lines.push(...[value].flat());
      return value;
    });
    return lines.join('\n');
  }

  it('GitHub: on pull requests, full history, lint with --base in github format and the diff summary', async () => {
    const doc = parse(await readFile(join(dir, '.github/workflows/de06.yml'), 'utf8'));
    expect(Object.keys(doc.on)).toEqual(['pull_request']);
    const steps = doc.jobs.lint.steps;
    expect(steps[0]).toMatchObject({ uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } });
    expect(steps[1]).toMatchObject({ uses: 'actions/setup-node@v4', with: { 'node-version': 20 } });
    const script = await runLines('.github/workflows/de06.yml');
    expect(script).toContain('de06 lint --base "origin/$BASE_REF" --format github');
    expect(script).toContain('de06 diff "origin/$BASE_REF" --format markdown >> "$GITHUB_STEP_SUMMARY"');
  });

  it('GitLab: junit report as an artifact, warnings only (exit 3) allowed to fail', async () => {
    const doc = parse(await readFile(join(dir, '.gitlab-ci.yml'), 'utf8'));
    const job = doc['de06-lint'];
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
    expect(steps.find((s) => s.run?.includes('de06 site'))!.run).toBe('npx --yes de06 site --out _site');
    expect(steps.find((s) => s.uses === 'actions/upload-pages-artifact@v3')!.with).toEqual({ path: '_site' });
    expect(steps.at(-1)!.uses).toBe('actions/deploy-pages@v4');
  });

  it('GitLab Pages: a job named pages, on the default branch, publishing public/', async () => {
    const doc = parse(await readFile(join(dir, '.gitlab-ci.yml'), 'utf8'));
    expect(doc.pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    expect(doc.pages.script.at(-1)).toBe('npx --yes de06 site --out public');
    expect(doc.pages.artifacts.paths).toEqual(['public']);
  });

  it('the site the Pages jobs publish builds in the new repository', async () => {
    const out = join(await tempDir('de06-init-site-'), 'public');
    const result = await de06('--root', dir, 'site', '--out', out);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    await expect(stat(join(out, 'index.html'))).resolves.toBeDefined();
    await expect(stat(join(out, 'data', 'status.json'))).resolves.toBeDefined();
  });

  it('name only commands and options the built de06 has', async () => {
    const scripts = [await runLines('.github/workflows/de06.yml'), await runLines('.github/workflows/de06-site.yml'), await runLines('.gitlab-ci.yml'), await readFile(join(dir, '.githooks/pre-commit'), 'utf8')];
    const calls = scripts.flatMap(de06Calls);
    expect(new Set(calls.map((c) => c.command))).toEqual(new Set(['lint', 'diff', 'site']));
    for (const { command, options } of calls) {
      const help = await de06(command, '--help');
      expect(help.exitCode, `de06 ${command} --help`).toBe(0);
      for (const option of options) expect(help.stdout, `de06 ${command} ${option}`).toContain(option);
    }
  });
});
