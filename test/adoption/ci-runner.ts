// Runs a job of a generated CI file on this machine the way GitHub Actions and GitLab CI run it:
// the commands are read from the YAML, never retyped here. What the services do around the
// commands is reproduced only as far as the generated files use it — a checkout with full history
// (a clone), Node 20 (this machine's, checked), `env:`/`variables:`, `if:`, `rules:`, `extends:` —
// and anything else the files might say makes the run fail, so that an unknown construct is never
// silently skipped.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { parse } from 'yaml';

export interface StepRun {
  name: string;
  command: string;
  exitCode: number;
  output: string;
}

export interface JobRun {
  steps: StepRun[];
  /** the job's verdict: green, red, or (GitLab's allow_failure) allowed to fail */
  result: 'success' | 'failure' | 'allowed-failure';
  /** what the job appended to $GITHUB_STEP_SUMMARY */
  summary: string;
}

interface GithubContext {
  event_name: 'push' | 'pull_request';
  /** the pull request's target branch; empty on a push */
  base_ref: string;
}

/**
 * This machine's environment without what would change what de06 or the CI says (de06's own
 * settings, colour and width, another CI's variables); the network settings npm needs stay.
 */
export function cleanEnv(): Record<string, string> {
  const drop = /^(DE06_|GITHUB_|GITLAB_|CI_|CI$|NO_COLOR$|FORCE_COLOR$|COLUMNS$|VITEST|npm_)/;
  return Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined && !drop.test(e[0])));
}

/** The environment a CI runner gives every command. */
function runnerEnv(extra: Record<string, string>): Record<string, string> {
  return { ...cleanEnv(), CI: 'true', LANG: 'C.UTF-8', ...extra };
}

/** `${{ github.x }}` in a value, from the context; any other expression is refused. */
function substitute(text: string, github: GithubContext): string {
  return text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression: string) => {
    const name = /^github\.(event_name|base_ref)$/.exec(expression)?.[1] as keyof GithubContext | undefined;
    if (!name) throw new Error(`the CI runner does not know the expression \${{ ${expression} }}`);
    return github[name];
  });
}

/** An `if:` of a step: the status functions, joined by &&. */
function condition(text: string | undefined, failed: boolean): boolean {
  if (text === undefined) return !failed;
  const inner = /^\$\{\{\s*(.*?)\s*\}\}$/.exec(text.trim())?.[1] ?? text.trim();
  return inner.split('&&').every((part) => {
    const term = part.trim();
    if (term === '!cancelled()' || term === 'always()') return true;
    if (term === 'success()') return !failed;
    if (term === 'failure()') return failed;
    throw new Error(`the CI runner does not know the condition ${term}`);
  });
}

async function bash(script: string, cwd: string, env: Record<string, string>, flags: string[]): Promise<{ exitCode: number; output: string }> {
  const file = join(mkdtempSync(join(tmpdir(), 'de06-ci-step-')), 'step.sh');
  writeFileSync(file, script);
  const run = await execa('bash', [...flags, file], { cwd, env, extendEnv: false, reject: false, all: true, timeout: 600_000 });
  return { exitCode: run.exitCode ?? 1, output: run.all ?? '' };
}

