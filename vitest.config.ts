import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/closing-line.ts'],
    // Several tests run the real `astro build`, and concurrent builds of one project share `.astro/`.
    fileParallelism: false,
    projects: [
      // Fast tests of the shared logic: `npx vitest run --project unit`.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Tests against a real build of the sample, which global setup makes once per run.
      {
        test: {
          name: 'build',
          include: ['tests/integration/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          // Builds and a real browser take seconds, not milliseconds.
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
