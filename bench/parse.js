// Parses every YAML file of a plan folder with one parser and prints how many it read: what the
// strict parse costs against the lenient js-yaml (which de06 no longer uses) and against `yaml`
// alone (de06's exact path, used for files outside the plain subset).
//
// usage: node bench/parse.js de06|yaml|js-yaml DIR

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [parser, dir] = process.argv.slice(2);
const files = [];
const walk = (d) => {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    if (e.isDirectory()) walk(join(d, e.name));
    else if (e.name.endsWith('.yaml')) files.push(join(d, e.name));
  }
};
walk(join(dir, 'plan'));

const parse = {
  de06: async () => {
    const { parseYaml } = await import('../dist/plan/parse.js');
    const positions = new Map();
    return (bytes, path) => parseYaml(path, bytes, positions).data;
  },
  yaml: async () => {
    const { parseDocument } = await import('yaml');
    return (bytes) => parseDocument(bytes.toString('utf8')).toJS();
  },
  'js-yaml': async () => {
    const { default: jsYaml } = await import('js-yaml');
    return (bytes) => jsYaml.load(bytes.toString('utf8'), { schema: jsYaml.CORE_SCHEMA });
  },
}[parser];
if (!parse) throw new Error(`unknown parser ${parser}`);
const read = await parse();
let parsed = 0;
for (const file of files) if (read(readFileSync(file), file) !== undefined) parsed++;
console.log(`${parsed} of ${files.length}`);
