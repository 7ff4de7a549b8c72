// The dashboard in a real browser (DESIGN §5.2): Debian's Chromium, driven by playwright-core,
// never a downloaded browser. For the shipped plan, the SYNTHETIC report fixture and the shipped
// plan with SYNTHETIC progress, every page is opened from file:// and from a web server under a
// sub-path (as GitHub Pages serves a project): no console error, no request outside the folder,
// every internal link and anchor resolves, the overview says what `de06 status --format json`
// says, the W3C Nu Html Checker and axe-core find nothing wrong, the page fits a phone, scripts only add to a page that
// works without them, and print drops the navigation. Screenshots land in .tmp/screenshots/.
//
// npm run test:browser (after npm run build); .ci/run installs chromium first.

import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { execa } from 'execa';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { percent } from '../../src/format/cli-table.js';
import { rates, type StatusTable } from '../../src/status/index.js';
import { BIN, FIXTURES, REPO } from '../helpers/plan.js';
import { planWithSyntheticProgress } from '../site/synthetic-progress.js';

const CHROMIUM = process.env.DE06_CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = join(REPO, '.tmp', 'screenshots');
const PREFIX = '/de06-site/';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.ics': 'text/calendar' };

const scratch: string[] = [];
let server: Server;
let port = 0;
/** what the server serves under PREFIX */
let served = '';

function htmlPages(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

async function launch(options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {}): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'de06-chromium-'));
  scratch.push(profile);
  return chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: options.viewport ?? { width: 1366, height: 768 }, javaScriptEnabled: options.javaScriptEnabled ?? true });
}

/** Opens `url`, recording console errors, uncaught errors and every request the page makes. */
async function open(page: Page, url: string): Promise<{ errors: string[]; requests: string[] }> {
  const errors: string[] = [];
  const requests: string[] = [];
  page.removeAllListeners('console');
  page.removeAllListeners('pageerror');
  page.removeAllListeners('request');
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  const response = await page.goto(url, { waitUntil: 'load' });
  if (response && !response.ok()) errors.push(`${url}: HTTP ${response.status()}`);
  return { errors, requests };
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not at ${CHROMIUM}: install Debian's package (apt-get install chromium), or set DE06_CHROMIUM`);
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.startsWith(PREFIX) ? join(served, path.slice(PREFIX.length)) : '';
    if (!file || !file.startsWith(served) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as { port: number }).port;
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await new Promise((done) => server?.close(done));
  scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

interface Case {
  name: string;
  asOf: string;
  root: () => Promise<string>;
}

const CASES: Case[] = [
  { name: 'shipped', asOf: '2026-11-28', root: async () => REPO },
  {
    name: 'report-fixture',
    asOf: '2026-08-09',
    root: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'de06-site-fixture-'));
      cpSync(join(FIXTURES, 'report'), dir, { recursive: true });
      scratch.push(dir);
      return dir;
    },
  },
  {
    name: 'synthetic-progress',
    asOf: '2026-11-28',
    root: async () => {
      const dir = await planWithSyntheticProgress('2026-11-28');
      scratch.push(dir);
      return dir;
    },
  },
];

