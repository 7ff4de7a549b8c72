import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDirectory, writeDirectoryAtomically, writeFilesAtomically } from '../../src/write/atomic.js';
import { REPO } from '../helpers/plan.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'de06-write-'));
  made.push(dir);
  return dir;
}
const bytes = (text: string) => new TextEncoder().encode(text);

/** A separate node process that writes `target` with the built writer and prints the outcome. */
function racer(target: string, text: string) {
  const script = `import('${join(REPO, 'dist/write/atomic.js')}').then((m) => {
    const r = m.writeFilesAtomically([{ path: ${JSON.stringify(target)}, bytes: new TextEncoder().encode(${JSON.stringify(text)}) }], { force: false });
    process.stdout.write(r.ok ? 'ok' : r.problem);
  })`;
  return execa('node', ['-e', script]);
}

describe('writing files that nothing can lose', () => {
  it('never lets two racing runs both write one name without --force', async () => {
    const dir = scratch();
    for (let round = 0; round < 40; round++) {
      const target = join(dir, `bao-cao-${round}.docx`);
      const [a, b] = await Promise.all([racer(target, 'A'), racer(target, 'B')]);
      const outcomes = [a.stdout, b.stdout].sort();
      expect(outcomes).toEqual(['exists', 'ok']);
      expect(readFileSync(target, 'utf8')).toBe(a.stdout === 'ok' ? 'A' : 'B');
    }
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }, 120_000);

  it('writes all files or none: one existing target keeps every other file unwritten', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'b.xlsx'), 'old');
    const result = writeFilesAtomically([{ path: join(dir, 'a.docx'), bytes: bytes('new') }, { path: join(dir, 'b.xlsx'), bytes: bytes('new') }], { force: false });
    expect(result).toEqual({ ok: false, problem: 'exists', path: join(dir, 'b.xlsx') });
    expect(existsSync(join(dir, 'a.docx'))).toBe(false);
    expect(readFileSync(join(dir, 'b.xlsx'), 'utf8')).toBe('old');
  });

  it('replaces with force', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.docx'), 'old');
    expect(writeFilesAtomically([{ path: join(dir, 'a.docx'), bytes: bytes('new') }], { force: true }).ok).toBe(true);
    expect(readFileSync(join(dir, 'a.docx'), 'utf8')).toBe('new');
  });

  it('cleans the temporary files a killed run left behind', async () => {
    const dir = scratch();
    // a run that is killed while writing: its temporary file stays
    const child = execa('node', ['-e', `const fs = require('fs'); fs.writeFileSync(${JSON.stringify(join(dir, '.a.docx.'))} + process.pid + '-0badf00d.tmp', 'half'); setInterval(() => {}, 1000)`]);
    // wait until it has written its temporary file, however slow the machine is
    for (let i = 0; i < 200 && !readdirSync(dir).some((n) => n.endsWith('.tmp')); i++) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGKILL');
    await child.catch(() => undefined);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toHaveLength(1);
    expect(writeFilesAtomically([{ path: join(dir, 'a.docx'), bytes: bytes('whole') }], { force: false }).ok).toBe(true);
    expect(readdirSync(dir)).toEqual(['a.docx']);
  });

  it('gives up at once on a folder that can never be made (/proc), instead of looping', () => {
    const started = process.hrtime.bigint();
    expect(() => makeDirectory('/proc/de06-x/y')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
    expect(Number(process.hrtime.bigint() - started) / 1e9).toBeLessThan(5);
    const result = writeFilesAtomically([{ path: '/proc/de06-x/a.docx', bytes: bytes('x') }], { force: false });
    expect(result).toMatchObject({ ok: false, problem: 'failed', reason: 'ENOENT' });
  });

  it('says ENOTDIR when a file stands where a folder should be', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'reports'), 'a file');
    expect(writeFilesAtomically([{ path: join(dir, 'reports', '2026-07', 'a.docx'), bytes: bytes('x') }], { force: false }))
      .toMatchObject({ ok: false, problem: 'failed', reason: 'ENOTDIR' });
  });
});

describe('writing a folder (a site) at once', () => {
  const files = [{ path: 'index.html', bytes: bytes('<p>1</p>') }, { path: 'don-vi/cat.html', bytes: bytes('<p>2</p>') }];

  it('puts the whole folder in place, and refuses an existing one without force', () => {
    const target = join(scratch(), 'site');
    expect(writeDirectoryAtomically(target, files, { force: false }).ok).toBe(true);
    expect(readFileSync(join(target, 'don-vi/cat.html'), 'utf8')).toBe('<p>2</p>');
    expect(writeDirectoryAtomically(target, files, { force: false })).toMatchObject({ ok: false, problem: 'exists' });
    expect(writeDirectoryAtomically(target, [{ path: 'index.html', bytes: bytes('new') }], { force: true }).ok).toBe(true);
    expect(readdirSync(target)).toEqual(['index.html']);
  });

  it('refuses a file path that climbs out of the folder', () => {
    const parent = scratch();
    const result = writeDirectoryAtomically(join(parent, 'site'), [{ path: '../escape.html', bytes: bytes('x') }], { force: false });
    expect(result.ok).toBe(false);
    expect(existsSync(join(parent, 'escape.html'))).toBe(false);
    expect(readdirSync(parent)).toEqual([]);
  });
});
