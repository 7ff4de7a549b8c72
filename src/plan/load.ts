// The loader, top to bottom: list → read → parse (positions kept) → validate (schemas) → build.
// Every stage returns its findings as values; nothing here throws on user input.

import { buildModel } from './build.js';
import { kindOf, REQUIRED_FILES } from './files.js';
import type { Finding, Span } from './findings.js';
import type { Texts } from './locate.js';
import type { FileKind, LintModel, PlanModel, SourceFile } from './model.js';
import { contentHash, type CacheEntry, type ParseCache } from './cache.js';
import { decodeText, parseYaml } from './parse.js';
import { collectPositions, type Positions } from './positions.js';
import { MAX_FILE_BYTES, type FileSource, type PathProblem } from './source.js';
import { validateFile } from './validate.js';

export interface Loaded {
  /** what the rules see: every item, with its invalid fields left out */
  model: LintModel;
  /** what status and reports are computed from: the items valid as a whole */
  valid: PlanModel;
  /** problems found while loading: unsafe or unreadable paths, encoding, YAML syntax, schema */
  findings: Finding[];
  invalidIds: Set<string>;
}

const AT_START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

export interface LoadOptions {
  /** what earlier runs parsed and validated, by content (cache.ts) */
  cache?: ParseCache;
}

export async function loadPlan(root: string, source: FileSource, options: LoadOptions = {}): Promise<Loaded> {
  const findings: Finding[] = [];
  const bytesOf = new Map<string, Uint8Array>();
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
    bytesOf.set(path, read.bytes);
    const entry = parsedEntry(path, kind, read.bytes, positions, options.cache);
    findings.push(...entry.findings);
    const schemaFindings = entry.findings.filter((f) => f.rule === 'schema');
    if (schemaFindings.length > 0) invalid.set(path, schemaFindings);
    files.push({
      path,
      kind,
      ...(entry.data !== undefined ? { data: entry.data } : {}),
      ...(entry.slots ? { slots: entry.slots } : {}),
      ...(entry.lines ? { lines: entry.lines } : {}),
      ...(entry.escaped ? { escaped: true } : {}),
      // offsets from the cache are hung on the data only if the file is located (locate.ts)
      ...(entry.offsets ? { cachedOffsets: entry.offsets } : {}),
    });
  }
  options.cache?.save();

  const { model, valid, invalidIds } = buildModel({ root, files, positions, texts: new LazyTexts(bytesOf), invalid });
  return { model, valid, findings, invalidIds };
}

/** The files' texts, decoded from their bytes when first asked for: most runs need none. */
class LazyTexts implements Texts {
  private readonly decoded = new Map<string, string | undefined>();

  constructor(private readonly bytes: ReadonlyMap<string, Uint8Array>) {}

  get(path: string): string | undefined {
    if (!this.decoded.has(path)) {
      const bytes = this.bytes.get(path);
      this.decoded.set(path, bytes ? decodeText(path, bytes).text : undefined);
    }
    return this.decoded.get(path);
  }
}

/** What parsing and validating a file gives, from the cache when its bytes are known there. */
function parsedEntry(path: string, kind: FileKind, bytes: Uint8Array, positions: Positions, cache: ParseCache | undefined): CacheEntry {
  const hash = cache ? contentHash(bytes) : '';
  const cached = cache?.get(path, hash);
  if (cached) return cached;
  const parsed = parseYaml(path, bytes, positions);
  const entry: CacheEntry = {
    findings: [...parsed.findings, ...(parsed.data !== undefined ? validateFile(path, kind, parsed.data) : [])],
    ...(parsed.data !== undefined ? { data: parsed.data } : {}),
    ...(parsed.slots ? { slots: parsed.slots } : {}),
    ...(parsed.lines ? { lines: parsed.lines } : {}),
    ...(parsed.escaped ? { escaped: true } : {}),
  };
  if (cache) {
    const collected = parsed.data !== undefined ? collectPositions(positions, parsed.data) : { offsets: new Int32Array(0), jsonSafe: true };
    // the cache keeps data as JSON: a value JSON would change is not kept, the file is parsed each time
    if (collected.jsonSafe) cache.set(path, hash, { ...entry, offsets: collected.offsets });
  }
  return entry;
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
