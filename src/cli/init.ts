// de06 init [DIR] [--tool SPEC] [--owner PATTERN] [--force]: a new plan repository that passes
// `de06 lint` at once and runs its own CI on its first push: package.json pins de06 (DESIGN §4).

import { readFile, stat } from 'node:fs/promises';
import { basename, relative, resolve } from 'node:path';
import { t } from '../i18n/index.js';
import { isOwnerPattern } from '../init/codeowners.js';
import { isToolProblem, parseToolSpec, vendoredPath, type ToolSpec } from '../init/package-file.js';
import { scaffoldFiles } from '../init/scaffold.js';
import { hasEntries, readPackageFiles, writeScaffold } from '../init/write.js';
import { VERSION } from '../package.js';
import { makeContext, UsageError, type Context, type GlobalOptions } from './context.js';

interface InitOptions {
  force?: boolean;
  owner?: string;
  tool?: string;
}

export async function run(options: InitOptions, args: string[], global: GlobalOptions): Promise<number> {
  const ctx = makeContext(global, false);
  const say = (id: string, params?: Record<string, string | number>) => t(ctx.lang, id, params);
  const dir = resolve(args[0] ?? '.');
  const shownDir = shown(dir);
  if (options.owner !== undefined && !isOwnerPattern(options.owner)) throw new UsageError(say('codeowners.bad-owner', { value: options.owner }));
  const tool = parseToolSpec(options.tool, VERSION);
  if (isToolProblem(tool)) throw new UsageError(say(tool.message, tool.params));
  const kind = await stat(dir).then((s) => (s.isDirectory() ? 'folder' : 'other'), () => 'missing');
  if (kind === 'other') throw new UsageError(say('init.not-a-folder', { dir: shownDir }));
  if (!options.force && (await hasEntries(dir))) throw new UsageError(say('init.not-empty', { dir: shownDir }));

  const tarball = tool.kind === 'tarball' ? await readTarball(ctx, tool) : undefined;
  const files = scaffoldFiles(await readPackageFiles(), {
    folder: basename(dir),
    tool,
    ...(tarball ? { tarball } : {}),
    ...(options.owner ? { owner: options.owner } : {}),
  });
  const result = await writeScaffold(dir, files);
  if (!result.ok) {
    const path = shown(result.path);
    throw new UsageError(result.problem === 'exists' ? say('init.appeared', { path }) : say('cli.write-failed', { path, reason: result.reason }));
  }
  for (const path of result.written) ctx.out(say('init.wrote', { path }));
  for (const path of result.kept) ctx.out(say('init.kept', { path }));
  ctx.out(say('init.done', { count: result.written.length, dir: shownDir }));
  ctx.out(say('init.next', { cd: relative(process.cwd(), dir) === '' ? '' : `cd ${shownDir} && `, tool: toolLabel(tool) }));
  return 0;
}

/** The tarball named by --tool, read from where the user is; a missing one is a usage error. */
async function readTarball(ctx: Context, tool: Extract<ToolSpec, { kind: 'tarball' }>): Promise<Uint8Array> {
  try {
    return await readFile(resolve(tool.path));
  } catch (error) {
    throw new UsageError(t(ctx.lang, 'init.tool.no-tarball', { path: tool.path, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
}

function toolLabel(tool: ToolSpec): string {
  if (tool.kind === 'registry') return `${tool.name}@${tool.version}`;
  return tool.kind === 'git' ? tool.url : vendoredPath(tool);
}

/** Paths are printed relative to the working directory, as a user would type them. */
function shown(path: string): string {
  return relative(process.cwd(), path) || '.';
}
