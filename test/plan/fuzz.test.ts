// Property-based fuzzing (fast-check) of the loader over the shipped plan's own files, mutated the
// ways files really break: bytes flipped, the file cut short, lines swapped, tags, NULs and tabs
// put in, the text re-encoded. Whatever the input:
// - the fast YAML path reads a file only when `yaml` reads it the same (no error, same data), and
//   every key it places stands at its offset;
// - the loader and lint never throw, and every finding has a line inside its file;
// - the command line exits 1 or 2, never 0 with an error, never with a stack trace.
// Seeded, so a failure is reproducible (fast-check prints the seed and the shrunk input).

import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/lint.js';
import { loadPlan } from '../../src/plan/load.js';
import type { Positions } from '../../src/plan/positions.js';
import { MAP_SLOT } from '../../src/plan/positions.js';
import type { FileSource } from '../../src/plan/source.js';
import { parseFast } from '../../src/plan/yaml-fast.js';
import { BIN, removePlan, REPO } from '../helpers/plan.js';

const SEED = 20260605;

/** Every YAML file of the shipped plan and templates: the material the mutations start from. */
function shippedFiles(): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(REPO, rel), { withFileTypes: true })) {
      const path = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.yaml')) files.set(path, readFileSync(join(REPO, path)));
    }
  };
  walk('plan');
  walk('templates');
  return files;
}

const SHIPPED = shippedFiles();
const PATHS = [...SHIPPED.keys()];
const INSERTS = ['!!binary ', '!!set ', '!!timestamp ', '!!js/function ', '!tag ', '\0', '\t', '&a ', '*a', '? ', '- ', ': ', '#', '"', "'", '[', ']', '{', '}', ',', '|', '>-', '---\n', '%YAML 1.2\n', '\r', '\r\n', '\uFEFF', '\u0085', '  ', '\n'];

/** One way a file breaks, applied to its bytes. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...INSERTS) }),
  fc.record({ kind: fc.constant('latin1' as const) }),
  fc.record({ kind: fc.constant('utf16' as const) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  const buffer = Buffer.from(bytes);
  switch (m.kind) {
    case 'flip':
      if (buffer.length > 0) buffer[m.at % buffer.length]! ^= 1 << m.bit;
      return buffer;
    case 'cut':
      return buffer.subarray(0, m.at % (buffer.length + 1));
    case 'swap': {
      const lines = buffer.toString('utf8').split('\n');
      const [a, b] = [m.a % lines.length, m.b % lines.length];
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return Buffer.from(lines.join('\n'));
    }
    case 'insert': {
      const text = buffer.toString('utf8');
      const at = m.at % (text.length + 1);
      return Buffer.from(text.slice(0, at) + m.text + text.slice(at));
    }
    case 'latin1':
      return Buffer.from(buffer.toString('utf8'), 'latin1');
    case 'utf16':
      return Buffer.from(buffer.toString('utf8'), 'utf16le');
  }
}

const mutatedFile = fc.record({ path: fc.constantFrom(...PATHS), mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }) })
  .map(({ path, mutations }) => ({ path, bytes: mutations.reduce(mutate, SHIPPED.get(path)!), mutations }));

/** The shipped plan with some files replaced, read from memory. */
function overlaid(files: Map<string, Uint8Array>): FileSource {
  return {
    async list() {
      return { files: [...files.keys()].sort(), problems: [] };
    },
    async read(path) {
      const bytes = files.get(path);
      return bytes ? { ok: true, bytes } : { ok: false, reason: 'missing' };
    },
  };
}

describe('the fast YAML path agrees with yaml on whatever it accepts', () => {
  it('for mutated plan files', () => {
    fc.assert(fc.property(mutatedFile, ({ bytes }) => {
      const text = new TextDecoder().decode(bytes).replace(/\r(?!\n)/g, '\n');
      const positions: Positions = new Map();
      const fast = parseFast(text, positions);
      if (!fast) return;
      const doc = parseDocument(text, { uniqueKeys: true });
      expect(doc.errors).toEqual([]);
      expect(doc.warnings).toEqual([]);
      expect(fast.data).toEqual(doc.toJS());
      // every key the fast path placed stands where it says
      for (const [container, at] of positions) {
        if (Array.isArray(container)) continue;
        Object.keys(container).forEach((key, i) => {
          const [start, end] = [fast.slots[at + i * MAP_SLOT]!, fast.slots[at + i * MAP_SLOT + 1]!];
          expect(text.slice(start, end)).toBe(key);
        });
      }
    }), { seed: SEED, numRuns: 1500 });
  });
});

describe('the loader and lint never throw, and every finding stands inside its file', () => {
  it('for the shipped plan with mutated files', async () => {
    await fc.assert(fc.asyncProperty(fc.array(mutatedFile, { minLength: 1, maxLength: 3 }), async (mutated) => {
      const files = new Map(SHIPPED);
      for (const { path, bytes } of mutated) files.set(path, bytes);
      const loaded = await loadPlan(REPO, overlaid(files));
      const result = lint(loaded, { lang: 'vi', asOf: '2026-08-12' });
      for (const problem of result.problems) {
        const bytes = files.get(problem.file);
        if (!bytes) continue;
        const lines = new TextDecoder().decode(bytes).split(/\r\n|\r|\n/).length;
        expect(problem.line, `${problem.file} ${problem.rule}`).toBeGreaterThanOrEqual(1);
        expect(problem.line, `${problem.file} ${problem.rule}`).toBeLessThanOrEqual(lines);
      }
    }), { seed: SEED, numRuns: 300 });
  });
});

describe('the command line on a broken plan', () => {
  const made: string[] = [];
  afterAll(() => made.forEach(removePlan));

  it('exits 1 or 2 with no stack trace', async () => {
    const samples = fc.sample(mutatedFile, { seed: SEED, numRuns: 8 });
    for (const { path, bytes, mutations } of samples) {
      const dir = mkdtempSync(join(tmpdir(), 'de06-fuzz-'));
      made.push(dir);
      for (const folder of ['plan', 'templates']) cpSync(join(REPO, folder), join(dir, folder), { recursive: true });
      writeFileSync(join(dir, path), bytes);
      const run = await execa('node', [BIN, '--root', dir, 'lint', '--format', 'json'], { reject: false, env: { DE06_NOW: '2026-08-12T03:00:00Z' } });
      const label = `${path} ${JSON.stringify(mutations)}`;
      expect([0, 1, 2], label).toContain(run.exitCode);
      expect(run.stderr, label).not.toMatch(/\n\s+at .+:\d+:\d+/);
      if (run.exitCode !== 2) {
        const report = JSON.parse(run.stdout);
        expect(run.exitCode, label).toBe(report.errorCount > 0 ? 1 : 0);
      }
    }
  });
});
