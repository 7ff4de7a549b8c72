// Everything `de06 init` writes, as (path, content) pairs: the sample plan, the package's schemas,
// templates and working calendar, package.json with de06 pinned, CI, editor settings, the
// pre-commit hook and CODEOWNERS. Pure: the CLI reads the package's files and writes the result.

import { parse } from 'yaml';
import { ciFiles, type ScaffoldFile } from './ci-files.js';
import { codeownersBlock } from './codeowners.js';
import { packageJson, vendoredPath, type ToolSpec } from './package-file.js';
import { modeline, planFiles } from './plan-files.js';

export type { ScaffoldFile };

export interface PackageFiles {
  /** schemas/*.schema.json by file name */
  schemas: Map<string, string>;
  /** templates/*.yaml by file name */
  templates: Map<string, string>;
  /** the shipped plan/calendar.yaml */
  calendar: string;
}

export interface ScaffoldOptions {
  /** the new repository's folder name, for package.json */
  folder: string;
  /** where its de06 comes from */
  tool: ToolSpec;
  /** the tarball's bytes, when `tool` is one: kept in vendor/ */
  tarball?: Uint8Array;
  /** the CODEOWNERS owner pattern */
  owner?: string;
}

export function scaffoldFiles(shipped: PackageFiles, { folder, tool, tarball, owner }: ScaffoldOptions): ScaffoldFile[] {
  const plan = planFiles();
  const units = parse(plan.find((f) => f.path === 'plan/units.yaml')!.content) as { units: { id: string }[] };
  const standingUnit = (parse(plan.find((f) => f.path === 'plan/plan.yaml')!.content) as { standing_unit: string }).standing_unit;
  return [
    ...plan,
    { path: 'plan/calendar.yaml', content: withModeline(shipped.calendar, modeline('calendar', 1)) },
    ...[...shipped.schemas].map(([name, content]) => ({ path: `schemas/${name}`, content })),
    ...[...shipped.templates].map(([name, content]) => ({ path: `templates/${name}`, content: withModeline(content, modeline('template', 1)) })),
    ...ciFiles(),
    { path: 'package.json', content: packageJson(folder, tool) },
    ...(tool.kind === 'tarball' && tarball ? [{ path: vendoredPath(tool), content: tarball }] : []),
    { path: 'CODEOWNERS', content: codeownersBlock({ units: units.units, standingUnit, ...(owner ? { owner } : {}) }) },
  ].sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Every YAML file the scaffold writes starts with its schema modeline. */
function withModeline(text: string, line: string): string {
  return text.startsWith('# yaml-language-server:') ? text : line + text;
}
