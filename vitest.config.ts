import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/closing-line.ts'],
    // Several tests run the real `astro build`, and concurrent builds of one project share `.astro/`.
    fileParallelism: false,
    projects: [
      // The shared logic, in this process: no build, no child process, no browser. `npx vitest run --project unit`.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Each command run as a person runs it, as its own process, on copies of fixture content.
      { test: { name: 'cli', include: ['tests/cli/**/*.test.ts'], testTimeout: 60_000 } },
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