/** The steps of `job` in `workflow`, run in `checkout` (a clone with full history) as the event would. */
export async function runGithubJob(workflow: string, job: string, checkout: string, github: GithubContext): Promise<JobRun> {
  const doc = parse(readFileSync(workflow, 'utf8'));
  const spec = doc.jobs?.[job];
  if (!spec) throw new Error(`${workflow} has no job ${job}`);
  if (!Object.keys(doc.on ?? {}).includes(github.event_name)) throw new Error(`${workflow} does not run on ${github.event_name}`);
  const summaryFile = join(mkdtempSync(join(tmpdir(), 'de06-ci-summary-')), 'summary.md');
  writeFileSync(summaryFile, '');
  const jobEnv = Object.fromEntries(Object.entries((spec.env ?? {}) as Record<string, string>).map(([k, v]) => [k, substitute(String(v), github)]));
  const env = runnerEnv({ ...jobEnv, GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: github.event_name, GITHUB_BASE_REF: github.base_ref, GITHUB_STEP_SUMMARY: summaryFile });
  const steps: StepRun[] = [];
  let failed = false;
  for (const [i, step] of (spec.steps as Record<string, any>[]).entries()) {
    const name = step.name ?? step.uses ?? `step ${i + 1}`;
    if (step.uses !== undefined) {
      checkAction(step);
      continue;
    }
    if (!condition(step.if, failed)) continue;
    const command = substitute(String(step.run), github);
    // GitHub's default shell on Linux runners
    const run = await bash(command, checkout, env, ['--noprofile', '--norc', '-eo', 'pipefail']);
    steps.push({ name, command, ...run });
    if (run.exitCode !== 0) failed = true;
  }
  return { steps, result: failed ? 'failure' : 'success', summary: readFileSync(summaryFile, 'utf8') };
}

/** The actions the workflow uses, reproduced: a checkout with full history is the clone; Node is this machine's. */
function checkAction(step: Record<string, any>): void {
  if (step.uses === 'actions/checkout@v4') {
    if (step.with?.['fetch-depth'] !== 0) throw new Error('the workflow checks out without full history, which lint --base needs');
    return;
  }
  if (step.uses === 'actions/setup-node@v4') {
    const major = Number(process.versions.node.split('.')[0]);
    if (Number(step.with?.['node-version']) !== major) throw new Error(`the workflow asks for Node ${step.with?.['node-version']}; this machine has Node ${major}`);
    return;
  }
  throw new Error(`the CI runner does not know the action ${step.uses}`);
}

/** GitLab's `rules: - if:` with `$VAR == "text"` and `$VAR == $OTHER`, joined by nothing else. */
function ruleMatches(rule: string, variables: Record<string, string>): boolean {
  const m = /^\$(\w+)\s*==\s*(?:"([^"]*)"|\$(\w+))$/.exec(rule.trim());
  if (!m) throw new Error(`the CI runner does not know the rule ${rule}`);
  return (variables[m[1]!] ?? '') === (m[2] ?? variables[m[3]!] ?? '');
}

/** The job `job` of a .gitlab-ci.yml, with what it `extends`, run in `checkout` with the pipeline's predefined variables. */
export async function runGitlabJob(file: string, job: string, checkout: string, predefined: Record<string, string>): Promise<JobRun> {
  const doc = parse(readFileSync(file, 'utf8'));
  const own = doc[job];
  if (!own) throw new Error(`${file} has no job ${job}`);
  const base = own.extends === undefined ? {} : doc[own.extends];
  if (own.extends !== undefined && !base) throw new Error(`${job} extends ${own.extends}, which is not in ${file}`);
  const spec = { ...base, ...own, variables: { ...base.variables, ...own.variables } };
  if (!String(spec.image).startsWith(`node:${process.versions.node.split('.')[0]}`)) throw new Error(`the job runs in ${spec.image}; this machine has Node ${process.versions.node}`);
  const variables = { ...predefined, ...spec.variables };
  const rules = (spec.rules ?? []) as { if: string }[];
  if (rules.length > 0 && !rules.some((r) => ruleMatches(r.if, variables))) throw new Error(`${job} would not run in this pipeline`);
  const lines = [...(spec.before_script ?? []), ...(spec.script ?? [])] as string[];
  // the runner runs before_script and script in one shell that stops at the first failing line
  const run = await bash(lines.join('\n'), checkout, runnerEnv({ ...variables, GITLAB_CI: 'true' }), ['-eo', 'pipefail']);
  const allowed = (spec.allow_failure?.exit_codes ?? []) as number[];
  const result = run.exitCode === 0 ? 'success' : allowed.includes(run.exitCode) ? 'allowed-failure' : 'failure';
  return { steps: [{ name: job, command: lines.join('\n'), ...run }], result, summary: '' };
}
