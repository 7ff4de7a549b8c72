// Reading the plan repository from the working tree, and what each path holds.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { FileKind } from './model.js';
import { MAX_FILE_BYTES, type FileSource, type ReadResult } from './source.js';

/** The folders that make a plan repository (DESIGN §2). */
export const PLAN_DIRS = ['plan', 'templates'];

const YAML_FILE = /\.ya?ml$/i;

/** What a path holds, from where it stands (DESIGN §2); undefined for a file that has no place. */
export function kindOf(path: string): FileKind | undefined {
  const parts = path.split('/');
  if (parts[0] === 'templates') return parts.length === 2 ? 'template' : undefined;
  if (parts[0] !== 'plan') return undefined;
  if (parts.length === 2) {
    const fixed: Record<string, FileKind> = {
      'plan.yaml': 'plan',
      'units.yaml': 'units',
      'calendar.yaml': 'calendar',
      'indicators.yaml': 'indicators',
    };
    return fixed[parts[1]!];
  }
  if (parts[1] === 'tasks' && parts.length === 3) return 'tasks';
  if (parts[1] === 'progress' && parts.length === 4) return 'progress';
  if (parts[1] === 'narrative' && (parts.length === 3 || parts.length === 4)) return 'narrative';
  return undefined;
}

/** The files a plan must have. */
export const REQUIRED_FILES = ['plan/plan.yaml', 'plan/units.yaml'];

/** The working tree under `root`. Entries named *.yaml are listed even when they are folders, so
 * that a folder where a file should be is reported instead of skipped. Reads are synchronous: for
 * thousands of small files that is about twice as fast as going through the thread pool. */
export function fsFileSource(root: string): FileSource {
  return {
    async list() {
      const found: string[] = [];
      const walk = (rel: string): void => {
        let entries;
        try {
          entries = readdirSync(join(root, rel), { withFileTypes: true });
        } catch {
          return;
        }
        for (const entry of entries) {
          const path = posix.join(rel, entry.name);
          if (YAML_FILE.test(entry.name)) found.push(path);
          else if (entry.isDirectory()) walk(path);
        }
      };
      PLAN_DIRS.forEach(walk);
      return found.sort();
    },
    async read(path): Promise<ReadResult> {
      const full = join(root, path);
      try {
        const info = statSync(full);
        if (info.isDirectory()) return { ok: false, reason: 'directory' };
        if (info.size > MAX_FILE_BYTES) return { ok: false, reason: 'too-large', size: info.size };
        return { ok: true, bytes: readFileSync(full) };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        return { ok: false, reason: code === 'ENOENT' ? 'missing' : 'unreadable' };
      }
    },
  };
}
