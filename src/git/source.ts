// The plan as it was at a git revision, behind the same FileSource the loader reads the working
// tree through (src/plan/source.ts). All blobs are read by one `git cat-file --batch` process:
// one git call per file costs ~5 ms each, which is 35 s for a province-sized plan.

import { PLAN_DIRS } from '../plan/files.js';
import { MAX_FILE_BYTES, type FileSource, type ReadResult } from '../plan/source.js';
import { resolveCommit } from './revisions.js';
import { git, gitBytes, gitError, type GitResult } from './run.js';

const YAML_FILE = /\.ya?ml$/i;

interface Blob {
  oid: string;
  size: number;
}

/** The files under plan/ and templates/ at `rev`, paths relative to `root` (which may be a folder
 * inside the repository). */
export async function gitFileSource(root: string, rev: string): Promise<GitResult<FileSource>> {
  const commit = await resolveCommit(root, rev);
  if (!commit.ok) return commit;
  const listed = await git(root, ['ls-tree', '-r', '-l', '-z', commit.value, '--', ...PLAN_DIRS]);
  if (!listed.ok) return gitError('failed', { detail: listed.stderr.trim() });
  const blobs = parseTree(listed.stdout);
  let contents: Promise<Map<string, Uint8Array>> | undefined;

  return {
    ok: true,
    value: {
      async list() {
        return { files: [...blobs.keys()].sort(), problems: [] };
      },
      async read(path): Promise<ReadResult> {
        const blob = blobs.get(path);
        if (!blob) return { ok: false, reason: 'missing' };
        if (blob.size > MAX_FILE_BYTES) return { ok: false, reason: 'too-large', size: blob.size };
        contents ??= readBlobs(root, [...blobs.values()].filter((b) => b.size <= MAX_FILE_BYTES));
        const bytes = (await contents).get(blob.oid);
        return bytes ? { ok: true, bytes } : { ok: false, reason: 'unreadable' };
      },
    },
  };
}

/** `ls-tree -r -l -z` lines: "<mode> <type> <oid> <size>\t<path>". Only YAML blobs are plan files;
 * a submodule or a symlink is not one. */
function parseTree(output: string): Map<string, Blob> {
  const blobs = new Map<string, Blob>();
  for (const record of output.split('\0')) {
    const tab = record.indexOf('\t');
    if (tab === -1) continue;
    const [mode, type, oid, size] = record.slice(0, tab).trim().split(/\s+/);
    const path = record.slice(tab + 1);
    if (type !== 'blob' || mode === '120000' || !oid || !YAML_FILE.test(path)) continue;
    blobs.set(path, { oid, size: Number(size) });
  }
  return blobs;
}

/** Every blob at once: the batch output is "<oid> blob <size>\n<bytes>\n" per request. */
async function readBlobs(root: string, blobs: Blob[]): Promise<Map<string, Uint8Array>> {
  const found = new Map<string, Uint8Array>();
  if (blobs.length === 0) return found;
  const out = await gitBytes(root, ['cat-file', '--batch'], blobs.map((b) => b.oid).join('\n') + '\n');
  if (!out.ok) return found;
  const bytes = out.bytes;
  let at = 0;
  while (at < bytes.length) {
    const eol = bytes.indexOf(0x0a, at);
    if (eol === -1) break;
    const [oid, type, size] = Buffer.from(bytes.subarray(at, eol)).toString('latin1').split(' ');
    if (type === 'missing' || !oid) {
      at = eol + 1;
      continue;
    }
    const length = Number(size);
    found.set(oid, bytes.subarray(eol + 1, eol + 1 + length));
    at = eol + 1 + length + 1;
  }
  return found;
}
