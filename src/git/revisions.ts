// Naming commits: the revision a user typed, the default branch, the merge base of a pull request.
// A CI checkout is often shallow (actions/checkout fetches one commit by default), so a revision
// that cannot be found is reported with what to fetch, not as "unknown".

import { git, gitError, repositoryProblem, type GitResult } from './run.js';

export async function isShallow(root: string): Promise<boolean> {
  const out = await git(root, ['rev-parse', '--is-shallow-repository']);
  return out.ok && out.stdout.trim() === 'true';
}

/** The commit `rev` names, or why it cannot be found. */
export async function resolveCommit(root: string, rev: string): Promise<GitResult<string>> {
  const problem = await repositoryProblem(root);
  if (problem) return problem;
  // `--end-of-options` keeps a revision that starts with "-" from being read as an option
  const out = await git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
  if (out.ok) return { ok: true, value: out.stdout.trim() };
  return (await isShallow(root)) ? gitError('shallow', { rev }) : gitError('unknown-revision', { rev });
}

export async function headCommit(root: string): Promise<GitResult<string>> {
  const resolved = await resolveCommit(root, 'HEAD');
  return resolved.ok || resolved.error.problem !== 'unknown-revision' ? resolved : gitError('no-commits');
}

/** The branch pull requests go into: origin/HEAD, else the first of origin/main, origin/master,
 * main, master that exists. */
export async function defaultBranch(root: string): Promise<GitResult<string>> {
  const problem = await repositoryProblem(root);
  if (problem) return problem;
  const symbolic = await git(root, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
  if (symbolic.ok && symbolic.stdout.trim() !== '') return { ok: true, value: symbolic.stdout.trim() };
  for (const candidate of ['origin/main', 'origin/master', 'main', 'master']) {
    const out = await git(root, ['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`]);
    if (out.ok) return { ok: true, value: candidate };
  }
  return gitError('no-default-branch');
}

/** The commit where `b` left `a`: what a pull request from b into a is compared with. */
export async function mergeBase(root: string, a: string, b: string): Promise<GitResult<string>> {
  for (const rev of [a, b]) {
    const resolved = await resolveCommit(root, rev);
    if (!resolved.ok) return resolved;
  }
  const out = await git(root, ['merge-base', '--end-of-options', a, b]);
  if (out.ok) return { ok: true, value: out.stdout.trim() };
  // both ends exist, so a missing merge base in a shallow clone is history cut off
  return (await isShallow(root)) ? gitError('shallow', { rev: `${a}…${b}` }) : gitError('no-merge-base', { a, b });
}