describe.each(CASES)('the site of the $name plan', ({ name, asOf, root: makeRoot }) => {
  let site: string;
  let pages: string[];
  let status: StatusTable;
  let context: BrowserContext;

  beforeAll(async () => {
    const root = await makeRoot();
    site = join(mkdtempSync(join(tmpdir(), `de06-site-${name}-`)), 'site');
    scratch.push(join(site, '..'));
    const env = { NO_COLOR: '1', DE06_NOW: `${asOf}T03:00:00Z` };
    const built = await execa('node', [BIN, '--root', root, 'site', '--out', site, '--as-of', asOf], { reject: false, env });
    expect(built.stderr).toBe('');
    expect(built.exitCode).toBe(0);
    status = JSON.parse((await execa('node', [BIN, '--root', root, 'status', '--as-of', asOf, '--format', 'json'], { env })).stdout) as StatusTable;
    pages = htmlPages(site);
    context = await launch();
  });

  afterAll(async () => {
    await context?.close();
  });

  it('every page opens from file:// without a console error, asking for nothing outside the folder', async () => {
    const page = await context.newPage();
    const base = pathToFileURL(site + sep).href;
    for (const path of pages) {
      const { errors, requests } = await open(page, base + path);
      expect(errors, path).toEqual([]);
      expect(requests.filter((url) => !url.startsWith(base)), path).toEqual([]);
    }
    await page.close();
  });

  it('every page opens from a web server under a sub-path the same way, and every link and anchor resolves', async () => {
    served = site;
    const page = await context.newPage();
    const base = `http://127.0.0.1:${port}${PREFIX}`;
    const ids = new Map<string, Set<string>>();
    const idsOf = (path: string) => {
      let found = ids.get(path);
      if (!found) ids.set(path, (found = new Set([...readFileSync(join(site, path), 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))));
      return found;
    };
    for (const path of pages) {
      const { errors, requests } = await open(page, base + path);
      expect(errors, path).toEqual([]);
      expect(requests.filter((url) => !url.startsWith(base)), path).toEqual([]);
      const targets = await page.$$eval('a[href], link[href], script[src]', (els) => els.map((e) => (e as HTMLAnchorElement).href || (e as HTMLScriptElement).src));
      for (const target of targets) {
        expect(target.startsWith(base), `${path} → ${target}`).toBe(true);
        const [file, anchor] = decodeURIComponent(target.slice(base.length)).split('#') as [string, string | undefined];
        expect(existsSync(join(site, file)), `${path} → ${file}`).toBe(true);
        if (anchor) expect(idsOf(file).has(anchor), `${path} → ${file}#${anchor}`).toBe(true);
      }
    }
    await page.close();
  });

  it('the overview shows the counts and rates of `de06 status --format json` for the same day', async () => {
    const page = await context.newPage();
    await open(page, pathToFileURL(join(site, 'index.html')).href);
    const counts = await page.$$eval('[data-count]', (els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-count')!, e.textContent!.trim()])));
    const number = (text: string) => Number(text.replace(/\./g, ''));
    const { totals } = status;
    for (const key of ['assigned', 'done_on_time', 'done_late', 'in_progress', 'due_soon', 'overdue', 'not_started', 'ongoing', 'paused', 'reportsOnTime', 'reportsLate', 'reportsMissing'] as const) {
      expect(number(counts[key] ?? 'missing'), key).toBe(totals[key]);
    }
    const shownRates = await page.$$eval('[data-rate]', (els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-rate')!, e.textContent!.trim()])));
    const r = rates(totals);
    expect(shownRates.completion).toBe(r.completion === null ? 'chưa có' : percent(r.completion, 'vi'));
    expect(shownRates.reporting).toBe(r.reporting === null ? 'chưa có' : percent(r.reporting, 'vi'));
    expect(await page.textContent('.asof')).toContain(asOf.split('-').reverse().join('/'));
    await page.close();
  });

  it('the W3C Nu Html Checker finds no error and no warning in any page, in the style sheet or in the icon', async () => {
    const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
    const checked = await execa('java', ['-jar', vnu, '--skip-non-html', '--format', 'json', site], { reject: false });
    const { messages } = JSON.parse(checked.stderr || checked.stdout) as { messages: { type: string; url?: string; lastLine?: number; message: string }[] };
    expect(messages.map((m) => `${m.type} ${m.url?.slice(-40)}:${m.lastLine} ${m.message}`)).toEqual([]);
    expect(checked.exitCode).toBe(0);
    for (const [kind, file] of [['--css', 'assets/site.css'], ['--svg', 'assets/icon.svg']]) {
      const asset = await execa('java', ['-jar', vnu, kind!, '--format', 'json', join(site, file!)], { reject: false });
      expect((JSON.parse(asset.stderr || asset.stdout) as { messages: unknown[] }).messages, file).toEqual([]);
    }
  });

  it('axe-core finds no serious or critical accessibility problem on any page', async () => {
    const page = await context.newPage();
    for (const path of pages) {
      await open(page, pathToFileURL(join(site, path)).href);
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { resultTypes: ['violations'] });
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations, path).toEqual([]);
    }
    await page.close();
  });

  it('fits a phone (390×844) and a laptop (1366×768): no page wider than the screen', async () => {
    const shots = join(SHOTS, name);
    mkdirSync(shots, { recursive: true });
    // the fullest page of each kind: the one with most rows to lay out
    const fullest = (folder: string) => pages.filter((p) => p.startsWith(folder)).sort((a, b) => statSync(join(site, b)).size - statSync(join(site, a)).size)[0]!;
    const samples = ['index.html', 'nhiem-vu.html', 'qua-han.html', fullest('don-vi/'), fullest('nhom-muc-tieu/')];
    for (const viewport of [{ width: 390, height: 844 }, { width: 1366, height: 768 }]) {
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      for (const path of samples) {
        await open(page, pathToFileURL(join(site, path)).href);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, `${path} at ${viewport.width}px`).toBeLessThanOrEqual(viewport.width);
        await page.screenshot({ path: join(shots, `${path.replace(/\//g, '-').replace('.html', '')}-${viewport.width}.png`), fullPage: path === 'index.html' });
      }
      await page.close();
    }
  });

  it('prints without the navigation and the filters', async () => {
    const page = await context.newPage();
    await open(page, pathToFileURL(join(site, 'nhiem-vu.html')).href);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('nav.site')).toBe(false);
    expect(await page.isVisible('.tools')).toBe(false);
    expect(await page.isVisible('table')).toBe(true);
    await page.close();
  });
});

describe('scripts only add filtering and sorting', () => {
  let site: string;

  beforeAll(async () => {
    const root = await planWithSyntheticProgress('2026-11-28');
    scratch.push(root);
    site = join(root, 'site');
    await execa('node', [BIN, '--root', root, 'site', '--out', site, '--as-of', '2026-11-28'], { env: { DE06_NOW: '2026-11-28T03:00:00Z' } });
  });

  const rowsOf = (path: string) => [...readFileSync(join(site, path), 'utf8').matchAll(/<tr data-status="/g)].length;

  it('without JavaScript every row is there, and no control that needs a script', async () => {
    const context = await launch({ javaScriptEnabled: false });
    const page = await context.newPage();
    await open(page, pathToFileURL(join(site, 'nhiem-vu.html')).href);
    expect(await page.locator('tbody tr:visible').count()).toBe(rowsOf('nhiem-vu.html'));
    expect(await page.locator('.tools').count()).toBe(0);
    expect(await page.locator('th button').count()).toBe(0);
    await context.close();
  });

  it('with it, the search box and the status choice narrow the rows, and a header sorts them', async () => {
    const context = await launch();
    const page = await context.newPage();
    const { errors } = await open(page, pathToFileURL(join(site, 'nhiem-vu.html')).href);
    const total = rowsOf('nhiem-vu.html');
    const visible = page.locator('tbody tr:visible');
    expect(await visible.count()).toBe(total);

    await page.fill('.tools input[type=search]', 'so y te'); // accents need not be typed
    await page.waitForTimeout(400);
    const found = await visible.allTextContents();
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(total);
    for (const text of found) expect(text).toContain('Sở Y tế');
    expect(await page.textContent('.tools output')).toBe(`Đang hiện ${found.length} trong ${total} dòng`);

    await page.fill('.tools input[type=search]', '');
    await page.selectOption('.tools select', 'in_progress');
    await page.waitForTimeout(200);
    const statuses = await visible.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
    expect(statuses.length).toBeGreaterThan(0);
    for (const s of statuses) expect(s!.split(' ')).toContain('in_progress');

    await page.selectOption('.tools select', '');
    await page.click('thead th:nth-child(3) button');
    expect(await page.getAttribute('thead th:nth-child(3)', 'aria-sort')).toBe('ascending');
    const units = await page.$$eval('tbody tr td:nth-child(3)', (cells) => cells.map((c) => c.textContent!.trim()));
    expect(units).toEqual([...units].sort((a, b) => a.localeCompare(b, 'vi')));
    await page.click('thead th:nth-child(3) button');
    expect(await page.getAttribute('thead th:nth-child(3)', 'aria-sort')).toBe('descending');

    // by status: the most urgent first (overdue, due soon, not started …)
    await page.click('thead th:nth-child(4) button');
    const urgency = ['overdue', 'due_soon', 'not_started', 'in_progress', 'paused', 'ongoing', 'done_late', 'done_on_time'];
    const firstStatus = await page.$$eval('tbody tr', (rows) => rows.map((r) => r.getAttribute('data-status')!.split(' ')[0]!));
    const ranks = firstStatus.map((s) => urgency.indexOf(s));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('numbers written the Vietnamese way and dd/mm/yyyy days sort as numbers and days', async () => {
    const context = await launch();
    const page = await context.newPage();
    await open(page, pathToFileURL(join(site, 'don-vi', 'so-yt.html')).href);
    const table = page.locator('table', { has: page.locator('th', { hasText: 'Kỳ báo cáo' }) });
    await table.locator('thead th:nth-child(2) button').click();
    await table.locator('thead th:nth-child(2) button').click();
    const days = await table.locator('tbody tr td:nth-child(2)').allTextContents();
    const iso = days.map((d) => d.split('/').reverse().join('-'));
    expect(iso.length).toBeGreaterThan(1);
    expect(iso).toEqual([...iso].sort().reverse());
    await open(page, pathToFileURL(join(site, 'qua-han.html')).href);
    await page.click('thead th:nth-child(4) button'); // Số ngày quá hạn
    const late = (await page.locator('tbody tr td:nth-child(4)').allTextContents()).map((n) => Number(n.replace(/\./g, '')));
    expect(new Set(late).size).toBeGreaterThan(1);
    expect(late).toEqual([...late].sort((a, b) => a - b));
    await context.close();
  });
});
