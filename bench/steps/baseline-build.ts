import { join } from 'node:path';
import { measureCommand, tail } from '../measure/command.ts';
import type { BuildMeasurement } from './tacit-build.ts';
import { copyTemplate, projectRoot } from './project.ts';

/** The stock Astro site the bench compares Tacit with. */
export const baselineTemplate = join(projectRoot, 'bench/baseline');

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** A fresh copy of the baseline template, ready to build (node_modules linked from the project). */
export const prepareBaseline = (dest: string): string => copyTemplate(baselineTemplate, dest);

/**
 * `astro build` and then `pagefind --site dist`, measured as one step (one shell, one process tree), over
 * the generated entries folder.
 */
export async function baselineBuild(options: { siteDir: string; entriesDir: string; timeoutMs?: number }): Promise<BuildMeasurement> {
  const node = quote(process.execPath);
  const script = [
    `${node} ${quote(join(options.siteDir, 'node_modules/astro/bin/astro.mjs'))} build`,
    `${node} ${quote(join(options.siteDir, 'node_modules/pagefind/lib/runner/bin.cjs'))} --site dist`,
  ].join(' && ');
  const result = await measureCommand('/bin/sh', ['-c', script], {
    cwd: options.siteDir,
    env: { ...process.env, BENCH_ENTRIES_DIR: options.entriesDir, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  if (result.code !== 0) throw new Error(`baseline build failed (exit ${result.code ?? result.signal}):\n${tail(result)}`);
  const log = result.stdout + result.stderr;
  const pages = /(\d+) page\(s\) built/.exec(log);
  const indexed = /Indexed (\d+) pages?/i.exec(log);
  return {
    ms: result.ms,
    peakRssBytes: result.peakRssBytes,
    pages: pages ? Number(pages[1]) : undefined,
    published: indexed ? Number(indexed[1]) : undefined,
  };
}
