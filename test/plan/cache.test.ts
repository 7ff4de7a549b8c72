// The parse cache (src/plan/cache.ts): faster runs, never a stale or a planted answer.

import { existsSync, mkdtempSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { contentHash, openParseCache, schemaVersion, type CacheEntry, type ParseCache } from '../../src/plan/cache.js';
import { VERSION } from '../../src/package.js';
import { VALIDATORS_FILE } from '../../src/plan/validate.js';
import { fsFileSource } from '../../src/plan/files.js';
import { loadPlan } from '../../src/plan/load.js';
import { lint } from '../../src/lint/lint.js';
import { BIN, makePlan, removePlan, TEST_TODAY } from '../helpers/plan.js';

const made: string[] = [];
afterAll(() => made.forEach(removePlan));
function scratch(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

const TASKS = 'plan/tasks/III-2-tthc.yaml';
const home = scratch('de06-home-');
const env = { XDG_CACHE_HOME: home, DE06_NOW: '2026-08-12T03:00:00Z' };
const lintJson = async (dir: string, ...extra: string[]) =>
  (await execa('node', [BIN, '--root', dir, ...extra, 'lint', '--format', 'json'], { reject: false, env })).stdout;

/** A cache that counts what it answers. */
function counting(cache: ParseCache) {
  const counts = { hits: 0, misses: 0 };
  return {
    counts,
    cache: {
      get(path: string, hash: string) {
        const found = cache.get(path, hash);
        counts[found ? 'hits' : 'misses']++;
        return found;
      },
      set: (path: string, hash: string, entry: CacheEntry) => cache.set(path, hash, entry),
      save: () => cache.save(),
    },
  };
}

/** what the command line signs its caches for */
const cliVersion = `${VERSION}\u0000${schemaVersion(VALIDATORS_FILE)}`;
const open = (dir: string, keyFile = join(home, 'de06', 'cache-key')) => openParseCache({ dir: join(dir, '.de06-cache'), keyFile, version: 'test' })!;

describe('the parse cache', () => {
  it('answers a second run from the cache, with the same findings and positions', async () => {
    const dir = makePlan(undefined, { [TASKS]: readFileSync(join(makePlan(), TASKS), 'utf8').replace('lead: vp-ubnd', 'lead: vp-ubdn') });
    made.push(dir);
    const first = counting(open(dir));
    const cold = lint(await loadPlan(dir, fsFileSource(dir), { cache: first.cache }), { lang: 'vi', asOf: TEST_TODAY });
    expect(first.counts.hits).toBe(0);
    const second = counting(open(dir));
    const warm = lint(await loadPlan(dir, fsFileSource(dir), { cache: second.cache }), { lang: 'vi', asOf: TEST_TODAY });
    expect(second.counts.misses).toBe(0);
    expect(second.counts.hits).toBeGreaterThan(3);
    expect(warm).toEqual(cold);
    expect(warm.problems.map((p) => `${p.line}:${p.column} ${p.rule}`)).toContain('8:11 unknown-reference');
  });

  it('is never stale: an edit in the same second, at the same size, is seen', async () => {
    const dir = makePlan();
    made.push(dir);
    expect(JSON.parse(await lintJson(dir)).errorCount).toBe(0);
    const path = join(dir, TASKS);
    const before = statSync(path);
    writeFileSync(path, readFileSync(path, 'utf8').replace('lead: vp-ubnd', 'lead: vp-ubnx'));
    utimesSync(path, before.atime, before.mtime);
    expect(statSync(path).size).toBe(before.size);
    expect(JSON.parse(await lintJson(dir)).errorCount).toBe(1);
  });

  it('ignores a corrupt or cut-short cache and rebuilds it', async () => {
    const dir = makePlan();
    made.push(dir);
    const clean = await lintJson(dir);
    const file = join(dir, '.de06-cache', 'parse.bin');
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length >> 1));
    expect(await lintJson(dir)).toBe(clean);
    writeFileSync(file, Buffer.from('không phải bộ nhớ đệm'));
    expect(await lintJson(dir)).toBe(clean);
    // rebuilt as it was: the same entries under the same key
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('ignores a cache signed with another key: a pull request cannot plant one that hides an error', async () => {
    const dir = makePlan();
    made.push(dir);
    const path = join(dir, TASKS);
    const broken = Buffer.from(readFileSync(path, 'utf8').replace('lead: vp-ubnd', 'lead: [khong, hop, le'));
    // the planted cache says the broken file's bytes parse to the clean file's data and findings
    const cleanEntry = (await loadPlan(dir, fsFileSource(dir))).model.files.find((f) => f.path === TASKS)!;
    const planted = openParseCache({ dir: join(dir, '.de06-cache'), keyFile: join(scratch('de06-attacker-'), 'key'), version: cliVersion })!;
    planted.set(TASKS, contentHash(broken), { data: cleanEntry.data, findings: [] });
    planted.save();
    writeFileSync(path, broken);
    expect(JSON.parse(await lintJson(dir)).errorCount).toBeGreaterThan(0);
  });

  it('keeps concurrent runs from breaking it', async () => {
    const dir = makePlan();
    made.push(dir);
    const runs = await Promise.all(Array.from({ length: 4 }, () => lintJson(dir)));
    expect(new Set(runs).size).toBe(1);
    const after = counting(openParseCache({ dir: join(dir, '.de06-cache'), keyFile: join(home, 'de06', 'cache-key'), version: cliVersion })!);
    await loadPlan(dir, fsFileSource(dir), { cache: after.cache });
    expect(after.counts.misses).toBe(0);
  });

  it('--no-cache neither reads nor writes it', async () => {
    const dir = makePlan();
    made.push(dir);
    await lintJson(dir, '--no-cache');
    expect(existsSync(join(dir, '.de06-cache'))).toBe(false);
  });

  it('is not used through a link planted in its place', async () => {
    const dir = makePlan();
    made.push(dir);
    const elsewhere = scratch('de06-elsewhere-');
    symlinkSync(elsewhere, join(dir, '.de06-cache'));
    await lintJson(dir);
    expect(existsSync(join(elsewhere, 'parse.bin'))).toBe(false);
  });

  it('is not used when no signing key can be kept', () => {
    const dir = makePlan();
    made.push(dir);
    const blocked = join(scratch('de06-home-'), 'file');
    writeFileSync(blocked, 'x');
    expect(openParseCache({ dir: join(dir, '.de06-cache'), keyFile: join(blocked, 'key'), version: 'test' })).toBeUndefined();
  });
});
