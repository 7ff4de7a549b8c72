// End to end: `de06 site` through the built binary, as the IOC or CI runs it: the folder it writes,
// its data files byte for byte what `de06 status|overdue|calendar` print for the same day, the
// same bytes on every run and in every time zone, nothing overwritten without --force, nothing
// but a site ever replaced, and no reference to anything outside the folder.

import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, FIXTURES, REPO } from '../helpers/plan.js';

const AS_OF = '2026-11-28';
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'de06-site-'));
  dirs.push(dir);
  return dir;
}

function de06(root: string, args: string[], env: Record<string, string> = {}) {
  return execa('node', [BIN, '--root', root, ...args], { cwd: REPO, reject: false, env: { NO_COLOR: '1', ...env } });
}

/** Every file of a folder: path → bytes. */
function tree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return out;
}

describe('de06 site on the shipped plan', () => {
  let out: string;
  let files: Map<string, Buffer>;

  beforeAll(async () => {
    out = join(scratch(), 'site');
    const run = await de06(REPO, ['site', '--out', out, '--as-of', AS_OF]);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe(relative(REPO, join(out, 'index.html')));
    files = tree(out);
  });

  it('writes the pages of DESIGN §5.2: overview, assignments, overdue, one per unit and per objective group', async () => {
    const units = (await de06(REPO, ['status', '--as-of', AS_OF, '--format', 'json'])).stdout;
    expect(files.has('index.html')).toBe(true);
    expect(files.has('nhiem-vu.html')).toBe(true);
    expect(files.has('qua-han.html')).toBe(true);
    for (const key of (JSON.parse(units) as { rows: { key: string }[] }).rows.map((r) => r.key)) {
      expect(files.has(`don-vi/${key}.html`), key).toBe(true);
      expect(files.has(`lich/${key}.ics`), key).toBe(true);
    }
    for (const group of ['g1', 'g2', 'g3', 'g4', 'g5', 'g6', 'chua-xac-dinh']) expect(files.has(`nhom-muc-tieu/${group}.html`), group).toBe(true);
  });

  it('data/*.json are what the commands print for the same day, byte for byte', async () => {
    for (const [file, args] of [
      ['data/status.json', ['status', '--as-of', AS_OF, '--format', 'json']],
      ['data/overdue.json', ['overdue', '--as-of', AS_OF, '--format', 'json']],
      ['data/calendar.json', ['calendar', '--as-of', AS_OF, '--format', 'json']],
    ] as const) {
      const printed = await de06(REPO, [...args]);
      expect(files.get(file)!.toString('utf8'), file).toBe(printed.stdout + '\n');
    }
  });

  it("lich/<unit>.ics is the unit's `de06 calendar --format ics`", async () => {
    for (const unit of ['so-yt', 'cat', 'ubnd-tinh']) {
      const printed = await de06(REPO, ['calendar', '--as-of', AS_OF, '--unit', unit, '--format', 'ics']);
      expect(files.get(`lich/${unit}.ics`)!.toString('utf8'), unit).toBe(printed.stdout + '\r\n');
    }
  });

  it('the overview shows the numbers of `de06 status --format json`', () => {
    const status = JSON.parse(files.get('data/status.json')!.toString('utf8')) as { totals: Record<string, number> };
    const page = files.get('index.html')!.toString('utf8');
    const shown = Object.fromEntries([...page.matchAll(/data-count="(\w+)">([\d.]+)</g)].map((m) => [m[1]!, Number(m[2]!.replace(/\./g, ''))]));
    const keys = ['assigned', 'done_on_time', 'done_late', 'in_progress', 'due_soon', 'overdue', 'not_started', 'ongoing', 'paused', 'reportsOnTime', 'reportsLate', 'reportsMissing'];
    expect(Object.keys(shown).sort()).toEqual([...keys].sort());
    for (const key of keys) expect(shown[key], key).toBe(status.totals[key]);
  });

  it('refers to nothing outside the folder: every link, script, style and image is relative and there', () => {
    for (const [path, bytes] of files) {
      if (!/\.(html|css|js|svg)$/.test(path)) continue;
      const text = bytes.toString('utf8').replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '');
      expect(text, path).not.toMatch(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/i);
      expect(text, path).not.toMatch(/@import|url\((?!#)/);
      for (const m of text.matchAll(/(?:href|src)="([^"#]*)(?:#[^"]*)?"/g)) {
        if (m[1] === '') continue;
        const target = join(out, path, '..', m[1]!);
        expect(existsSync(target), `${path} → ${m[1]}`).toBe(true);
      }
    }
  });

  it('gives the same bytes on every run and in every time zone', async () => {
    for (const tz of ['UTC', 'America/Los_Angeles']) {
      const again = join(scratch(), 'site');
      expect((await de06(REPO, ['site', '--out', again, '--as-of', AS_OF], { TZ: tz })).exitCode).toBe(0);
      expect(tree(again)).toEqual(files);
    }
  });
});

describe('de06 site never loses anything', () => {
  it('does not replace an existing site without --force, and says so', async () => {
    const out = join(scratch(), 'site');
    expect((await de06(REPO, ['site', '--out', out, '--as-of', AS_OF])).exitCode).toBe(0);
    writeFileSync(join(out, 'index.html'), 'kept');
    const again = await de06(REPO, ['site', '--out', out, '--as-of', AS_OF]);
    expect(again.exitCode).toBe(2);
    expect(again.stderr).toMatch(/^de06: đã có .*site; không ghi đè \(dùng --force/);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('kept');
    const forced = await de06(REPO, ['site', '--out', out, '--as-of', AS_OF, '--force']);
    expect(forced.exitCode).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<!DOCTYPE html>');
  });

  it('with --force still replaces no folder that is not a site, nor the plan repository', async () => {
    const other = join(scratch(), 'tai-lieu');
    mkdirSync(other);
    writeFileSync(join(other, 'quan-trong.docx'), 'x');
    const refused = await de06(REPO, ['site', '--out', other, '--force', '--as-of', AS_OF]);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain('không phải trang do de06 site tạo ra');
    expect(readdirSync(other)).toEqual(['quan-trong.docx']);

    const copy = scratch();
    cpSync(join(REPO, 'plan'), join(copy, 'plan'), { recursive: true });
    for (const out of [copy, join(copy, '..')]) {
      const onRoot = await de06(copy, ['site', '--out', out, '--force', '--as-of', AS_OF]);
      expect(onRoot.exitCode).toBe(2);
      expect(onRoot.stderr).toContain('chứa kho kế hoạch');
    }
    expect(existsSync(join(copy, 'plan', 'plan.yaml'))).toBe(true);
  });

  it('a bad --as-of is one line and exit 2, in the user\'s language', async () => {
    const run = await de06(REPO, ['site', '--as-of', '2026-02-30', '--lang', 'en']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe('de06: --as-of takes a real day written YYYY-MM-DD, not "2026-02-30". (see "de06 site --help")');
  });

  it('defaults to site/ in the plan repository', async () => {
    const copy = scratch();
    cpSync(join(FIXTURES, 'report'), copy, { recursive: true });
    const run = await de06(copy, ['site', '--as-of', '2026-08-09']);
    expect(run.exitCode).toBe(0);
    expect(existsSync(join(copy, 'site', 'index.html'))).toBe(true);
  });
});

describe('de06 site on a plan with lint errors', () => {
  it('builds from the valid part, says so on stderr and on every page', async () => {
    const copy = scratch();
    cpSync(join(FIXTURES, 'report'), copy, { recursive: true });
    const tasks = join(copy, 'plan', 'tasks', 'II-thu-nghiem.yaml');
    writeFileSync(tasks, readFileSync(tasks, 'utf8').replace(/lead: so-yt/, 'lead: so-ytt'));
    const out = join(copy, 'site');
    const run = await de06(copy, ['site', '--out', out, '--as-of', '2026-08-09']);
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toMatch(/kế hoạch có \d+ lỗi/);
    for (const [path, bytes] of tree(out)) if (path.endsWith('.html')) expect(bytes.toString('utf8'), path).toContain('DỰ THẢO – DỮ LIỆU CHƯA HỢP LỆ');
  });
});
