import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownReport } from './markdown.ts';
import { scalingPlot } from './plot.ts';
import type { BenchResults } from './types.ts';

export const jsonReport = (r: BenchResults): string => `${JSON.stringify(r, null, 2)}\n`;

/** Writes results.json and results.md into `dir`, and scaling.svg when more than one size was measured; returns their paths. */
export function writeReports(dir: string, r: BenchResults): { json: string; markdown: string; plot?: string } {
  mkdirSync(dir, { recursive: true });
  const json = join(dir, 'results.json');
  const markdown = join(dir, 'results.md');
  writeFileSync(json, jsonReport(r));
  writeFileSync(markdown, markdownReport(r));
  if (r.sizes.length < 2) return { json, markdown };
  const plot = join(dir, 'scaling.svg');
  writeFileSync(plot, scalingPlot(r.sizes));
  return { json, markdown, plot };
}
