// The loader, top to bottom: list → read → parse (positions kept) → validate (schemas) → build.
// Every stage returns its findings as values; nothing here throws on user input.

import { buildModel } from './build.js';
import { kindOf, REQUIRED_FILES } from './files.js';
import type { Finding, Span } from './findings.js';
import type { LintModel, PlanModel, SourceFile } from './model.js';
import { parseYaml } from './parse.js';
import type { Positions } from './positions.js';
import { MAX_FILE_BYTES, type FileSource, type PathProblem } from './source.js';
import { validateFile } from './validate.js';

export interface Loaded {
  /** what the rules see: every item, with its invalid fields left out */
  model: LintModel;
  /** what status and reports are computed from: the items valid as a whole */
  valid: PlanModel;
  /** problems found while loading: unsafe or unreadable paths, encoding, YAML syntax, schema */
  findings: Finding[];
  /** source text of every file that decoded, for excerpts */
  texts: Map<string, string>;
  invalidIds: Set<string>;
}

const AT_START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

export async function loadPlan(root: string, source: FileSource): Promise<Loaded> {
  const findings: Finding[] = [];
  const texts = new Map<string, string>();
  const files: SourceFile[] = [];
  const invalid = new Map<string, Finding[]>();
  const positions: Positions = new Map();
  const listing = await source.list();

  for (const required of REQUIRED_FILES) {
    if (!listing.files.includes(required) && !listing.problems.some((p) => p.path === required)) {
      findings.push({ rule: 'missing-file', severity: 'error', file: required, pointer: '', message: 'load.missing', position: AT_START });
    }
  }
  findings.push(...listing.problems.map(pathFinding));

  for (const path of listing.files) {
    const kind = kindOf(path);
    if (!kind) {
      findings.push({ rule: 'unknown-file', severity: 'warning', file: path, pointer: '', message: 'load.unknown-file', position: AT_START });
      continue;
    }
    const read = await source.read(path);
    if (!read.ok) {
      findings.push(read.reason === 'link'
        ? pathFinding({ path, reason: 'link-inside' })
        : { rule: 'unreadable', severity: 'error', file: path, pointer: '', message: `load.${read.reason}`, params: { size: Math.round((read.size ?? 0) / 1048576), max: MAX_FILE_BYTES / 1048576 }, position: AT_START });
      files.push({ path, kind });
      continue;
    }
    const parsed = parseYaml(path, read.bytes, positions);
    findings.push(...parsed.findings);
    if (parsed.text !== undefined) texts.set(path, parsed.text);
    const file: SourceFile = { path, kind, ...(parsed.lines ? { lines: parsed.lines } : {}) };
    if (parsed.data !== undefined) {
      const schemaFindings = validateFile(path, kind, parsed.data);
      findings.push(...schemaFindings);
      if (schemaFindings.length > 0) invalid.set(path, schemaFindings);
      file.data = parsed.data;
      if (parsed.escaped) file.escaped = true;
    }
    files.push(file);
  }

  const { model, valid, invalidIds } = buildModel({ root, files, positions, invalid });
  return { model, valid, findings, texts, invalidIds };
}

/** unsafe-path for links, unreadable for what cannot be listed or opened as a file. */
function pathFinding(problem: PathProblem): Finding {
  const isLink = problem.reason === 'link-outside' || problem.reason === 'link-inside';
  return {
    rule: isLink ? 'unsafe-path' : 'unreadable',
    severity: 'error',
    file: problem.path,
    pointer: '',
    message: `load.${problem.reason}`,
    ...(problem.code ? { params: { code: problem.code } } : {}),
    position: AT_START,
  };
}
