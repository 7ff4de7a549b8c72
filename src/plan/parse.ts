// Bytes → text → data. Valid files take the fast path (js-yaml, ~11× faster than `yaml` on this
// machine, see bench/); a file that the fast parser rejects, or that uses anchors and aliases, is
// parsed again with `yaml`'s document API, which gives exact positions for every syntax error
// and guards against alias bombs. Positions of schema and rule findings are resolved later, only
// for the files that have findings (src/plan/locate.ts).

import { createRequire } from 'node:module';
import jsYaml from 'js-yaml';
import type { LineCounter, YAMLError } from 'yaml';
import type { Finding } from '../plan/findings.js';

/** `yaml` is loaded only when a file needs it: most runs never do. */
const loadYaml = () => createRequire(import.meta.url)('yaml') as typeof import('yaml');

export interface Parsed {
  text?: string;
  data?: unknown;
  findings: Finding[];
}

const BOM = [0xef, 0xbb, 0xbf];

/** Decodes UTF-8 strictly: a BOM is dropped with a warning, a bad byte is an error at its place. */
export function decode(file: string, bytes: Uint8Array): { text?: string; findings: Finding[] } {
  const findings: Finding[] = [];
  let body = bytes;
  if (BOM.every((b, i) => bytes[i] === b)) {
    body = bytes.subarray(3);
    findings.push({ rule: 'encoding', severity: 'warning', file, pointer: '', message: 'encoding.bom', position: at(1, 1) });
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), findings };
  } catch {
    const loose = new TextDecoder('utf-8').decode(body);
    const { line, column } = lineCol(loose, loose.indexOf('\uFFFD'));
    findings.push({ rule: 'encoding', severity: 'error', file, pointer: '', message: 'encoding.not-utf8', position: at(line, column) });
    return { findings };
  }
}

export function parseYaml(file: string, bytes: Uint8Array): Parsed {
  const { text, findings } = decode(file, bytes);
  if (text === undefined) return { findings };
  const data = /[&*]/.test(text) ? undefined : fast(text);
  const parsed = data === undefined ? exact(file, text) : { data: data.value, findings: [] };
  findings.push(...parsed.findings);
  if (parsed.data === undefined || parsed.data === null) {
    if (!findings.some((f) => f.severity === 'error')) {
      findings.push({ rule: 'yaml-syntax', severity: 'error', file, pointer: '', message: 'yaml.empty', position: at(1, 1) });
    }
    return { text, findings };
  }
  return { text, data: parsed.data, findings };
}

function fast(text: string): { value: unknown } | undefined {
  try {
    return { value: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) };
  } catch {
    return undefined;
  }
}

const MESSAGE_OF_CODE: Record<string, string> = {
  DUPLICATE_KEY: 'yaml.duplicate-key',
  TAB_AS_INDENT: 'yaml.tab',
  MULTIPLE_DOCS: 'yaml.multiple-docs',
  BAD_INDENT: 'yaml.bad-indent',
  MISSING_CHAR: 'yaml.missing-char',
  BLOCK_AS_IMPLICIT_KEY: 'yaml.block-as-key',
  MULTILINE_IMPLICIT_KEY: 'yaml.multiline-key',
  UNEXPECTED_TOKEN: 'yaml.unexpected',
};

function exact(file: string, text: string): { data?: unknown; findings: Finding[] } {
  const { LineCounter, parseDocument, isAlias, visit } = loadYaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const findings = [...doc.errors.map((e) => yamlFinding(file, e, 'error', lineCounter)),
    ...doc.warnings.map((e) => yamlFinding(file, e, 'warning', lineCounter))];
  if (doc.errors.length > 0) return { findings };
  try {
    // maxAliasCount (default 100) stops "billion laughs" documents before they expand
    return { data: doc.toJS(), findings };
  } catch {
    let offset = 0;
    visit(doc, { Alias(_, node) { if (isAlias(node) && node.range) { offset = node.range[0]; return visit.BREAK; } } });
    const pos = lineCounter.linePos(offset);
    findings.push({ rule: 'yaml-syntax', severity: 'error', file, pointer: '', message: 'yaml.alias-bomb', position: at(pos.line, pos.col) });
    return { findings };
  }
}

function yamlFinding(file: string, e: YAMLError, severity: 'error' | 'warning', lc: LineCounter): Finding {
  const [from, to] = e.pos;
  const start = lc.linePos(from);
  const end = lc.linePos(Math.max(to, from + 1));
  const id = MESSAGE_OF_CODE[e.code];
  return {
    rule: e.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax',
    severity,
    file,
    pointer: '',
    message: id ?? 'yaml.other',
    params: { detail: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '') },
    position: { line: start.line, column: start.col, endLine: end.line, endColumn: end.col },
  };
}

function at(line: number, column: number) {
  return { line, column, endLine: line, endColumn: column + 1 };
}

/** 1-based line and column of a string offset. */
export function lineCol(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}
