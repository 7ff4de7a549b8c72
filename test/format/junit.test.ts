import { describe, expect, test } from 'vitest';
import { junit } from '../../src/format/junit.js';
import { badTarget, clean, INDICATORS, TASKS, twoErrorsOneWarning, vi } from './fixtures.js';

interface Element {
  name: string;
  attributes: Record<string, string>;
  text: string;
}

const ENTITY = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
const decode = (s: string) =>
  s.replace(ENTITY, (_, e: string) =>
    e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e]!,
  );

/**
 * A small well-formedness check for the XML these tests expect: a declaration, then elements whose
 * tags nest and close, attributes quoted, no raw < or stray & in text, no character XML forbids.
 * Returns every element with its decoded attributes and text; throws on anything malformed.
 */
function parseXml(xml: string): Element[] {
  const declaration = '<?xml version="1.0" encoding="UTF-8"?>\n';
  if (!xml.startsWith(declaration)) throw new Error('no XML declaration');
  if (/[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/.test(xml)) throw new Error('character XML 1.0 forbids');
  const tag = /<(\/?)([A-Za-z][\w.-]*)((?:\s+[A-Za-z][\w.-]*="[^"<]*")*)\s*(\/?)>/y;
  const elements: Element[] = [];
  const open: Element[] = [];
  let roots = 0;
  let at = declaration.length;
  while (at < xml.length) {
    const next = xml.indexOf('<', at);
    const text = xml.slice(at, next === -1 ? xml.length : next);
    if (text.replace(ENTITY, '').includes('&') || text.includes('>')) throw new Error(`bad text: ${text}`);
    if (open.length > 0) open.at(-1)!.text += decode(text);
    else if (text.trim()) throw new Error('text outside the root');
    if (next === -1) break;
    tag.lastIndex = next;
    const m = tag.exec(xml);
    if (!m) throw new Error(`bad tag at ${next}: ${xml.slice(next, next + 40)}`);
    const [whole, closing, name, attrs, selfClosing] = m;
    if (closing) {
      if (open.pop()?.name !== name) throw new Error(`</${name}> closes nothing`);
    } else {
      const attributes: Record<string, string> = {};
      for (const [, key, value] of attrs!.matchAll(/([\w.-]+)="([^"]*)"/g)) {
        if (key! in attributes) throw new Error(`attribute ${key} twice`);
        if (value!.replace(ENTITY, '').includes('&')) throw new Error(`bad attribute ${value}`);
        attributes[key!] = decode(value!);
      }
      const element = { name: name!, attributes, text: '' };
      elements.push(element);
      if (open.length === 0) roots++;
      if (!selfClosing) open.push(element);
    }
    at = next + whole.length;
  }
  if (open.length > 0 || roots !== 1) throw new Error('unclosed elements or not one root');
  return elements;
}

describe('junit format', () => {
  const elements = parseXml(junit(twoErrorsOneWarning, vi));
  const named = (name: string) => elements.filter((e) => e.name === name);

  test('is well-formed XML with one <testsuites> root and totals', () => {
    expect(elements[0]).toMatchObject({ name: 'testsuites', attributes: { name: 'de06 lint', tests: '3', failures: '3', errors: '0' } });
  });

  test('one test suite per file with problems, with its counts', () => {
    expect(named('testsuite').map((s) => s.attributes)).toEqual([
      { name: TASKS, tests: '2', failures: '2', errors: '0' },
      { name: INDICATORS, tests: '1', failures: '1', errors: '0' },
    ]);
  });

  test('each problem is a failed test case named by rule and position', () => {
    expect(named('testcase').map((c) => c.attributes)).toEqual([
      { name: `unknown-reference ${TASKS}:12:11`, classname: TASKS },
      { name: `six-clear ${TASKS}:20:5`, classname: TASKS },
      { name: `schema ${INDICATORS}:3:13`, classname: INDICATORS },
    ]);
    expect(named('failure').map((f) => f.attributes.type)).toEqual(['error', 'warning', 'error']);
  });

  test('escapes &, <, >, quotes and keeps the newline of a message', () => {
    const failure = named('failure')[2]!;
    expect(failure.attributes.message).toBe(badTarget.message);
    expect(failure.text).toBe(`${INDICATORS}:3:13\nlỗi [schema] ${badTarget.message}`);
  });

  test('puts the fix in the failure text', () => {
    expect(named('failure')[0]!.text).toContain('cách sửa: Dùng một mã đơn vị có trong units.yaml');
  });

  test('replaces control characters XML cannot hold', () => {
    const odd = { ...badTarget, message: 'a\u0001b\u001Fc<d>\te' };
    const [failure] = parseXml(junit({ ...twoErrorsOneWarning, problems: [odd] }, vi)).filter((e) => e.name === 'failure');
    expect(failure!.attributes.message).toBe('a\uFFFDb\uFFFDc<d>\te');
  });

  test('a clean run is one passing test case', () => {
    const clear = parseXml(junit(clean, vi));
    expect(clear.map((e) => e.name)).toEqual(['testsuites', 'testsuite', 'testcase']);
    expect(clear[0]!.attributes).toMatchObject({ tests: '1', failures: '0' });
    expect(clear[2]!.attributes.name).toBe('✔ Không có lỗi hay cảnh báo (25 tệp)');
  });
});
