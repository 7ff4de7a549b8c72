// Running git. Every failure the user can act on becomes a value (GitResult) with a message id
// from src/i18n/diff.ts; only src/cli/ turns it into words and an exit code.

import { execa } from 'execa';

export type GitProblem =
  /** git is not installed or not on PATH */
  | 'no-git'
  | 'not-a-repository'
  | 'unknown-revision'
  /** the revision may exist upstream but the clone is too shallow to hold it */
  | 'shallow'
  | 'no-merge-base'
  | 'no-default-branch'
  | 'no-commits'
  | 'failed';

export interface GitError {
  problem: GitProblem;
  /** message id in the catalogs: `diff.git.<problem>` */
  message: string;
  params: Record<string, string>;
}

export type GitResult<T> = { ok: true; value: T } | { ok: false; error: GitError };

export function gitError(problem: GitProblem, params: Record<string, string> = {}): { ok: false; error: GitError } {
  return { ok: false, error: { problem, message: `diff.git.${problem}`, params } };
}

export interface GitOutput {
  ok: boolean;
  stdout: string;
  stderr: string;
  /** git could not be started at all */
  missing: boolean;
}

/** `git args…` in `cwd`. Paths never go through the locale's quoting: plan paths may be
 * Vietnamese, and core.quotePath would turn them into octal escapes. */
export async function git(cwd: string, args: string[], input?: string): Promise<GitOutput> {
  const result = await execa('git', ['-c', 'core.quotePath=false', ...args], {
    cwd,
    reject: false,
    stripFinalNewline: false,
    ...(input === undefined ? {} : { input }),
    env: { LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' },
  });
  const missing = (result as { code?: string }).code === 'ENOENT';
  return { ok: result.exitCode === 0, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? ''), missing };
}

/** The same, returning raw bytes: file contents are not necessarily UTF-8. */
export async function gitBytes(cwd: string, args: string[], input: string): Promise<{ ok: boolean; bytes: Uint8Array; stderr: string }> {
  const result = await execa('git', args, { cwd, reject: false, input, encoding: 'buffer', stripFinalNewline: false, maxBuffer: 1024 * 1024 * 1024 });
  return { ok: result.exitCode === 0, bytes: result.stdout as Uint8Array, stderr: Buffer.from(result.stderr as Uint8Array).toString('utf8') };
}

/** Why `cwd` cannot be used at all, or undefined when it is inside a work tree. */
export async function repositoryProblem(cwd: string): Promise<{ ok: false; error: GitError } | undefined> {
  const out = await git(cwd, ['rev-parse', '--is-inside-work-tree']);
  if (out.missing) return gitError('no-git');
  if (!out.ok || out.stdout.trim() !== 'true') return gitError('not-a-repository', { root: cwd });
  return undefined;
}
