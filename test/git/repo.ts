// Temporary git repositories holding the shipped plan, changed commit by commit as a pull request
// would change it. Real git, through execa.

import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { parseDocument } from 'yaml';

export const MAIN = fileURLToPath(new URL('../../', import.meta.url));

export interface Repo {
  /** the git top level */
  dir: string;
  /** the plan root inside it (the top level unless made with a subfolder) */
  root: string;
  git(...args: string[]): Promise<string>;
  commit(message: string): Promise<string>;
  /** edit a task by id with the yaml Document API, keeping the file's comments and layout; returns its file */
  editTask(id: string, edit: (task: Record<string, unknown>) => void): Promise<string>;
  removeTask(id: string): Promise<string>;
  write(path: string, text: string): Promise<void>;
  read(path: string): Promise<string>;
}

const made: string[] = [];

export async function cleanup(): Promise<void> {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

/** An empty temporary folder, removed by cleanup(). */
export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A repository whose first commit on `main` is the shipped plan (plan/ and templates/). */
export async function planRepo(options: { subfolder?: string } = {}): Promise<Repo> {
  const dir = await tempDir('de06-git-');
  const root = options.subfolder ? join(dir, options.subfolder) : dir;
  await cp(join(MAIN, 'plan'), join(root, 'plan'), { recursive: true });
  await cp(join(MAIN, 'templates'), join(root, 'templates'), { recursive: true });
  const repo = repoAt(dir, root);
  await repo.git('init', '-q', '-b', 'main');
  await repo.git('config', 'user.email', 'thu-ky@example.vn');
  await repo.git('config', 'user.name', 'Thư ký');
  await repo.git('config', 'commit.gpgsign', 'false');
  await repo.commit('Kế hoạch ban đầu');
  return repo;
}

export function repoAt(dir: string, root = dir): Repo {
  const git = async (...args: string[]) => (await execa('git', args, { cwd: dir })).stdout;
  const sectionOf = async (id: string) => {
    const files = (await git('ls-files', '--', '*.yaml')).split('\n');
    for (const file of files.filter((f) => f.includes('plan/tasks/'))) {
      const text = await readFile(join(dir, file), 'utf8');
      const doc = parseDocument(text);
      const tasks = doc.get('tasks') as { items: { get(k: string): unknown }[] } | undefined;
      const index = tasks?.items.findIndex((t) => t.get('id') === id) ?? -1;
      if (index !== -1) return { file, doc, index };
    }
    throw new Error(`no task ${id} in the plan`);
  };
  return {
    dir,
    root,
    git,
    async commit(message) {
      await git('add', '-A');
      await git('commit', '-q', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD');
    },
    async editTask(id, edit) {
      const { file, doc, index } = await sectionOf(id);
      const task = (doc.getIn(['tasks', index]) as { toJSON(): Record<string, unknown> }).toJSON();
      const before = { ...task };
      edit(task);
      for (const key of Object.keys(before)) if (!(key in task)) doc.deleteIn(['tasks', index, key]);
      for (const [key, value] of Object.entries(task)) if (before[key] !== value) doc.setIn(['tasks', index, key], value);
      await writeFile(join(dir, file), doc.toString({ lineWidth: 0 }));
      return file;
    },
    async removeTask(id) {
      const { file, doc, index } = await sectionOf(id);
      doc.deleteIn(['tasks', index]);
      await writeFile(join(dir, file), doc.toString({ lineWidth: 0 }));
      return file;
    },
    async write(path, text) {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), text);
    },
    read: (path) => readFile(join(root, path), 'utf8'),
  };
}
