// Build step (npm run build): compiles schemas/*.schema.json into standalone validator code,
// dist/validators.cjs. Compiling with ajv at every start cost ~300 ms; loading the generated
// code costs ~25 ms, which is what lets `de06 lint` start fast. Generated as CommonJS: ajv's
// standalone output calls require() (libraries-measured.md §3).

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { FILE_KINDS, SCHEMA_DIR, VALIDATORS_FILE } from '../plan/validate.js';

const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: true, verbose: true, code: { source: true } });
addFormats.default(ajv, ['date']);
for (const name of readdirSync(SCHEMA_DIR).filter((n) => n.endsWith('.schema.json')).sort()) {
  ajv.addSchema(JSON.parse(readFileSync(SCHEMA_DIR + name, 'utf8')));
}
const exports = Object.fromEntries(FILE_KINDS.map((kind) => [kind, `${kind}.schema.json`]));
writeFileSync(VALIDATORS_FILE, standaloneCode.default(ajv, exports));
