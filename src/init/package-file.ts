// The package.json of a new plan repository: de06 as its one dependency, pinned exactly, so that
// its CI runs the de06 the repository chose and nothing a stranger publishes later (DESIGN §4
// `init`). `--tool` says where that de06 comes from:
//   a registry spec   @de06/cli@0.1.0 (or just 0.1.0)    an exact version, never a range or a tag
//   a git URL         git+https://…/de06.git#<commit>     a full commit id, never a branch or a tag
//   a tarball         ./de06-cli-0.1.0.tgz                copied into vendor/, so CI has it too
// Pure: the CLI reads the tarball and writes the files.

/** The name de06 is published under: the project's own npm scope, which only its members can publish to. */
export const PACKAGE_NAME = '@de06/cli';

export type ToolSpec =
  | { kind: 'registry'; name: string; version: string }
  | { kind: 'git'; url: string }
  | { kind: 'tarball'; path: string; file: string };

export type ToolProblem = { message: 'init.tool.range' | 'init.tool.git-commit' | 'init.tool.unknown'; params: { value: string } };

const EXACT_VERSION = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
const PACKAGE = /^(@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*$/;
const GIT = /^(git\+(https?|ssh|file):\/\/|git:\/\/|(github|gitlab|bitbucket):)/;

/** What `--tool` names, or why it cannot be pinned; `version` is the running de06's, the default. */
export function parseToolSpec(spec: string | undefined, version: string): ToolSpec | ToolProblem {
  if (spec === undefined) return { kind: 'registry', name: PACKAGE_NAME, version };
  const value = spec.trim();
  if (/\.(tgz|tar\.gz)$/.test(value) && !GIT.test(value) && !/^https?:/.test(value)) {
    return { kind: 'tarball', path: value, file: value.split(/[\\/]/).at(-1)! };
  }
  if (GIT.test(value)) {
    // a branch or a tag can be moved; only a commit id says which code CI runs
    return /#[0-9a-f]{40}$/.test(value) ? { kind: 'git', url: value } : { message: 'init.tool.git-commit', params: { value } };
  }
  // a web address or another kind of source: nothing npm can pin by its content here
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return { message: 'init.tool.unknown', params: { value } };
  const at = value.lastIndexOf('@');
  const [name, wanted] = at > 0 ? [value.slice(0, at), value.slice(at + 1)] : [PACKAGE_NAME, value];
  if (!PACKAGE.test(name)) return { message: 'init.tool.unknown', params: { value } };
  if (!EXACT_VERSION.test(wanted)) return { message: 'init.tool.range', params: { value } };
  return { kind: 'registry', name, version: wanted };
}

export function isToolProblem(spec: ToolSpec | ToolProblem): spec is ToolProblem {
  return 'message' in spec;
}

/** Where a tarball is kept inside the new repository. */
export function vendoredPath(tool: Extract<ToolSpec, { kind: 'tarball' }>): string {
  return `vendor/${tool.file}`;
}

/** A folder name as an npm package name: lower case, no accents, hyphens ("Tỉnh Mới" → "tinh-moi"). */
export function packageNameOf(folder: string): string {
  const slug = folder
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '');
  return slug || 'ke-hoach';
}

/**
 * Every clone that runs `npm ci` or `npm install` gets the pre-commit hook. Only when this folder
 * is the top of its own git checkout: outside one (a downloaded zip) there is nothing to set, and
 * inside another repository the setting would be that repository's.
 */
const HOOKS_ON = [
  `node -e "const run = (command) => require('child_process').execSync(command, { stdio: ['ignore', 'pipe', 'ignore'] });`,
  `try { if (require('path').resolve(run('git rev-parse --show-toplevel').toString().trim()) === process.cwd())`,
  `run('git config core.hooksPath .githooks') } catch {}"`,
].join(' ');

/** The package.json text. */
export function packageJson(folder: string, tool: ToolSpec): string {
  const [name, source] =
    tool.kind === 'registry' ? [tool.name, tool.version] : tool.kind === 'git' ? [PACKAGE_NAME, tool.url] : [PACKAGE_NAME, `file:${vendoredPath(tool)}`];
  const manifest = {
    name: packageNameOf(folder),
    private: true,
    description: 'Kế hoạch dưới dạng mã, kiểm tra và báo cáo bằng de06',
    engines: { node: '>=20.19' },
    scripts: { prepare: HOOKS_ON },
    dependencies: { [name]: source },
    // de06's Word library declares nanoid 6, which wants Node 22, and never loads it; nanoid 5
    // runs on Node 20 and keeps `npm ci` free of engine warnings
    overrides: { nanoid: '^5.1.6' },
    // npm builds a git dependency from its source only when allowed to
    ...(tool.kind === 'git' ? { allowScripts: { [tool.url]: true } } : {}),
  };
  return JSON.stringify(manifest, null, 2) + '\n';
}
