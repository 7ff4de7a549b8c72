// Loading the plan for a command: the working tree at the root.

import { fsFileSource } from '../plan/files.js';
import { loadPlan, type Loaded } from '../plan/load.js';
import type { Context } from './context.js';

export function loadWorkingTree(ctx: Context): Promise<Loaded> {
  return loadPlan(ctx.root, fsFileSource(ctx.root));
}
