// The lint output formats by name, as `lint --format` accepts them (DESIGN §4).

import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export const lintFormatters = { stylish, json, github, sarif, junit, markdown } satisfies Record<string, Formatter>;

export type LintFormatName = keyof typeof lintFormatters;

export const lintFormatNames = Object.keys(lintFormatters) as LintFormatName[];

export function isLintFormatName(name: string): name is LintFormatName {
  return Object.hasOwn(lintFormatters, name);
}

export { githubSummary } from './github.js';
export type { FormatOptions, Formatter, RuleMeta } from './types.js';
