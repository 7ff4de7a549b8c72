// The loader, top to bottom: list → read → parse → validate → build. Every stage returns its
// findings as values; nothing here throws on user input.

import type { Finding } from '../plan/findings.js';
import { validateFile } from '../plan/validate.js';
import { buildModel } from './build.js';
import { kindOf, REQUIRED_FILES } from './files.js';
import type { PlanModel, SourceFile } from './model.js';
import { parseYaml } from './parse.js';
import { MAX_FILE_BYTES, type FileSource } from './source.js';

export interface Loaded {
  model: PlanModel;
  /** problems found while loading: unreadable files, YAML syntax, schema */
  findings: Finding[];
  /** source text of every file that decoded, for positions and excerpts */
  texts: Map<string, string>;
  invalidIds: Set<string>;
}

export async function loadPlan(root: string, source: FileSource): Promise<Loaded> {
  const findings: Finding[] = [];
  const texts = new Map<string, string>();
  const files: SourceFile[] = [];
  const invalid = new Map<string, string[]>();
  const paths = await source.list();

  for (const required of REQUIRED_FILES) {
    if (!paths.includes(required)) {
      findings.push({ rule: 'missing-file', severity: 'error', file: required, pointer: '', message: 'load.missing', position: { line: 1, column: 1, endLine: 1, endColumn: 1 } });
    }
  }

  for (const path of paths) {
    const kind = kindOf(path);
    const at1 = { line: 1, column: 1, endLine: 1, endColumn: 1 };
    if (!kind) {
      findings.push({ rule: 'unknown-file', severity: 'warning', file: path, pointer: '', message: 'load.unknown-file', position: at1 });
      continue;
    }
    const read = await source.read(path);
    if (!read.ok) {
      const message = `load.${read.reason}`;
      findings.push({ rule: 'unreadable', severity: 'error', file: path, pointer: '', message, params: { size: Math.round((read.size ?? 0) / 1048576), max: MAX_FILE_BYTES / 1048576 }, position: at1 });
      files.push({ path, kind });
      continue;
    }
    const parsed = parseYaml(path, read.bytes);
    findings.push(...parsed.findings);
    if (parsed.text !== undefined) texts.set(path, parsed.text);
    if (parsed.data === undefined) {
      files.push({ path, kind });
      continue;
    }
    const schemaFindings = validateFile(path, kind, parsed.data);
    findings.push(...schemaFindings);
    if (schemaFindings.length > 0) invalid.set(path, schemaFindings.map((f) => f.pointer));
    files.push({ path, kind, data: parsed.data });
  }

  const { model, invalidIds } = buildModel({ root, files, invalid });
  return { model, findings, texts, invalidIds };
}
