// `npm run test:adoption`: the province's whole adoption, from `git clone` to its CI runs. Slow
// (npm installs a tarball several times), so it is not part of `npm test`; .ci/run runs it.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/adoption/*.adoption.ts'],
    testTimeout: 600_000,
    hookTimeout: 900_000,
    fileParallelism: false,
  },
});
