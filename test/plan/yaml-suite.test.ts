// The official YAML test suite as a gate for de06's parser (test/fixtures/yaml-test-suite/): a
// file that another YAML tool reads differently from de06 is a silent disagreement, exactly what
// lint exists to stop. Every invalid case must be a positioned yaml-syntax error; every valid case
// must mean what its JSON twin says — except the cases listed below, which de06 treats
// differently on purpose, each checked to behave as its reason says.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/plan/parse.js';
import { FIXTURES } from '../helpers/plan.js';

const SUITE = join(FIXTURES, 'yaml-test-suite');

/** Plan files hold plain data (DESIGN §7): a tag is refused at its place. */
const TAGS = 'a tag: refused in plan files (yaml-tag), the rest of the file still read';
/** A plan file is one document (docs/format.md). */
const DOCUMENTS = 'several documents in one stream: a plan file is one document';
const EMPTY = 'no content (only directives, comments or an empty document): an empty plan file is an error';
const COLLECTION_KEY = 'a list or mapping used as a key: plan keys are names (and JSON cannot say such a key)';
const NULL_KEYS = 'two empty keys in one mapping are one key twice: every key in a plan file is a name, once';

const EXCEPTIONS: Record<string, { reason: string; message: string }> = {
  ...Object.fromEntries(['2AUY', '2XXW', '33X3', '52DL', '565N', '57H4', '6CK3', '6JWB', '735Y', '74H7', '7FWL', '8MK2', 'BU8L', 'C4HZ', 'CC74',
    'CUP7', 'EHF6', 'F2C7', 'FH7J', 'HMQ5', 'J7PZ', 'L94M', 'LE5A', 'M5C3', 'P76L', 'S4JQ', 'U3C3', 'UGM3', 'UKK6/02', 'WZ62', 'Z67P', 'Z9M4',
  ].map((id) => [id, { reason: TAGS, message: 'yaml.tag' }])),
  ...Object.fromEntries(['35KP', '5TYM', '6WLZ', '6XDY', '6ZKB', '7Z25', '9DXL', '9KAX', '9WXW', 'JHB9', 'KSS4', 'L383', 'M7A3', 'NKF9', 'PUW8',
    'RZT7', 'U9NS', 'UT92', 'W4TN',
  ].map((id) => [id, { reason: DOCUMENTS, message: 'yaml.multiple-docs' }])),
  ...Object.fromEntries(['8G76', '98YD', 'AVM7', 'HWV9', 'QT73', 'DK95/07', 'MUS6/02', 'MUS6/03', 'MUS6/04', 'MUS6/05', 'MUS6/06',
  ].map((id) => [id, { reason: EMPTY, message: 'yaml.empty' }])),
  ...Object.fromEntries(['4FJ6', '6BFJ', '6PBE', '9MMW', 'KK5P', 'LX3P', 'M2N8/00', 'M2N8/01', 'M5DY', 'Q9WF', 'RZP5', 'SBG9', 'V9D5', 'X38W', 'XW4D',
  ].map((id) => [id, { reason: COLLECTION_KEY, message: 'yaml.collection-key' }])),
  '2JQS': { reason: NULL_KEYS, message: 'yaml.duplicate-key' },
};

interface Case {
  id: string;
  name: string;
  input: Buffer;
  invalid: boolean;
  /** the data, when the case has a JSON twin of exactly one document */
  json?: unknown;
}

function cases(): Case[] {
  const out: Case[] = [];
  const add = (id: string, dir: string) => {
    const jsonText = existsSync(join(dir, 'in.json')) ? readFileSync(join(dir, 'in.json'), 'utf8') : undefined;
    const docs = jsonText === undefined ? undefined : jsonDocuments(jsonText);
    out.push({
      id,
      name: readFileSync(join(dir, '==='), 'utf8').trim(),
      input: readFileSync(join(dir, 'in.yaml')),
      invalid: existsSync(join(dir, 'error')),
      ...(docs?.length === 1 ? { json: docs[0] } : {}),
    });
  };
  for (const id of readdirSync(SUITE).filter((n) => /^[0-9A-Z]{4}$/.test(n)).sort()) {
    const dir = join(SUITE, id);
    if (existsSync(join(dir, 'in.yaml'))) add(id, dir);
    else for (const sub of readdirSync(dir).sort()) add(`${id}/${sub}`, join(dir, sub));
  }
  return out;
}

/** in.json holds one JSON value per document, one after the other. */
function jsonDocuments(text: string): unknown[] {
  const docs: unknown[] = [];
  let pending: string[] = [];
  for (const line of text.split('\n')) {
    pending.push(line);
    const candidate = pending.join('\n').trim();
    if (candidate === '') {
      pending = [];
      continue;
    }
    try {
      docs.push(JSON.parse(candidate));
      pending = [];
    } catch {
      // the value runs on over the next line
    }
  }
  return docs;
}

/** Key order is not meaning. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  return value;
}

const ALL = cases();
const lineCount = (input: Buffer) => input.toString('utf8').split(/\r\n|\r|\n/).length;

describe('yaml-test-suite', () => {
  it('makes Node print no warning for any case (a collection as a key is a finding, not a runtime warning)', () => {
    const warnings: unknown[] = [];
    const emit = process.emitWarning;
    process.emitWarning = ((warning: unknown) => void warnings.push(warning)) as typeof process.emitWarning;
    try {
      for (const c of ALL) parseYaml('x.yaml', c.input, new Map());
    } finally {
      process.emitWarning = emit;
    }
    expect(warnings).toEqual([]);
  });

  it(`has its cases (${ALL.length}, ${ALL.filter((c) => c.invalid).length} invalid)`, () => {
    expect(ALL.length).toBeGreaterThan(400);
    for (const id of Object.keys(EXCEPTIONS)) expect(ALL.some((c) => c.id === id), id).toBe(true);
  });

  for (const c of ALL) {
    const exception = EXCEPTIONS[c.id];
    const title = `${c.id} ${c.name}`;
    if (c.invalid) {
      it(`${title}: invalid, caught as a positioned yaml-syntax error`, () => {
        const { findings } = parseYaml('x.yaml', c.input, new Map());
        const errors = findings.filter((f) => f.severity === 'error' && (f.rule === 'yaml-syntax' || f.rule === 'duplicate-key'));
        expect(errors.length).toBeGreaterThan(0);
        for (const e of errors) expect(e.position!.line).toBeLessThanOrEqual(lineCount(c.input));
      });
    } else if (exception) {
      it(`${title}: treated differently on purpose — ${exception.reason}`, () => {
        const { findings } = parseYaml('x.yaml', c.input, new Map());
        expect(findings.map((f) => f.message)).toContain(exception.message);
      });
    } else {
      it(`${title}: valid, read ${c.json === undefined ? 'without errors' : 'as its JSON twin'}`, () => {
        const parsed = parseYaml('x.yaml', c.input, new Map());
        expect(parsed.findings.filter((f) => f.severity === 'error')).toEqual([]);
        if (c.json !== undefined) expect(canonical(JSON.parse(JSON.stringify(parsed.data)))).toEqual(canonical(c.json));
      });
    }
  }
});
