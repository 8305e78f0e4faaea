import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // Builds and a real browser take seconds, not milliseconds.
    testTimeout: 120_000,
    reporters: ['default', './tests/support/closing-line.ts'],
    hookTimeout: 300_000,
  },
});
