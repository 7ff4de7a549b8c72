// Build step (npm run build): the command line as one bundle, dist/bundle/main.js, with a chunk
// per lazily loaded command. Loading de06's ~60 modules one by one was a fifth of `de06 lint` on
// the shipped plan (measured: 127 → 106 ms, node -e 0 being 59 ms), which the bundle saves.
// Libraries that are heavy or loaded only by some commands stay outside it, in node_modules.

import { build } from 'esbuild';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package.js';

await build({
  entryPoints: [join(PACKAGE_ROOT, 'dist', 'cli', 'main.js')],
  outdir: join(PACKAGE_ROOT, 'dist', 'bundle'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['ajv', 'ajv-formats', 'astronomy-engine', 'docx', 'exceljs', 'execa', 'fflate', 'nodemailer', 'playwright-core', 'yaml'],
  // commander is CommonJS: its require() calls need a require in the bundle's scope
  banner: { js: "import { createRequire as createRequireForBundle } from 'node:module';\nconst require = createRequireForBundle(import.meta.url);" },
  logLevel: 'warning',
});
