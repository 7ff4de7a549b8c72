// Loading the plan for a command: the working tree at the root, through the parse cache unless
// --no-cache says otherwise.

import { homedir } from 'node:os';
import { join } from 'node:path';
import { VERSION } from '../package.js';
import { openParseCache, schemaVersion, type ParseCache } from '../plan/cache.js';
import { fsFileSource } from '../plan/files.js';
import { loadPlan, type Loaded } from '../plan/load.js';
import type { FileSource } from '../plan/source.js';
import { VALIDATORS_FILE } from '../plan/validate.js';
import type { Context } from './context.js';

/** The folder under the root that holds the cache (init puts it in .gitignore). */
export const CACHE_DIR = '.de06-cache';

export function loadWorkingTree(ctx: Context, source: FileSource = fsFileSource(ctx.root)): Promise<Loaded> {
  const cache = parseCacheFor(ctx);
  return loadPlan(ctx.root, source, cache ? { cache } : {});
}

/**
 * No cache with --no-cache, nor in CI (CI set, as GitHub Actions and GitLab CI set it): a CI run
 * starts from a fresh checkout, so a cache written there is thrown away unread, and writing it
 * would be a tenth of the run.
 */
export function parseCacheFor(ctx: Context): ParseCache | undefined {
  const ci = process.env.CI;
  if (!ctx.cache || (ci !== undefined && ci !== '' && ci !== 'false')) return undefined;
  const home = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return openParseCache({ dir: join(ctx.root, CACHE_DIR), keyFile: join(home, 'de06', 'cache-key'), version: `${VERSION}\u0000${schemaVersion(VALIDATORS_FILE)}` });
}
