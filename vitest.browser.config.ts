import { defineConfig } from 'vitest/config';

// npm run test:browser: the dashboard in Debian's Chromium (test/browser/). Slow, so not in npm test.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    reporters: ['default', ['json', { outputFile: '.tmp/vitest-browser.json' }]],
  },
});
