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

/** Builds the sample once, only when a test that needs it is part of the run. */
export default async function setup(project: TestProject) {
  const needsBuild = project.vitest.state.getFiles().length === 0
    ? process.argv.every((a) => !a.includes('unit'))
    : true;
  const dir = mkdtempSync(join(tmpdir(), 'tacit-build-'));
  if (needsBuild) buildSample({ outDir: join(dir, 'dist') });
  project.provide('defaultBuild', join(dir, 'dist'));
  return () => rmSync(dir, { recursive: true, force: true });
}
