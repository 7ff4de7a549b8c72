// Schema validation: each file against schemas/<kind>.schema.json (draft 2020-12), compiled once
// per process. ajv's errors become findings that point at the offending key or value.

import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FileKind } from '../plan/model.js';
import type { Finding } from './diagnostic.js';

export const SCHEMA_DIR = fileURLToPath(new URL('../../schemas/', import.meta.url));

let validators: Map<FileKind, ValidateFunction> | undefined;

function compile(): Map<FileKind, ValidateFunction> {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: true, verbose: true });
  addFormats.default(ajv, ['date']);
  for (const name of readdirSync(SCHEMA_DIR).filter((n) => n.endsWith('.schema.json')).sort()) {
    ajv.addSchema(JSON.parse(readFileSync(SCHEMA_DIR + name, 'utf8')));
  }
  const kinds: FileKind[] = ['plan', 'units', 'calendar', 'tasks', 'indicators', 'progress', 'template'];
  return new Map(kinds.map((kind) => [kind, ajv.getSchema(`${kind}.schema.json`)!] as const));
}

export function validateFile(file: string, kind: FileKind, data: unknown): Finding[] {
  validators ??= compile();
  const validate = validators.get(kind)!;
  if (validate(data)) return [];
  return simplify(validate.errors ?? []).map((e) => toFinding(file, e));
}

/** ajv reports every failed branch of an anyOf; a person needs one message for the value. When
 * the value has the shape of a date but is no real day (2026-02-30), that is the message. */
function simplify(errors: ErrorObject[]): ErrorObject[] {
  const isUnion = (e: ErrorObject) => e.keyword === 'anyOf' || e.keyword === 'oneOf';
  const unions = errors.filter(isUnion);
  const outermost = unions.filter((u) => !unions.some((o) => o !== u && isInside(u, o)));
  const kept = errors.filter((e) => !isUnion(e) && !unions.some((u) => isInside(e, u)));
  for (const union of outermost) {
    const impossibleDate = errors.find((e) => e.keyword === 'format' && e.instancePath === union.instancePath && isInside(e, union));
    kept.push(impossibleDate ?? union);
  }
  return kept;
}

function isInside(e: ErrorObject, union: ErrorObject): boolean {
  return e.schemaPath.startsWith(union.schemaPath.replace(/\/(anyOf|oneOf)$/, '/')) &&
    e.schemaPath !== union.schemaPath &&
    (e.instancePath === union.instancePath || e.instancePath.startsWith(union.instancePath + '/'));
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? text.slice(0, 57) + '…' : text;
}

function toFinding(file: string, e: ErrorObject): Finding {
  const base = { rule: 'schema', severity: 'error' as const, file, pointer: e.instancePath };
  const description = (e.parentSchema as { description?: string } | undefined)?.description ?? '';
  const field = e.instancePath.split('/').pop() ?? '';
  switch (e.keyword) {
    case 'required':
      return { ...base, message: 'schema.required', params: { property: e.params.missingProperty } };
    case 'additionalProperties': {
      const allowed = Object.keys((e.parentSchema as { properties?: object }).properties ?? {}).join(', ');
      const property = String(e.params.additionalProperty);
      return { ...base, pointer: `${e.instancePath}/${property.replace(/~/g, '~0').replace(/\//g, '~1')}`, onKey: true,
        message: 'schema.additional', params: { property, allowed } };
    }
    case 'enum':
      return { ...base, message: 'schema.enum', params: { field, value: show(e.data), allowed: (e.params.allowedValues as unknown[]).join(', ') } };
    case 'format':
      return { ...base, message: 'schema.date', params: { field, value: show(e.data) } };
    case 'type':
      return { ...base, message: e.instancePath === '' ? 'schema.root-type' : 'schema.type', params: { field, value: show(e.data), expected: String(e.params.type), description } };
    case 'anyOf':
    case 'oneOf':
    case 'pattern':
    case 'const':
      return { ...base, message: 'schema.shape', params: { field, value: show(e.data), description } };
    default:
      return { ...base, message: 'schema.other', params: { field, value: show(e.data), detail: e.message ?? e.keyword, description } };
  }
}
