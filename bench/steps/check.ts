import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { measureCommand, tail } from '../measure/command.ts';

export interface CheckMeasurement {
  ms: number;
  peakRssBytes: number;
  /** What `check` reports for its own work, without Node's start-up. */
  reportedMs: number;
  errors: number;
  warnings: number;
  entries: number;
  /** Problems by rule id. */
  rules: Record<string, number>;
}

/**
 * `node scripts/check.ts --json` over a content folder, with its digest cache in `cacheDir` (an empty
 * folder: cold; the folder of an earlier run: warm). Exit 1 (errors found) is a result, not a failure.
 */
export async function runCheck(options: { projectDir: string; contentDir: string; buildDate: string; cacheDir: string }): Promise<CheckMeasurement> {
  const result = await measureCommand(
    process.execPath,
    ['--import', join(options.projectDir, 'scripts/lib/compile-cache.ts'), join(options.projectDir, 'scripts/check.ts'), '--json'],
    {
      cwd: options.projectDir,
      // A file, not a pipe: check exits right after printing, which cuts a long report short on a pipe.
      stdoutFile: join(tmpdir(), `tacit-bench-check-${process.pid}-${Date.now()}.json`),
      env: {
        ...process.env,
        TACIT_CONTENT_DIR: options.contentDir,
        TACIT_BUILD_DATE: options.buildDate,
        TACIT_CACHE: '',
        TACIT_CACHE_DIR: options.cacheDir,
        GITHUB_ACTIONS: '',
        NO_COLOR: '1',
      },
    },
  );
  if (result.code !== 0 && result.code !== 1) throw new Error(`npm run check failed (exit ${result.code ?? result.signal}):\n${tail(result)}`);
  let report: { errors: number; warnings: number; entries: number; milliseconds: number; problems: { rule: string }[] };
  try {
    report = JSON.parse(result.stdout);
  } catch {
    throw new Error(`npm run check printed no JSON report:\n${tail(result)}`);
  }
  const rules: Record<string, number> = {};
  for (const p of report.problems) rules[p.rule] = (rules[p.rule] ?? 0) + 1;
  return {
    ms: result.ms,
    peakRssBytes: result.peakRssBytes,
    reportedMs: report.milliseconds,
    errors: report.errors,
    warnings: report.warnings,
    entries: report.entries,
    rules,
  };
}
