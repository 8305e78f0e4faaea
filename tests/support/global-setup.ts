import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSample } from './build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The sample knowledge base built for the default audience, shared by the integration and browser tests. */
    defaultBuild: string;
  }
}

/** Builds the sample once per run with the real `astro build`; the folder is removed afterwards. */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'tacit-build-'));
  buildSample({ outDir: join(dir, 'dist') });
  project.provide('defaultBuild', join(dir, 'dist'));
  return () => rmSync(dir, { recursive: true, force: true });
}
