import { defineConfig } from 'vitest/config';

// `npm run test:office`: the documents through programs that did not write them: LibreOffice,
// poppler, openpyxl, Python's email package (test/office/). Slow and in need of those programs,
// so kept out of `npm test`; .ci/run installs them and runs it.
export default defineConfig({
  test: {
    include: ['test/office/**/*.office.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // each LibreOffice run has its own profile, but two at once on two cores only slow each other
    fileParallelism: false,
    // .ci/run adds its counts to the closing "N passed, N failed" line
    reporters: ['default', ['json', { outputFile: '.tmp/vitest-office.json' }]],
  },
});
