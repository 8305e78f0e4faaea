import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownReport } from './markdown.ts';
import type { BenchResults } from './types.ts';

export const jsonReport = (r: BenchResults): string => `${JSON.stringify(r, null, 2)}\n`;

/** Writes results.json and results.md into `dir`; returns their paths. */
export function writeReports(dir: string, r: BenchResults): { json: string; markdown: string } {
  mkdirSync(dir, { recursive: true });
  const json = join(dir, 'results.json');
  const markdown = join(dir, 'results.md');
  writeFileSync(json, jsonReport(r));
  writeFileSync(markdown, markdownReport(r));
  return { json, markdown };
}
