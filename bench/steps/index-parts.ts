import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { measureCommand, tail } from '../measure/command.ts';
import { tacitBuild, tacitEnv, type BuildMeasurement } from './tacit-build.ts';

/** One part of a split index, indexed by `npm run index-part` in a process (a CI job) of its own. */
export interface PartMeasurement {
  part: number;
  ms: number;
  peakRssBytes: number;
  records: number;
}

/**
 * A build split across processes as a CI matrix would run it: each part indexed by `npm run index-part` with
 * its own empty cache (a fresh machine), one after the other here, then the jobs' index folders brought into
 * one cache and the site built once with it. The final build must copy every part, or it is not this build.
 */
export async function splitBuild(options: {
  projectDir: string;
  contentDir: string;
  outDir: string;
  buildDate: string;
  shards: number;
  work: string;
  timeoutMs: number;
}): Promise<{ parts: PartMeasurement[]; final: BuildMeasurement }> {
  const parts: PartMeasurement[] = [];
  const finalCache = join(options.work, 'final-cache');
  for (let part = 0; part < options.shards; part++) {
    const cacheDir = join(options.work, `part-${part}-cache`);
    const result = await measureCommand(
      process.execPath,
      ['--import', join(options.projectDir, 'scripts/lib/compile-cache.ts'), join(options.projectDir, 'scripts/index-part.ts'), String(part), '--json'],
      {
        cwd: options.projectDir,
        env: tacitEnv({ ...options, cacheDir }),
        timeoutMs: options.timeoutMs,
      },
    );
    if (result.code !== 0) throw new Error(`npm run index-part -- ${part} failed (exit ${result.code ?? result.signal}):\n${tail(result)}`);
    const { records } = JSON.parse(result.stdout) as { records: number };
    parts.push({ part, ms: result.ms, peakRssBytes: result.peakRssBytes, records });
    for (const name of readdirSync(cacheDir).filter((n) => n.startsWith('index-'))) cpSync(join(cacheDir, name), join(finalCache, name), { recursive: true });
  }
  const final = await tacitBuild({ ...options, cacheDir: finalCache, timeoutMs: options.timeoutMs });
  if (!final.indexReused) throw new Error(`the final build indexed parts itself instead of copying the ${options.shards} the jobs indexed`);
  return { parts, final };
}
